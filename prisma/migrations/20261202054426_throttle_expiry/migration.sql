-- AlterTable
ALTER TABLE "Throttle" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Throttle_expiresAt_idx" ON "Throttle"("expiresAt");

-- Rows written before this column existed: keep them for the longest window (an hour) or their lock, whichever ends later.
UPDATE "Throttle" SET "expiresAt" = GREATEST("windowStart" + INTERVAL '1 hour', COALESCE("lockedUntil", "windowStart"));
