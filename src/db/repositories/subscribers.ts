import type { Db } from '../client.js';

export interface ChatSeen {
  chatId: bigint;
  chatType: string;
  title?: string | null;
  username?: string | null;
  telegramLanguage?: string | null;
}

export function createSubscriberRepository(db: Db) {
  return {
    /** Records the chat (first contact or update); returns whether it was new and its stored language. */
    async touch(seen: ChatSeen): Promise<{ isNew: boolean; language: string | null }> {
      const existing = await db.subscriber.findUnique({ where: { chatId: seen.chatId } });
      if (!existing) {
        const created = await db.subscriber.upsert({
          where: { chatId: seen.chatId },
          create: {
            chatId: seen.chatId,
            chatType: seen.chatType,
            title: seen.title ?? null,
            username: seen.username ?? null,
            telegramLanguage: seen.telegramLanguage ?? null,
          },
          update: {},
        });
        return { isNew: true, language: created.language };
      }
      const changed =
        existing.telegramLanguage !== (seen.telegramLanguage ?? existing.telegramLanguage) ||
        existing.title !== (seen.title ?? existing.title) ||
        existing.username !== (seen.username ?? existing.username) ||
        !existing.reachable;
      if (changed) {
        await db.subscriber.update({
          where: { chatId: seen.chatId },
          data: {
            telegramLanguage: seen.telegramLanguage ?? existing.telegramLanguage,
            title: seen.title ?? existing.title,
            username: seen.username ?? existing.username,
            // A chat that writes to us can be written to again.
            ...(existing.reachable ? {} : { reachable: true, unreachableWhy: null, strikes: 0 }),
          },
        });
      }
      return { isNew: false, language: existing.language };
    },

    async language(chatId: bigint): Promise<string | null> {
      const row = await db.subscriber.findUnique({ where: { chatId }, select: { language: true } });
      return row?.language ?? null;
    },

    async setLanguage(chatId: bigint, language: string): Promise<void> {
      await db.subscriber.update({ where: { chatId }, data: { language } });
    },
  };
}

export type SubscriberRepository = ReturnType<typeof createSubscriberRepository>;
