/**
 * Subscriptions: preferences per chat (kept after /unsubscribe so /subscribe restores them), their
 * filters, pausing, and the subscriber's reachability (blocked, kicked, migrated).
 */
import type { DigestFilters } from '../../domain/digest.js';
import { FREQUENCIES, type FilterType, type Frequency, type SubscriptionPatch, type SubscriptionView } from '../../domain/subscription.js';
import type { Db, Tx } from '../client.js';

export { FREQUENCIES, type FilterType, type Frequency, type SubscriptionPatch, type SubscriptionView } from '../../domain/subscription.js';

/** One active subscription with what composition needs. */
export interface Recipient extends SubscriptionView {
  language: string | null;
  telegramLanguage: string | null;
  chatType: string;
}

/** The stored row: the view's fields, with frequency and filters as the database keeps them. */
type Row = Omit<SubscriptionView, 'frequency' | 'filters'> & {
  frequency: string;
  filters: Array<{ type: string; value: string }>;
};

function view(r: Row): SubscriptionView {
  const filters: DigestFilters = { partners: [], pillars: [], kinds: [] };
  for (const f of r.filters) {
    if (f.type === 'partner') filters.partners.push(f.value);
    else if (f.type === 'pillar') filters.pillars.push(f.value);
    else if (f.type === 'kind') filters.kinds.push(f.value);
  }
  return {
    chatId: r.chatId,
    active: r.active,
    pausedAt: r.pausedAt,
    frequency: r.frequency === 'instant' || r.frequency === 'weekly' ? r.frequency : 'daily',
    deliveryHour: r.deliveryHour,
    weekday: r.weekday,
    timezone: r.timezone,
    quietFrom: r.quietFrom,
    quietTo: r.quietTo,
    silent: r.silent,
    linkPreviews: r.linkPreviews,
    notifyEmpty: r.notifyEmpty,
    deliveredUpTo: r.deliveredUpTo,
    lastRunAt: r.lastRunAt,
    filters,
  };
}

const recipientWhere = (frequency?: Frequency | Frequency[]) => ({
  active: true,
  pausedAt: null,
  subscriber: { reachable: true },
  ...(frequency ? { frequency: { in: Array.isArray(frequency) ? frequency : [frequency] } } : {}),
});
const recipientInclude = { filters: true, subscriber: { select: { language: true, telegramLanguage: true, chatType: true } } } as const;

