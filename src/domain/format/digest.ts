/**
 * Digest and alert texts, written rather than assembled. Pure: a catalog, the events, a Translator.
 *
 * - Every event is of one *digest kind* (what it really is: a new member of a framework, an
 *   agreement signed, a ratification, a renewal, a pledge, a meeting, other news); the header counts
 *   those, named in the reader's language with their plural forms, zeros left out.
 * - The first line is a headline that tells the news in one or two sentences ("Germany pledged
 *   EUR 11.5 billion for 2026; Coalition of the Willing leaders met in Kyiv.") — it is what the
 *   notification shows.
 * - Each item says who did what and when (the event's own date), with its source and a deep link to
 *   each partner's card; items are grouped by kind, the weightiest first.
 * - A single item sent as an alert reads as that item, not as a one-item digest.
 * - A weekly digest ends with a line "in numbers" and the data date.
 *
 * Messages stay under Telegram's limit and an item is never cut between two messages.
 */
import type { Translator } from '../../i18n/index.js';
import type { Agreement, Catalog, CatalogEvent, Partner, Pledge } from '../catalog.js';
import { TELEGRAM_MESSAGE_LIMIT, esc, link, splitMessage } from '../html.js';
import { flagOf, yearsText } from './common.js';

export type Tr = Pick<Translator, 't' | 'date' | 'lang' | 'money'>;

