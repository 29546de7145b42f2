-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Subscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chatId" BIGINT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "pausedAt" DATETIME,
    "frequency" TEXT NOT NULL DEFAULT 'daily',
    "deliveryHour" INTEGER NOT NULL DEFAULT 9,
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Kyiv',
    "quietFrom" INTEGER,
    "quietTo" INTEGER,
    "silent" BOOLEAN NOT NULL DEFAULT false,
    "linkPreviews" BOOLEAN NOT NULL DEFAULT false,
    "notifyEmpty" BOOLEAN NOT NULL DEFAULT false,
    "deliveredUpTo" DATETIME NOT NULL,
    "lastRunAt" DATETIME,
    "subscribedBy" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscription_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Subscriber" ("chatId") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscription" ("active", "chatId", "createdAt", "deliveredUpTo", "deliveryHour", "frequency", "id", "lastRunAt", "linkPreviews", "pausedAt", "quietFrom", "quietTo", "silent", "subscribedBy", "timezone", "updatedAt", "weekday") SELECT "active", "chatId", "createdAt", "deliveredUpTo", "deliveryHour", "frequency", "id", "lastRunAt", "linkPreviews", "pausedAt", "quietFrom", "quietTo", "silent", "subscribedBy", "timezone", "updatedAt", "weekday" FROM "Subscription";
DROP TABLE "Subscription";
ALTER TABLE "new_Subscription" RENAME TO "Subscription";
CREATE UNIQUE INDEX "Subscription_chatId_key" ON "Subscription"("chatId");
CREATE INDEX "Subscription_active_frequency_idx" ON "Subscription"("active", "frequency");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
