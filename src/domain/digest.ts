/**
 * Digests, pure: select the events a subscriber has not had yet (by the time they were *published*
 * into the bot, never by their own date; the seeded baseline never), keep those their filters ask
 * for, group them by framework then partner, and format them in their language as message texts
 * under Telegram's limit. No Prisma or Telegraf here.
 */
import { type Catalog, type CatalogEvent, dataAsOfAfterPublishing } from './catalog.js';
import type { Translator } from '../i18n/index.js';
import { type DigestStyle, formatForReader, formatNothingNew } from './format/digest.js';

export type { DigestStyle } from './format/digest.js';

/** The kinds of event a subscriber can choose, each a group of Event.kind values. */
export const KIND_GROUPS = ['members', 'agreements', 'milestones'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/** Only a partner joining a framework is a new member: a Coalition meeting or a Compact milestone is not. */
export function kindGroup(kind: string): KindGroup {
  if (kind === 'joined') return 'members';
  if (kind === 'agreement') return 'agreements';
  return 'milestones';
}

export function isKindGroup(v: string): v is KindGroup {
  return (KIND_GROUPS as readonly string[]).includes(v);
}

/** No filters means everything; values of one type are OR-ed, different types AND-ed. */
export interface DigestFilters {
  partners: string[];
  pillars: string[];
  kinds: string[];
}

export const NO_FILTERS: DigestFilters = { partners: [], pillars: [], kinds: [] };

export function hasFilters(f: DigestFilters): boolean {
  return f.partners.length + f.pillars.length + f.kinds.length > 0;
}

/** Published in (from, to]. */
export interface DigestWindow {
  from: Date;
  to: Date;
}

/** The pillars an event touches: those of its partners' agreements. */
function eventPillars(catalog: Catalog, e: CatalogEvent): Set<string> {
  const out = new Set<string>();
  for (const code of e.partnerCodes) for (const a of catalog.agreementsOf(code)) for (const p of a.pillarIds) out.add(p);
  return out;
}

export function matchesFilters(catalog: Catalog, e: CatalogEvent, f: DigestFilters, pillarsOf?: (e: CatalogEvent) => Set<string>): boolean {
  if (f.partners.length && !e.partnerCodes.some((c) => f.partners.includes(c))) return false;
  if (f.kinds.length && !f.kinds.includes(kindGroup(e.kind))) return false;
  if (f.pillars.length) {
    const ps = pillarsOf ? pillarsOf(e) : eventPillars(catalog, e);
    if (!f.pillars.some((p) => ps.has(p))) return false;
  }
  return true;
}

/** Events new to a subscriber: admin-published in the window, matching the filters, oldest publication first. */
export function selectEvents(catalog: Catalog, window: DigestWindow, filters: DigestFilters): CatalogEvent[] {
  return catalog.events
    .filter(
      (e) =>
        e.origin !== 'seed' &&
        e.publishedAt !== null &&
        e.publishedAt.getTime() > window.from.getTime() &&
        e.publishedAt.getTime() <= window.to.getTime() &&
        matchesFilters(catalog, e, filters),
    )
    .sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime() || a.id - b.id);
}

export interface FormatDigestOptions {
  /** daily (default), weekly (ends with "in numbers"), instant (a single item reads as an alert). */
  style?: DigestStyle;
  /** For deep links to partner cards. */
  botUsername?: string | undefined;
}

/**
 * Formats events as the messages a subscriber receives (each ≤ 4096 characters): a digest, or an
 * alert when an instant subscriber gets a single item. See src/domain/format/digest.ts.
 */
export function formatDigest(
  catalog: Catalog,
  events: CatalogEvent[],
  tr: Pick<Translator, 't' | 'date' | 'lang' | 'money'>,
  dataAsOf = catalog.dataAsOf,
  opts: FormatDigestOptions = {},
): string[] {
  return formatForReader(catalog, events, tr, { dataAsOf, style: opts.style ?? 'daily', botUsername: opts.botUsername });
}

/** An event not yet saved, as the admin entered it (see src/domain/admin/input.ts). */
export interface DraftEvent {
  occurredOn: string;
  kind: string;
  partners: string[];
  titleEn: string;
  titleUk: string;
  bodyEn: string | null;
  bodyUk: string | null;
  sourceUrl: string;
  frameworkId?: string | null;
}

