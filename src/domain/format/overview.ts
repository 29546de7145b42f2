/** The overview answers: /signatories, /timeline, /stats, /frameworks, /sources. */
import type { Translator } from '../../i18n/index.js';
import type { Catalog, Pledge } from '../catalog.js';
import { esc, link, splitMessage } from '../html.js';
import { dataAsOfLine, hostOf, membershipDate, pageCount, pageSlice, partialMembersLine, partnerLabel, tx } from './common.js';

export const JOINT_DECLARATION = 'joint-declaration';

/** Who joined the declaration and who signed an agreement, with counts and dates. */
export function formatSignatories(catalog: Catalog, tr: Translator): string[] {
  const t = tr.t;
  const label = (code: string) => {
    const p = catalog.partner(code);
    return p ? esc(partnerLabel(p, tr.lang)) : esc(code);
  };
  const members = catalog.membersOf(JOINT_DECLARATION);
  const lines = [`<b>${t('signatories-declaration-heading', { count: members.length })}</b>`];
  for (const m of members) lines.push(`• ${label(m.partnerCode)} — ${membershipDate(m, tr)}`);
  const agreements = [...catalog.agreements].sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.partnerCode.localeCompare(b.partnerCode));
  const inSeries = agreements.filter((a) => a.inDeclarationSeries);
  const related = agreements.filter((a) => !a.inDeclarationSeries);
  lines.push('', `<b>${t('signatories-agreements-heading', { count: inSeries.length })}</b>`);
  inSeries.forEach((a, i) => lines.push(`${i + 1}. ${label(a.partnerCode)} — ${tr.date(a.signedOn)}`));
  if (related.length) {
    lines.push('', `<b>${t('signatories-related-heading', { count: related.length })}</b>`);
    for (const a of related) lines.push(`• ${label(a.partnerCode)} — ${tr.date(a.signedOn)}`);
  }
  const noAgreement = members.filter((m) => catalog.agreementsOf(m.partnerCode).length === 0);
  if (noAgreement.length) {
    lines.push('', `<b>${t('signatories-no-agreement-heading', { count: noAgreement.length })}</b>`);
    lines.push(noAgreement.map((m) => label(m.partnerCode)).join(', '));
  }
  lines.push('', t('signatories-hint'), dataAsOfLine(catalog, tr));
  return splitMessage(lines.join('\n'));
}

export const TIMELINE_PAGE_SIZE = 8;

export function timelinePageCount(catalog: Catalog): number {
  return pageCount(catalog.events.length, TIMELINE_PAGE_SIZE);
}

/** One page of milestones, newest first. */
export function formatTimelinePage(catalog: Catalog, tr: Translator, page: number): { text: string; page: number; pages: number } {
  const slice = pageSlice(catalog.events, page, TIMELINE_PAGE_SIZE);
  const lines = [`<b>${tr.t('timeline-heading', { count: catalog.events.length })}</b>`, ''];
  if (!catalog.events.length) lines.push(tr.t('timeline-empty'));
  for (const e of slice.items) {
    const flags =
      e.partnerCodes.length <= 4
        ? e.partnerCodes
            .map((c) => catalog.partner(c))
            .filter((p) => p !== undefined)
            .map((p) => partnerLabel(p, tr.lang).split(' ')[0])
            .join('')
        : '';
    const low = e.confidence === 'low' ? ` <i>${tr.t('timeline-low-confidence')}</i>` : '';
    lines.push(`<b>${tr.date(e.occurredOn)}</b> ${esc(flags)}`.trimEnd());
    lines.push(`${link(e.sourceUrl, tx(e, 'title', tr.lang))}${low}`, '');
  }
  lines.push(tr.t('page-of', { page: slice.page, pages: slice.pages }), dataAsOfLine(catalog, tr));
  let text = lines.join('\n');
  if (text.length > 4096) text = splitMessage(text)[0]!;
  return { text, page: slice.page, pages: slice.pages };
}

