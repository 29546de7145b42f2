/**
 * Admin persistence: editors, every change to the facts with its audit entry written in the same
 * transaction, soft delete and restore, undo, and bulk import (a dry run is the same transaction
 * rolled back, so the report is exactly what applying would do). After each change the catalog is
 * invalidated and Meta.dataAsOf moves forward to the newest published fact date.
 */
import { randomUUID } from 'node:crypto';
import type { AgreementInput, Deletable, EventInput, ExtendInput, JoinInput, PartnerInput, PledgeInput, RatifyInput } from '../../domain/admin/input.js';
import type { ImportData } from '../../domain/admin/exchange.js';
import type { Db } from '../client.js';
import type { CatalogStore } from './catalog.js';
import { dataAsOfAfterPublishing } from '../../domain/catalog.js';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export interface AuditEntry {
  id: number;
  actorId: bigint;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
  batch: string | null;
  createdAt: Date;
  undoneAt: Date | null;
}

export interface ImportReport {
  added: Record<'partners' | 'memberships' | 'agreements' | 'pledges' | 'events', number>;
  changed: Record<'partners' | 'memberships' | 'agreements' | 'events', number>;
  unchanged: number;
}

export class AdminError extends Error {
  constructor(readonly code: 'exists' | 'not-found' | 'nothing-to-undo' | 'no-agreement') {
    super(code);
  }
}

class Rollback extends Error {}

const json = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

