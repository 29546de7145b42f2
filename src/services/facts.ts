/**
 * Facts: the catalog read model every answer and picture is built from, and the use cases that
 * change facts. An admin's change is proposed (checked, previewed, kept as data under a short id),
 * then decided (Publish, Publish urgently, Cancel) by the same admin: applying it writes through the
 * repositories' one writer and, when urgent, hands the event to the broadcaster. Also: edit, delete,
 * restore, undo, the audit trail, import (planned as pure data, applied in short chunks) and export.
 */
import { randomBytes } from 'node:crypto';
import type { Repositories } from '../db/repositories/index.js';
import type { AuditEntry } from '../db/repositories/audit.js';
import type { StoredEvent } from '../db/repositories/facts.js';
import { type FactChange, checkChange, eventFor, frameworkOf, urgentAllowed } from '../domain/admin/changes.js';
import { AdminError, type AdminErrorCode } from '../domain/admin/errors.js';
import { type ExportData, type ImportData, buildExport } from '../domain/admin/exchange.js';
import { type ImportReport, planImport } from '../domain/admin/import-plan.js';
import type { Deletable, EventInput, PartnerInput } from '../domain/admin/input.js';
import type { Catalog } from '../domain/catalog.js';
import { isoDay } from '../domain/dates.js';
import type { BroadcastPort } from '../domain/ports.js';
import type { I18n } from '../i18n/index.js';

/** What the admin is shown before deciding. */
export type Preview =
  | { kind: 'event'; event: EventInput; frameworkId: string | null }
  | { kind: 'partner'; partner: PartnerInput; exists: boolean }
  | { kind: 'import'; report: ImportReport }
  | { kind: 'announce'; text: { en: string; uk: string }; recipients: number };

export type Proposal = { ok: false; error: AdminErrorCode } | { ok: true; id: string; urgentAllowed: boolean; preview: Preview };

export type Decision = 'publish' | 'urgent' | 'cancel';

export type Outcome =
  | { kind: 'published'; eventId: number; urgentRecipients: number | null }
  | { kind: 'updated'; eventId: number }
  | { kind: 'partner'; result: 'created' | 'updated'; code: string }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'announced'; recipients: number };

export type DecisionResult =
  { status: 'expired' } | { status: 'not-yours' } | { status: 'cancelled' } | { status: 'error'; error: AdminErrorCode } | { status: 'done'; outcome: Outcome };

interface Pending {
  userId: bigint;
  change: FactChange;
  expires: number;
}

/** How long a preview waits for its decision. */
export const PENDING_TTL_MS = 60 * 60_000;

