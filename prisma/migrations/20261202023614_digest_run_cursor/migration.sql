-- AlterTable
ALTER TABLE "DigestRun" ADD COLUMN "cursor" TEXT;