export interface Stats {
  partners: number;
  declarationMembers: number;
  agreements: number;
  agreementsInSeries: number;
  agreementsRelated: number;
  pledges: number;
  monetaryCounted: number;
  /** Monetary pledges left out of totals (countInTotals false: part of, or overlapping, another). */
  monetarySkipped: number;
  nonMonetary: number;
  byLevel: Record<Pledge['level'], number>;
  /** currency → total */
  byCurrency: Map<string, number>;
  /** year → currency → total (single-year pledges and each year of annual pledges) */
  byYear: Map<number, Map<string, number>>;
  /** "2023–2028" → currency → total: multi-year pledges given as one sum for the whole range */
  byRange: Map<string, Map<string, number>>;
  /** currency → total of monetary pledges that give no year */
  noYear: Map<string, number>;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const sub = <K>(m: Map<K, Map<string, number>>, k: K) => {
  let inner = m.get(k);
  if (!inner) m.set(k, (inner = new Map()));
  return inner;
};

/** Totals over every pledge: countInTotals false is skipped; an annual amount counts in each year of its range. */
export function computeStats(catalog: Catalog): Stats {
  const s: Stats = {
    partners: catalog.partners.length,
    declarationMembers: catalog.membersOf(JOINT_DECLARATION).length,
    agreements: catalog.agreements.length,
    agreementsInSeries: catalog.agreements.filter((a) => a.inDeclarationSeries).length,
    agreementsRelated: catalog.agreements.filter((a) => !a.inDeclarationSeries).length,
    pledges: 0,
    monetaryCounted: 0,
    monetarySkipped: 0,
    nonMonetary: 0,
    byLevel: { promised: 0, allocated: 0, delivered: 0 },
    byCurrency: new Map(),
    byYear: new Map(),
    byRange: new Map(),
    noYear: new Map(),
  };
  for (const p of catalog.agreements.flatMap((a) => a.pledges)) {
    s.pledges++;
    s.byLevel[p.level]++;
    if (p.amount === null || !p.currency) {
      s.nonMonetary++;
      continue;
    }
    if (!p.countInTotals) {
      s.monetarySkipped++;
      continue;
    }
    s.monetaryCounted++;
    const from = p.yearFrom ?? p.yearTo;
    const to = p.yearTo ?? p.yearFrom;
    if (from === null || to === null) {
      add(s.noYear, p.currency, p.amount);
      add(s.byCurrency, p.currency, p.amount);
    } else if (p.annual) {
      for (let y = from; y <= to; y++) add(sub(s.byYear, y), p.currency, p.amount);
      add(s.byCurrency, p.currency, p.amount * (to - from + 1));
    } else if (from === to) {
      add(sub(s.byYear, from), p.currency, p.amount);
      add(s.byCurrency, p.currency, p.amount);
    } else {
      add(sub(s.byRange, `${from}–${to}`), p.currency, p.amount);
      add(s.byCurrency, p.currency, p.amount);
    }
  }
  return s;
}

const moneyList = (m: Map<string, number>, tr: Translator) =>
  [...m]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([cur, v]) => esc(tr.money(v, cur)))
    .join(' · ');

