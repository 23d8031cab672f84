-- CreateTable
CREATE TABLE "TranslationReview" (
    "textId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,

    CONSTRAINT "TranslationReview_pkey" PRIMARY KEY ("textId","locale")
);

-- CreateIndex
CREATE INDEX "TranslationReview_reviewedById_idx" ON "TranslationReview"("reviewedById");

-- AddForeignKey
ALTER TABLE "TranslationReview" ADD CONSTRAINT "TranslationReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
