-- Rules that the Prisma schema language cannot express. The database is the last line
-- of defence: whatever writes (seed, admin, import), these hold.

-- A phone or e-mail belongs to exactly one organisation or one office.
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_one_owner" CHECK (num_nonnulls("organizationId", "officeId") = 1);
ALTER TABLE "EmailAddress" ADD CONSTRAINT "EmailAddress_one_owner" CHECK (num_nonnulls("organizationId", "officeId") = 1);

-- E.164 when known, and the raw text is always kept.
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_number_e164" CHECK ("number" IS NULL OR "number" ~ '^\+[1-9][0-9]{6,14}$');

-- ISO weekday and 24-hour clock times.
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_weekday" CHECK ("weekday" BETWEEN 1 AND 7);
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_times" CHECK (
  "opens" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "closes" ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'
);

ALTER TABLE "Office" ADD CONSTRAINT "Office_coordinates" CHECK (
  ("latitude" IS NULL) = ("longitude" IS NULL)
  AND ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90)
  AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180)
);

-- Slugs appear in URLs.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Office" ADD CONSTRAINT "Office_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "City" ADD CONSTRAINT "City_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "State" ADD CONSTRAINT "State_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "LegalNote" ADD CONSTRAINT "LegalNote_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- Translatable text is a JSON object keyed by locale.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_name_localized" CHECK (jsonb_typeof("name") = 'object' AND "name" <> '{}'::jsonb);
ALTER TABLE "Office" ADD CONSTRAINT "Office_name_localized" CHECK (jsonb_typeof("name") = 'object' AND "name" <> '{}'::jsonb);
ALTER TABLE "LegalNote" ADD CONSTRAINT "LegalNote_title_localized" CHECK (jsonb_typeof("title") = 'object' AND "title" <> '{}'::jsonb);
