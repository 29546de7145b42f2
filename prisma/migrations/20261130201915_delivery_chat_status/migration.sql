-- CreateIndex
CREATE INDEX "Delivery_chatId_status_idx" ON "Delivery"("chatId", "status");
