/**
 * The audit trail of admin changes: every change is written with its entry in the same transaction
 * (see writes.ts); /audit reads it and /undo reverts an actor's latest batch from it.
 */
import type { Deletable } from '../../domain/admin/input.js';
import { AdminError } from '../../domain/admin/errors.js';
import type { Db, Tx } from '../client.js';
import type { Writes } from './writes.js';

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

export function createAuditRepository(db: Db, w: Writes) {
  const { now, setDeleted } = w;

  async function revert(tx: Tx, entry: AuditEntry): Promise<void> {
    const [entity, verb] = entry.action.split('.') as [string, string];
    const before = entry.before ? (JSON.parse(entry.before) as Record<string, unknown>) : null;
    const id = entry.entityId;
    const deletedAt = (v: unknown) => (v ? new Date(String(v)) : null);
    if (verb === 'create') {
      if (entity === 'event') await tx.event.update({ where: { id: Number(id) }, data: { deletedAt: now() } });
      else await setDeleted(tx, entity as Deletable, id, now());
      return;
    }
    if (verb === 'delete') return void (await setDeleted(tx, entity as Deletable, id, null));
    if (verb === 'restore') return void (await setDeleted(tx, entity as Deletable, id, deletedAt(before?.deletedAt) ?? now()));
    if (verb !== 'update' || !before) return;
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
          deletedAt: deletedAt(before.deletedAt),
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
        data: { joinedOn: (before.joinedOn as string | null) ?? null, sourceUrl: String(before.sourceUrl), deletedAt: deletedAt(before.deletedAt) },
      });
    } else if (entity === 'agreement') {
      // The snapshot holds the stored row, expiry included: restoring it restores a consistent pair.
      const fields = [
        'titleEn',
        'titleUk',
        'placeEn',
        'placeUk',
        'signedByEn',
        'signedByUk',
        'durationYears',
        'expiresOn',
        'ratification',
        'sourceUrl',
      ] as const;
      const data: Record<string, unknown> = { deletedAt: deletedAt(before.deletedAt) };
      for (const f of fields) if (f in before) data[f] = before[f];
      await tx.agreement.update({ where: { id: Number(id) }, data });
    }
  }

  return {
    /** Reverts the actor's latest change (a whole batch: a fact with its event, or an import). */
    async undoLast(actor: bigint): Promise<AuditEntry[]> {
      return w.write(async (tx) => {
        const last = await tx.auditLog.findFirst({
          where: { actorId: actor, undoneAt: null, NOT: { action: { startsWith: 'admin.' } } },
          orderBy: { id: 'desc' },
        });
        if (!last) throw new AdminError('nothing-to-undo');
        const entries = last.batch ? await tx.auditLog.findMany({ where: { batch: last.batch, undoneAt: null }, orderBy: { id: 'desc' } }) : [last];
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
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