/** What an event is, for counting and grouping, weightiest first. */
export const DIGEST_KINDS = ['members', 'agreements', 'ratifications', 'renewals', 'pledges', 'meetings', 'news'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

export function digestKind(kind: string): DigestKind {
  switch (kind) {
    case 'joined':
      return 'members';
    case 'agreement':
      return 'agreements';
    case 'ratification':
      return 'ratifications';
    case 'renewal':
      return 'renewals';
    case 'pledge':
      return 'pledges';
    case 'meeting':
      return 'meetings';
    // declaration, compact, coalition (meetings *and* statements), other: news, never a new member.
    default:
      return 'news';
  }
}

export const DIGEST_KIND_ICON: Record<DigestKind, string> = {
  members: '🤝',
  agreements: '✍️',
  ratifications: '✅',
  renewals: '🔁',
  pledges: '💶',
  meetings: '🗓',
  news: '📌',
};

/** Each item of a digest starts with this (under its kind's heading). */
export const ITEM_MARK = '•';

export type DigestStyle = 'daily' | 'weekly' | 'instant';

export interface DigestFormatOptions {
  /** The bot's username, for deep links to partner cards (t.me/<bot>?start=country_XX); none without it. */
  botUsername?: string | undefined;
  /** "Data as of" shown at the end (defaults to the catalog's). */
  dataAsOf?: string | undefined;
  style?: DigestStyle;
  limit?: number;
}

/** Counts per digest kind (only kinds that occur). */
export function countKinds(events: CatalogEvent[]): Map<DigestKind, number> {
  const counts = new Map<DigestKind, number>();
  for (const k of DIGEST_KINDS) {
    const n = events.filter((e) => digestKind(e.kind) === k).length;
    if (n) counts.set(k, n);
  }
  return counts;
}

/** Grammatical gender of a Ukrainian name (for past-tense verbs): by its first word's ending. */
export function ukGender(name: string): 'm' | 'f' | 'n' | 'pl' {
  const first = (name.trim().split(/\s+/)[0] ?? '').toLowerCase();
  if (/(і|и)$/.test(first)) return 'pl';
  if (/(а|я)$/.test(first)) return 'f';
  if (/(о|е|є)$/.test(first)) return 'n';
  return 'm';
}

// ── who ─────────────────────────────────────────────────────────────────────────────────────────

interface Who {
  /** The subject as text (HTML when `html`). */
  text: string;
  /** Gender/number for verb agreement (uk), 'pl' for several partners. */
  g: 'm' | 'f' | 'n' | 'pl';
  count: number;
}

function partnersOf(catalog: Catalog, e: CatalogEvent): Partner[] {
  return e.partnerCodes.map((c) => catalog.partner(c)).filter((p): p is Partner => p !== undefined);
}

function nameOf(p: Partner, lang: Tr['lang']): string {
  return lang === 'uk' ? p.nameUk : p.nameEn;
}

/** A partner's name: plain, or (in items) with its flag, linked to its card. */
function partnerRef(p: Partner, tr: Tr, html: boolean, bot: string | undefined): string {
  const name = nameOf(p, tr.lang);
  if (!html) return name;
  const flag = flagOf(p.code);
  const label = `${flag ? `${flag} ` : ''}${name}`;
  return bot ? link(`https://t.me/${bot}?start=country_${p.code}`, label) : esc(label);
}

function who(partners: Partner[], tr: Tr, html: boolean, bot?: string): Who {
  const refs = partners.map((p) => partnerRef(p, tr, html, bot));
  const count = partners.length;
  let text: string;
  if (count <= 3) text = refs.length > 1 ? tr.t('digest-who-list', { first: refs.slice(0, -1).join(', '), last: refs.at(-1)! }) : (refs[0] ?? '');
  else text = tr.t('digest-who-more', { first: refs.slice(0, 2).join(', '), n: count - 2 });
  return { text, g: count === 1 ? ukGender(partners[0]!.nameUk) : 'pl', count };
}

// ── what: one clause per event ──────────────────────────────────────────────────────────────────

/** The pledge an event announced: the partner's latest pledge with the event's source. */
function pledgeOf(catalog: Catalog, e: CatalogEvent): Pledge | undefined {
  if (e.partnerCodes.length !== 1) return undefined;
  let found: Pledge | undefined;
  for (const a of catalog.agreementsOf(e.partnerCodes[0]!)) {
    for (const p of a.pledges) if (p.sourceUrl === e.sourceUrl && (!found || p.id > found.id)) found = p;
  }
  return found;
}

function latestAgreement(catalog: Catalog, code: string): Agreement | undefined {
  return catalog.agreementsOf(code).at(-1);
}

/** Is this the partner's latest event of its kind (so the agreement's current state speaks for it)? */
function isLatestOfKind(catalog: Catalog, e: CatalogEvent): boolean {
  const code = e.partnerCodes[0];
  if (!code) return false;
  return !catalog
    .eventsOf(code)
    .some((o) => o.kind === e.kind && o.id !== e.id && (o.occurredOn > e.occurredOn || (o.occurredOn === e.occurredOn && o.id > e.id)));
}

const stripDot = (s: string) => s.trim().replace(/[.;:\s]+$/, '');
/** Ends a sentence once: "… до 10 липня 2034 р." already ends with the abbreviation's full stop. */
const endSentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * Who did what, as a clause without a final full stop. `html`: names linked, amounts bold, all
 * escaped; otherwise plain text (for the headline, which is escaped as a whole).
 */
export function eventClause(catalog: Catalog, e: CatalogEvent, tr: Tr, html: boolean, bot?: string): string {
  const partners = partnersOf(catalog, e);
  const title = stripDot(tr.lang === 'uk' ? e.titleUk : e.titleEn);
  const plainTitle = html ? esc(title) : title;
  // An admin's own title is their words: it is the clause. Titles the commands generated are
  // replaced by a written one (past tense, the amount and years of a pledge, the framework joined).
  const generated = partners.length ? generatedTitleKey(catalog, e, tr) : undefined;
  if (!generated) return plainTitle;
  const w = who(partners, tr, html, bot);
  const base = { who: w.text, g: w.g };
  const strong = (s: string) => (html ? `<b>${esc(s)}</b>` : s);
  switch (e.kind) {
    case 'joined': {
      const f = e.frameworkId ? catalog.framework(e.frameworkId) : undefined;
      if (!f) return plainTitle;
      const key = `digest-framework-${f.id}`;
      let fw = tr.t(key);
      if (fw === key) fw = tr.t('digest-framework-generic', { name: tr.lang === 'uk' ? f.shortNameUk : f.shortNameEn });
      return tr.t('digest-did-joined', { ...base, framework: html ? esc(fw) : fw });
    }
    case 'agreement':
      return tr.t('digest-did-agreement', base);
    case 'ratification':
      // /ratify says which: ratified, or entered into force.
      return tr.t(generated === 'admin-auto-in-force' ? 'digest-did-in-force' : 'digest-did-ratified', base);
    case 'renewal': {
      // A draft being previewed (id 0) is not on record yet: its generated title carries the new end date.
      if (e.id === 0) return plainTitle;
      const a = partners.length === 1 ? latestAgreement(catalog, partners[0]!.code) : undefined;
      const until = a?.expiresOn && isLatestOfKind(catalog, e) ? a.expiresOn : null;
      return until ? tr.t('digest-did-renewal-until', { ...base, until: html ? esc(tr.date(until)) : tr.date(until) }) : tr.t('digest-did-renewal', base);
    }
    case 'pledge': {
      const p = pledgeOf(catalog, e);
      // Not on record (a draft being previewed): the generated title, which carries the amount.
      if (!p) return plainTitle;
      if (p.amount === null || !p.currency) return tr.t('digest-did-pledge-plain', base);
      const money = tr.money(p.amount, p.currency);
      const amount = strong(p.annual ? tr.t('pledge-per-year', { amount: money }) : money);
      const years = yearsText(p.yearFrom, p.yearTo);
      if (!years) return tr.t('digest-did-pledge', { ...base, amount });
      return tr.t('digest-did-pledge-years', { ...base, amount, years, span: p.yearFrom === p.yearTo || p.yearTo === null ? 'one' : 'many' });
    }
    default:
      // Meetings, statements and other news: the admin's title says it best.
      return plainTitle;
  }
}

/** Titles the admin commands write themselves (/ratify, /extend, /join, /addagreement, /addpledge), by kind. */
const AUTO_TITLES: Record<string, string[]> = {
  agreement: ['admin-auto-agreement'],
  ratification: ['admin-auto-ratified', 'admin-auto-in-force'],
  renewal: ['admin-auto-extended'],
  joined: ['admin-auto-join'],
  pledge: ['admin-auto-pledge'],
};
const SENTINEL = '\u0000';

/**
 * Whether the event's title is one an admin command generated (so a written clause replaces it);
 * an admin's own title is kept as written.
 */
export function isGeneratedTitle(catalog: Catalog, e: CatalogEvent, tr: Tr): boolean {
  return generatedTitleKey(catalog, e, tr) !== undefined;
}

/** The message key that generated the event's title (e.g. admin-auto-in-force), if a command did. */
export function generatedTitleKey(catalog: Catalog, e: CatalogEvent, tr: Tr): string | undefined {
  const keys = AUTO_TITLES[e.kind];
  const partner = e.partnerCodes.length === 1 ? catalog.partner(e.partnerCodes[0]!) : undefined;
  if (!keys || !partner) return undefined;
  const title = (tr.lang === 'uk' ? e.titleUk : e.titleEn).trim();
  return keys.find((key) => {
    const rendered = tr.t(key, { partner: nameOf(partner, tr.lang), framework: SENTINEL, until: SENTINEL, amount: SENTINEL });
    if (rendered === key) return false;
    const cut = rendered.indexOf(SENTINEL);
    if (cut < 0) return title === rendered;
    // /addpledge trims a dangling ": " when there is no amount
    const prefix = rendered.slice(0, cut).replace(/[\s:]+$/, '');
    return prefix.length > 0 && title.startsWith(prefix);
  });
}

/** Whether the clause already names the event's partners (so the item need not list them again). */
function clauseNamesPartners(catalog: Catalog, e: CatalogEvent, tr: Tr): boolean {
  return e.partnerCodes.length > 0 && isGeneratedTitle(catalog, e, tr);
}

// ── the pieces ──────────────────────────────────────────────────────────────────────────────────

/** The weightiest first, then by the event's own date. */
export function orderForReading(events: CatalogEvent[]): CatalogEvent[] {
  const rank = (e: CatalogEvent) => DIGEST_KINDS.indexOf(digestKind(e.kind));
  return [...events].sort((a, b) => rank(a) - rank(b) || a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id);
}

/**
 * One or two sentences that tell the news (plain text, not escaped): the two weightiest items, each
 * its own sentence; the counts line under it tells what else there is.
 */
export function headline(catalog: Catalog, events: CatalogEvent[], tr: Tr): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return orderForReading(events)
    .slice(0, 2)
    .map((e) => endSentence(cap(eventClause(catalog, e, tr, false))))
    .join(' ');
}

