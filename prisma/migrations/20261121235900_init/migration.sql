-- CreateEnum
CREATE TYPE "ServiceType" AS ENUM ('legal_representation', 'legal_orientation', 'asylum_procedure', 'detention_release', 'shelter', 'food', 'humanitarian_aid', 'health', 'mental_health', 'gbv_support', 'child_protection', 'employment_integration', 'education', 'documentation', 'family_reunification', 'missing_persons_search', 'human_rights_complaints', 'country_information');

-- CreateEnum
CREATE TYPE "Population" AS ENUM ('women', 'children', 'lgbtqi', 'indigenous', 'families', 'detained', 'survivors_of_violence', 'in_transit', 'returnees');

-- CreateEnum
CREATE TYPE "OrganizationScope" AS ENUM ('local', 'national', 'international', 'binational');

-- CreateEnum
CREATE TYPE "OfficeKind" AS ENUM ('physical', 'remote');

-- CreateEnum
CREATE TYPE "PhoneType" AS ENUM ('voice', 'mobile', 'fax', 'toll_free', 'whatsapp_only');

-- CreateEnum
CREATE TYPE "Cost" AS ENUM ('free', 'low_cost', 'unknown');

-- CreateEnum
CREATE TYPE "AccessMethod" AS ENUM ('walk_in', 'call_first', 'appointment', 'online');

-- CreateEnum
CREATE TYPE "Jurisdiction" AS ENUM ('MX', 'US', 'international');

-- CreateTable
CREATE TABLE "State" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "name" JSONB NOT NULL,

    CONSTRAINT "State_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "City" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "stateId" UUID NOT NULL,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "acronym" JSONB,
    "description" JSONB NOT NULL,
    "website" TEXT,
    "scope" "OrganizationScope" NOT NULL,
    "foundedYear" INTEGER,
    "freeOfCharge" BOOLEAN,
    "fraudReportEmail" TEXT,
    "fraudReportNote" JSONB,
    "nationalContact" BOOLEAN NOT NULL DEFAULT false,
    "sourceDocuments" TEXT[],
    "needsVerification" BOOLEAN NOT NULL DEFAULT false,
    "verificationNote" JSONB,
    "verifiedAt" TIMESTAMP(3),
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" JSONB NOT NULL,
    "kind" "OfficeKind" NOT NULL DEFAULT 'physical',
    "street" TEXT,
    "streetDetail" TEXT,
    "colonia" TEXT,
    "municipality" TEXT,
    "cityId" UUID,
    "postalCode" TEXT,
    "country" CHAR(2) NOT NULL DEFAULT 'MX',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "timeZone" TEXT NOT NULL,
    "hoursNote" JSONB,
    "languages" TEXT[],
    "confidentialAddress" BOOLEAN NOT NULL DEFAULT false,
    "needsVerification" BOOLEAN NOT NULL DEFAULT false,
    "verificationNote" JSONB,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "officeId" UUID,
    "number" TEXT,
    "extension" TEXT,
    "raw" TEXT NOT NULL,
    "type" "PhoneType" NOT NULL DEFAULT 'voice',
    "whatsapp" BOOLEAN NOT NULL DEFAULT false,
    "label" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailAddress" (
    "id" UUID NOT NULL,
    "organizationId" UUID,
    "officeId" UUID,
    "address" TEXT NOT NULL,
    "label" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EmailAddress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "title" JSONB,
    "email" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningHours" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "opens" TEXT NOT NULL,
    "closes" TEXT NOT NULL,
    "label" JSONB,

    CONSTRAINT "OpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "type" "ServiceType" NOT NULL,
    "populations" "Population"[],
    "description" JSONB NOT NULL,
    "eligibility" JSONB,
    "cost" "Cost" NOT NULL DEFAULT 'unknown',
    "accessMethods" "AccessMethod"[],
    "howToGetHelp" JSONB,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAtOffice" (
    "serviceId" UUID NOT NULL,
    "officeId" UUID NOT NULL,

    CONSTRAINT "ServiceAtOffice_pkey" PRIMARY KEY ("serviceId","officeId")
);

-- CreateTable
CREATE TABLE "LegalNote" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "jurisdiction" "Jurisdiction" NOT NULL,
    "title" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "body" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "relatedServiceTypes" "ServiceType"[],
    "position" INTEGER NOT NULL DEFAULT 0,
    "reviewedAt" TIMESTAMP(3),
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "State_slug_key" ON "State"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "State_code_key" ON "State"("code");

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_stateId_idx" ON "City"("stateId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Office_slug_key" ON "Office"("slug");

-- CreateIndex
CREATE INDEX "Office_organizationId_idx" ON "Office"("organizationId");

-- CreateIndex
CREATE INDEX "Office_cityId_idx" ON "Office"("cityId");

-- CreateIndex
CREATE INDEX "Phone_organizationId_idx" ON "Phone"("organizationId");

-- CreateIndex
CREATE INDEX "Phone_officeId_idx" ON "Phone"("officeId");

-- CreateIndex
CREATE INDEX "EmailAddress_organizationId_idx" ON "EmailAddress"("organizationId");

-- CreateIndex
CREATE INDEX "EmailAddress_officeId_idx" ON "EmailAddress"("officeId");

-- CreateIndex
CREATE INDEX "Contact_organizationId_idx" ON "Contact"("organizationId");

-- CreateIndex
CREATE INDEX "OpeningHours_officeId_idx" ON "OpeningHours"("officeId");

-- CreateIndex
CREATE INDEX "Service_organizationId_idx" ON "Service"("organizationId");

-- CreateIndex
CREATE INDEX "Service_type_idx" ON "Service"("type");

-- CreateIndex
CREATE INDEX "ServiceAtOffice_officeId_idx" ON "ServiceAtOffice"("officeId");

-- CreateIndex
CREATE UNIQUE INDEX "LegalNote_slug_key" ON "LegalNote"("slug");

-- CreateIndex
CREATE INDEX "LegalNote_jurisdiction_position_idx" ON "LegalNote"("jurisdiction", "position");

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailAddress" ADD CONSTRAINT "EmailAddress_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailAddress" ADD CONSTRAINT "EmailAddress_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningHours" ADD CONSTRAINT "OpeningHours_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtOffice" ADD CONSTRAINT "ServiceAtOffice_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtOffice" ADD CONSTRAINT "ServiceAtOffice_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;
