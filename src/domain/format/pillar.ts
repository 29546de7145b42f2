/** /pillar: the list of pillars, and one pillar with the partners covering it and their pledges under it. */
import type { Translator } from '../../i18n/index.js';
import type { Catalog, Partner, Pillar, Pledge } from '../catalog.js';
import { esc, link, splitMessage } from '../html.js';
import { dataAsOfLine, firstClause, partnerLabel, pledgeLine, tx } from './common.js';

/** Partners whose agreements cover the pillar (first agreement's date order), with their pledges under it. */
export function pillarCoverage(catalog: Catalog, pillarId: string): Array<{ partner: Partner; pledges: Pledge[] }> {
  const out: Array<{ partner: Partner; pledges: Pledge[] }> = [];
  const seen = new Set<string>();
  for (const a of [...catalog.agreements].sort((x, y) => x.signedOn.localeCompare(y.signedOn))) {
    const partner = catalog.partner(a.partnerCode);
    if (!partner || seen.has(partner.code)) continue;
    const all = catalog.agreementsOf(partner.code);
    if (!all.some((x) => x.pillarIds.includes(pillarId))) continue;
    seen.add(partner.code);
    out.push({ partner, pledges: all.flatMap((x) => x.pledges.filter((p) => p.pillarId === pillarId)) });
  }
  return out;
}

/** A short name for buttons: the name up to its parenthesis. */
export function pillarShortName(p: Pillar, tr: Translator): string {
  return tx(p, 'name', tr.lang).replace(/\s*\(.*\)\s*$/, '');
}

export function formatPillarList(catalog: Catalog, tr: Translator): string {
  const lines = [`<b>${tr.t('pillar-list-heading', { count: catalog.pillars.length })}</b>`, ''];
  catalog.pillars.forEach((p, i) => {
    const covered = pillarCoverage(catalog, p.id).length;
    lines.push(`${i + 1}. <b>${esc(tx(p, 'name', tr.lang))}</b> — ${esc(firstClause(tx(p, 'description', tr.lang)))}`);
    lines.push(`   <i>${tr.t('pillar-covered-by', { count: covered })}</i>`);
  });
  lines.push('', tr.t('pillar-list-hint'), '', dataAsOfLine(catalog, tr));
  return lines.join('\n');
}

/** One pillar: description, who covers it, their pledges under it. One or more messages (split at lines). */
export function formatPillar(catalog: Catalog, pillar: Pillar, tr: Translator): string[] {
  const t = tr.t;
  const coverage = pillarCoverage(catalog, pillar.id);
  const lines = [`<b>${esc(tx(pillar, 'name', tr.lang))}</b>`, '', esc(tx(pillar, 'description', tr.lang)), ''];
  lines.push(`<b>${t('pillar-partners-heading', { count: coverage.length })}</b>`);
  lines.push(coverage.length ? coverage.map(({ partner }) => esc(partnerLabel(partner, tr.lang))).join(', ') : t('pillar-no-partners'));
  lines.push('');
  const withPledges = coverage.filter((c) => c.pledges.length);
  lines.push(`<b>${t('pillar-pledges-heading')}</b>`);
  if (!withPledges.length) lines.push(t('pillar-no-pledges'));
  for (const { partner, pledges } of withPledges) {
    for (const p of pledges) lines.push(`• ${esc(partnerLabel(partner, tr.lang))}: ${pledgeLine(p, tr)} ${link(p.sourceUrl, '↗')}`);
  }
  lines.push('', `${link(pillar.sourceUrl, t('source-link-text'))} · ${dataAsOfLine(catalog, tr)}`);
  return splitMessage(lines.join('\n'));
}

const pillarCache = new WeakMap<Catalog, WeakMap<Translator, Map<string, string[]>>>();

/** formatPillar, remembered per catalog snapshot and translator (the catalog is immutable). */
export function pillarMessages(catalog: Catalog, pillar: Pillar, tr: Translator): string[] {
  let byTr = pillarCache.get(catalog);
  if (!byTr) pillarCache.set(catalog, (byTr = new WeakMap()));
  let cached = byTr.get(tr);
  if (!cached) byTr.set(tr, (cached = new Map()));
  let messages = cached.get(pillar.id);
  if (!messages) cached.set(pillar.id, (messages = formatPillar(catalog, pillar, tr)));
  return messages;
}
