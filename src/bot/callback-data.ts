/**
 * The one codec for the browsing features' callback data: `country:DE`, `pillar:cyber`,
 * `page:countries:3`, `page:timeline:2`. Encoding refuses anything over Telegram's 64-byte limit;
 * decoding checks the shape AND the value against what exists now (a forged `country:ZZ` or
 * `page:timeline:999` decodes to null, and the handler answers politely).
 */
import type { Catalog } from '../domain/catalog.js';
import { COUNTRIES_PAGE_SIZE } from '../domain/format/country.js';
import { pageCount } from '../domain/format/common.js';
import { timelinePageCount } from '../domain/format/overview.js';

/** Lists that page with buttons; pages are numbered from 1. */
export const PAGED_LISTS = ['countries', 'timeline'] as const;
export type PagedList = (typeof PAGED_LISTS)[number];

export type CallbackData =
  | { kind: 'country'; code: string }
  | { kind: 'pillar'; id: string }
  | { kind: 'page'; list: PagedList; page: number };

/** What exists now, to validate decoded values against (built from the catalog). */
export interface KnownValues {
  hasPartner(code: string): boolean;
  hasPillar(id: string): boolean;
  pageCount(list: PagedList): number;
}

export const CALLBACK_DATA_LIMIT = 64;

export function encodeCallback(data: CallbackData): string {
  let out: string;
  switch (data.kind) {
    case 'country':
      out = `country:${data.code}`;
      break;
    case 'pillar':
      out = `pillar:${data.id}`;
      break;
    case 'page':
      out = `page:${data.list}:${data.page}`;
      break;
  }
  if (Buffer.byteLength(out, 'utf8') > CALLBACK_DATA_LIMIT) throw new Error(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${out}`);
  return out;
}

const isPagedList = (s: string): s is PagedList => (PAGED_LISTS as readonly string[]).includes(s);

/** The decoded data, or null when it is malformed, too long or names something that does not exist. */
export function decodeCallback(raw: string | undefined | null, known: KnownValues): CallbackData | null {
  if (typeof raw !== 'string' || raw.length === 0 || Buffer.byteLength(raw, 'utf8') > CALLBACK_DATA_LIMIT) return null;
  let m = /^country:([A-Z]{2})$/.exec(raw);
  if (m) return known.hasPartner(m[1]!) ? { kind: 'country', code: m[1]! } : null;
  m = /^pillar:([a-z][a-z0-9-]{0,40})$/.exec(raw);
  if (m) return known.hasPillar(m[1]!) ? { kind: 'pillar', id: m[1]! } : null;
  m = /^page:([a-z]+):([1-9][0-9]{0,4})$/.exec(raw);
  if (m && isPagedList(m[1]!)) {
    const page = Number(m[2]);
    return page <= known.pageCount(m[1]) ? { kind: 'page', list: m[1], page } : null;
  }
  return null;
}


/** The values that exist in this catalog snapshot. */
export function knownValues(catalog: Catalog): KnownValues {
  return {
    hasPartner: (code) => catalog.partner(code) !== undefined,
    hasPillar: (id) => catalog.pillar(id) !== undefined,
    pageCount: (list) => (list === 'countries' ? pageCount(catalog.partners.length, COUNTRIES_PAGE_SIZE) : timelinePageCount(catalog)),
  };
}
