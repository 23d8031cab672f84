-- CreateEnum
CREATE TYPE "Interpreters" AS ENUM ('yes', 'no', 'unknown');

-- AlterEnum
ALTER TYPE "CitedFact" ADD VALUE 'languages';

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "interpreters" "Interpreters" NOT NULL DEFAULT 'unknown';
