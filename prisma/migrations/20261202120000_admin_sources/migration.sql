-- Sources edited in the admin area: a version for the form's optimistic
-- concurrency, and a "delete" audit action for removing a source nothing cites.
-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'delete';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
