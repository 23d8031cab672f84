-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "seedDigest" TEXT;
