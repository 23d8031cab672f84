-- Counts for every filter option when nothing is chosen: the directory's most
-- visited state, whose counts otherwise scan every listing on each request.
-- Same definitions as the live query in lib/data/directory-sql.ts, plus the total.
-- Refreshed with the other directory views (lib/db/directory-index.ts).
CREATE MATERIALIZED VIEW directory_facet_all AS
SELECT 'total'::text AS dimension, ''::text AS value, count(*) AS count FROM directory_listing
UNION ALL
SELECT 'state', l.state_slug, count(*) FROM directory_listing l WHERE l.state_slug IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'city', l.city_slug, count(*) FROM directory_listing l WHERE l.city_slug IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'language', lang, count(*) FROM directory_listing l, unnest(l.languages) AS lang GROUP BY 2
UNION ALL
SELECT 'service', ls.type, count(DISTINCT ls.listing_id) FROM directory_listing_service ls GROUP BY 2
UNION ALL
SELECT 'population', p, count(DISTINCT ls.listing_id) FROM directory_listing_service ls, unnest(ls.populations) AS p GROUP BY 2;

CREATE UNIQUE INDEX directory_facet_all_idx ON directory_facet_all (dimension, value);
