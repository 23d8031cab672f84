-- The directory in the alphabetical order of the language it is read in: an
-- English reader finds "Doctors Without Borders" under D, not under M for
-- "Médicos Sin Fronteras". sort_names holds the folded name in each language
-- the organisation has one in (no list of languages is written here). A
-- language without a name of its own sorts by the Spanish one, which is the
-- name it shows (the fallback order of decision 023). sort_name (Spanish)
-- stays, with its index, for the default language. Nothing else changes: the
-- other two views depend on this one, so they are made again as they were
-- (20261202113000, 20261203090000).
DROP MATERIALIZED VIEW directory_facet_all;
DROP MATERIALIZED VIEW directory_word;
DROP MATERIALIZED VIEW directory_listing;

CREATE MATERIALIZED VIEW directory_listing AS
SELECT o.id AS org_id,
       f.id AS office_id,
       coalesce(f.id, o.id) AS listing_id,
       CASE WHEN NOT place.remote THEN st.slug END AS state_slug,
       CASE WHEN NOT place.remote THEN c.slug END AS city_slug,
       place.remote,
       place.remote AND o.scope = 'national' AS everywhere,
       CASE WHEN NOT place.remote THEN coalesce(st.country, f.country) END AS country,
       (CASE WHEN place.remote THEN 2 WHEN coalesce(st.country, f.country) = 'MX' THEN 0 ELSE 1 END)::smallint AS group_rank,
       coalesce(f.languages, '{}') AS languages,
       f."timeZone" AS time_zone,
       amparo_fold(o.name ->> 'es') AS sort_name,
       (SELECT jsonb_object_agg(n.key, amparo_fold(n.value)) FROM jsonb_each_text(o.name) AS n(key, value)) AS sort_names,
       amparo_fold(concat_ws(' ', amparo_all_locales(o.name), amparo_all_locales(o.acronym))) AS name_doc,
       amparo_fold(concat_ws(' ', amparo_all_locales(o.name), amparo_all_locales(o.acronym), amparo_all_locales(o.description),
         amparo_all_locales(f.name), amparo_all_locales(c.name), amparo_all_locales(st.name),
         CASE WHEN NOT f."confidentialAddress" THEN concat_ws(' ', f.colonia, f.municipality) END)) AS doc,
       coalesce(help.service_types, '{}') AS service_types,
       coalesce(help.populations, '{}') AS populations,
       coalesce(help.service_populations, '{}') AS service_populations,
       week.open_week
FROM "Organization" o
LEFT JOIN "Office" f ON f."organizationId" = o.id AND f.published
LEFT JOIN "City" c ON c.id = f."cityId"
LEFT JOIN "State" st ON st.id = c."stateId"
CROSS JOIN LATERAL (SELECT f.id IS NULL OR f.kind = 'remote' AS remote) place
-- The kinds of help a listing gives: a service applies to the offices it is
-- linked to, or to every office of its organisation when it is linked to none.
-- A (kind, population) pair is written kind/population: a filter on both
-- must hold for the same service.
LEFT JOIN LATERAL (
  SELECT array_agg(DISTINCT a.type) AS service_types,
         array_agg(DISTINCT a.population) FILTER (WHERE a.population IS NOT NULL) AS populations,
         array_agg(DISTINCT a.type || '/' || a.population) FILTER (WHERE a.population IS NOT NULL) AS service_populations
  FROM (
    SELECT sv.type::text AS type, p.population
    FROM "Service" sv
    LEFT JOIN LATERAL unnest(sv.populations::text[]) AS p(population) ON TRUE
    WHERE sv."organizationId" = o.id AND sv.published
      AND (f.id IS NULL
        OR NOT EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = sv.id)
        OR EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = sv.id AND sa."officeId" = f.id))
  ) a
) help ON TRUE
-- The week of the office as minutes since Monday 00:00 on its own clock, each opening
-- from its first minute up to (not including) its closing minute: 24:00 is 1440.
LEFT JOIN LATERAL (
  SELECT range_agg(int4range(
           (h.weekday - 1) * 1440 + split_part(h.opens, ':', 1)::int * 60 + split_part(h.opens, ':', 2)::int,
           (h.weekday - 1) * 1440 + split_part(h.closes, ':', 1)::int * 60 + split_part(h.closes, ':', 2)::int)) AS open_week
  FROM "OpeningHours" h
  WHERE h."officeId" = f.id AND h.opens < h.closes
) week ON TRUE
WHERE o.published
  AND (f.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "Office" f2 WHERE f2."organizationId" = o.id AND f2.published));