/** "1 pledge · 2 meetings" in the reader's language, zeros left out. */
export function countsLine(events: CatalogEvent[], tr: Tr): string {
  return [...countKinds(events)].map(([k, n]) => tr.t(`digest-count-${k}`, { n })).join(' · ');
}

/** One item, one line: the date, who did what, the details, the partners (linked), the source. */
export function itemLine(catalog: Catalog, e: CatalogEvent, tr: Tr, bot?: string): string {
  const body = tr.lang === 'uk' ? e.bodyUk : e.bodyEn;
  let line = `${ITEM_MARK} <b>${esc(tr.date(e.occurredOn))}</b> — ${endSentence(eventClause(catalog, e, tr, true, bot))}`;
  if (body?.trim()) line += ` ${esc(stripDot(body))}.`;
  const partners = partnersOf(catalog, e);
  if (partners.length && !clauseNamesPartners(catalog, e, tr))
    line += ` ${tr.t('digest-partners', { list: partners.map((p) => partnerRef(p, tr, true, bot)).join(', ') })}.`;
  line += ` ${link(e.sourceUrl, tr.t('digest-source'))}`;
  return line;
}

/**
 * Agreements in force on `date`: signed by then, not expired, and not awaiting ratification. Most
 * agreements of the declaration's series took effect on signature (the dataset marks their
 * ratification "unknown"); only those known to wait for ratification are left out.
 */
