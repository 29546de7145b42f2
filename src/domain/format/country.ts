/** The country card and the partner list behind /country. */
import type { Translator } from '../../i18n/index.js';
import { type Agreement, type Catalog, type Partner, ratificationEvent } from '../catalog.js';
import { TELEGRAM_MESSAGE_LIMIT, esc, link } from '../html.js';
import { listOf } from '../names.js';
import { dataAsOfLine, flagOf, hostOf, membershipDate, pageSlice, partnerLabel, pledgeLine, tx } from './common.js';

export const MILESTONES_ON_CARD = 5;

function agreementBlock(catalog: Catalog, a: Agreement, tr: Translator): string[] {
  const t = tr.t;
  const lines: string[] = [];
  const title = esc(tx(a, 'title', tr.lang));
  lines.push(`📜 <b>${a.textUrl ? link(a.textUrl, tx(a, 'title', tr.lang)) : title}</b>`);
  if (a.titleOrigin !== 'quoted') lines.push(`<i>${t('country-title-descriptive')}</i>`);
  lines.push(t('country-signed', { date: tr.date(a.signedOn), place: esc(tx(a, 'place', tr.lang)) }));
  lines.push(t('country-signed-by', { names: esc(listOf(tx(a, 'signedBy', tr.lang).split(/;\s*/).filter(Boolean), tr.lang)) }));
  if (a.durationYears !== null) {
    lines.push(
      a.expiresOn ? t('country-duration-until', { years: a.durationYears, date: tr.date(a.expiresOn) }) : t('country-duration', { years: a.durationYears }),
    );
  } else lines.push(t('country-duration-unknown'));
  // A ratification recorded as an event is dated and cited with that event's source, not the signing's.
  const ratified = ratificationEvent(catalog, a);
  const status = t(`ratification-${a.ratification}`);
  lines.push(
    t('country-ratification', {
      status: ratified ? `${status} (${tr.date(ratified.occurredOn)}) ${link(ratified.sourceUrl, '↗')}` : status,
    }),
  );
  lines.push(a.inDeclarationSeries ? t('country-in-series') : t('country-related-series'));
  if (a.pillarIds.length) {
    const names = a.pillarIds
      .map((id) => catalog.pillar(id))
      .filter((p) => p !== undefined)
      .sort((x, y) => x.sortOrder - y.sortOrder)
      .map((p) => esc(tx(p, 'name', tr.lang)));
    lines.push(t('country-pillars', { pillars: names.join('; ') }));
  }
  if (a.confidence === 'low') lines.push(`⚠️ <i>${t('country-low-confidence')}</i>`);
  lines.push(t('country-source', { link: link(a.sourceUrl, hostOf(a.sourceUrl) ?? t('source-link-text')) }));
  if (a.pledges.length) {
    lines.push('', `<b>${t('country-pledges-heading')}</b>`);
    for (const p of a.pledges) lines.push(`• ${pledgeLine(p, tr)} ${link(p.sourceUrl, '↗')}`);
  }
  return lines;
}

/** The full card for a partner, HTML, at most 4096 characters. */
export function formatCountryCard(catalog: Catalog, partner: Partner, tr: Translator, opts: { milestones?: number } = {}): string {
  const t = tr.t;
  const lines: string[] = [`${flagOf(partner.code)} <b>${esc(tx(partner, 'name', tr.lang))}</b>`.trim(), ''];

  const memberships = [...catalog.membershipsOf(partner.code)].sort(
    (a, b) => (catalog.framework(a.frameworkId)?.sortOrder ?? 99) - (catalog.framework(b.frameworkId)?.sortOrder ?? 99),
  );
  lines.push(`<b>${t('country-frameworks-heading')}</b>`);
  if (memberships.length === 0) lines.push(t('country-no-frameworks'));
  for (const m of memberships) {
    const f = catalog.framework(m.frameworkId);
    if (!f) continue;
    lines.push(`• ${esc(tx(f, 'shortName', tr.lang))} — ${membershipDate(m, tr)} ${link(m.sourceUrl, '↗')}`);
  }
  lines.push('');

  const agreements = catalog.agreementsOf(partner.code);
  if (agreements.length === 0) {
    // A declaration member without an agreement: its join date is in the list above; the absence is dated.
    lines.push(`<b>${t('country-agreement-heading')}</b>`, t('country-no-agreement', { asOf: tr.date(catalog.dataAsOf) }));
  } else {
    for (const a of agreements) lines.push(`<b>${t('country-agreement-heading')}</b>`, ...agreementBlock(catalog, a, tr), '');
  }

  const events = catalog.eventsOf(partner.code).slice(0, opts.milestones ?? MILESTONES_ON_CARD);
  if (events.length) {
    lines.push('', `<b>${t('country-milestones-heading')}</b>`);
    for (const e of events) lines.push(`• ${tr.date(e.occurredOn)} — ${link(e.sourceUrl, tx(e, 'title', tr.lang))}`);
  }
  lines.push('', dataAsOfLine(catalog, tr));
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n');
  if (text.length <= TELEGRAM_MESSAGE_LIMIT) return text;
  // Too long (many agreements or long texts): fewer milestones, then a hard cut at a line boundary.
  if ((opts.milestones ?? MILESTONES_ON_CARD) > 2) return formatCountryCard(catalog, partner, tr, { milestones: 2 });
  const kept: string[] = [];
  let size = 0;
  for (const line of text.split('\n')) {
    if (size + line.length + 1 > TELEGRAM_MESSAGE_LIMIT - 2) break;
    kept.push(line);
    size += line.length + 1;
  }
  return `${kept.join('\n')}\n…`;
}

