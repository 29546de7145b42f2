/**
 * Shared pieces of the browsing answers: partner labels, pledge lines, membership dates, paging.
 * Pure functions over the catalog and a Translator; everything from the dataset goes through esc().
 */
import type { Translator } from '../../i18n/index.js';
import type { Catalog, Framework, Membership, Partner, Pledge } from '../catalog.js';
import { pick } from '../bilingual.js';
import { esc, link } from '../html.js';
import { codeToFlag } from '../resolve.js';

/** 🇩🇪 for countries, 🇪🇺 for the EU, nothing for unknown codes. */
export function flagOf(code: string): string {
  return code === 'EU' ? '🇪🇺' : codeToFlag(code);
}

/** Plain text (not escaped): "🇩🇪 Germany". */
export function partnerLabel(p: Partner, lang: Translator['lang']): string {
  const flag = flagOf(p.code);
  return `${flag ? `${flag} ` : ''}${pick(p, 'name', lang)}`;
}

export function partnerName(p: Partner, lang: Translator['lang']): string {
  return pick(p, 'name', lang);
}

/** "2024", "2024–2028", or '' when no year is given. */
export function yearsText(from: number | null, to: number | null): string {
  if (from === null && to === null) return '';
  if (from === null || to === null || from === to) return String(from ?? to);
  return `${from}–${to}`;
}

/** Whether a text names a sum: the figure (7.1 or 7,1) followed by its unit ("7.1bn", "7,1 млрд", "975 million"). */
function statesFigure(text: string, figure: string): boolean {
  const num = figure.replace(/[.,]/g, '[.,]');
  return new RegExp(`(?<![\\d.,])${num}\\s?(bn|billion|mn|m\\b|million|млрд|млн|тис)`, 'i').test(text);
}

/**
 * One pledge as an HTML line that says its amount, period and level once: "<b>EUR 2.5 billion</b>
 * (promised, 2024) — Military aid…"; where the text already names the sum (or the years), it is not
 * repeated before it: "€7.1bn in financial and military assistance for 2024 (promised)".
 */
export function pledgeLine(pledge: Pledge, tr: Translator): string {
  const rawText = tx(pledge, 'text', tr.lang);
  const years = yearsText(pledge.yearFrom, pledge.yearTo);
  const yearsInText = years !== '' && [pledge.yearFrom, pledge.yearTo].every((y) => y === null || rawText.includes(String(y)));
  const text = esc(rawText);
  let line: string;
  if (pledge.amount !== null && pledge.currency) {
    const money = tr.money(pledge.amount, pledge.currency);
    const figure = /\d[\d.,]*/.exec(money)?.[0] ?? '';
    if (figure && statesFigure(rawText, figure)) {
      // The text states the sum: the level (and the years, unless the text gives them too) follow it once.
      const meta = [tr.t(`pledge-level-${pledge.level}`), yearsInText ? '' : years].filter(Boolean).join(', ');
      line = `${text} (${meta})`;
    } else {
      const meta = `(${[tr.t(`pledge-level-${pledge.level}`), years].filter(Boolean).join(', ')})`;
      line = `<b>${esc(pledge.annual ? tr.t('pledge-per-year', { amount: money }) : money)}</b> ${meta} — ${text}`;
    }
  } else {
    // No sum to lead with: the words come first ("Military support of 0.25% of GDP… (promised, 2024–2026)").
    const meta = [tr.t(`pledge-level-${pledge.level}`), yearsInText ? '' : years].filter(Boolean).join(', ');
    line = `${text} (${meta})`;
  }
  if (!pledge.countInTotals) line += ` <i>${tr.t('pledge-overlaps')}</i>`;
  return line;
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** "2 Aug 2023" / "2 August 2023" → "2023-08-02"; undefined if it does not parse. */
export function parseEnglishDate(text: string): string | undefined {
  const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(text.trim());
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (!m || !month) return undefined;
  return `${m[3]}-${month}-${m[1]!.padStart(2, '0')}`;
}

/**
 * When a partner joined a framework, honestly: the date; the date marked as uncertain (low
 * confidence); or "exact date unknown" with the latest possible date when the note gives one
 * ("on or before 2 Aug 2023"), rendered in the user's language rather than quoting the English note.
 */
export function membershipDate(m: Membership, tr: Translator): string {
  if (m.joinedOn) {
    const date = tr.date(m.joinedOn);
    return m.confidence === 'low' ? tr.t('membership-date-uncertain', { date }) : date;
  }
  const before = /on or before (\d{1,2} [A-Za-z]+ \d{4})/.exec(m.note ?? '');
  const iso = before ? parseEnglishDate(before[1]!) : undefined;
  return iso ? tr.t('membership-date-unknown-before', { date: tr.date(iso) }) : tr.t('membership-date-unknown');
}

/** The hostname of a source URL without "www.", or undefined when it is not an http(s) URL. */
export function hostOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Items of a 1-based page (clamped into range). */
export function pageSlice<T>(items: T[], page: number, pageSize: number): { items: T[]; page: number; pages: number } {
  const pages = pageCount(items.length, pageSize);
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { items: items.slice((p - 1) * pageSize, p * pageSize), page: p, pages };
}

/**
 * For a framework whose sources name only some members: "At least N members are named in our
 * sources; the list is not complete. More than 30 countries and the EU adopted it. (source)".
 * Undefined when the list is complete (callers then state the count as it is).
 */
export function partialMembersLine(f: Framework | undefined, count: number, tr: Translator): string | undefined {
  if (!f || f.membershipComplete) return undefined;
  const declared = tx(f, 'declaredMembers', tr.lang);
  const source = f.declaredSourceUrl ? ` (${link(f.declaredSourceUrl, tr.t('frameworks-declared-source'))})` : '';
  return tr.t('frameworks-members-partial', { count, declared: `${esc(declared)}${source}`.trim() });
}

/** The footer every answer carries. */
export function dataAsOfLine(catalog: Catalog, tr: Translator): string {
  return `<i>${tr.t('data-as-of', { date: catalog.dataAsOf ? tr.date(catalog.dataAsOf) : '—' })}</i>`;
}

/** A shortened description: up to the first colon or sentence end, at most `max` characters. */
export function firstClause(text: string, max = 140): string {
  const cut = text.search(/[:;]|\.\s/);
  let s = cut > 0 ? text.slice(0, cut) : text;
  if (s.length > max) s = `${s.slice(0, s.lastIndexOf(' ', max - 1))}…`;
  return s.replace(/\.$/, '');
}

/** @deprecated the one helper is pick() in domain/bilingual.ts; kept as its alias for the formatters. */
export const tx = pick;