export function agreementsInForce(catalog: Catalog, date: string): number {
  return catalog.agreements.filter((a) => a.signedOn <= date && a.ratification !== 'pending' && (!a.expiresOn || a.expiresOn >= date)).length;
}

/** Pledge events published in the 7 days up to `to`. */
export function pledgesPublishedInWeek(catalog: Catalog, to: Date): number {
  const from = to.getTime() - 7 * 86_400_000;
  return catalog.events.filter(
    (e) => e.kind === 'pledge' && e.origin !== 'seed' && e.publishedAt && e.publishedAt.getTime() > from && e.publishedAt.getTime() <= to.getTime(),
  ).length;
}

function dataAsOfLine(tr: Tr, dataAsOf: string | null | undefined): string {
  return `<i>${esc(tr.t('data-as-of', { date: dataAsOf ? tr.date(dataAsOf) : '—' }))}</i>`;
}

/** Packs blocks (each a group of lines that must stay together) into messages under the limit. */
function pack(blocks: string[][], limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const block of blocks) {
    const text = block.join('\n');
    const candidate = current ? `${current}\n${text}` : text;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (text.length > limit) {
      // A block longer than a message (a single enormous item): the line splitter's last resort,
      // over what is already open, so the headline and heading share the first message; its last
      // piece stays open for the blocks that follow.
      const pieces = splitMessage(candidate.replace(/^\n+/, ''), limit);
      parts.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
      continue;
    }
    if (current.trim()) parts.push(current.replace(/\n+$/, ''));
    current = text.replace(/^\n+/, '');
  }
  if (current.trim()) parts.push(current.replace(/\n+$/, ''));
  return parts;
}

/**
 * A digest: headline (the notification preview), the counts, the items grouped by kind (weightiest
 * first), a weekly "in numbers" line, the data date. Messages ≤ the limit, items never cut.
 */
