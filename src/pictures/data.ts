/**
 * What each picture shows, computed from the catalog with the same rules as the text answers
 * (computeStats, the signatories list), so a picture never disagrees with the text. Pure functions.
 */
import type { Catalog, Pledge } from '../domain/catalog.js';
import { JOINT_DECLARATION } from '../domain/format/overview.js';

export const MAP_FILTERS = ['all', 'coalition', 'compact', 'military'] as const;
export type MapFilter = (typeof MAP_FILTERS)[number];

export const COALITION = 'coalition-of-the-willing';
export const COMPACT = 'ukraine-compact';
export const MILITARY = 'military';

export type PartnerStatus = 'agreement' | 'declaration' | 'other';
export const STATUSES: readonly PartnerStatus[] = ['agreement', 'declaration', 'other'];

export interface MapModel {
  filter: MapFilter;
  /** Partners shown, by status; partners outside the filter are absent. */
  status: Map<string, PartnerStatus>;
  counts: Record<PartnerStatus, number>;
  total: number;
  /** Partners that are organisations (the EU): counted, not drawn. */
  organisations: string[];
  dataAsOf: string;
}

/** Agreement signed › joined the Joint Declaration without one › other frameworks only. */
export function partnerStatus(catalog: Catalog, code: string): PartnerStatus | undefined {
  if (catalog.agreementsOf(code).length) return 'agreement';
  const memberships = catalog.membershipsOf(code);
  if (memberships.some((m) => m.frameworkId === JOINT_DECLARATION)) return 'declaration';
  return memberships.length ? 'other' : undefined;
}

function inFilter(catalog: Catalog, code: string, filter: MapFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'coalition':
      return catalog.membershipsOf(code).some((m) => m.frameworkId === COALITION);
    case 'compact':
      return catalog.membershipsOf(code).some((m) => m.frameworkId === COMPACT);
    case 'military':
      return catalog.agreementsOf(code).some((a) => a.pillarIds.includes(MILITARY));
  }
}

export function mapModel(catalog: Catalog, filter: MapFilter): MapModel {
  const status = new Map<string, PartnerStatus>();
  const counts: Record<PartnerStatus, number> = { agreement: 0, declaration: 0, other: 0 };
  const organisations: string[] = [];
  for (const p of [...catalog.partners].sort((a, b) => a.code.localeCompare(b.code))) {
    const s = partnerStatus(catalog, p.code);
    if (!s || !inFilter(catalog, p.code, filter)) continue;
    status.set(p.code, s);
    counts[s]++;
    if (p.kind === 'organisation') organisations.push(p.code);
  }
  return { filter, status, counts, total: status.size, organisations, dataAsOf: catalog.dataAsOf };
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  agreements: number;
  joins: number;
}

export interface TimelineModel {
  months: MonthCount[];
  agreements: number;
  joins: number;
  /** Memberships without a known date: not placed on the chart. */
  undatedJoins: number;
  busiest: MonthCount | undefined;
  dataAsOf: string;
}

const nextMonth = (ym: string): string => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** Agreements signed and framework joins per month, from the first such month to the data date. */
export function timelineModel(catalog: Catalog): TimelineModel {
  const agreements = new Map<string, number>();
  const joins = new Map<string, number>();
  for (const a of catalog.agreements) agreements.set(a.signedOn.slice(0, 7), (agreements.get(a.signedOn.slice(0, 7)) ?? 0) + 1);
  let undatedJoins = 0;
  for (const m of catalog.memberships) {
    if (!m.joinedOn) {
      undatedJoins++;
      continue;
    }
    joins.set(m.joinedOn.slice(0, 7), (joins.get(m.joinedOn.slice(0, 7)) ?? 0) + 1);
  }
  const keys = [...agreements.keys(), ...joins.keys()].sort();
  const months: MonthCount[] = [];
  if (keys.length) {
    const last = [keys[keys.length - 1]!, catalog.dataAsOf.slice(0, 7)].sort()[1]!;
    for (let ym = keys[0]!; ym <= last; ym = nextMonth(ym)) {
      months.push({ month: ym, agreements: agreements.get(ym) ?? 0, joins: joins.get(ym) ?? 0 });
    }
  }
  let busiest: MonthCount | undefined;
  for (const m of months) if (m.agreements > 0 && (!busiest || m.agreements > busiest.agreements)) busiest = m;
  return {
    months,
    agreements: catalog.agreements.length,
    joins: catalog.memberships.length - undatedJoins,
    undatedJoins,
    busiest,
    dataAsOf: catalog.dataAsOf,
  };
}