CREATE UNIQUE INDEX directory_listing_id_idx ON directory_listing (listing_id);
CREATE INDEX directory_listing_city_idx ON directory_listing (city_slug);
CREATE INDEX directory_listing_state_idx ON directory_listing (state_slug);
CREATE INDEX directory_listing_sort_idx ON directory_listing (group_rank, country, sort_name, city_slug, listing_id);
-- The same order for English, the other language every text is written in. The
-- query names the language as a constant so that this index applies (a bound
-- parameter would not match it). At 20,000 listings the unfiltered English page
-- took 70 ms without it and 2 ms with it. The languages that have few names of
-- their own (French, Haitian Creole, Portuguese) sort without an index.
CREATE INDEX directory_listing_sort_en_idx ON directory_listing (group_rank, country, (coalesce(sort_names ->> 'en', sort_name)), city_slug, listing_id);
-- A place filter keeps the listings that serve everywhere: the other arm of its OR.
CREATE INDEX directory_listing_everywhere_idx ON directory_listing (listing_id) WHERE everywhere;
CREATE INDEX directory_listing_doc_idx ON directory_listing USING gin (doc gin_trgm_ops);
CREATE INDEX directory_listing_service_types_idx ON directory_listing USING gin (service_types);
CREATE INDEX directory_listing_populations_idx ON directory_listing USING gin (populations);
CREATE INDEX directory_listing_service_populations_idx ON directory_listing USING gin (service_populations);
-- Finds the listings open at given minutes of the week (the current minute on each
-- zone clock) without testing every listing.
CREATE INDEX directory_listing_open_week_idx ON directory_listing USING gist (open_week);

CREATE MATERIALIZED VIEW directory_word AS
SELECT DISTINCT w.word
FROM directory_listing l, regexp_split_to_table(l.doc, '[^a-z0-9]+') AS w(word)
WHERE length(w.word) >= 3;

CREATE UNIQUE INDEX directory_word_idx ON directory_word (word);
CREATE INDEX directory_word_trgm_idx ON directory_word USING gin (word gin_trgm_ops);

CREATE MATERIALIZED VIEW directory_facet_all AS
SELECT 'total'::text AS dimension, ''::text AS value, count(*) AS count FROM directory_listing
UNION ALL
SELECT 'state', l.state_slug, count(*) + (SELECT count(*) FROM directory_listing e WHERE e.everywhere)
FROM directory_listing l WHERE l.state_slug IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'city', l.city_slug, count(*) + (SELECT count(*) FROM directory_listing e WHERE e.everywhere)
FROM directory_listing l WHERE l.city_slug IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'language', lang, count(*) FROM directory_listing l, unnest(l.languages) AS lang GROUP BY 2
UNION ALL
SELECT 'service', t, count(*) FROM directory_listing l, unnest(l.service_types) AS t GROUP BY 2
UNION ALL
SELECT 'population', p, count(*) FROM directory_listing l, unnest(l.populations) AS p GROUP BY 2
UNION ALL
SELECT 'time_zone', l.time_zone, count(*) FROM directory_listing l WHERE l.time_zone IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'hours', '', count(*) FROM directory_listing l WHERE l.open_week IS NOT NULL;

CREATE UNIQUE INDEX directory_facet_all_idx ON directory_facet_all (dimension, value);
