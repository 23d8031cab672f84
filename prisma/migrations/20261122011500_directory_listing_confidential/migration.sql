-- The neighbourhood (colonia, municipality) of a confidential office was part of the
-- searchable text, so searching for it would have pointed at the shelter.
-- Only the city of such an office is searchable now. Recreated from scratch.
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
         CASE WHEN NOT f."confidentialAddress" THEN concat_ws(' ', f.colonia, f.municipality) END)) AS doc
FROM "Organization" o
LEFT JOIN "Office" f ON f."organizationId" = o.id AND f.published
LEFT JOIN "City" c ON c.id = f."cityId"
LEFT JOIN "State" st ON st.id = c."stateId"
WHERE o.published
  AND (f.id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "Office" f2 WHERE f2."organizationId" = o.id AND f2.published));

CREATE UNIQUE INDEX directory_listing_id_idx ON directory_listing (listing_id);
CREATE INDEX directory_listing_city_idx ON directory_listing (city_slug);
CREATE INDEX directory_listing_state_idx ON directory_listing (state_slug);
CREATE INDEX directory_listing_sort_idx ON directory_listing (sort_name, city_slug, listing_id);
CREATE INDEX directory_listing_doc_idx ON directory_listing USING gin (doc gin_trgm_ops);

-- The kinds of help each listing gives: a service applies to the offices it is
-- linked to, or to every office of its organisation when it is linked to none.
CREATE MATERIALIZED VIEW directory_listing_service AS
SELECT l.listing_id, sv.type::text AS type, sv.populations::text[] AS populations
FROM directory_listing l
JOIN "Service" sv ON sv."organizationId" = l.org_id AND sv.published
WHERE l.office_id IS NULL
   OR NOT EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = sv.id)
   OR EXISTS (SELECT 1 FROM "ServiceAtOffice" sa WHERE sa."serviceId" = sv.id AND sa."officeId" = l.office_id);

CREATE INDEX directory_listing_service_listing_idx ON directory_listing_service (listing_id, type);
CREATE INDEX directory_listing_service_type_idx ON directory_listing_service (type, listing_id);
