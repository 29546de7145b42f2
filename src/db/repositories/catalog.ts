/**
 * Reads the facts into the in-memory catalog (src/domain/catalog.ts). The store keeps one snapshot
 * and rebuilds it after a write (invalidate), so answering never waits on the database.
 */
import { type Catalog, type CatalogData, buildCatalog } from '../../domain/catalog.js';
import type { Db } from '../client.js';
import { prepareResolution } from '../../domain/resolve.js';

const parseList = (json: string): string[] => {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

export async function readCatalogData(db: Db): Promise<CatalogData> {
  const notDeleted = { deletedAt: null };
  const [meta, frameworks, partners, memberships, agreements, pillars, events] = await Promise.all([
    db.meta.findUnique({ where: { key: 'dataAsOf' } }),
    db.framework.findMany({ orderBy: { sortOrder: 'asc' } }),
    db.partner.findMany({ where: notDeleted, include: { aliases: true }, orderBy: { nameEn: 'asc' } }),
    db.membership.findMany({ where: notDeleted }),
    db.agreement.findMany({
      where: notDeleted,
      include: { pillars: true, pledges: { where: notDeleted, orderBy: { id: 'asc' } } },
      orderBy: { signedOn: 'asc' },
    }),
    db.pillar.findMany({ orderBy: { sortOrder: 'asc' } }),
    db.event.findMany({
      where: { ...notDeleted, publishedAt: { not: null } },
      include: { partners: true },
      orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }],
    }),
  ]);
  const liveCodes = new Set(partners.map((p) => p.code));
  return {
    dataAsOf: meta?.value ?? '',
    frameworks: frameworks.map((f) => ({ ...f })),
    partners: partners.map((p) => ({
      code: p.code,
      kind: p.kind === 'organisation' ? 'organisation' : 'country',
      nameEn: p.nameEn,
      nameUk: p.nameUk,
      aliasesEn: p.aliases.filter((a) => a.lang === 'en').map((a) => a.text),
      aliasesUk: p.aliases.filter((a) => a.lang === 'uk').map((a) => a.text),
    })),
    memberships: memberships
      .filter((m) => liveCodes.has(m.partnerCode))
      .map((m) => ({
        partnerCode: m.partnerCode,
        frameworkId: m.frameworkId,
        joinedOn: m.joinedOn,
        confidence: m.confidence === 'low' ? 'low' : 'high',
        note: m.note,
        sourceUrl: m.sourceUrl,
      })),
    agreements: agreements
      .filter((a) => liveCodes.has(a.partnerCode))
      .map(({ pillars: ap, pledges, createdAt: _c, updatedAt: _u, deletedAt: _d, ...a }) => ({
        ...a,
        ratification: a.ratification as CatalogData['agreements'][number]['ratification'],
        titleOrigin: a.titleOrigin as CatalogData['agreements'][number]['titleOrigin'],
        confidence: a.confidence === 'low' ? 'low' : 'high',
        pillarIds: ap.map((x) => x.pillarId),
        pledges: pledges.map(({ createdAt: _pc, updatedAt: _pu, deletedAt: _pd, ...p }) => ({
          ...p,
          level: p.level as 'promised' | 'allocated' | 'delivered',
        })),
      })),
    pillars: pillars.map((p) => ({ ...p, aliasesEn: parseList(p.aliasesEn), aliasesUk: parseList(p.aliasesUk) })),
    events: events.map((e) => ({
      id: e.id,
      key: e.key,
      occurredOn: e.occurredOn,
      kind: e.kind,
      frameworkId: e.frameworkId,
      partnerCodes: e.partners.map((p) => p.partnerCode).filter((c) => liveCodes.has(c)),
      titleEn: e.titleEn,
      titleUk: e.titleUk,
      bodyEn: e.bodyEn,
      bodyUk: e.bodyUk,
      sourceUrl: e.sourceUrl,
      confidence: e.confidence === 'low' ? 'low' : 'high',
      status: e.status,
      dueOn: e.dueOn,
      origin: e.origin === 'seed' ? 'seed' : 'admin',
      publishedAt: e.publishedAt,
    })),
  };
}

export interface CatalogStore {
  /** The current snapshot (loads it on first use). */
  get(): Promise<Catalog>;
  /** Call after any write to the facts: the next get() rebuilds the snapshot. */
  invalidate(): void;
}

export function createCatalogStore(db: Db): CatalogStore {
  let current: Promise<Catalog> | undefined;
  let generation = 0;
  return {
    get() {
      if (!current) {
        const mine = ++generation;
        current = readCatalogData(db).then((data) => prepareResolution(buildCatalog(data)));
        // A failed load is not cached; a load overtaken by invalidate() is dropped.
        current.catch(() => {
          if (generation === mine) current = undefined;
        });
      }
      return current;
    },
    invalidate() {
      current = undefined;
    },
  };
}
