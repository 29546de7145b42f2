/**
 * One event as subscribers see it (a card in a digest or an instant message), in one language.
 * Pure: the catalog for partner names, a translator for labels and dates. Everything from the data
 * goes through esc(); only this file writes the tags. The admin preview uses exactly this function.
 */
import type { Translator } from '../../i18n/index.js';
import type { Catalog } from '../catalog.js';
import { esc, link } from '../html.js';
import { codeToFlag } from '../resolve.js';

export interface EventCardInput {
  occurredOn: string;
  kind: string;
  partners: string[];
  titleEn: string;
  titleUk: string;
  bodyEn: string | null;
  bodyUk: string | null;
  sourceUrl: string;
}

export function partnerLabel(catalog: Pick<Catalog, 'partner'>, code: string, lang: Translator['lang']): string {
  const p = catalog.partner(code);
  const name = p ? (lang === 'uk' ? p.nameUk : p.nameEn) : code;
  const flag = p?.kind === 'country' ? codeToFlag(code) : code === 'EU' ? '🇪🇺' : '';
  return flag ? `${flag} ${name}` : name;
}

export function formatEventCard(e: EventCardInput, catalog: Pick<Catalog, 'partner'>, tr: Translator): string {
  const uk = tr.lang === 'uk';
  const title = uk ? e.titleUk : e.titleEn;
  const body = uk ? e.bodyUk : e.bodyEn;
  const lines = [`<b>${esc(title)}</b>`, `📅 ${esc(tr.date(e.occurredOn))} · ${esc(tr.t(`event-kind-${e.kind}`))}`];
  if (e.partners.length) lines.push(esc(e.partners.map((c) => partnerLabel(catalog, c, tr.lang)).join(', ')));
  if (body) lines.push('', esc(body));
  lines.push('', `🔗 ${link(e.sourceUrl, tr.t('event-source'))}`);
  return lines.join('\n');
}
