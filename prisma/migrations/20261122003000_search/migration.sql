-- Directory search runs inside PostgreSQL, on PGlite and on a server alike.
-- unaccent folds accents ("Matías" = "matias"), pg_trgm gives typo tolerance.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lowercase without accents. unaccent() itself is only STABLE (its dictionary
-- could change), so this wrapper names the dictionary to be usable in indexes.
CREATE OR REPLACE FUNCTION amparo_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1));

-- Every translation of a locale-keyed JSON text, joined: search matches any language.
CREATE OR REPLACE FUNCTION amparo_all_locales(jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN (SELECT string_agg(value, ' ') FROM jsonb_each_text(CASE WHEN jsonb_typeof($1) = 'object' THEN $1 ELSE '{}'::jsonb END));

-- Name and acronym matches rank first and are the most common searches.
CREATE INDEX "Organization_name_search_idx" ON "Organization" USING gin (
  amparo_fold(coalesce(amparo_all_locales("name"), '') || ' ' || coalesce(amparo_all_locales("acronym"), '')) gin_trgm_ops
);
