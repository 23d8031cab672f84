-- "Open now" is offered only when enough of the results publish their opening hours
-- (docs/decisions/022-first-minute-on-a-phone.md): the unfiltered directory reads how
-- many listings have hours from this view, with its other counts. Same rows as before,
-- and one more: dimension 'hours'.
DROP MATERIALIZED VIEW directory_facet_all;

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
