/**
 * Name resolution: what people type → a partner or a pillar. This first version matches codes,
 * names and aliases exactly (any case, flag emoji); fuzzy matching and Ukrainian grammatical cases
 * build on the same entry points and result shape.
 */
import type { Catalog, Partner, Pillar } from './catalog.js';

export type Resolution<T> =
  | { status: 'found'; item: T }
  | { status: 'ambiguous'; candidates: T[] }
  | { status: 'unknown'; suggestions: T[] };

/** Lower-case, trimmed, apostrophes unified, punctuation and extra spaces folded. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’ʼ`´']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 🇩🇪 → "DE"; undefined when the text is not a single flag. */
export function flagToCode(text: string): string | undefined {
  const points = [...text.trim()].map((c) => c.codePointAt(0)!);
  if (points.length !== 2 || !points.every((p) => p >= 0x1f1e6 && p <= 0x1f1ff)) return undefined;
  return String.fromCharCode(...points.map((p) => p - 0x1f1e6 + 65));
}

/** "DE" → 🇩🇪 (the EU has its own flag; Kosovo's XK renders as letters on most platforms). */
export function codeToFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

function partnerKeys(p: Partner): string[] {
  return [p.code, p.nameEn, p.nameUk, ...p.aliasesEn, ...p.aliasesUk].map(normalize);
}

export function resolvePartner(catalog: Catalog, query: string): Resolution<Partner> {
  const flag = flagToCode(query);
  const q = flag ?? normalize(query);
  if (!q) return { status: 'unknown', suggestions: [] };
  const hits = catalog.partners.filter((p) => partnerKeys(p).includes(normalize(q)));
  if (hits.length === 1) return { status: 'found', item: hits[0]! };
  if (hits.length > 1) return { status: 'ambiguous', candidates: hits };
  return { status: 'unknown', suggestions: [] };
}

function pillarKeys(p: Pillar): string[] {
  return [p.id, p.nameEn, p.nameUk, ...p.aliasesEn, ...p.aliasesUk].map(normalize);
}

export function resolvePillar(catalog: Catalog, query: string): Resolution<Pillar> {
  const q = normalize(query);
  if (!q) return { status: 'unknown', suggestions: [] };
  const hits = catalog.pillars.filter((p) => pillarKeys(p).includes(q));
  if (hits.length === 1) return { status: 'found', item: hits[0]! };
  if (hits.length > 1) return { status: 'ambiguous', candidates: hits };
  return { status: 'unknown', suggestions: [] };
}