export function formatStats(catalog: Catalog, tr: Translator): string[] {
  const t = tr.t;
  const s = computeStats(catalog);
  const lines = [
    `<b>${t('stats-heading')}</b>`,
    '',
    t('stats-partners', { count: s.partners }),
    t('stats-declaration', { count: s.declarationMembers }),
    t('stats-agreements', { count: s.agreements, series: s.agreementsInSeries, related: s.agreementsRelated }),
    t('stats-pledges', { count: s.pledges, monetary: s.monetaryCounted + s.monetarySkipped, other: s.nonMonetary }),
    t('stats-levels', { promised: s.byLevel.promised, allocated: s.byLevel.allocated, delivered: s.byLevel.delivered }),
    '',
    `<b>${t('stats-by-currency')}</b>`,
  ];
  for (const [cur, v] of [...s.byCurrency].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`• ${esc(tr.money(v, cur))}`);
  lines.push('', `<b>${t('stats-by-year')}</b>`);
  for (const [year, m] of [...s.byYear].sort((a, b) => a[0] - b[0])) lines.push(`• ${year}: ${moneyList(m, tr)}`);
  for (const [range, m] of [...s.byRange].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`• ${range} ${t('stats-range-total')}: ${moneyList(m, tr)}`);
  if (s.noYear.size) lines.push(`• ${t('stats-no-year')}: ${moneyList(s.noYear, tr)}`);
  lines.push('', `<i>${t('stats-notes', { skipped: s.monetarySkipped, other: s.nonMonetary })}</i>`, dataAsOfLine(catalog, tr));
  return splitMessage(lines.join('\n'));
}

export function formatFrameworks(catalog: Catalog, tr: Translator): string[] {
  const lines = [`<b>${tr.t('frameworks-heading', { count: catalog.frameworks.length })}</b>`];
  for (const f of [...catalog.frameworks].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const members = catalog.membersOf(f.id);
    const low = members.filter((m) => m.confidence === 'low').length;
    lines.push('', `<b>${link(f.sourceUrl, tx(f, 'name', tr.lang))}</b> (${tr.date(f.adoptedOn)})`);
    lines.push(partialMembersLine(f, members.length, tr) ?? tr.t('frameworks-members', { count: members.length }));
    const names = members
      .map((m) => catalog.partner(m.partnerCode))
      .filter((p) => p !== undefined)
      .map((p) => esc(partnerLabel(p, tr.lang)));
    if (names.length) lines.push(names.join(', '));
    if (low) lines.push(`<i>${tr.t('frameworks-low-confidence', { count: low })}</i>`);
  }
  lines.push('', dataAsOfLine(catalog, tr));
  return splitMessage(lines.join('\n'));
}

/** Every source URL of the catalog's facts. */
export function sourceUrls(catalog: Catalog): string[] {
  return [
    ...catalog.frameworks.flatMap((f) => [f.sourceUrl, ...(f.declaredSourceUrl ? [f.declaredSourceUrl] : [])]),
    ...catalog.pillars.map((p) => p.sourceUrl),
    ...catalog.memberships.map((m) => m.sourceUrl),
    ...catalog.agreements.flatMap((a) => [a.sourceUrl, ...(a.textUrl ? [a.textUrl] : []), ...a.pledges.map((p) => p.sourceUrl)]),
    ...catalog.events.map((e) => e.sourceUrl),
  ];
}

/** Publishers by number of facts citing them, most cited first (ties by name). */
export function sourceHosts(catalog: Catalog): Array<{ host: string; count: number }> {
  const counts = new Map<string, number>();
  for (const url of sourceUrls(catalog)) {
    const host = hostOf(url);
    if (host) counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts].map(([host, count]) => ({ host, count })).sort((a, b) => b.count - a.count || a.host.localeCompare(b.host));
}

export const TOP_SOURCES = 10;

export function formatSources(catalog: Catalog, tr: Translator): string {
  const hosts = sourceHosts(catalog);
  const total = hosts.reduce((n, h) => n + h.count, 0);
  const lines = [
    `<b>${tr.t('sources-heading')}</b>`,
    '',
    tr.t('sources-intro'),
    '',
    `<b>${tr.t('sources-top', { count: Math.min(TOP_SOURCES, hosts.length), hosts: hosts.length, facts: total })}</b>`,
  ];
  hosts
    .slice(0, TOP_SOURCES)
    .forEach((h, i) => lines.push(`${i + 1}. ${link(`https://${h.host}`, h.host)} — ${tr.t('sources-citations', { count: h.count })}`));
  lines.push('', tr.t('sources-low-confidence'), '', dataAsOfLine(catalog, tr));
  return lines.join('\n');
}
