/**
 * Pictures: the use case behind /map and the /timeline and /stats charts. A picture is drawn and
 * rasterised once per (kind, filter, language, data version); the Telegram file_id of its first
 * upload is remembered and reused, so a popular picture costs one upload. The data version is a
 * hash of the catalog snapshot's contents: an admin publish makes a new snapshot with new contents,
 * so old pictures are never shown again (and fall out of the bounded cache).
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../domain/catalog.js';
import type { I18n, Lang } from '../i18n/index.js';
import type { MapFilter, PictureKind } from '../pictures/index.js';
import type { FactsService } from './facts.js';

export type { MapFilter, PictureKind } from '../pictures/index.js';

/** Bumped when the drawings change, so file_ids of old drawings are not reused across a deploy. */
export const DRAWING_VERSION = 1;
const MAX_ENTRIES = 256;

export interface Picture {
  /** The cache key: kind, filter, language and data version. */
  key: string;
  caption: string;
  width: number;
  height: number;
  /** Set when this picture was uploaded before: send it by file_id. */
  fileId?: string;
  /** Set when there is no file_id yet: upload these bytes, then call remember(). */
  png?: Buffer;
}

const versions = new WeakMap<Catalog, string>();

/** A short hash of the snapshot's facts, computed once per snapshot. */
export function dataVersion(catalog: Catalog): string {
  let v = versions.get(catalog);
  if (!v) {
    const { dataAsOf, frameworks, partners, memberships, agreements, pillars, events } = catalog;
    const json = JSON.stringify({ DRAWING_VERSION, dataAsOf, frameworks, partners, memberships, agreements, pillars, events });
    v = createHash('sha256').update(json).digest('base64url').slice(0, 16);
    versions.set(catalog, v);
  }
  return v;
}

export interface PictureStats {
  renders: number;
  reuses: number;
}

/** The drawing code (d3-geo, resvg, the shapes) loads on the first picture, not at start-up. */
const loadPictures = () => import('../pictures/index.js');

export function createPictureService(deps: { facts: Pick<FactsService, 'catalog'>; i18n: I18n; render?: (svg: string) => Promise<Buffer> }) {
  const fileIds = new Map<string, { fileId: string; caption: string; width: number; height: number }>();
  const inFlight = new Map<string, Promise<Picture>>();
  const stats: PictureStats = { renders: 0, reuses: 0 };

  const keyOf = (kind: PictureKind, filter: MapFilter, lang: Lang, catalog: Catalog) => `${kind}:${filter}:${lang}:${dataVersion(catalog)}`;

  async function draw(key: string, kind: PictureKind, filter: MapFilter, lang: Lang, catalog: Catalog): Promise<Picture> {
    const { drawPicture, rasterise } = await loadPictures();
    const drawn = drawPicture({ kind, filter }, catalog, deps.i18n.translator(lang));
    const png = await (deps.render ?? rasterise)(drawn.svg);
    stats.renders++;
    return { key, caption: drawn.caption, width: drawn.width, height: drawn.height, png };
  }

  return {
    stats,
    /** The picture for this request: its file_id when uploaded before, else freshly drawn bytes. */
    async get(kind: PictureKind, filter: MapFilter, lang: Lang): Promise<Picture> {
      const catalog = await deps.facts.catalog();
      const key = keyOf(kind, filter, lang, catalog);
      const known = fileIds.get(key);
      if (known) {
        stats.reuses++;
        return { key, ...known };
      }
      // Two users asking at once share one render.
      let p = inFlight.get(key);
      if (!p) {
        p = draw(key, kind, filter, lang, catalog).finally(() => inFlight.delete(key));
        inFlight.set(key, p);
      }
      return p;
    },
    /** The file_id Telegram gave the first upload of `picture`. */
    remember(picture: Picture, fileId: string): void {
      fileIds.delete(picture.key);
      fileIds.set(picture.key, { fileId, caption: picture.caption, width: picture.width, height: picture.height });
      while (fileIds.size > MAX_ENTRIES) fileIds.delete(fileIds.keys().next().value!);
    },
    /** Telegram refused a stored file_id: draw and upload again next time. */
    forget(key: string): void {
      fileIds.delete(key);
    },
    /** The uploaded picture, if any, for inline results (which cannot upload). */
    async cached(kind: PictureKind, filter: MapFilter, lang: Lang): Promise<Picture | undefined> {
      const catalog = await deps.facts.catalog();
      const key = keyOf(kind, filter, lang, catalog);
      const known = fileIds.get(key);
      return known ? { key, ...known } : undefined;
    },
  };
}

export type PictureService = ReturnType<typeof createPictureService>;
