/**
 * Digests, pure: select the events a subscriber has not had yet (by the time they were *published*
 * into the bot, never by their own date; the seeded baseline never), keep those their filters ask
 * for, group them by framework then partner, and format them in their language as message texts
 * under Telegram's limit. No Prisma or Telegraf here.
 */
import { type Catalog, type CatalogEvent, dataAsOfAfterPublishing } from './catalog.js';
import type { Translator } from '../i18n/index.js';
import { esc, link, splitMessage } from './html.js';
import { codeToFlag } from './resolve.js';

/** The kinds of event a subscriber can choose, each a group of Event.kind values. */
export const KIND_GROUPS = ['members', 'agreements', 'milestones'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

export function kindGroup(kind: string): KindGroup {
  if (kind === 'joined' || kind === 'compact' || kind === 'coalition' || kind === 'declaration') return 'members';
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

const KIND_ICON: Record<KindGroup, string> = { members: '🤝', agreements: '✍️', milestones: '📌' };

/** Formats events as digest messages (each ≤ 4096 characters), grouped by framework, then partner. */
export function formatDigest(catalog: Catalog, events: CatalogEvent[], tr: Pick<Translator, 't' | 'date' | 'lang'>, dataAsOf = catalog.dataAsOf): string[] {
  const lang = tr.lang;
  const name = (code: string) => {
    const p = catalog.partner(code);
    return p ? (lang === 'uk' ? p.nameUk : p.nameEn) : code;
  };
  const byFramework = new Map<string, CatalogEvent[]>();
  for (const e of events) {
    const key = e.frameworkId && catalog.framework(e.frameworkId) ? e.frameworkId : '';
    const list = byFramework.get(key);
    if (list) list.push(e);
    else byFramework.set(key, [e]);
  }
  const frameworkKeys = [...byFramework.keys()].sort((a, b) => {
    if (a === '') return 1;
    if (b === '') return -1;
    return (catalog.framework(a)?.sortOrder ?? 0) - (catalog.framework(b)?.sortOrder ?? 0);
  });
  const counts = { members: 0, agreements: 0, milestones: 0 };
  for (const e of events) counts[kindGroup(e.kind)]++;
  const lines: string[] = [`<b>${esc(tr.t('digest-title'))}</b>`, tr.t('digest-summary', { ...counts })];
  for (const fk of frameworkKeys) {
    const f = catalog.framework(fk);
    lines.push('', `<b>${esc(f ? (lang === 'uk' ? f.shortNameUk : f.shortNameEn) : tr.t('digest-other-framework'))}</b>`);
    const byPartner = new Map<string, CatalogEvent[]>();
    for (const e of byFramework.get(fk)!) {
      const key = [...e.partnerCodes].sort().join(',');
      const list = byPartner.get(key);
      if (list) list.push(e);
      else byPartner.set(key, [e]);
    }
    const label = (key: string) =>
      key === '' ? tr.t('digest-no-partner') : key.split(',').map((c) => `${codeToFlag(c)} ${name(c)}`.trim()).join(', ');
    const partnerKeys = [...byPartner.keys()].sort((a, b) => label(a).localeCompare(label(b), lang));
    for (const pk of partnerKeys) {
      lines.push(`<u>${esc(label(pk))}</u>`);
      const list = byPartner.get(pk)!.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id);
      for (const e of list) {
        const title = lang === 'uk' ? e.titleUk : e.titleEn;
        const body = lang === 'uk' ? e.bodyUk : e.bodyEn;
        let line = `${KIND_ICON[kindGroup(e.kind)]} ${esc(tr.date(e.occurredOn))} — ${esc(title)}`;
        if (body) line += `. ${esc(body)}`;
        line += ` (${link(e.sourceUrl, tr.t('digest-source'))})`;
        lines.push(line);
      }
    }
  }
  lines.push('', `<i>${esc(tr.t('data-as-of', { date: dataAsOf ? tr.date(dataAsOf) : '—' }))}</i>`);
  return splitMessage(lines.join('\n'));
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

/**
 * A draft exactly as subscribers will read it: the digest that would carry it alone (an instant
 * alert is that digest). The admin's preview before publishing shows this, in both languages, with
 * the "data as of" date the catalog will have once the draft is published (`today`: YYYY-MM-DD).
 */
export function formatDraftAsDigest(catalog: Catalog, draft: DraftEvent, tr: Pick<Translator, 't' | 'date' | 'lang'>, today: string): string[] {
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
  return formatDigest(catalog, [event], tr, dataAsOfAfterPublishing(catalog.dataAsOf, draft.occurredOn, today));
}

export interface ComposedDigest {
  eventIds: number[];
  parts: string[];
}

/**
 * A composer over one catalog snapshot: many subscribers share the same events and language, so
 * the text for a (language, events) pair is formatted once and reused.
 */
export function createDigestComposer(catalog: Catalog, translator: (lang: 'en' | 'uk') => Pick<Translator, 't' | 'date' | 'lang'>) {
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
  const format = (events: CatalogEvent[], lang: 'en' | 'uk'): string[] => {
    const key = `${lang}:${events.map((e) => e.id).join(',')}`;
    let parts = texts.get(key);
    if (!parts) texts.set(key, (parts = formatDigest(catalog, events, translator(lang))));
    return parts;
  };
  return {
    /** null when nothing is new for this subscriber. */
    compose(window: DigestWindow, filters: DigestFilters, lang: 'en' | 'uk'): ComposedDigest | null {
      const from = window.from.getTime();
      const to = window.to.getTime();
      const events: CatalogEvent[] = [];
      for (const e of candidates) {
        const t = e.publishedAt!.getTime();
        if (t <= from || t > to) continue;
        if (matchesFilters(catalog, e, filters, pillarsOf)) events.push(e);
      }
      if (!events.length) return null;
      return { eventIds: events.map((e) => e.id), parts: format(events, lang) };
    },
    /** Re-formats a digest from those of its events still published (withdrawn ones dropped). */
    recompose(eventIds: number[], lang: 'en' | 'uk'): ComposedDigest | null {
      const events = eventIds.map((id) => byId.get(id)).filter((e): e is CatalogEvent => e !== undefined);
      if (!events.length) return null;
      return { eventIds: events.map((e) => e.id), parts: format(events, lang) };
    },
    /** Ids of events still published and not deleted. */
    isLive: (id: number) => byId.has(id),
  };
}

export type DigestComposer = ReturnType<typeof createDigestComposer>;
