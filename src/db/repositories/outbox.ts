/**
 * The outbox: digest runs and their deliveries (one row per chat per run). A run is claimed first
 * (its slot is unique, its status 'composing'); its rows are then written a page at a time, each
 * page in its own short transaction together with the windows it advances and the run's resume
 * cursor, so a crash loses nothing that was committed and a restart continues after the cursor;
 * the run becomes 'delivering' (or 'done' when it has no rows) when its last page is in. The
 * delivery worker reads only rows of runs past 'composing': no message of a run leaves before the
 * whole run exists. A row moves pending → sending → sent (or failed / skipped); partsSent records
 * each confirmed message of a multi-part digest; the subscriber's deliveredUpTo advances in the
 * same transaction that marks the row sent.
 */
import { type Db, type Tx, dialectFor } from '../client.js';
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

export interface ClaimedRun {
  id: number;
  slot: string;
  kind: string;
  windowEnd: Date;
  status: string;
  /** Where a composition stopped (opaque to the outbox), null before the first page. */
  cursor: string | null;
  /** true if this call created it. */
  created: boolean;
}

/** Rows written per transaction by createRun (instant alerts, announcements). */
const CHUNK = 2000;

export function createOutboxRepository(db: Db, now: () => Date = () => new Date()) {
  // DateTime is stored as Prisma stores it in SQLite: ISO 8601 text with +00:00.
  // Raw SQL is the one place the provider shows: placeholders, insert-or-ignore, moments.
  const sql = dialectFor(db);
  const ts = (d: Date | null) => sql.moment(d);

  /** The run for this slot: the existing one (any status) or a new one, 'composing'. */
  async function claimRun(run: { slot: string; kind: RunKind; windowEnd: Date }): Promise<ClaimedRun> {
    const existing = await db.digestRun.findUnique({ where: { slot: run.slot } });
    if (existing) return { ...existing, created: false };
    try {
      const created = await db.digestRun.create({ data: { ...run, status: 'composing' } });
      return { ...created, created: true };
    } catch (err) {
      const again = await db.digestRun.findUnique({ where: { slot: run.slot } });
      if (again) return { ...again, created: false };
      throw err;
    }
  }

  /**
   * One page of a composing run, committed in one short transaction: its rows, the windows it
   * advances, the chats it considered, and the cursor to resume after. Nothing else runs inside
   * it (the statements are built before it starts).
   */
  async function commitPage(runId: number, windowEnd: Date, page: RunPage, cursor: string | null): Promise<void> {
    const stamp = ts(now());
    const ops = [];
    // One multi-row INSERT per 500 rows: Prisma's createMany is ten times slower for 100k rows.
    for (let i = 0; i < page.rows.length; i += 500) {
      const chunk = page.rows.slice(i, i + 500);
      let n = 0;
      const p = () => sql.param(++n);
      const values = chunk.map(() => `(${p()}, ${p()}, ${p()}, ${p()}, ${p()}, 'pending', 0, 0, ${p()}, ${p()}, ${p()})`).join(', ');
      const params = chunk.flatMap((r) => [runId, r.chatId, r.payload, ts(r.windowFrom), ts(r.windowTo), stamp, stamp, stamp]);
      ops.push(
        db.$executeRawUnsafe(
          sql.insertIgnore(
            `"Delivery" ("runId", "chatId", "payload", "windowFrom", "windowTo", "status", "partsSent", "attempts", "nextAttemptAt", "createdAt", "updatedAt")`,
            values,
          ),
          ...params,
        ),
      );
    }
    const advance = page.advance ?? [];
    for (let i = 0; i < advance.length; i += 500) {
      ops.push(
        db.subscription.updateMany({
          where: { chatId: { in: advance.slice(i, i + 500) }, deliveredUpTo: { lt: windowEnd } },
          data: { deliveredUpTo: windowEnd },
        }),
      );
    }
    const considered = page.considered ?? [];
    for (let i = 0; i < considered.length; i += 500) {
      ops.push(db.subscription.updateMany({ where: { chatId: { in: considered.slice(i, i + 500) } }, data: { lastRunAt: windowEnd } }));
    }
    ops.push(db.digestRun.update({ where: { id: runId }, data: { cursor } }));
    await db.$transaction(ops);
  }

  /** The last page is in: the run may be delivered (or is done, having no rows). */
  async function finishComposing(runId: number): Promise<number> {
    const rows = await db.delivery.count({ where: { runId } });
    await db.digestRun.update({ where: { id: runId }, data: rows ? { status: 'delivering' } : { status: 'done', finishedAt: now() } });
    return rows;
  }

  /**
   * Writes a run whose rows are produced page by page (`pages` yields each page; its rows are
   * committed before the next is asked for). The slot is claimed first; if it exists and is past
   * composing, nothing is read or written. A crash between pages leaves the committed pages and
   * the run 'composing': call again with the same slot to continue (`pages` gets the cursor).
   */
  async function createRunPaged(
    run: { slot: string; kind: RunKind; windowEnd: Date },
    pages: (cursor: string | null) => AsyncIterable<RunPage & { cursor?: string | null }>,
  ): Promise<{ created: boolean; resumed: boolean; runId: number | null; rows: number; considered: number }> {
    const claimed = await claimRun(run);
    if (claimed.status !== 'composing') return { created: false, resumed: false, runId: null, rows: 0, considered: 0 };
    let considered = 0;
    for await (const page of pages(claimed.cursor)) {
      await commitPage(claimed.id, claimed.windowEnd, page, page.cursor ?? null);
      considered += page.considered?.length ?? 0;
    }
    const rows = await finishComposing(claimed.id);
    return { created: true, resumed: !claimed.created, runId: claimed.id, rows, considered };
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
      const claimed = await claimRun(run);
      if (!claimed.created) return { created: false, runId: null };
      for (let i = 0; i < Math.max(1, rows.length); i += CHUNK) {
        const last = i + CHUNK >= rows.length;
        await commitPage(
          claimed.id,
          claimed.windowEnd,
          { rows: rows.slice(i, i + CHUNK), ...(last ? { advance, considered } : {}) },
          last ? 'end' : String(i + CHUNK),
        );
        if (!last) await new Promise((resolve) => setImmediate(resolve));
      }
      await finishComposing(claimed.id);
      return { created: true, runId: claimed.id };
    },

    claimRun,
    commitPage,
    finishComposing,
    createRunPaged,

    /** Digest runs a crash left composing (a restart continues each). */
    async composingRuns(kind: RunKind): Promise<Array<{ slot: string; windowEnd: Date }>> {
      return db.digestRun.findMany({ where: { kind, status: 'composing' }, orderBy: { id: 'asc' }, select: { slot: true, windowEnd: true } });
    },

    /**
     * At start: runs of these kinds a crash left half-written are removed with their rows (nothing
     * of them was sent, nobody was told they were queued; their subscribers are composed again).
     */
    async abandonComposing(kinds: RunKind[]): Promise<number> {
      const r = await db.digestRun.deleteMany({ where: { kind: { in: kinds }, status: 'composing' } });
      return r.count;
    },

    /** At start: rows left unsent by a stop or crash (any 'sending' goes back to 'pending', keeping partsSent). */
    async recoverSending(): Promise<number> {
      await db.delivery.updateMany({ where: { status: 'sending' }, data: { status: 'pending' } });
      return db.delivery.count({ where: { status: 'pending' } });
    },

    /** Rows whose time came, of runs wholly written (never of a run still composing). */
    async due(now: Date, limit: number, exclude: number[]): Promise<DeliveryRow[]> {
      return db.delivery.findMany({
        where: {
          status: 'pending',
          nextAttemptAt: { lte: now },
          run: { status: { not: 'composing' } },
          ...(exclude.length ? { id: { notIn: exclude } } : {}),
        },
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
        ...(windowTo ? [db.subscription.updateMany({ where: { chatId, deliveredUpTo: { lt: windowTo } }, data: { deliveredUpTo: windowTo } })] : []),
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
      await db.delivery.update({
        where: { id },
        data: { status, lastError: error === null ? null : redactSecrets(error).slice(0, 500), attempts: { increment: 1 } },
      });
    },

    async setChat(id: number, chatId: bigint): Promise<void> {
      await db.delivery.update({ where: { id }, data: { chatId } });
    },

    /** Runs whose rows are all settled are done. */
    async finishRuns(now: Date): Promise<void> {
      const open = await db.digestRun.findMany({ where: { status: 'delivering' }, select: { id: true } });
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
