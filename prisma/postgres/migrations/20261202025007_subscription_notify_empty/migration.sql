-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "declaredMembersEn" TEXT,
ADD COLUMN     "declaredMembersUk" TEXT,
ADD COLUMN     "declaredSourceUrl" TEXT,
ADD COLUMN     "membershipComplete" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "notifyEmpty" BOOLEAN NOT NULL DEFAULT false;
