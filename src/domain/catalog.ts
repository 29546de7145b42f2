/**
 * The catalog: an immutable, in-memory snapshot of the facts (partners, frameworks, agreements,
 * pledges, pillars, events) that every answer is computed from. Loaded from the database by
 * src/db/repositories/catalog.ts and rebuilt after each admin change, so reads never touch the
 * database and answers take microseconds. Plain data only: no Prisma or Telegraf types here.
 */
import type { Lang } from '../i18n/index.js';

export interface Framework {
  id: string;
  nameEn: string;
  nameUk: string;
  shortNameEn: string;
  shortNameUk: string;
  descriptionEn: string;
  descriptionUk: string;
  adoptedOn: string;
  sourceUrl: string;
  sortOrder: number;
  /** False where the sources name only some members (see declaredMembers*). */
  membershipComplete: boolean;
  /** What the framework's own sources say about its size, e.g. "More than 30 countries and the EU adopted it." */
  declaredMembersEn: string | null;
  declaredMembersUk: string | null;
  declaredSourceUrl: string | null;
}

export interface Membership {
  partnerCode: string;
  frameworkId: string;
  /** YYYY-MM-DD, or null where the exact date is unknown (note says what is known). */
  joinedOn: string | null;
  confidence: 'high' | 'low';
  note: string | null;
  sourceUrl: string;
}

export interface Pledge {
  id: number;
  partnerCode: string;
  agreementId: number | null;
  pillarId: string | null;
  textEn: string;
  textUk: string;
  amount: number | null;
  currency: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  level: 'promised' | 'allocated' | 'delivered';
  /** The amount is for each year of the range, not a total. */
  annual: boolean;
  /** False where the amount is part of, or overlaps, another pledge: totals skip it. */
  countInTotals: boolean;
  note: string | null;
  sourceUrl: string;
}

export interface Agreement {
  id: number;
  partnerCode: string;
  titleEn: string;
  titleUk: string;
  titleOrigin: 'quoted' | 'note-form' | 'inferred';
  signedOn: string;
  placeEn: string;
  placeUk: string;
  signedByEn: string;
  signedByUk: string;
  durationYears: number | null;
  expiresOn: string | null;
  ratification: 'not-required' | 'pending' | 'ratified' | 'in-force' | 'unknown';
  inDeclarationSeries: boolean;
  textUrl: string | null;
  confidence: 'high' | 'low';
  note: string | null;
  sourceUrl: string;
  pillarIds: string[];
  pledges: Pledge[];
}

export interface Pillar {
  id: string;
  nameEn: string;
  nameUk: string;
  descriptionEn: string;
  descriptionUk: string;
  aliasesEn: string[];
  aliasesUk: string[];
  sourceUrl: string;
  sortOrder: number;
}

export interface Partner {
  code: string;
  kind: 'country' | 'organisation';
  nameEn: string;
  nameUk: string;
  aliasesEn: string[];
  aliasesUk: string[];
}

export interface CatalogEvent {
  id: number;
  /** Stable key of a seeded or imported event (null for events entered one by one). */
  key?: string | null;
  occurredOn: string;
  kind: string;
  frameworkId: string | null;
  partnerCodes: string[];
  titleEn: string;
  titleUk: string;
  bodyEn: string | null;
  bodyUk: string | null;
  sourceUrl: string;
  confidence: 'high' | 'low';
  status: string | null;
  dueOn: string | null;
  origin: 'seed' | 'admin';
  publishedAt: Date | null;
}

export interface CatalogData {
  dataAsOf: string;
  frameworks: Framework[];
  partners: Partner[];
  memberships: Membership[];
  agreements: Agreement[];
  pillars: Pillar[];
  /** Published, not deleted events, newest occurredOn first. */
  events: CatalogEvent[];
}

export interface Catalog extends CatalogData {
  partner(code: string): Partner | undefined;
  framework(id: string): Framework | undefined;
  pillar(id: string): Pillar | undefined;
  /** The partner's agreements, oldest first. */
  agreementsOf(code: string): Agreement[];
  membershipsOf(code: string): Membership[];
  membersOf(frameworkId: string): Membership[];
  /** Events naming the partner, newest first. */
  eventsOf(code: string): CatalogEvent[];
}

/** Builds the indexes once; every lookup afterwards is a Map read. */
export function buildCatalog(data: CatalogData): Catalog {
  const group = <T, K>(items: T[], key: (t: T) => K) => {
    const m = new Map<K, T[]>();
    for (const it of items) {
      const k = key(it);
      const list = m.get(k);
      if (list) list.push(it);
      else m.set(k, [it]);
    }
    return m;
  };
  const partners = new Map(data.partners.map((p) => [p.code, p]));
  const frameworks = new Map(data.frameworks.map((f) => [f.id, f]));
  const pillars = new Map(data.pillars.map((p) => [p.id, p]));
  const agreementsBy = group(
    [...data.agreements].sort((a, b) => a.signedOn.localeCompare(b.signedOn)),
    (a) => a.partnerCode,
  );
  const membershipsBy = group(data.memberships, (m) => m.partnerCode);
  const membersBy = group(
    [...data.memberships].sort((a, b) => (a.joinedOn ?? '9999').localeCompare(b.joinedOn ?? '9999') || a.partnerCode.localeCompare(b.partnerCode)),
    (m) => m.frameworkId,
  );
  const eventsBy = new Map<string, CatalogEvent[]>();
  for (const e of data.events) {
    for (const code of e.partnerCodes) {
      const list = eventsBy.get(code);
      if (list) list.push(e);
      else eventsBy.set(code, [e]);
    }
  }
  return {
    ...data,
    partner: (code) => partners.get(code),
    framework: (id) => frameworks.get(id),
    pillar: (id) => pillars.get(id),
    agreementsOf: (code) => agreementsBy.get(code) ?? [],
    membershipsOf: (code) => membershipsBy.get(code) ?? [],
    membersOf: (id) => membersBy.get(id) ?? [],
    eventsOf: (code) => eventsBy.get(code) ?? [],
  };
}

/**
 * The event that recorded an agreement's ratification or entry into force: the partner's newest
 * `ratification` event dated on or after the signing. Answers about a ratified agreement cite this
 * event's source (an admin's /ratify records one), not the signing's; undefined while the status is
 * not 'ratified' or 'in-force', so an unrelated treaty's ratification is never cited for it.
 */
export function ratificationEvent(catalog: Pick<Catalog, 'eventsOf'>, a: Agreement): CatalogEvent | undefined {
  if (a.ratification !== 'ratified' && a.ratification !== 'in-force') return undefined;
  return catalog.eventsOf(a.partnerCode).find((e) => e.kind === 'ratification' && e.occurredOn >= a.signedOn);
}

/**
 * "Data as of" once a fact dated `factDate` is published: it moves forward to the fact's date, never
 * back and never past today (a fact announced for a future date does not make the data newer than
 * today). The repository stores this; the admin's preview shows it, so both agree.
 */
export function dataAsOfAfterPublishing(current: string | null | undefined, factDate: string | null | undefined, today: string): string {
  const cur = current ?? '';
  if (!factDate) return cur;
  const d = factDate > today ? today : factDate;
  return cur < d ? d : cur;
}

/** @deprecated untyped; use pick() from domain/bilingual.ts. */
export function inLang<T extends Record<string, unknown>>(obj: T, field: string, lang: Lang): string {
  const v = obj[`${field}${lang === 'uk' ? 'Uk' : 'En'}`];
  return typeof v === 'string' ? v : '';
}