/** One line for lists and inline results: "Agreement signed 16 February 2024" or "No bilateral agreement". */
export function countrySummary(catalog: Catalog, partner: Partner, tr: Translator): string {
  const a = catalog.agreementsOf(partner.code);
  const last = a[a.length - 1];
  if (last) return tr.t(last.inDeclarationSeries ? 'country-summary-agreement' : 'country-summary-related', { date: tr.date(last.signedOn) });
  const jd = catalog.membershipsOf(partner.code).find((m) => m.frameworkId === 'joint-declaration');
  return jd ? tr.t('country-summary-declaration-only', { date: membershipDate(jd, tr) }) : tr.t('country-summary-none');
}

export type PartnerGroup = 'agreement' | 'declaration' | 'related';

/** agreement: signed an agreement in the declaration's series; declaration: joined it, no agreement; related: the rest. */
export function partnerGroup(catalog: Catalog, p: Partner): PartnerGroup {
  if (catalog.agreementsOf(p.code).some((a) => a.inDeclarationSeries)) return 'agreement';
  if (catalog.agreementsOf(p.code).length === 0 && catalog.membershipsOf(p.code).some((m) => m.frameworkId === 'joint-declaration')) return 'declaration';
  return 'related';
}

const GROUP_ORDER: PartnerGroup[] = ['agreement', 'declaration', 'related'];

/** Every partner: agreement signed first, then declaration only, then related; by name within a group. */
export function orderedPartners(catalog: Catalog, tr: Translator): Array<{ partner: Partner; group: PartnerGroup }> {
  const collator = new Intl.Collator(tr.lang === 'uk' ? 'uk' : 'en');
  return catalog.partners
    .map((partner) => ({ partner, group: partnerGroup(catalog, partner) }))
    .sort(
      (a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || collator.compare(tx(a.partner, 'name', tr.lang), tx(b.partner, 'name', tr.lang)),
    );
}

export const COUNTRIES_PAGE_SIZE = 12;

export interface CountryListPage {
  text: string;
  buttons: Array<{ code: string; label: string }>;
  page: number;
  pages: number;
}

const GROUP_MARK: Record<PartnerGroup, string> = { agreement: '📜', declaration: '🤝', related: '🔗' };

/** One page of the partner list: a header with counts, and one button per partner. */
export function formatCountryListPage(catalog: Catalog, tr: Translator, page: number): CountryListPage {
  const all = orderedPartners(catalog, tr);
  const counts = { agreement: 0, declaration: 0, related: 0 };
  for (const x of all) counts[x.group]++;
  const slice = pageSlice(all, page, COUNTRIES_PAGE_SIZE);
  const text = [
    `<b>${tr.t('country-list-heading', { count: all.length })}</b>`,
    '',
    `${GROUP_MARK.agreement} ${tr.t('country-list-agreement', { count: counts.agreement })}`,
    `${GROUP_MARK.declaration} ${tr.t('country-list-declaration', { count: counts.declaration })}`,
    `${GROUP_MARK.related} ${tr.t('country-list-related', { count: counts.related })}`,
    '',
    tr.t('country-list-hint'),
    tr.t('page-of', { page: slice.page, pages: slice.pages }),
  ].join('\n');
  return {
    text,
    buttons: slice.items.map(({ partner, group }) => ({ code: partner.code, label: `${GROUP_MARK[group]} ${partnerLabel(partner, tr.lang)}` })),
    page: slice.page,
    pages: slice.pages,
  };
}

const cardCache = new WeakMap<Catalog, WeakMap<Translator, Map<string, string>>>();

/**
 * formatCountryCard, remembered per catalog snapshot and translator: the catalog is immutable and
 * replaced on every change, so a card is built once per snapshot (inline mode builds ten per query).
 */
export function countryCard(catalog: Catalog, partner: Partner, tr: Translator): string {
  let byTr = cardCache.get(catalog);
  if (!byTr) cardCache.set(catalog, (byTr = new WeakMap()));
  let cards = byTr.get(tr);
  if (!cards) byTr.set(tr, (cards = new Map()));
  let card = cards.get(partner.code);
  if (card === undefined) cards.set(partner.code, (card = formatCountryCard(catalog, partner, tr)));
  return card;
}