function addYears(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export function createAdminRepository(db: Db, catalog: CatalogStore, now: () => Date = () => new Date()) {
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
    const d = dataAsOfAfterPublishing(cur?.value, date, now().toISOString().slice(0, 10));
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

  async function insertEvent(
    tx: Tx,
    input: EventInput & { key?: string | null; frameworkId?: string | null; confidence?: string },
    actor: bigint,
    opts: { urgent?: boolean; publish: boolean },
    batch: string | null,
  ): Promise<number> {
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

  async function write<T>(fn: (tx: Tx, batch: string) => Promise<T>): Promise<T> {
    const result = await db.$transaction((tx) => fn(tx, randomUUID()), { timeout: 60_000 });
    catalog.invalidate();
    return result;
  }

  // ── soft delete / restore per entity ──────────────────────────────────────────────────────────

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

  // ── undo ──────────────────────────────────────────────────────────────────────────────────────

  async function revert(tx: Tx, entry: AuditEntry): Promise<void> {
    const [entity, verb] = entry.action.split('.') as [string, string];
    const before = entry.before ? (JSON.parse(entry.before) as Record<string, unknown>) : null;
    const id = entry.entityId;
    if (verb === 'create') {
      if (entity === 'event') await tx.event.update({ where: { id: Number(id) }, data: { deletedAt: now() } });
      else await setDeleted(tx, entity as Deletable, id, now());
      return;
    }
    if (verb === 'delete') {
      await setDeleted(tx, entity as Deletable, id, null);
      return;
    }
    if (verb === 'restore') {
      await setDeleted(tx, entity as Deletable, id, before?.deletedAt ? new Date(String(before.deletedAt)) : now());
      return;
    }
    if (verb === 'update' && before) {
      if (entity === 'event') {
        await tx.eventPartner.deleteMany({ where: { eventId: Number(id) } });
        await tx.event.update({
          where: { id: Number(id) },
          data: {
            occurredOn: String(before.occurredOn),
            kind: String(before.kind),
            titleEn: String(before.titleEn),
            titleUk: String(before.titleUk),
            bodyEn: (before.bodyEn as string | null) ?? null,
            bodyUk: (before.bodyUk as string | null) ?? null,
            sourceUrl: String(before.sourceUrl),
            partners: { create: (before.partners as string[]).map((partnerCode) => ({ partnerCode })) },
          },
        });
      } else if (entity === 'partner') {
        await tx.partnerAlias.deleteMany({ where: { partnerCode: id } });
        await tx.partner.update({
          where: { code: id },
          data: {
            kind: String(before.kind),
            nameEn: String(before.nameEn),
            nameUk: String(before.nameUk),
            deletedAt: before.deletedAt ? new Date(String(before.deletedAt)) : null,
            aliases: {
              create: [
                ...(before.aliasesEn as string[]).map((text) => ({ lang: 'en', text })),
                ...(before.aliasesUk as string[]).map((text) => ({ lang: 'uk', text })),
              ],
            },
          },
        });
      } else if (entity === 'membership') {
        await tx.membership.update({
          where: { id: Number(id) },
          data: {
            joinedOn: (before.joinedOn as string | null) ?? null,
            sourceUrl: String(before.sourceUrl),
            deletedAt: before.deletedAt ? new Date(String(before.deletedAt)) : null,
          },
        });
      } else if (entity === 'agreement') {
        const fields = ['titleEn', 'titleUk', 'placeEn', 'placeUk', 'signedByEn', 'signedByUk', 'durationYears', 'expiresOn', 'ratification', 'sourceUrl'] as const;
        const data: Record<string, unknown> = { deletedAt: before.deletedAt ? new Date(String(before.deletedAt)) : null };
        for (const f of fields) if (f in before) data[f] = before[f];
        await tx.agreement.update({ where: { id: Number(id) }, data });
      }
    }
  }

  return {
    // ── editors ─────────────────────────────────────────────────────────────────────────────────
    async isEditor(userId: bigint): Promise<boolean> {
      const a = await db.admin.findUnique({ where: { userId } });
      return !!a && a.revokedAt === null;
    },
    async grant(userId: bigint, by: bigint, name: string | null): Promise<'granted' | 'already'> {
      return write(async (tx, batch) => {
        const cur = await tx.admin.findUnique({ where: { userId } });
        if (cur && cur.revokedAt === null) return 'already';
        const row = await tx.admin.upsert({
          where: { userId },
          create: { userId, grantedBy: by, name, role: 'editor' },
          update: { revokedAt: null, grantedBy: by, name: name ?? cur?.name ?? null },
        });
        await audit(tx, by, 'admin.grant', 'admin', String(userId), cur, row, batch);
        return 'granted';
      });
    },
    async revoke(userId: bigint, by: bigint): Promise<'revoked' | 'not-editor'> {
      return write(async (tx, batch) => {
        const cur = await tx.admin.findUnique({ where: { userId } });
        if (!cur || cur.revokedAt !== null) return 'not-editor';
        const row = await tx.admin.update({ where: { userId }, data: { revokedAt: now() } });
        await audit(tx, by, 'admin.revoke', 'admin', String(userId), cur, row, batch);
        return 'revoked';
      });
    },
    async editors(): Promise<{ userId: bigint; name: string | null; grantedBy: bigint; createdAt: Date }[]> {
      return db.admin.findMany({ where: { revokedAt: null }, orderBy: { createdAt: 'asc' } });
    },

    // ── facts ───────────────────────────────────────────────────────────────────────────────────
    /** A published (or, with publish false, draft) event; returns its id. */
    async createEvent(input: EventInput, actor: bigint, opts: { urgent?: boolean; publish?: boolean } = {}): Promise<number> {
      return write((tx, batch) => insertEvent(tx, input, actor, { urgent: opts.urgent, publish: opts.publish ?? true }, batch));
    },

    async getEvent(id: number): Promise<(EventInput & { publishedAt: Date | null; origin: string }) | undefined> {
      const e = await db.event.findFirst({ where: { id, deletedAt: null }, include: { partners: true } });
      if (!e) return undefined;
      return {
        occurredOn: e.occurredOn,
        kind: e.kind as EventInput['kind'],
        partners: e.partners.map((p) => p.partnerCode),
        titleEn: e.titleEn,
        titleUk: e.titleUk,
        bodyEn: e.bodyEn,
        bodyUk: e.bodyUk,
        sourceUrl: e.sourceUrl,
        publishedAt: e.publishedAt,
        origin: e.origin,
      };
    },

    async updateEvent(id: number, input: EventInput, actor: bigint): Promise<void> {
      await write(async (tx, batch) => {
        const before = await eventSnapshot(tx, id);
        if (!before || before.deletedAt) throw new AdminError('not-found');
        await tx.eventPartner.deleteMany({ where: { eventId: id } });
        await tx.event.update({
          where: { id },
          data: {
            occurredOn: input.occurredOn,
            kind: input.kind,
            titleEn: input.titleEn,
            titleUk: input.titleUk,
            bodyEn: input.bodyEn,
            bodyUk: input.bodyUk,
            sourceUrl: input.sourceUrl,
            partners: { create: input.partners.map((partnerCode) => ({ partnerCode })) },
          },
        });
        await audit(tx, actor, 'event.update', 'event', id, before, await eventSnapshot(tx, id), batch);
      });
    },

    /** Adds a partner, or edits it when the code exists (restoring it if it was deleted). */
    async upsertPartner(input: PartnerInput, actor: bigint): Promise<'created' | 'updated'> {
      return write(async (tx, batch) => {
        const before = await partnerSnapshot(tx, input.code);
        const aliases = [
          ...input.aliasesEn.map((text) => ({ lang: 'en', text })),
          ...input.aliasesUk.map((text) => ({ lang: 'uk', text })),
        ].filter((a, i, all) => all.findIndex((b) => b.lang === a.lang && b.text === a.text) === i);
        if (before) {
          await tx.partnerAlias.deleteMany({ where: { partnerCode: input.code } });
          await tx.partner.update({
            where: { code: input.code },
            data: { kind: input.kind, nameEn: input.nameEn, nameUk: input.nameUk, deletedAt: null, aliases: { create: aliases } },
          });
        } else {
          await tx.partner.create({
            data: { code: input.code, kind: input.kind, nameEn: input.nameEn, nameUk: input.nameUk, aliases: { create: aliases } },
          });
        }
        await audit(tx, actor, before ? 'partner.update' : 'partner.create', 'partner', input.code, before, await partnerSnapshot(tx, input.code), batch);
        return before ? 'updated' : 'created';
      });
    },

    /** A partner joins a framework, with the event subscribers will see. */
    async recordJoin(input: JoinInput, event: EventInput, actor: bigint, opts: { urgent?: boolean } = {}): Promise<number> {
      return write(async (tx, batch) => {
        const cur = await tx.membership.findUnique({ where: { partnerCode_frameworkId: { partnerCode: input.partner, frameworkId: input.framework } } });
        if (cur && !cur.deletedAt) throw new AdminError('exists');
        const data = { joinedOn: input.joinedOn, sourceUrl: input.sourceUrl, confidence: 'high', deletedAt: null };
        const row = cur
          ? await tx.membership.update({ where: { id: cur.id }, data })
          : await tx.membership.create({ data: { ...data, partnerCode: input.partner, frameworkId: input.framework } });
        await audit(tx, actor, cur ? 'membership.update' : 'membership.create', 'membership', row.id, cur, row, batch);
        return insertEvent(tx, { ...event, frameworkId: input.framework }, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    async recordAgreement(input: AgreementInput, event: EventInput, actor: bigint, opts: { urgent?: boolean } = {}): Promise<number> {
      return write(async (tx, batch) => {
        const cur = await tx.agreement.findUnique({ where: { partnerCode_signedOn: { partnerCode: input.partner, signedOn: input.signedOn } } });
        if (cur && !cur.deletedAt) throw new AdminError('exists');
        if (cur) await tx.agreement.delete({ where: { id: cur.id } });
        const row = await tx.agreement.create({
          data: {
            partnerCode: input.partner,
            titleEn: input.titleEn ?? event.titleEn,
            titleUk: input.titleUk ?? event.titleUk,
            titleOrigin: input.titleEn ? 'quoted' : 'inferred',
            signedOn: input.signedOn,
            placeEn: input.placeEn,
            placeUk: input.placeUk,
            signedByEn: input.signedByEn,
            signedByUk: input.signedByUk,
            durationYears: input.durationYears,
            expiresOn: input.durationYears ? addYears(input.signedOn, input.durationYears) : null,
            ratification: 'unknown',
            sourceUrl: input.sourceUrl,
            pillars: { create: input.pillars.map((pillarId) => ({ pillarId })) },
          },
          include: { pillars: true },
        });
        await audit(tx, actor, 'agreement.create', 'agreement', row.id, null, row, batch);
        return insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    /** The partner's latest agreement was ratified or entered into force, with its event. */
    async recordRatification(input: RatifyInput, event: EventInput, actor: bigint, opts: { urgent?: boolean } = {}): Promise<number> {
      return write(async (tx, batch) => {
        const cur = await tx.agreement.findFirst({ where: { partnerCode: input.partner, deletedAt: null }, orderBy: { signedOn: 'desc' } });
        if (!cur) throw new AdminError('no-agreement');
        const row = await tx.agreement.update({ where: { id: cur.id }, data: { ratification: input.status } });
        await audit(tx, actor, 'agreement.update', 'agreement', cur.id, cur, row, batch);
        return insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    /** The partner's latest agreement was extended: it now runs until input.until. */
    async recordExtension(input: ExtendInput, event: EventInput, actor: bigint, opts: { urgent?: boolean } = {}): Promise<number> {
      return write(async (tx, batch) => {
        const cur = await tx.agreement.findFirst({ where: { partnerCode: input.partner, deletedAt: null }, orderBy: { signedOn: 'desc' } });
        if (!cur) throw new AdminError('no-agreement');
        const row = await tx.agreement.update({ where: { id: cur.id }, data: { expiresOn: input.until } });
        await audit(tx, actor, 'agreement.update', 'agreement', cur.id, cur, row, batch);
        return insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    /** A pledge, attached to the partner's latest agreement when there is one. */
    async recordPledge(input: PledgeInput, event: EventInput, actor: bigint, opts: { urgent?: boolean } = {}): Promise<number> {
      return write(async (tx, batch) => {
        const agreement = await tx.agreement.findFirst({ where: { partnerCode: input.partner, deletedAt: null }, orderBy: { signedOn: 'desc' } });
        if (!agreement) throw new AdminError('no-agreement');
        const row = await tx.pledge.create({
          data: {
            partnerCode: input.partner,
            agreementId: agreement.id,
            textEn: input.textEn,
            textUk: input.textUk,
            amount: input.amount,
            currency: input.currency,
            yearFrom: input.yearFrom,
            yearTo: input.yearTo,
            sourceUrl: input.sourceUrl,
          },
        });
        await audit(tx, actor, 'pledge.create', 'pledge', row.id, null, row, batch);
        return insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    async softDelete(entity: Deletable, id: string, actor: bigint): Promise<boolean> {
      return write(async (tx, batch) => {
        const r = await setDeleted(tx, entity, id, now());
        if (!r) return false;
        await audit(tx, actor, `${entity}.delete`, entity, id, r.before, r.after, batch);
        return true;
      });
    },

    async restore(entity: Deletable, id: string, actor: bigint): Promise<boolean> {
      return write(async (tx, batch) => {
        const r = await setDeleted(tx, entity, id, null);
        if (!r) return false;
        await audit(tx, actor, `${entity}.restore`, entity, id, r.before, r.after, batch);
        return true;
      });
    },

    /** Reverts the actor's latest change (a whole batch: a fact with its event, or an import). */
    async undoLast(actor: bigint): Promise<AuditEntry[]> {
      return write(async (tx) => {
        const last = await tx.auditLog.findFirst({
          where: { actorId: actor, undoneAt: null, NOT: { action: { startsWith: 'admin.' } } },
          orderBy: { id: 'desc' },
        });
        if (!last) throw new AdminError('nothing-to-undo');
        const entries = last.batch
          ? await tx.auditLog.findMany({ where: { batch: last.batch, undoneAt: null }, orderBy: { id: 'desc' } })
          : [last];
        for (const e of entries) {
          await revert(tx, e);
          await tx.auditLog.update({ where: { id: e.id }, data: { undoneAt: now() } });
        }
        return entries;
      });
    },

    async auditLog(limit = 10): Promise<AuditEntry[]> {
      return db.auditLog.findMany({ orderBy: { id: 'desc' }, take: limit });
    },

    /** Applies an import (or, with dryRun, computes exactly what it would do and rolls back). */
    async applyImport(data: ImportData, actor: bigint, opts: { dryRun: boolean }): Promise<ImportReport> {
      const report: ImportReport = {
        added: { partners: 0, memberships: 0, agreements: 0, pledges: 0, events: 0 },
        changed: { partners: 0, memberships: 0, agreements: 0, events: 0 },
        unchanged: 0,
      };
      try {
        await db.$transaction(
          async (tx) => {
            const batch = randomUUID();
            for (const p of data.partners) {
              const before = await partnerSnapshot(tx, p.code);
              const same =
                before &&
                !before.deletedAt &&
                before.kind === p.kind &&
                before.nameEn === p.nameEn &&
                before.nameUk === p.nameUk &&
                json([...before.aliasesEn].sort()) === json([...p.aliasesEn].sort()) &&
                json([...before.aliasesUk].sort()) === json([...p.aliasesUk].sort());
              if (same) {
                report.unchanged++;
                continue;
              }
              const aliases = [...new Set(p.aliasesEn)].map((text) => ({ lang: 'en', text })).concat([...new Set(p.aliasesUk)].map((text) => ({ lang: 'uk', text })));
              if (before) {
                await tx.partnerAlias.deleteMany({ where: { partnerCode: p.code } });
                await tx.partner.update({ where: { code: p.code }, data: { kind: p.kind, nameEn: p.nameEn, nameUk: p.nameUk, deletedAt: null, aliases: { create: aliases } } });
                report.changed.partners++;
              } else {
                await tx.partner.create({ data: { code: p.code, kind: p.kind, nameEn: p.nameEn, nameUk: p.nameUk, aliases: { create: aliases } } });
                report.added.partners++;
              }
              await audit(tx, actor, before ? 'partner.update' : 'partner.create', 'partner', p.code, before, await partnerSnapshot(tx, p.code), batch);
            }
            for (const m of data.memberships) {
              const cur = await tx.membership.findUnique({ where: { partnerCode_frameworkId: { partnerCode: m.partner, frameworkId: m.framework } } });
              const row = { joinedOn: m.joinedOn, confidence: m.confidence, note: m.note, sourceUrl: m.sourceUrl };
              if (cur && !cur.deletedAt && cur.joinedOn === m.joinedOn && cur.sourceUrl === m.sourceUrl && cur.note === m.note && cur.confidence === m.confidence) {
                report.unchanged++;
                continue;
              }
              const saved = cur
                ? await tx.membership.update({ where: { id: cur.id }, data: { ...row, deletedAt: null } })
                : await tx.membership.create({ data: { ...row, partnerCode: m.partner, frameworkId: m.framework } });
              if (cur) report.changed.memberships++;
              else report.added.memberships++;
              await audit(tx, actor, cur ? 'membership.update' : 'membership.create', 'membership', saved.id, cur, saved, batch);
              await bumpDataAsOf(tx, m.joinedOn);
            }
            for (const a of data.agreements) {
              const cur = await tx.agreement.findUnique({ where: { partnerCode_signedOn: { partnerCode: a.partner, signedOn: a.signedOn } } });
              if (cur && !cur.deletedAt) {
                // Existing agreements keep their pledges; only the agreement's own fields are compared.
                const fields = ['titleEn', 'titleUk', 'placeEn', 'placeUk', 'signedByEn', 'signedByUk', 'durationYears', 'ratification', 'sourceUrl'] as const;
                const diff = fields.filter((f) => cur[f] !== a[f]);
                if (!diff.length) {
                  report.unchanged++;
                  continue;
                }
                const saved = await tx.agreement.update({
                  where: { id: cur.id },
                  data: Object.fromEntries(diff.map((f) => [f, a[f]])),
                });
                report.changed.agreements++;
                await audit(tx, actor, 'agreement.update', 'agreement', cur.id, cur, saved, batch);
                continue;
              }
              if (cur) await tx.agreement.delete({ where: { id: cur.id } });
              const { partner, pledges, pillars, ...rest } = a;
              const saved = await tx.agreement.create({
                data: {
                  ...rest,
                  partnerCode: partner,
                  expiresOn: a.durationYears ? addYears(a.signedOn, a.durationYears) : null,
                  pillars: { create: pillars.map((pillarId) => ({ pillarId })) },
                  pledges: { create: pledges.map(({ pillar, ...p }) => ({ ...p, partnerCode: partner, pillarId: pillar })) },
                },
              });
              report.added.agreements++;
              report.added.pledges += pledges.length;
              await audit(tx, actor, 'agreement.create', 'agreement', saved.id, null, saved, batch);
              await bumpDataAsOf(tx, a.signedOn);
            }
            for (const e of data.events) {
              const idFromKey = /^event-(\d+)$/.exec(e.key);
              const cur = idFromKey
                ? await tx.event.findUnique({ where: { id: Number(idFromKey[1]) }, include: { partners: true } })
                : await tx.event.findUnique({ where: { key: e.key }, include: { partners: true } });
              const input = {
                occurredOn: e.occurredOn,
                kind: e.kind,
                partners: e.partners,
                titleEn: e.titleEn,
                titleUk: e.titleUk,
                bodyEn: e.bodyEn ?? null,
                bodyUk: e.bodyUk ?? null,
                sourceUrl: e.sourceUrl,
              };
              if (!cur) {
                await insertEvent(tx, { ...input, key: idFromKey ? null : e.key, frameworkId: e.framework, confidence: e.confidence }, actor, { publish: true }, batch);
                report.added.events++;
                continue;
              }
              const same =
                !cur.deletedAt &&
                cur.occurredOn === input.occurredOn &&
                cur.kind === input.kind &&
                cur.titleEn === input.titleEn &&
                cur.titleUk === input.titleUk &&
                (cur.bodyEn ?? null) === input.bodyEn &&
                (cur.bodyUk ?? null) === input.bodyUk &&
                cur.sourceUrl === input.sourceUrl &&
                json(cur.partners.map((p) => p.partnerCode).sort()) === json([...input.partners].sort());
              if (same) {
                report.unchanged++;
                continue;
              }
              const before = await eventSnapshot(tx, cur.id);
              await tx.eventPartner.deleteMany({ where: { eventId: cur.id } });
              const { partners, ...fields } = input;
              await tx.event.update({
                where: { id: cur.id },
                data: { ...fields, deletedAt: null, partners: { create: partners.map((partnerCode) => ({ partnerCode })) } },
              });
              report.changed.events++;
              await audit(tx, actor, 'event.update', 'event', cur.id, before, await eventSnapshot(tx, cur.id), batch);
            }
            if (opts.dryRun) throw new Rollback();
          },
          { timeout: 120_000 },
        );
      } catch (err) {
        if (!(err instanceof Rollback)) throw err;
      }
      if (!opts.dryRun) catalog.invalidate();
      return report;
    },
  };
}

export type AdminRepository = ReturnType<typeof createAdminRepository>;
