-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "lastRunAt" DATETIME;