export function createSubscriptionRepository(db: Db) {
  const find = async (chatId: bigint) => {
    const r = await db.subscription.findUnique({ where: { chatId }, include: { filters: true } });
    return r ? view(r) : null;
  };
  return {
    get: find,

    /**
     * Activates the chat's subscription: new ones start from now; an inactive one gets its old
     * preferences back and starts from now (what was published meanwhile is not replayed).
     */
    async subscribe(chatId: bigint, now: Date, by: bigint | null): Promise<{ view: SubscriptionView; created: boolean; reactivated: boolean }> {
      const existing = await db.subscription.findUnique({ where: { chatId } });
      if (!existing) {
        await db.subscription.create({ data: { chatId, deliveredUpTo: now, subscribedBy: by } });
        return { view: (await find(chatId))!, created: true, reactivated: false };
      }
      if (!existing.active) {
        await db.subscription.update({
          where: { chatId },
          data: { active: true, pausedAt: null, deliveredUpTo: now, lastRunAt: null, subscribedBy: by ?? existing.subscribedBy },
        });
        return { view: (await find(chatId))!, created: false, reactivated: true };
      }
      return { view: (await find(chatId))!, created: false, reactivated: false };
    },

    async unsubscribe(chatId: bigint): Promise<boolean> {
      const r = await db.subscription.updateMany({ where: { chatId, active: true }, data: { active: false } });
      return r.count > 0;
    },

    async update(chatId: bigint, patch: SubscriptionPatch): Promise<void> {
      await db.subscription.update({ where: { chatId }, data: patch });
    },

    async pause(chatId: bigint, now: Date): Promise<void> {
      await db.subscription.update({ where: { chatId }, data: { pausedAt: now } });
    },

    /** catchup: the next digest covers everything since the last one (one digest); now: starts from now. */
    async resume(chatId: bigint, mode: 'catchup' | 'now', now: Date): Promise<void> {
      await db.subscription.update({ where: { chatId }, data: { pausedAt: null, ...(mode === 'now' ? { deliveredUpTo: now } : {}) } });
    },

    async toggleFilter(chatId: bigint, type: FilterType, value: string): Promise<void> {
      const sub = await db.subscription.findUniqueOrThrow({ where: { chatId } });
      const existing = await db.subscriptionFilter.findUnique({ where: { subscriptionId_type_value: { subscriptionId: sub.id, type, value } } });
      if (existing) await db.subscriptionFilter.delete({ where: { id: existing.id } });
      else await db.subscriptionFilter.create({ data: { subscriptionId: sub.id, type, value } });
    },

    async addFilter(chatId: bigint, type: FilterType, value: string): Promise<void> {
      const sub = await db.subscription.findUniqueOrThrow({ where: { chatId } });
      await db.subscriptionFilter.upsert({
        where: { subscriptionId_type_value: { subscriptionId: sub.id, type, value } },
        create: { subscriptionId: sub.id, type, value },
        update: {},
      });
    },

    async clearFilters(chatId: bigint): Promise<void> {
      const sub = await db.subscription.findUnique({ where: { chatId } });
      if (sub) await db.subscriptionFilter.deleteMany({ where: { subscriptionId: sub.id } });
    },

    /** Active, not paused subscriptions of reachable chats (optionally of one frequency). */
    async recipients(frequency?: Frequency | Frequency[]): Promise<Recipient[]> {
      const rows = await db.subscription.findMany({ where: recipientWhere(frequency), include: recipientInclude });
      return rows.map((r) => ({ ...view(r), ...r.subscriber }));
    },

    /**
     * The same recipients, a page at a time in id order (keyset pagination: each page starts after
     * the last id of the one before), so that no more than `pageSize` are held at once; one
     * frequency after another, so that every page is a range of the (active, frequency) index
     * read in id order (with several frequencies at once SQLite sorts all the remaining rows for
     * each page). `client` is the transaction to read in, when the pages are consumed inside one.
     */
    async *recipientPages(frequency: Frequency | Frequency[] | undefined, pageSize: number, client: Db | Tx = db): AsyncGenerator<Recipient[]> {
      const frequencies: Frequency[] = frequency === undefined ? [...FREQUENCIES] : Array.isArray(frequency) ? frequency : [frequency];
      for (const f of new Set(frequencies)) {
        let after = 0;
        for (;;) {
          const rows = await client.subscription.findMany({
            where: { ...recipientWhere(f), id: { gt: after } },
            include: recipientInclude,
            orderBy: { id: 'asc' },
            take: pageSize,
          });
          if (!rows.length) break;
          after = rows.at(-1)!.id;
          yield rows.map((r) => ({ ...view(r), ...r.subscriber }));
          if (rows.length < pageSize) break;
        }
      }
    },

    /**
     * recipientPages that can start where a crashed composition stopped: each page comes with the
     * cursor after it (`frequency:lastId`); given a cursor, reading continues right after it.
     */
    async *recipientPagesFrom(frequencies: Frequency[], pageSize: number, cursor: string | null): AsyncGenerator<{ recipients: Recipient[]; cursor: string }> {
      const [cf, cid] = cursor ? cursor.split(':') : [];
      let skipping = cf !== undefined && frequencies.includes(cf as Frequency);
      for (const f of new Set(frequencies)) {
        if (skipping && f !== cf) continue;
        let after = skipping ? Number(cid) || 0 : 0;
        skipping = false;
        for (;;) {
          const rows = await db.subscription.findMany({
            where: { ...recipientWhere(f), id: { gt: after } },
            include: recipientInclude,
            orderBy: { id: 'asc' },
            take: pageSize,
          });
          if (!rows.length) break;
          after = rows.at(-1)!.id;
          yield { recipients: rows.map((r) => ({ ...view(r), ...r.subscriber })), cursor: `${f}:${after}` };
          if (rows.length < pageSize) break;
        }
      }
    },

    async countRecipients(): Promise<number> {
      return db.subscription.count({ where: { active: true, pausedAt: null, subscriber: { reachable: true } } });
    },

    /** Vacuous progress: nothing new up to `to` (only moves forward). */
    async advance(chatIds: bigint[], to: Date): Promise<void> {
      for (let i = 0; i < chatIds.length; i += 500) {
        await db.subscription.updateMany({ where: { chatId: { in: chatIds.slice(i, i + 500) }, deliveredUpTo: { lt: to } }, data: { deliveredUpTo: to } });
      }
    },

    async setReachable(chatId: bigint, reachable: boolean, why: string | null): Promise<void> {
      await db.subscriber.updateMany({
        where: { chatId },
        data: reachable ? { reachable: true, unreachableWhy: null, strikes: 0 } : { reachable: false, unreachableWhy: why },
      });
    },

    /** Adds a strike; returns the new count. */
    async strike(chatId: bigint): Promise<number> {
      const r = await db.subscriber.update({ where: { chatId }, data: { strikes: { increment: 1 } }, select: { strikes: true } });
      return r.strikes;
    },

    /** A group became a supergroup: its record, subscription and outbox rows move to the new id. */
    async migrateChat(from: bigint, to: bigint): Promise<void> {
      await db.$transaction(async (tx) => {
        const old = await tx.subscriber.findUnique({ where: { chatId: from } });
        if (!old) return;
        const target = await tx.subscriber.findUnique({ where: { chatId: to } });
        if (!target) {
          const { chatId: _c, createdAt: _a, updatedAt: _u, ...rest } = old;
          await tx.subscriber.create({ data: { ...rest, chatId: to, chatType: 'supergroup', reachable: true, unreachableWhy: null, strikes: 0 } });
        }
        const targetSub = await tx.subscription.findUnique({ where: { chatId: to } });
        if (targetSub) await tx.subscription.deleteMany({ where: { chatId: from } });
        else await tx.subscription.updateMany({ where: { chatId: from }, data: { chatId: to } });
        await tx.delivery.updateMany({ where: { chatId: from, status: { in: ['pending', 'sending'] } }, data: { chatId: to } });
        await tx.subscriber.update({ where: { chatId: from }, data: { reachable: false, unreachableWhy: `migrated to ${to}` } });
      });
    },
  };
}

export type SubscriptionRepository = ReturnType<typeof createSubscriptionRepository>;
