-- Provenance (issue 12): a Source table and, per fact of a record, the source
-- that states it with its own words (Citation). The documents the directory
-- began with become the first five sources, and what each organisation named
-- in "sourceDocuments" becomes a citation of the record as a whole, before the
-- column goes. Their ids are those lib/provenance/source-id.ts gives their keys, so
-- the seed finds them already there.
-- CreateEnum
CREATE TYPE "CitedFact" AS ENUM ('record', 'name', 'phone', 'email', 'address', 'hours', 'cost', 'services', 'populations', 'website', 'status');


-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "publisher" TEXT,
    "title" TEXT,
    "description" JSONB,
    "url" TEXT,
    "published" TEXT,
    "consultedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "organizationId" UUID,
    "officeId" UUID,
    "serviceId" UUID,
    "fact" "CitedFact" NOT NULL,
    "value" TEXT,
    "excerpt" TEXT,
    "superseded" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_organizationId_idx" ON "Citation"("organizationId");

-- CreateIndex
CREATE INDEX "Citation_officeId_idx" ON "Citation"("officeId");

-- CreateIndex
CREATE INDEX "Citation_serviceId_idx" ON "Citation"("serviceId");

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A citation belongs to exactly one record.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_one_owner" CHECK (num_nonnulls("organizationId", "officeId", "serviceId") = 1);
-- Only "the record as a whole" may be cited without the words of its source.
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_excerpt" CHECK (fact = 'record' OR excerpt IS NOT NULL);

-- The five seed documents (prisma/seed/data/sources.json), read when the project began.
INSERT INTO "Source" ("id", "key", "publisher", "title", "description", "published", "consultedOn", "updatedAt") VALUES
  ('2973d794-5bb9-5d28-bb6f-c12f625c035c', 'asylum-access-mexico-overview', 'Asylum Access Mexico', 'Overview', '{"es": "Presentación de Asylum Access México: oficinas, servicios y la Ruta de Hospitalidad", "en": "Asylum Access Mexico’s overview: offices, services and the Hospitality Route"}'::jsonb, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP),
  ('9daf0c28-eccc-5d03-b83b-ece86dae9842', 'refugee-legal-aid-mexico', NULL, NULL, '{"es": "Página de información sobre ayuda legal para personas refugiadas en México: tratados, ley nacional y organizaciones", "en": "Refugee legal aid information page for Mexico: treaties, national law and organisations"}'::jsonb, '2024-03', DATE '2026-11-22', CURRENT_TIMESTAMP),
  ('b35df2ec-f9f5-5f15-9d0d-841e97d00d21', 'hias-mexico', 'HIAS', 'Mexico', '{"es": "Página de HIAS sobre México: contexto, servicios y contacto para denunciar fraudes", "en": "HIAS’s page on Mexico: context, services and fraud-reporting contact"}'::jsonb, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP),
  ('3346525e-b1b9-5a98-a35b-217542e526ae', 'kino-asylum-seekers-mexico', 'Kino Border Initiative', 'Asylum Seekers in Mexico', '{"es": "Artículo de la Iniciativa Kino para la Frontera sobre las personas solicitantes de asilo en México", "en": "Kino Border Initiative''s article on asylum seekers in Mexico"}'::jsonb, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP),
  ('90a630e5-7ec0-5d82-a28d-3cdd6f98dfe7', 'us-asylum-from-mexico', NULL, 'Can I Apply for U.S. Asylum If I’m From Mexico?', '{"es": "Artículo sobre las solicitudes de asilo de personas mexicanas en Estados Unidos", "en": "Article on Mexicans applying for asylum in the United States"}'::jsonb, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP);

INSERT INTO "Citation" ("id", "sourceId", "organizationId", "fact", "position")
SELECT gen_random_uuid(), s."id", o."id", 'record', d.position - 1
FROM "Organization" o, unnest(o."sourceDocuments") WITH ORDINALITY AS d(key, position)
JOIN "Source" s ON s."key" = d.key;

-- AlterTable
ALTER TABLE "Organization" DROP COLUMN "sourceDocuments";