export function createFactsService(deps: {
  repos: Pick<Repositories, 'catalog' | 'facts' | 'imports' | 'audit'>;
  i18n: I18n;
  broadcast: BroadcastPort;
  now: () => Date;
}) {
  const { repos, now } = deps;
  const writers = { en: deps.i18n.translator('en'), uk: deps.i18n.translator('uk') };
  const pendings = new Map<string, Pending>();

  const catalog = (): Promise<Catalog> => repos.catalog.get();
  const today = () => isoDay(now());
  const eventOf = (c: Catalog, change: FactChange) => eventFor(c, change, writers, today());

  async function planOf(data: ImportData) {
    return planImport(await repos.imports.state(data), data);
  }

  async function preview(change: FactChange): Promise<Preview> {
    const c = await catalog();
    switch (change.kind) {
      case 'partner':
        return { kind: 'partner', partner: change.partner, exists: !!c.partner(change.partner.code) };
      case 'import':
        return { kind: 'import', report: (await planOf(change.data)).report };
      case 'announce':
        return { kind: 'announce', text: change.text, recipients: await deps.broadcast.countAnnouncementRecipients() };
      case 'edit-event':
        return { kind: 'event', event: change.event, frameworkId: null };
      default:
        return { kind: 'event', event: eventOf(c, change)!, frameworkId: frameworkOf(change) };
    }
  }

  async function apply(change: FactChange, actor: bigint, urgent: boolean): Promise<Outcome> {
    const c = await catalog();
    const published = async (eventId: number): Promise<Outcome> => ({
      kind: 'published',
      eventId,
      urgentRecipients: urgent ? (await deps.broadcast.publishUrgent([eventId])).recipients : null,
    });
    const opts = { urgent };
    switch (change.kind) {
      case 'event':
        return published(await repos.facts.createEvent(change.event, actor, { urgent, publish: true }));
      case 'edit-event':
        await repos.facts.updateEvent(change.id, change.event, actor);
        return { kind: 'updated', eventId: change.id };
      case 'partner':
        return { kind: 'partner', result: await repos.facts.upsertPartner(change.partner, actor), code: change.partner.code };
      case 'join':
        return published(await repos.facts.recordJoin(change.join, eventOf(c, change)!, actor, opts));
      case 'agreement':
        return published(await repos.facts.recordAgreement(change.agreement, eventOf(c, change)!, actor, opts));
      case 'ratify':
        return published(await repos.facts.recordRatification(change.ratify, eventOf(c, change)!, actor, opts));
      case 'extend':
        return published(await repos.facts.recordExtension(change.extend, eventOf(c, change)!, actor, opts));
      case 'pledge':
        return published(await repos.facts.recordPledge(change.pledge, eventOf(c, change)!, actor, opts));
      case 'import': {
        // Planned again against the data as it is now: a change since the dry run is taken into account.
        const plan = await planOf(change.data);
        await repos.imports.apply(plan.ops, actor);
        return { kind: 'imported', report: plan.report };
      }
      case 'announce':
        return { kind: 'announced', recipients: (await deps.broadcast.announce(change.text, { byUserId: actor })).recipients };
    }
  }

  function newId(): string {
    return randomBytes(8).toString('hex').slice(0, 10);
  }

  return {
    /** The current snapshot of the facts (cached; rebuilt after a write). */
    catalog,

    /** Checks a change against the facts and keeps it for the admin's decision; returns what to preview. */
    async propose(change: FactChange, actor: bigint): Promise<Proposal> {
      const error = checkChange(await catalog(), change);
      if (error) return { ok: false, error };
      const t = now().getTime();
      for (const [k, v] of pendings) if (v.expires < t) pendings.delete(k);
      const id = newId();
      const shown = await preview(change);
      pendings.set(id, { userId: actor, change, expires: t + PENDING_TTL_MS });
      return { ok: true, id, urgentAllowed: urgentAllowed(change), preview: shown };
    },

    /** The admin's decision on a proposal (once: a second press finds nothing). */
    async decide(id: string, actor: bigint, decision: Decision): Promise<DecisionResult> {
      const p = pendings.get(id);
      if (!p || p.expires < now().getTime()) return { status: 'expired' };
      if (p.userId !== actor) return { status: 'not-yours' };
      pendings.delete(id);
      if (decision === 'cancel') return { status: 'cancelled' };
      const error = checkChange(await catalog(), p.change);
      if (error) return { status: 'error', error };
      try {
        return { status: 'done', outcome: await apply(p.change, actor, decision === 'urgent' && urgentAllowed(p.change)) };
      } catch (err) {
        if (err instanceof AdminError) return { status: 'error', error: err.code };
        throw err;
      }
    },

    /** A stored event (to edit it), or undefined when it does not exist or was deleted. */
    getEvent: (id: number): Promise<StoredEvent | undefined> => repos.facts.getEvent(id),

    /** Deletes (softly) or restores a row; false when there was nothing to do. */
    async setDeleted(entity: Deletable, id: string, actor: bigint, deleted: boolean): Promise<boolean> {
      return deleted ? repos.facts.softDelete(entity, id, actor) : repos.facts.restore(entity, id, actor);
    },

    /** Reverts the actor's latest change (a whole batch); AdminError 'nothing-to-undo' when none. */
    undo: (actor: bigint): Promise<AuditEntry[]> => repos.audit.undoLast(actor),

    auditLog: (limit: number): Promise<AuditEntry[]> => repos.audit.auditLog(limit),

    /** The whole dataset in the import/export shape. */
    async exportData(): Promise<{ data: ExportData; catalog: Catalog }> {
      const c = await catalog();
      return { data: buildExport(c, today()), catalog: c };
    },
  };
}

export type FactsService = ReturnType<typeof createFactsService>;
