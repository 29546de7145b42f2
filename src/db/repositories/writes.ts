/**
 * What every admin write shares: one short transaction per change with its audit entries, the
 * catalog rebuilt after it, "data as of" moved forward, row snapshots for the audit trail, events
 * inserted, soft delete. The fact, import and editor repositories are built on it.
 */
import { randomUUID } from 'node:crypto';
import type { Deletable, EventInput } from '../../domain/admin/input.js';
import { dataAsOfAfterPublishing } from '../../domain/catalog.js';
import { isoDay } from '../../domain/dates.js';
import type { Db, Tx } from '../client.js';
import type { CatalogStore } from './catalog.js';

export const json = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

export type NewEvent = EventInput & { key?: string | null; frameworkId?: string | null; confidence?: string };

export function createWrites(db: Db, catalog: CatalogStore, now: () => Date) {
  async function audit(
    tx: Tx,
    actorId: bigint,
    action: string,
    entity: string,
    entityId: string | number,
    before: unknown,
    after: unknown,
    batch: string | null,
  ): Promise<void> {
    await tx.auditLog.create({
      data: {
        actorId,
        action,
        entity,
        entityId: String(entityId),
        before: before === null || before === undefined ? null : json(before),
        after: after === null || after === undefined ? null : json(after),
        batch,
        createdAt: now(),
      },
    });
  }

  async function bumpDataAsOf(tx: Tx, date: string | null | undefined): Promise<void> {
    if (!date) return;
    const cur = await tx.meta.findUnique({ where: { key: 'dataAsOf' } });
    const d = dataAsOfAfterPublishing(cur?.value, date, isoDay(now()));
    if (d && d !== cur?.value) await tx.meta.upsert({ where: { key: 'dataAsOf' }, create: { key: 'dataAsOf', value: d }, update: { value: d } });
  }

  async function eventSnapshot(tx: Tx, id: number) {
    const e = await tx.event.findUnique({ where: { id }, include: { partners: true } });
    if (!e) return null;
    const { partners, ...rest } = e;
    return { ...rest, partners: partners.map((p) => p.partnerCode) };
  }

  async function partnerSnapshot(tx: Tx, code: string) {
    const p = await tx.partner.findUnique({ where: { code }, include: { aliases: true } });
    if (!p) return null;
    const { aliases, ...rest } = p;
    return {
      ...rest,
      aliasesEn: aliases.filter((a) => a.lang === 'en').map((a) => a.text),
      aliasesUk: aliases.filter((a) => a.lang === 'uk').map((a) => a.text),
    };
  }

  async function insertEvent(tx: Tx, input: NewEvent, actor: bigint, opts: { urgent?: boolean; publish: boolean }, batch: string | null): Promise<number> {
    const e = await tx.event.create({
      data: {
        key: input.key ?? null,
        occurredOn: input.occurredOn,
        kind: input.kind,
        frameworkId: input.frameworkId ?? null,
        titleEn: input.titleEn,
        titleUk: input.titleUk,
        bodyEn: input.bodyEn,
        bodyUk: input.bodyUk,
        sourceUrl: input.sourceUrl,
        confidence: input.confidence ?? 'high',
        origin: 'admin',
        urgent: opts.urgent ?? false,
        publishedAt: opts.publish ? now() : null,
        createdById: actor,
        partners: { create: input.partners.map((partnerCode) => ({ partnerCode })) },
      },
    });
    await audit(tx, actor, 'event.create', 'event', e.id, null, await eventSnapshot(tx, e.id), batch);
    if (opts.publish) await bumpDataAsOf(tx, input.occurredOn);
    return e.id;
  }

  /** Marks a row deleted (or restores it); null when it does not exist or is already so. */
  async function setDeleted(tx: Tx, entity: Deletable, id: string, deletedAt: Date | null): Promise<{ before: unknown; after: unknown } | null> {
    const where = entity === 'partner' ? { code: id } : { id: Number(id) };
    const model = tx[entity] as unknown as {
      findUnique(a: { where: object }): Promise<{ deletedAt: Date | null } | null>;
      update(a: { where: object; data: object }): Promise<unknown>;
    };
    const row = await model.findUnique({ where });
    if (!row) return null;
    if ((row.deletedAt === null) === (deletedAt === null)) return null;
    const after = await model.update({ where, data: { deletedAt } });
    return { before: row, after };
  }

  /** One change: its transaction (with a batch id for its audit entries), then a fresh catalog. */
  async function write<T>(fn: (tx: Tx, batch: string) => Promise<T>, opts: { timeoutMs?: number } = {}): Promise<T> {
    const result = await db.$transaction((tx) => fn(tx, randomUUID()), { timeout: opts.timeoutMs ?? 60_000 });
    catalog.invalidate();
    return result;
  }

  return { now, audit, bumpDataAsOf, eventSnapshot, partnerSnapshot, insertEvent, setDeleted, write };
}

export type Writes = ReturnType<typeof createWrites>;
