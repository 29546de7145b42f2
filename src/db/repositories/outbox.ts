/**
 * The outbox: digest runs and their deliveries (one row per chat per run). A run and all its rows
 * are written in one transaction; a row moves pending → sending → sent (or failed / skipped);
 * partsSent records each confirmed message of a multi-part digest; the subscriber's deliveredUpTo
 * advances in the same transaction that marks the row sent.
 */
import type { Db, Tx } from '../client.js';
import { redactSecrets } from '../../logger.js';

export type RunKind = 'digest' | 'instant' | 'announcement';

export interface NewDelivery {
  chatId: bigint;
  payload: string;
  windowFrom: Date | null;
  windowTo: Date | null;
}

export interface DeliveryRow {
  id: number;
  runId: number;
  chatId: bigint;
  payload: string;
  windowTo: Date | null;
  status: string;
  partsSent: number;
  attempts: number;
  subscriber: { reachable: boolean; strikes: number };
}

/** One page of a run being composed: its rows, and the chats to advance or mark considered. */
export interface RunPage {
  rows: NewDelivery[];
  advance?: bigint[];
  considered?: bigint[];
}

export function createOutboxRepository(db: Db) {
  /**
   * Writes a run whose rows are produced page by page, all in one transaction: `pages` is given
   * the transaction to read in and yields each page's rows (and its `advance` and `considered`
   * chats), which are written before the next page is asked for, so only one page is ever held.
   * The slot is claimed first; if it exists, nothing is read or written. A failure or a crash at
   * any point rolls everything back: a run is either wholly in the outbox or not at all.
   */
  async function createRunPaged(
    run: { slot: string; kind: RunKind; windowEnd: Date },
    pages: (tx: Tx) => AsyncIterable<RunPage>,
  ): Promise<{ created: boolean; runId: number | null; rows: number; considered: number }> {
    return db.$transaction(
      async (tx) => {
        if (await tx.digestRun.findUnique({ where: { slot: run.slot } })) return { created: false, runId: null, rows: 0, considered: 0 };
        const created = await tx.digestRun.create({ data: { ...run, status: 'composing' } });
        // DateTime is stored as Prisma stores it in SQLite: ISO 8601 text with +00:00.
        const ts = (d: Date | null) => (d ? d.toISOString().replace('Z', '+00:00') : null);
        const stamp = ts(new Date());
        let total = 0;
        let consideredTotal = 0;
        for await (const page of pages(tx)) {
          // One multi-row INSERT per 500 rows: Prisma's createMany is ten times slower for 100k rows.
          for (let i = 0; i < page.rows.length; i += 500) {
            const chunk = page.rows.slice(i, i + 500);
            const values = chunk.map(() => "(?, ?, ?, ?, ?, 'pending', 0, 0, ?, ?, ?)").join(', ');
            const params = chunk.flatMap((r) => [created.id, r.chatId, r.payload, ts(r.windowFrom), ts(r.windowTo), stamp, stamp, stamp]);
            await tx.$executeRawUnsafe(
              `INSERT INTO "Delivery" ("runId", "chatId", "payload", "windowFrom", "windowTo", "status", "partsSent", "attempts", "nextAttemptAt", "createdAt", "updatedAt") VALUES ${values}`,
              ...params,
            );
          }
          const advance = page.advance ?? [];
          for (let i = 0; i < advance.length; i += 500) {
            await tx.subscription.updateMany({
              where: { chatId: { in: advance.slice(i, i + 500) }, deliveredUpTo: { lt: run.windowEnd } },
              data: { deliveredUpTo: run.windowEnd },
            });
          }
          const considered = page.considered ?? [];
          for (let i = 0; i < considered.length; i += 500) {
            await tx.subscription.updateMany({ where: { chatId: { in: considered.slice(i, i + 500) } }, data: { lastRunAt: run.windowEnd } });
          }
          total += page.rows.length;
          consideredTotal += considered.length;
        }
        await tx.digestRun.update({
          where: { id: created.id },
          data: total ? { status: 'delivering' } : { status: 'done', finishedAt: new Date() },
        });
        return { created: true, runId: created.id, rows: total, considered: consideredTotal };
      },
      { timeout: 300_000 },
    );
  }

  return {
    async hasRun(slot: string): Promise<boolean> {
      return (await db.digestRun.count({ where: { slot } })) > 0;
    },

    /** The slot of the latest scheduled digest run (its creation is its completion: rows are in the outbox). */
    async lastRun(kind: RunKind): Promise<{ slot: string; windowEnd: Date } | null> {
      return db.digestRun.findFirst({ where: { kind }, orderBy: [{ windowEnd: 'desc' }, { id: 'desc' }], select: { slot: true, windowEnd: true } });
    },

    /**
     * Chats that still have an unsent row of this kind: they are not composed for again until it goes.
     * `among`: only these chats (one page of a composition); `client`: the transaction to read in.
     */
    async chatsWithOpenDelivery(kinds: RunKind[], among?: bigint[], client: Db | Tx = db): Promise<Set<bigint>> {
      const rows = await client.delivery.findMany({
        where: { status: { in: ['pending', 'sending'] }, run: { kind: { in: kinds } }, ...(among ? { chatId: { in: among } } : {}) },
        select: { chatId: true },
      });
      return new Set(rows.map((r) => r.chatId));
    },

    /**
     * Writes a run and its rows in one transaction; false (and nothing written) if the slot exists.
     * `advance` moves deliveredUpTo for subscribers who had nothing new in this run.
     */
    async createRun(
      run: { slot: string; kind: RunKind; windowEnd: Date },
      rows: NewDelivery[],
      advance: bigint[] = [],
      considered: bigint[] = [],
    ): Promise<{ created: boolean; runId: number | null }> {
      const r = await createRunPaged(run, async function* () {
        yield { rows, advance, considered };
      });
      return { created: r.created, runId: r.runId };
    },

    createRunPaged,

    /** At start: rows left unsent by a stop or crash (any 'sending' goes back to 'pending', keeping partsSent). */
    async recoverSending(): Promise<number> {
      await db.delivery.updateMany({ where: { status: 'sending' }, data: { status: 'pending' } });
      return db.delivery.count({ where: { status: 'pending' } });
    },

    async due(now: Date, limit: number, exclude: number[]): Promise<DeliveryRow[]> {
      return db.delivery.findMany({
        where: { status: 'pending', nextAttemptAt: { lte: now }, ...(exclude.length ? { id: { notIn: exclude } } : {}) },
        orderBy: { id: 'asc' },
        take: limit,
        select: {
          id: true,
          runId: true,
          chatId: true,
          payload: true,
          windowTo: true,
          status: true,
          partsSent: true,
          attempts: true,
          subscriber: { select: { reachable: true, strikes: true } },
        },
      });
    },

    async nextAttemptAt(): Promise<Date | null> {
      const r = await db.delivery.findFirst({ where: { status: 'pending' }, orderBy: { nextAttemptAt: 'asc' }, select: { nextAttemptAt: true } });
      return r?.nextAttemptAt ?? null;
    },

    async setPayload(id: number, payload: string): Promise<void> {
      await db.delivery.update({ where: { id }, data: { payload } });
    },

    async markPart(id: number, partsSent: number): Promise<void> {
      await db.delivery.update({ where: { id }, data: { partsSent } });
    },

    /** The row is sent, and the subscriber's window moves forward, together (one transaction). */
    async markSent(id: number, chatId: bigint, windowTo: Date | null, partsSent: number, now: Date, clearStrikes = false): Promise<void> {
      const sent = db.delivery.update({ where: { id }, data: { status: 'sent', partsSent, sentAt: now, lastError: null } });
      if (!windowTo && !clearStrikes) {
        await sent;
        return;
      }
      await db.$transaction([
        sent,
        ...(windowTo
          ? [db.subscription.updateMany({ where: { chatId, deliveredUpTo: { lt: windowTo } }, data: { deliveredUpTo: windowTo } })]
          : []),
        ...(clearStrikes ? [db.subscriber.updateMany({ where: { chatId }, data: { strikes: 0 } })] : []),
      ]);
    },

    async markRetry(id: number, nextAttemptAt: Date, error: string, counts = true): Promise<void> {
      await db.delivery.update({
        where: { id },
        data: { status: 'pending', nextAttemptAt, lastError: redactSecrets(error).slice(0, 500), ...(counts ? { attempts: { increment: 1 } } : {}) },
      });
    },

    async markFinal(id: number, status: 'failed' | 'skipped', error: string | null): Promise<void> {
      await db.delivery.update({ where: { id }, data: { status, lastError: error === null ? null : redactSecrets(error).slice(0, 500), attempts: { increment: 1 } } });
    },

    async setChat(id: number, chatId: bigint): Promise<void> {
      await db.delivery.update({ where: { id }, data: { chatId } });
    },

    /** Runs whose rows are all settled are done. */
    async finishRuns(now: Date): Promise<void> {
      const open = await db.digestRun.findMany({ where: { status: { not: 'done' } }, select: { id: true } });
      for (const r of open) {
        const left = await db.delivery.count({ where: { runId: r.id, status: { in: ['pending', 'sending'] } } });
        if (!left) await db.digestRun.update({ where: { id: r.id }, data: { status: 'done', finishedAt: now } });
      }
    },

    /** Those of these events still published and not deleted. */
    async liveEventIds(ids: number[]): Promise<Set<number>> {
      const rows = await db.event.findMany({ where: { id: { in: ids }, deletedAt: null, publishedAt: { not: null } }, select: { id: true } });
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