export function formatDigestText(catalog: Catalog, events: CatalogEvent[], tr: Tr, opts: DigestFormatOptions = {}): string[] {
  const limit = opts.limit ?? TELEGRAM_MESSAGE_LIMIT;
  const bot = opts.botUsername;
  const blocks: string[][] = [[`📬 <b>${esc(headline(catalog, events, tr))}</b>`, `<i>${esc(tr.t('digest-counts', { counts: countsLine(events, tr) }))}</i>`]];
  const ordered = orderForReading(events);
  for (const kind of DIGEST_KINDS) {
    const items = ordered.filter((e) => digestKind(e.kind) === kind);
    if (!items.length) continue;
    const heading = `${DIGEST_KIND_ICON[kind]} <b>${esc(tr.t(`digest-section-${kind}`))}</b>`;
    // The section heading travels with its first item; each further item is a block of its own.
    items.forEach((e, i) => blocks.push(i === 0 ? ['', heading, itemLine(catalog, e, tr, bot)] : [itemLine(catalog, e, tr, bot)]));
  }
  const footer = [''];
  if (opts.style === 'weekly') {
    const newest = events.reduce<Date | null>((m, e) => (e.publishedAt && (!m || e.publishedAt > m) ? e.publishedAt : m), null);
    const asOf = opts.dataAsOf ?? catalog.dataAsOf;
    footer.push(
      `📊 ${esc(
        tr.t('digest-in-numbers', {
          agreements: agreementsInForce(catalog, asOf || new Date().toISOString().slice(0, 10)),
          pledges: newest ? pledgesPublishedInWeek(catalog, newest) : 0,
        }),
      )}`,
    );
  }
  footer.push(dataAsOfLine(tr, opts.dataAsOf ?? catalog.dataAsOf));
  blocks.push(footer);
  return pack(blocks, limit);
}

/** A single item as an alert: what happened first, then its kind and date, details, partners, source. */
export function formatAlertText(catalog: Catalog, e: CatalogEvent, tr: Tr, opts: DigestFormatOptions = {}): string[] {
  const bot = opts.botUsername;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const lines = [`⚡ <b>${esc(cap(eventClause(catalog, e, tr, false)))}</b>`, `<i>${esc(tr.t(`event-kind-${e.kind}`))} · ${esc(tr.date(e.occurredOn))}</i>`];
  const body = tr.lang === 'uk' ? e.bodyUk : e.bodyEn;
  if (body?.trim()) lines.push(esc(body.trim()));
  const partners = partnersOf(catalog, e);
  if (partners.length) lines.push(tr.t('digest-partners', { list: partners.map((p) => partnerRef(p, tr, true, bot)).join(', ') }));
  lines.push(link(e.sourceUrl, tr.t('digest-source-full')));
  lines.push(
    '',
    `<i>${esc(tr.t('digest-alert-footer'))} · ${esc(tr.t('data-as-of', { date: (opts.dataAsOf ?? catalog.dataAsOf) ? tr.date((opts.dataAsOf ?? catalog.dataAsOf)!) : '—' }))}</i>`,
  );
  return splitMessage(lines.join('\n'), opts.limit ?? TELEGRAM_MESSAGE_LIMIT);
}

/** "Nothing new" for subscribers who asked to be told. */
export function formatNothingNew(catalog: Catalog, tr: Tr, style: DigestStyle): string[] {
  return [`📭 <b>${esc(tr.t(style === 'weekly' ? 'digest-nothing-new-weekly' : 'digest-nothing-new-daily'))}</b>\n${dataAsOfLine(tr, catalog.dataAsOf)}`];
}

/** Digest or alert, as the style and the number of items call for. */
export function formatForReader(catalog: Catalog, events: CatalogEvent[], tr: Tr, opts: DigestFormatOptions = {}): string[] {
  if (opts.style === 'instant' && events.length === 1) return formatAlertText(catalog, events[0]!, tr, opts);
  return formatDigestText(catalog, events, tr, opts);
}
