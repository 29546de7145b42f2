/**
 * Imports: reads the state a plan is made against (src/domain/admin/import-plan.ts), and applies a
 * plan's operations through the one writer of fact rows. Operations are written in chunks, each its
 * own short transaction, so a large import never holds the database for long; every chunk shares
 * one audit batch (one /undo reverts the whole import). Applying a plan again is harmless: the next
 * plan of the same file finds nothing left to do.
 */
import { randomUUID } from 'node:crypto';
import type { ImportData } from '../../domain/admin/exchange.js';
import { type ImportOp, type ImportState, eventIdFromKey } from '../../domain/admin/import-plan.js';
import type { Db, Tx } from '../client.js';
import { agreementCreateData, agreementUpdateData, writePartner } from './fact-rows.js';
import type { Writes } from './writes.js';

/** Operations written per transaction. */
export const IMPORT_CHUNK = 100;

export function createImportRepository(db: Db, w: Writes) {
  async function applyOp(tx: Tx, op: ImportOp, actor: bigint, batch: string): Promise<void> {
    switch (op.entity) {
      case 'partner': {
        const before = await w.partnerSnapshot(tx, op.item.code);
        const result = await writePartner(tx, op.item);
        await w.audit(
          tx,
          actor,
          `partner.${result === 'created' ? 'create' : 'update'}`,
          'partner',
          op.item.code,
          before,
          await w.partnerSnapshot(tx, op.item.code),
          batch,
        );
        return;
      }
      case 'membership': {
        const m = op.item;
        const row = { joinedOn: m.joinedOn, confidence: m.confidence, note: m.note, sourceUrl: m.sourceUrl };
        const cur = op.id !== undefined ? await tx.membership.findUnique({ where: { id: op.id } }) : null;
        const saved = cur
          ? await tx.membership.update({ where: { id: cur.id }, data: { ...row, deletedAt: null } })
          : await tx.membership.create({ data: { ...row, partnerCode: m.partner, frameworkId: m.framework } });
        await w.audit(tx, actor, cur ? 'membership.update' : 'membership.create', 'membership', saved.id, cur, saved, batch);
        await w.bumpDataAsOf(tx, m.joinedOn);
        return;
      }
      case 'agreement': {
        if (op.action === 'update') {
          const cur = await tx.agreement.findUniqueOrThrow({ where: { id: op.id } });
          const patch = Object.fromEntries(op.fields.map((f) => [f, op.item[f]]));
          const saved = await tx.agreement.update({ where: { id: op.id }, data: agreementUpdateData(cur, patch) });
          await w.audit(tx, actor, 'agreement.update', 'agreement', op.id, cur, saved, batch);
          return;
        }
        if (op.action === 'replace' && op.id !== undefined) await tx.agreement.delete({ where: { id: op.id } });
        const saved = await tx.agreement.create({ data: agreementCreateData(op.item) });
        await w.audit(tx, actor, 'agreement.create', 'agreement', saved.id, null, saved, batch);
        await w.bumpDataAsOf(tx, op.item.signedOn);
        return;
      }
      case 'event': {
        const e = op.item;
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
        if (op.action === 'create') {
          await w.insertEvent(tx, { ...input, key: op.key, frameworkId: e.framework, confidence: e.confidence }, actor, { publish: true }, batch);
          return;
        }
        const before = await w.eventSnapshot(tx, op.id);
        await tx.eventPartner.deleteMany({ where: { eventId: op.id } });
        const { partners, ...fields } = input;
        await tx.event.update({
          where: { id: op.id },
          data: { ...fields, deletedAt: null, partners: { create: partners.map((partnerCode) => ({ partnerCode })) } },
        });
        await w.audit(tx, actor, 'event.update', 'event', op.id, before, await w.eventSnapshot(tx, op.id), batch);
        return;
      }
    }
  }

  return {
    /** What exists now for the items of `data` (deleted rows included), for planImport. */
    async state(data: ImportData): Promise<ImportState> {
      const eventIds = data.events.map((e) => eventIdFromKey(e.key)).filter((id): id is number => id !== undefined);
      const eventKeys = data.events.filter((e) => eventIdFromKey(e.key) === undefined).map((e) => e.key);
      const [partners, memberships, agreements, events] = await Promise.all([
        db.partner.findMany({ where: { code: { in: data.partners.map((p) => p.code) } }, include: { aliases: true } }),
        db.membership.findMany({ where: { partnerCode: { in: [...new Set(data.memberships.map((m) => m.partner))] } } }),
        db.agreement.findMany({ where: { partnerCode: { in: [...new Set(data.agreements.map((a) => a.partner))] } } }),
        db.event.findMany({ where: { OR: [{ id: { in: eventIds } }, { key: { in: eventKeys } }] }, include: { partners: true } }),
      ]);
      const state: ImportState = { partners: new Map(), memberships: new Map(), agreements: new Map(), events: new Map() };
      for (const p of partners)
        state.partners.set(p.code, {
          deleted: p.deletedAt !== null,
          kind: p.kind,
          nameEn: p.nameEn,
          nameUk: p.nameUk,
          aliasesEn: p.aliases.filter((a) => a.lang === 'en').map((a) => a.text),
          aliasesUk: p.aliases.filter((a) => a.lang === 'uk').map((a) => a.text),
        });
      for (const m of memberships) state.memberships.set(`${m.partnerCode}/${m.frameworkId}`, { ...m, deleted: m.deletedAt !== null });
      for (const a of agreements) state.agreements.set(`${a.partnerCode}/${a.signedOn}`, { ...a, deleted: a.deletedAt !== null });
      const wanted = new Set(eventKeys);
      for (const e of events) {
        const view = { ...e, deleted: e.deletedAt !== null, partners: e.partners.map((p) => p.partnerCode) };
        if (eventIds.includes(e.id)) state.events.set(`event-${e.id}`, view);
        if (e.key && wanted.has(e.key)) state.events.set(e.key, view);
      }
      return state;
    },

    /** Writes a plan's operations, IMPORT_CHUNK per transaction, yielding to other work between chunks. */
    async apply(ops: ImportOp[], actor: bigint, opts: { chunk?: number } = {}): Promise<void> {
      const batch = randomUUID();
      const size = opts.chunk ?? IMPORT_CHUNK;
      for (let i = 0; i < ops.length; i += size) {
        const chunk = ops.slice(i, i + size);
        await w.write(async (tx) => {
          for (const op of chunk) await applyOp(tx, op, actor, batch);
        });
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

export type ImportRepository = ReturnType<typeof createImportRepository>;
