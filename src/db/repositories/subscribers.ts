import type { ChatSeen } from '../../domain/subscription.js';
import type { Db } from '../client.js';

export type { ChatSeen };

/** What touch() needs to know about a chat to decide that nothing changed. */
interface Known {
  telegramLanguage: string | null;
  title: string | null;
  username: string | null;
  language: string | null;
  reachable: boolean;
  at: number;
}

/**
 * How long touch() trusts its memory of a chat before reading the row again. Every write through
 * this repository keeps the memory right; the TTL bounds staleness after a write made elsewhere
 * (code that changes a Subscriber row directly should call forget(chatId)).
 */
export const KNOWN_CHAT_TTL_MS = 60_000;
const MAX_KNOWN_CHATS = 50_000;

export function createSubscriberRepository(db: Db, opts: { now?: () => number } = {}) {
  const now = opts.now ?? Date.now;
  // Known chats, so that the per-update touch() costs no database round trip when nothing changed
  // (it ran on every update and dominated the tail latency: a Prisma read's p99 is several ms).
  const known = new Map<bigint, Known>();
  const remember = (chatId: bigint, row: Omit<Known, 'at'>) => {
    if (known.size >= MAX_KNOWN_CHATS && !known.has(chatId)) known.delete(known.keys().next().value!);
    known.set(chatId, { ...row, at: now() });
  };
  const unchanged = (k: Known, seen: ChatSeen) =>
    k.reachable &&
    k.telegramLanguage === (seen.telegramLanguage ?? k.telegramLanguage) &&
    k.title === (seen.title ?? k.title) &&
    k.username === (seen.username ?? k.username);

  return {
    /** Records the chat (first contact or update); returns whether it was new and its stored language. */
    async touch(seen: ChatSeen): Promise<{ isNew: boolean; language: string | null }> {
      const cached = known.get(seen.chatId);
      if (cached && now() - cached.at < KNOWN_CHAT_TTL_MS && unchanged(cached, seen)) return { isNew: false, language: cached.language };

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
        remember(seen.chatId, created);
        return { isNew: true, language: created.language };
      }
      const changed =
        existing.telegramLanguage !== (seen.telegramLanguage ?? existing.telegramLanguage) ||
        existing.title !== (seen.title ?? existing.title) ||
        existing.username !== (seen.username ?? existing.username) ||
        !existing.reachable;
      if (changed) {
        const updated = await db.subscriber.update({
          where: { chatId: seen.chatId },
          data: {
            telegramLanguage: seen.telegramLanguage ?? existing.telegramLanguage,
            title: seen.title ?? existing.title,
            username: seen.username ?? existing.username,
            // A chat that writes to us can be written to again.
            ...(existing.reachable ? {} : { reachable: true, unreachableWhy: null, strikes: 0 }),
          },
        });
        remember(seen.chatId, updated);
      } else remember(seen.chatId, existing);
      return { isNew: false, language: existing.language };
    },

    async language(chatId: bigint): Promise<string | null> {
      const row = await db.subscriber.findUnique({ where: { chatId }, select: { language: true } });
      return row?.language ?? null;
    },

    async setLanguage(chatId: bigint, language: string): Promise<void> {
      const row = await db.subscriber.update({ where: { chatId }, data: { language } });
      remember(chatId, row);
    },

    /** Drops what touch() remembers about a chat; call after changing its row outside this repository. */
    forget(chatId: bigint): void {
      known.delete(chatId);
    },
  };
}

export type SubscriberRepository = ReturnType<typeof createSubscriberRepository>;
