-- Two searches stayed over 100 ms on 20,000 offices: a common word ("abogado")
-- and a misspelt one. Their filter counts joined every matching listing with
-- its services again, and typo tolerance compared the typed word with each
-- whole text of each matching listing. Now:
--   * each listing carries its kinds of help, populations and (kind, population)
--     pairs as arrays, so filters and counts read one row per listing, and the
--     arrays have GIN indexes that combine with the text index
--     (directory_listing_service, which held one row per service, is gone)
--   * directory_word holds each distinct word of the listings once: a typed
--     word is compared with these short words through a trigram index, and the
--     listings holding the close words are found through the text index
--   * "open now" reads the local time once per time zone and finds the open
--     offices through an index on their hours (directory_hours).
-- Recreated from scratch, same listings as before.
DROP MATERIALIZED VIEW directory_facet_all;
DROP MATERIALIZED VIEW directory_listing_service;
DROP MATERIALIZED VIEW directory_listing;

CREATE MATERIALIZED VIEW directory_listing AS
SELECT o.id AS org_id,
       f.id AS office_id,
       coalesce(f.id, o.id) AS listing_id,
       st.slug AS state_slug,
       c.slug AS city_slug,
       coalesce(f.languages, '{}') AS languages,
       f."timeZone" AS time_zone,
       amparo_fold(o.name ->> 'es') AS sort_name,
       amparo_fold(concat_ws(' ', amparo_all_locales(o.name), amparo_all_locales(o.acronym))) AS name_doc,
       amparo_fold(concat_ws(' ', amparo_all_locales(o.name), amparo_all_locales(o.acronym), amparo_all_locales(o.description),
         amparo_all_locales(f.name), amparo_all_locales(c.name), amparo_all_locales(st.name),
         CASE WHEN NOT f."confidentialAddress" THEN concat_ws(' ', f.colonia, f.municipality) END)) AS doc,
       coalesce(help.service_types, '{}') AS service_types,
       coalesce(help.populations, '{}') AS populations,
       coalesce(help.service_populations, '{}') AS service_populations
FROM "Organization" o
LEFT JOIN "Office" f ON f."organizationId" = o.id AND f.published
LEFT JOIN "City" c ON c.id = f."cityId"
LEFT JOIN "State" st ON st.id = c."stateId"
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
WHERE o.published
  AND (f.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "Office" f2 WHERE f2."organizationId" = o.id AND f2.published));

CREATE UNIQUE INDEX directory_listing_id_idx ON directory_listing (listing_id);
CREATE INDEX directory_listing_city_idx ON directory_listing (city_slug);
CREATE INDEX directory_listing_state_idx ON directory_listing (state_slug);
CREATE INDEX directory_listing_sort_idx ON directory_listing (sort_name, city_slug, listing_id);
CREATE INDEX directory_listing_doc_idx ON directory_listing USING gin (doc gin_trgm_ops);
CREATE INDEX directory_listing_service_types_idx ON directory_listing USING gin (service_types);
CREATE INDEX directory_listing_populations_idx ON directory_listing USING gin (populations);
CREATE INDEX directory_listing_service_populations_idx ON directory_listing USING gin (service_populations);

CREATE MATERIALIZED VIEW directory_word AS
SELECT DISTINCT w.word
FROM directory_listing l, regexp_split_to_table(l.doc, '[^a-z0-9]+') AS w(word)
WHERE length(w.word) >= 3;

CREATE UNIQUE INDEX directory_word_idx ON directory_word (word);
CREATE INDEX directory_word_trgm_idx ON directory_word USING gin (word gin_trgm_ops);

-- Opening hours of the listed offices with the time zone of each office, indexed so
-- that "open now" reads, per time zone, the hours of the current weekday that have
-- begun, instead of working out the local time for every hours row.
CREATE MATERIALIZED VIEW directory_hours AS
SELECT l.office_id, l.time_zone, h.weekday, h.opens, h.closes
FROM directory_listing l
JOIN "OpeningHours" h ON h."officeId" = l.office_id;

CREATE INDEX directory_hours_clock_idx ON directory_hours (time_zone, weekday, opens, closes, office_id);

-- Counts for every filter option when nothing is chosen (as before, from the
-- arrays), and the time zones of the listings: "open now" reads the clock of each zone once
-- from these few rows instead of finding the zones among every listing.
CREATE MATERIALIZED VIEW directory_facet_all AS
SELECT 'total'::text AS dimension, ''::text AS value, count(*) AS count FROM directory_listing
UNION ALL
SELECT 'state', l.state_slug, count(*) FROM directory_listing l WHERE l.state_slug IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'city', l.city_slug, count(*) FROM directory_listing l WHERE l.city_slug IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'language', lang, count(*) FROM directory_listing l, unnest(l.languages) AS lang GROUP BY 2
UNION ALL
SELECT 'service', t, count(*) FROM directory_listing l, unnest(l.service_types) AS t GROUP BY 2
UNION ALL
SELECT 'population', p, count(*) FROM directory_listing l, unnest(l.populations) AS p GROUP BY 2
UNION ALL
SELECT 'time_zone', l.time_zone, count(*) FROM directory_listing l WHERE l.time_zone IS NOT NULL GROUP BY 2;

CREATE UNIQUE INDEX directory_facet_all_idx ON directory_facet_all (dimension, value);
