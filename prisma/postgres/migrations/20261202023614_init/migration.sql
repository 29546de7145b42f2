-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Meta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Meta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "shortNameEn" TEXT NOT NULL,
    "shortNameUk" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionUk" TEXT NOT NULL,
    "adoptedOn" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PartnerAlias" (
    "id" SERIAL NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PartnerAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "joinedOn" TEXT,
    "confidence" TEXT NOT NULL DEFAULT 'high',
    "note" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pillar" (
    "id" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameUk" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionUk" TEXT NOT NULL,
    "aliasesEn" TEXT NOT NULL DEFAULT '[]',
    "aliasesUk" TEXT NOT NULL DEFAULT '[]',
    "sourceUrl" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Pillar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementPillar" (
    "agreementId" INTEGER NOT NULL,
    "pillarId" TEXT NOT NULL,

    CONSTRAINT "AgreementPillar_pkey" PRIMARY KEY ("agreementId","pillarId")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" SERIAL NOT NULL,
    "partnerCode" TEXT NOT NULL,
    "agreementId" INTEGER,
    "pillarId" TEXT,
    "textEn" TEXT NOT NULL,
    "textUk" TEXT NOT NULL,
    "amount" DOUBLE PRECISION,
    "currency" TEXT,
    "yearFrom" INTEGER,
    "yearTo" INTEGER,
    "level" TEXT NOT NULL DEFAULT 'promised',
    "annual" BOOLEAN NOT NULL DEFAULT false,
    "countInTotals" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
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
    "publishedAt" TIMESTAMP(3),
    "createdById" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPartner" (
    "eventId" INTEGER NOT NULL,
    "partnerCode" TEXT NOT NULL,

    CONSTRAINT "EventPartner_pkey" PRIMARY KEY ("eventId","partnerCode")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "chatId" BIGINT NOT NULL,
    "chatType" TEXT NOT NULL,
    "title" TEXT,
    "username" TEXT,
    "language" TEXT,
    "telegramLanguage" TEXT,
    "reachable" BOOLEAN NOT NULL DEFAULT true,
    "unreachableWhy" TEXT,
    "strikes" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("chatId")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" SERIAL NOT NULL,
    "chatId" BIGINT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "pausedAt" TIMESTAMP(3),
    "frequency" TEXT NOT NULL DEFAULT 'daily',
    "deliveryHour" INTEGER NOT NULL DEFAULT 9,
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/Kyiv',
    "quietFrom" INTEGER,
    "quietTo" INTEGER,
    "silent" BOOLEAN NOT NULL DEFAULT false,
    "linkPreviews" BOOLEAN NOT NULL DEFAULT false,
    "deliveredUpTo" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),
    "subscribedBy" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionFilter" (
    "id" SERIAL NOT NULL,
    "subscriptionId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "SubscriptionFilter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'digest',
    "slot" TEXT NOT NULL,
    "windowEnd" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'composing',
    "cursor" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "chatId" BIGINT NOT NULL,
    "payload" TEXT NOT NULL,
    "windowFrom" TIMESTAMP(3),
    "windowTo" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'pending',
    "partsSent" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Admin" (
    "userId" BIGINT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'editor',
    "name" TEXT,
    "grantedBy" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Admin_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" BIGINT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "batch" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "Delivery_chatId_status_idx" ON "Delivery"("chatId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_runId_chatId_key" ON "Delivery"("runId", "chatId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "PartnerAlias" ADD CONSTRAINT "PartnerAlias_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPillar" ADD CONSTRAINT "AgreementPillar_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPillar" ADD CONSTRAINT "AgreementPillar_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_pillarId_fkey" FOREIGN KEY ("pillarId") REFERENCES "Pillar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPartner" ADD CONSTRAINT "EventPartner_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "Partner"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Subscriber"("chatId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriptionFilter" ADD CONSTRAINT "SubscriptionFilter_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DigestRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_chatId_fkey" FOREIGN KEY ("chatId") REFERENCES "Subscriber"("chatId") ON DELETE CASCADE ON UPDATE CASCADE;
