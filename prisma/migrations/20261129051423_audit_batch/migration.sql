-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "batch" TEXT;