export type Level = Pledge['level'];
export const LEVELS: readonly Level[] = ['promised', 'allocated', 'delivered'];
export type ByLevel = Record<Level, number>;

export interface StatsRow {
  /** A partner code, a year ("2025"), a range ("2024–2027") or '' for pledges without a year. */
  key: string;
  byLevel: ByLevel;
  total: number;
}

export interface CurrencyPanel {
  currency: string;
  total: number;
  byPartner: StatsRow[];
  byYear: StatsRow[];
}

export interface StatsModel {
  panels: CurrencyPanel[];
  /** Monetary pledges left out because they are part of, or overlap, another (as the text totals do). */
  skipped: number;
  /** Pledges without an amount. */
  nonMonetary: number;
  counted: number;
  dataAsOf: string;
}

const emptyLevels = (): ByLevel => ({ promised: 0, allocated: 0, delivered: 0 });

function addRow(rows: Map<string, StatsRow>, key: string, level: Level, amount: number) {
  let row = rows.get(key);
  if (!row) rows.set(key, (row = { key, byLevel: emptyLevels(), total: 0 }));
  row.byLevel[level] += amount;
  row.total += amount;
}

/**
 * Pledges per currency, per partner and per year, split by level. The rules are computeStats's:
 * countInTotals false is skipped; an annual amount counts in each year of its range; a multi-year
 * sum stays one row for its whole range; no exchange rates, so each currency is its own panel.
 */
export function statsModel(catalog: Catalog): StatsModel {
  const byCurrency = new Map<string, { partners: Map<string, StatsRow>; years: Map<string, StatsRow>; total: number }>();
  let skipped = 0;
  let nonMonetary = 0;
  let counted = 0;
  for (const a of catalog.agreements) {
    for (const p of a.pledges) {
      if (p.amount === null || !p.currency) {
        nonMonetary++;
        continue;
      }
      if (!p.countInTotals) {
        skipped++;
        continue;
      }
      counted++;
      let panel = byCurrency.get(p.currency);
      if (!panel) byCurrency.set(p.currency, (panel = { partners: new Map(), years: new Map(), total: 0 }));
      const from = p.yearFrom ?? p.yearTo;
      const to = p.yearTo ?? p.yearFrom;
      if (from === null || to === null) {
        addRow(panel.years, '', p.level, p.amount);
        addRow(panel.partners, p.partnerCode, p.level, p.amount);
        panel.total += p.amount;
      } else if (p.annual) {
        for (let y = from; y <= to; y++) addRow(panel.years, String(y), p.level, p.amount);
        addRow(panel.partners, p.partnerCode, p.level, p.amount * (to - from + 1));
        panel.total += p.amount * (to - from + 1);
      } else {
        addRow(panel.years, from === to ? String(from) : `${from}–${to}`, p.level, p.amount);
        addRow(panel.partners, p.partnerCode, p.level, p.amount);
        panel.total += p.amount;
      }
    }
  }
  const yearOrder = (k: string) => (k === '' ? '~' : k);
  const panels = [...byCurrency]
    .map(([currency, v]) => ({
      currency,
      total: v.total,
      byPartner: [...v.partners.values()].sort((x, y) => y.total - x.total || x.key.localeCompare(y.key)),
      byYear: [...v.years.values()].sort((x, y) => yearOrder(x.key).localeCompare(yearOrder(y.key))),
    }))
    .sort((x, y) => y.byPartner.length - x.byPartner.length || x.currency.localeCompare(y.currency));
  return { panels, skipped, nonMonetary, counted, dataAsOf: catalog.dataAsOf };
}
