-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "shortNameEn" TEXT NOT NULL,
    "shortNameUk" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionUk" TEXT NOT NULL,
    "adoptedOn" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Partner" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "PartnerAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnerCode" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "PartnerAlias_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner" ("code") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnerCode" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "joinedOn" TEXT,
    "confidence" TEXT NOT NULL DEFAULT 'high',
    "note" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Membership_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pillar" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionUk" TEXT NOT NULL,
    "aliasesEn" TEXT NOT NULL DEFAULT '[]',
    "aliasesUk" TEXT NOT NULL DEFAULT '[]',
    "sourceUrl" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnerCode" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleUk" TEXT NOT NULL,
    "titleOrigin" TEXT NOT NULL DEFAULT 'quoted',
    "signedOn" TEXT NOT NULL,
    "placeEn" TEXT NOT NULL,
    "placeUk" TEXT NOT NULL,
    "signedByEn" TEXT NOT NULL,
    "signedByUk" TEXT NOT NULL,
    "durationYears" INTEGER,
    "expiresOn" TEXT,
    "ratification" TEXT NOT NULL DEFAULT 'unknown',
    "inDeclarationSeries" BOOLEAN NOT NULL DEFAULT true,
    "textUrl" TEXT,
    "confidence" TEXT NOT NULL DEFAULT 'high',
    "note" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Agreement_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementPillar" (
    "agreementId" INTEGER NOT NULL,
    "pillarId" TEXT NOT NULL,

    PRIMARY KEY ("agreementId", "pillarId"),
    CONSTRAINT "AgreementPillar_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementPillar_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "partnerCode" TEXT NOT NULL,
    "agreementId" INTEGER,
    "pillarId" TEXT,
    "textEn" TEXT NOT NULL,
    "textUk" TEXT NOT NULL,
    "amount" REAL,
    "currency" TEXT,
    "yearFrom" INTEGER,
    "yearTo" INTEGER,
    "level" TEXT NOT NULL DEFAULT 'promised',
    "annual" BOOLEAN NOT NULL DEFAULT false,
    "countInTotals" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Pledge_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pledge_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pledge_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "occurredOn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "frameworkId" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleUk" TEXT NOT NULL,
    "bodyEn" TEXT,
    "bodyUk" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "confidence" TEXT NOT NULL DEFAULT 'high',
    "status" TEXT,
    "dueOn" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'admin',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdById" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Event_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" INTEGER NOT NULL,
    "partnerCode" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "partnerCode"),
    CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventPartner_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "chatId" BIGINT NOT NULL PRIMARY KEY,
    "chatType" TEXT NOT NULL,
    "title" TEXT,
    "username" TEXT,
    "language" TEXT,
    "telegramLanguage" TEXT,
    "reachable" BOOLEAN NOT NULL DEFAULT true,
    "unreachableWhy" TEXT,
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Subscription" (
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
    "deliveredUpTo" DATETIME NOT NULL,
    "subscribedBy" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscription_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Subscriber" ("chatId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubscriptionFilter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subscriptionId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "SubscriptionFilter_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL DEFAULT 'digest',
    "slot" TEXT NOT NULL,
    "windowEnd" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'composing',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "payload" TEXT NOT NULL,
    "windowFrom" DATETIME,
    "windowTo" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "partsSent" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Delivery_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DigestRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Delivery_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Subscriber" ("chatId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Admin" (
    "userId" BIGINT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "name" TEXT,
    "grantedBy" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" BIGINT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerAlias_partnerCode_lang_text_key" ON "PartnerAlias"("partnerCode", "lang", "text");

-- CreateIndex
CREATE INDEX "Membership_frameworkId_joinedOn_idx" ON "Membership"("frameworkId", "joinedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_partnerCode_frameworkId_key" ON "Membership"("partnerCode", "frameworkId");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_partnerCode_signedOn_key" ON "Agreement"("partnerCode", "signedOn");

-- CreateIndex
CREATE INDEX "AgreementPillar_pillarId_idx" ON "AgreementPillar"("pillarId");

-- CreateIndex
CREATE INDEX "Pledge_partnerCode_idx" ON "Pledge"("partnerCode");

-- CreateIndex
CREATE INDEX "Pledge_agreementId_idx" ON "Pledge"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_key_key" ON "Event"("key");

-- CreateIndex
CREATE INDEX "Event_publishedAt_idx" ON "Event"("publishedAt");

-- CreateIndex
CREATE INDEX "Event_occurredOn_idx" ON "Event"("occurredOn");

-- CreateIndex
CREATE INDEX "Event_kind_idx" ON "Event"("kind");

-- CreateIndex
CREATE INDEX "EventPartner_partnerCode_idx" ON "EventPartner"("partnerCode");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_chatId_key" ON "Subscription"("chatId");

-- CreateIndex
CREATE INDEX "Subscription_active_frequency_idx" ON "Subscription"("active", "frequency");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionFilter_subscriptionId_type_value_key" ON "SubscriptionFilter"("subscriptionId", "type", "value");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_slot_key" ON "DigestRun"("slot");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_runId_chatId_key" ON "Delivery"("runId", "chatId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