type Tr = Pick<Translator, 't' | 'date' | 'lang' | 'money'>;

/**
 * A draft exactly as subscribers will read it alone: the alert an instant subscriber gets (its
 * kind, who, what, source). The admin's preview before publishing shows this, in both languages,
 * with the "data as of" date the catalog will have once the draft is published (`today`: YYYY-MM-DD).
 */
export function formatDraftAsDigest(catalog: Catalog, draft: DraftEvent, tr: Tr, today: string, botUsername?: string): string[] {
  const event: CatalogEvent = {
    id: 0,
    occurredOn: draft.occurredOn,
    kind: draft.kind,
    frameworkId: draft.frameworkId ?? null,
    partnerCodes: draft.partners,
    titleEn: draft.titleEn,
    titleUk: draft.titleUk,
    bodyEn: draft.bodyEn,
    bodyUk: draft.bodyUk,
    sourceUrl: draft.sourceUrl,
    confidence: 'high',
    status: null,
    dueOn: null,
    origin: 'admin',
    publishedAt: null,
  };
  return formatDigest(catalog, [event], tr, dataAsOfAfterPublishing(catalog.dataAsOf, draft.occurredOn, today), { style: 'daily', botUsername });
}

export interface ComposedDigest {
  eventIds: number[];
  parts: string[];
}

export interface DigestComposerOptions {
  /** The bot's username, for deep links to partner cards in digests and alerts. */
  botUsername?: string | undefined;
}

/**
 * A composer over one catalog snapshot: many subscribers share the same events and language, so
 * the text for a (language, style, events) triple is formatted once and reused.
 */
export function createDigestComposer(catalog: Catalog, translator: (lang: 'en' | 'uk') => Tr, opts: DigestComposerOptions = {}) {
  const candidates = catalog.events
    .filter((e) => e.origin !== 'seed' && e.publishedAt !== null)
    .sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime() || a.id - b.id);
  const pillarCache = new Map<number, Set<string>>();
  const pillarsOf = (e: CatalogEvent) => {
    let s = pillarCache.get(e.id);
    if (!s) pillarCache.set(e.id, (s = eventPillars(catalog, e)));
    return s;
  };
  const texts = new Map<string, string[]>();
  const byId = new Map(candidates.map((e) => [e.id, e]));
  const format = (events: CatalogEvent[], lang: 'en' | 'uk', style: DigestStyle): string[] => {
    // A daily and an instant digest of several items read the same; an instant single item is an alert.
    const key = `${lang}:${style}:${events.map((e) => e.id).join(',')}`;
    let parts = texts.get(key);
    if (!parts) texts.set(key, (parts = formatDigest(catalog, events, translator(lang), catalog.dataAsOf, { style, botUsername: opts.botUsername })));
    return parts;
  };
  return {
    /** null when nothing is new for this subscriber. */
    compose(window: DigestWindow, filters: DigestFilters, lang: 'en' | 'uk', style: DigestStyle = 'daily'): ComposedDigest | null {
      const from = window.from.getTime();
      const to = window.to.getTime();
      const events: CatalogEvent[] = [];
      for (const e of candidates) {
        const t = e.publishedAt!.getTime();
        if (t <= from || t > to) continue;
        if (matchesFilters(catalog, e, filters, pillarsOf)) events.push(e);
      }
      if (!events.length) return null;
      return { eventIds: events.map((e) => e.id), parts: format(events, lang, style) };
    },
    /** Re-formats a digest from those of its events still published (withdrawn ones dropped). */
    recompose(eventIds: number[], lang: 'en' | 'uk', style: DigestStyle = 'daily'): ComposedDigest | null {
      const events = eventIds.map((id) => byId.get(id)).filter((e): e is CatalogEvent => e !== undefined);
      if (!events.length) return null;
      return { eventIds: events.map((e) => e.id), parts: format(events, lang, style) };
    },
    /** "Nothing new" for a subscriber who asked to be told. */
    nothingNew: (lang: 'en' | 'uk', style: DigestStyle): string[] => formatNothingNew(catalog, translator(lang), style),
    /** Ids of events still published and not deleted. */
    isLive: (id: number) => byId.has(id),
  };
}

export type DigestComposer = ReturnType<typeof createDigestComposer>;
