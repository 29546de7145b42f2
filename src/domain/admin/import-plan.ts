/**
 * Planning an import: given what the database holds now (deleted rows included) and the items of a
 * validated file, what would be added, changed or left as it is — as pure data. The dry run shows
 * the plan's report; Apply writes the plan's operations (src/db/repositories/imports.ts).
 */
import type { DatasetAgreement, DatasetMembership, DatasetPartner } from '../dataset.js';
import type { ExchangeEvent, ImportData } from './exchange.js';

/** The agreement fields an import compares and updates (pledges and pillars stay as they are). */
export const AGREEMENT_IMPORT_FIELDS = [
  'titleEn',
  'titleUk',
  'placeEn',
  'placeUk',
  'signedByEn',
  'signedByUk',
  'durationYears',
  'ratification',
  'sourceUrl',
] as const;
type AgreementField = (typeof AGREEMENT_IMPORT_FIELDS)[number];

export interface ImportState {
  partners: Map<string, { deleted: boolean; kind: string; nameEn: string; nameUk: string; aliasesEn: string[]; aliasesUk: string[] }>;
  /** By `${partner}/${framework}`. */
  memberships: Map<string, { id: number; deleted: boolean; joinedOn: string | null; sourceUrl: string; note: string | null; confidence: string }>;
  /** By `${partner}/${signedOn}`. */
  agreements: Map<string, { id: number; deleted: boolean } & Record<AgreementField, string | number | null>>;
  /** By key, and by `event-<id>` for events exported without a key. */
  events: Map<
    string,
    {
      id: number;
      deleted: boolean;
      occurredOn: string;
      kind: string;
      titleEn: string;
      titleUk: string;
      bodyEn: string | null;
      bodyUk: string | null;
      sourceUrl: string;
      partners: string[];
    }
  >;
}

export interface ImportReport {
  added: Record<'partners' | 'memberships' | 'agreements' | 'pledges' | 'events', number>;
  changed: Record<'partners' | 'memberships' | 'agreements' | 'events', number>;
  unchanged: number;
}

export type ImportOp =
  | { entity: 'partner'; action: 'create' | 'update'; item: DatasetPartner }
  | { entity: 'membership'; action: 'create' | 'update'; id?: number; item: DatasetMembership }
  /** replace: a deleted agreement with the same partner and date is removed and created anew. */
  | { entity: 'agreement'; action: 'create' | 'replace'; id?: number; item: DatasetAgreement }
  | { entity: 'agreement'; action: 'update'; id: number; item: DatasetAgreement; fields: AgreementField[] }
  | { entity: 'event'; action: 'create'; key: string | null; item: ExchangeEvent }
  | { entity: 'event'; action: 'update'; id: number; item: ExchangeEvent };

export interface ImportPlan {
  ops: ImportOp[];
  report: ImportReport;
}

const sorted = (xs: string[]) => JSON.stringify([...xs].sort());

/** The event id an exported key names (`event-12` for events entered one by one), if any. */
export function eventIdFromKey(key: string): number | undefined {
  const m = /^event-(\d+)$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

export function planImport(state: ImportState, data: ImportData): ImportPlan {
  const ops: ImportOp[] = [];
  const report: ImportReport = {
    added: { partners: 0, memberships: 0, agreements: 0, pledges: 0, events: 0 },
    changed: { partners: 0, memberships: 0, agreements: 0, events: 0 },
    unchanged: 0,
  };

  for (const p of data.partners) {
    const cur = state.partners.get(p.code);
    const same =
      cur &&
      !cur.deleted &&
      cur.kind === p.kind &&
      cur.nameEn === p.nameEn &&
      cur.nameUk === p.nameUk &&
      sorted(cur.aliasesEn) === sorted(p.aliasesEn) &&
      sorted(cur.aliasesUk) === sorted(p.aliasesUk);
    if (same) report.unchanged++;
    else {
      ops.push({ entity: 'partner', action: cur ? 'update' : 'create', item: p });
      if (cur) report.changed.partners++;
      else report.added.partners++;
    }
  }

  for (const m of data.memberships) {
    const cur = state.memberships.get(`${m.partner}/${m.framework}`);
    if (cur && !cur.deleted && cur.joinedOn === m.joinedOn && cur.sourceUrl === m.sourceUrl && cur.note === m.note && cur.confidence === m.confidence) {
      report.unchanged++;
      continue;
    }
    ops.push(cur ? { entity: 'membership', action: 'update', id: cur.id, item: m } : { entity: 'membership', action: 'create', item: m });
    if (cur) report.changed.memberships++;
    else report.added.memberships++;
  }

  for (const a of data.agreements) {
    const cur = state.agreements.get(`${a.partner}/${a.signedOn}`);
    if (cur && !cur.deleted) {
      // Existing agreements keep their pledges; only the agreement's own fields are compared.
      const fields = AGREEMENT_IMPORT_FIELDS.filter((f) => cur[f] !== a[f]);
      if (!fields.length) report.unchanged++;
      else {
        ops.push({ entity: 'agreement', action: 'update', id: cur.id, item: a, fields });
        report.changed.agreements++;
      }
      continue;
    }
    ops.push(cur ? { entity: 'agreement', action: 'replace', id: cur.id, item: a } : { entity: 'agreement', action: 'create', item: a });
    report.added.agreements++;
    report.added.pledges += a.pledges.length;
  }

  for (const e of data.events) {
    const byId = eventIdFromKey(e.key);
    const cur = state.events.get(e.key);
    if (!cur) {
      ops.push({ entity: 'event', action: 'create', key: byId !== undefined ? null : e.key, item: e });
      report.added.events++;
      continue;
    }
    const same =
      !cur.deleted &&
      cur.occurredOn === e.occurredOn &&
      cur.kind === e.kind &&
      cur.titleEn === e.titleEn &&
      cur.titleUk === e.titleUk &&
      cur.bodyEn === (e.bodyEn ?? null) &&
      cur.bodyUk === (e.bodyUk ?? null) &&
      cur.sourceUrl === e.sourceUrl &&
      sorted(cur.partners) === sorted(e.partners);
    if (same) report.unchanged++;
    else {
      ops.push({ entity: 'event', action: 'update', id: cur.id, item: e });
      report.changed.events++;
    }
  }
  return { ops, report };
}
