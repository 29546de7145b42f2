/**
 * Name resolution: what people type → a partner, a non-partner country, or a pillar.
 *
 * Accepted: ISO alpha-2 and alpha-3 codes, flag emoji, English and Ukrainian names and aliases (our
 * own plus i18n-iso-countries' names in both languages), any letter case, leading prepositions
 * ("з Францією", "for Japan"), Ukrainian names in any grammatical case, and small typos.
 *
 * Ukrainian cases are handled by generating the declined forms of every Ukrainian name once (forward
 * generation: "Німеччина" → "Німеччини", "Німеччині", "Німеччину", "Німеччиною", …) rather than by
 * stemming what people type: a stemmer would turn the everyday word "дані" into "Данія", generation
 * never produces it. Everything is precomputed once per Catalog (a WeakMap), so a lookup is a few
 * Map reads; Levenshtein distance (fastest-levenshtein) runs only when the exact lookups fail, and
 * then only over names of a similar length.
 */
import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import countries from 'i18n-iso-countries';
import { isAggressor } from '../aggressors.js';
import type { Catalog, Partner, Pillar } from '../catalog.js';
import { PREPOSITIONS, ukrainianNameForms } from './declension.js';
import { flagToCode, normalize, tokenize } from './normalise.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
countries.registerLocale(require('i18n-iso-countries/langs/uk.json') as countries.LocaleData);

export type Resolution<T> = { status: 'found'; item: T } | { status: 'ambiguous'; candidates: T[] } | { status: 'unknown'; suggestions: T[] };

/** A country that is not a partner in the data (for "Hungary has not joined"-style answers). */
export interface NonPartnerCountry {
  code: string;
  nameEn: string;
  nameUk: string;
}

export type CountryResolution =
  | { status: 'partner'; partner: Partner }
  /** Russia or Belarus (src/domain/aggressors.ts): one factual line in every path. */
  | ({ status: 'aggressor' } & NonPartnerCountry)
  | ({ status: 'non-partner' } & NonPartnerCountry)
  | { status: 'ambiguous'; candidates: Partner[] }
  | { status: 'unknown'; suggestions: Partner[] };

// ── the index ────────────────────────────────────────────────────────────────────────────────────

interface CountryTarget {
  code: string;
  partner: Partner | undefined;
  nameEn: string;
  nameUk: string;
}

interface FuzzyEntry {
  key: string;
  codes: string[];
}

interface Index {
  /** normalised key → codes */
  exact: Map<string, Set<string>>;
  /** keys that only match when written in capitals inside a sentence (codes: "DE", "AT", "DEU") */
  codeKeys: Set<string>;
  targets: Map<string, CountryTarget>;
  /** fuzzy candidates bucketed by length */
  fuzzy: Map<number, FuzzyEntry[]>;
  /** the single-word ones, for words inside a sentence */
  fuzzyWords: Map<number, FuzzyEntry[]>;
  /** partner names for suggestions */
  suggestionKeys: Array<{ key: string; code: string }>;
  maxWords: number;
  pillarExact: Map<string, Set<string>>;
  pillarFuzzy: FuzzyEntry[];
  pillarMaxWords: number;
}

const indexes = new WeakMap<Catalog, Index>();

/** Adjectives people use for a partner ("the Polish agreement", "німецька угода"); English as is, Ukrainian stems declined. */
const DEMONYMS_EN: Record<string, string> = {
  british: 'GB',
  english: 'GB',
  german: 'DE',
  french: 'FR',
  italian: 'IT',
  canadian: 'CA',
  japanese: 'JP',
  american: 'US',
  danish: 'DK',
  finnish: 'FI',
  icelandic: 'IS',
  norwegian: 'NO',
  swedish: 'SE',
  czech: 'CZ',
  dutch: 'NL',
  spanish: 'ES',
  belgian: 'BE',
  portuguese: 'PT',
  romanian: 'RO',
  irish: 'IE',
  latvian: 'LV',
  greek: 'GR',
  macedonian: 'MK',
  bulgarian: 'BG',
  estonian: 'EE',
  lithuanian: 'LT',
  kosovan: 'XK',
  kosovar: 'XK',
  montenegrin: 'ME',
  luxembourgish: 'LU',
  slovenian: 'SI',
  albanian: 'AL',
  cypriot: 'CY',
  polish: 'PL',
  croatian: 'HR',
};
const DEMONYMS_UK: Record<string, string> = {
  британськ: 'GB',
  німецьк: 'DE',
  французьк: 'FR',
  італійськ: 'IT',
  канадськ: 'CA',
  японськ: 'JP',
  американськ: 'US',
  данськ: 'DK',
  фінськ: 'FI',
  ісландськ: 'IS',
  норвезьк: 'NO',
  шведськ: 'SE',
  чеськ: 'CZ',
  нідерландськ: 'NL',
  іспанськ: 'ES',
  бельгійськ: 'BE',
  португальськ: 'PT',
  румунськ: 'RO',
  ірландськ: 'IE',
  латвійськ: 'LV',
  грецьк: 'GR',
  македонськ: 'MK',
  болгарськ: 'BG',
  естонськ: 'EE',
  литовськ: 'LT',
  чорногорськ: 'ME',
  люксембурзьк: 'LU',
  словенськ: 'SI',
  албанськ: 'AL',
  кіпрськ: 'CY',
  польськ: 'PL',
  хорватськ: 'HR',
};
const ADJ_ENDINGS = ['а', 'ої', 'ій', 'у', 'ою', 'ий', 'ого', 'ому', 'им', 'ім', 'е', 'і', 'их', 'ими'];

/**
 * Countries never taken as the subject of a sentence: every answer is about Ukraine. (Russia and
 * Belarus are found, as aggressors: src/domain/aggressors.ts.)
 */
const SCAN_SKIP = new Set(['UA']);

/** Names that are also everyday words and must not be taken for a country inside a sentence. */
const SCAN_DENY = new Set([
  'того',
  'мали',
  'малі',
  'чад',
  'chad',
  'turkey',
  'guinea',
  'jersey',
  'georgia',
  'оман',
  'man',
  'us',
  'it',
  'is',
  'me',
  'in',
  'at',
  'be',
  'no',
  'so',
  'to',
  'do',
  'an',
  'as',
  'by',
  'am',
  'my',
  'он',
  'ні',
]);

function addKey(map: Map<string, Set<string>>, key: string, code: string): void {
  if (!key) return;
  const set = map.get(key);
  if (set) set.add(code);
  else map.set(key, new Set([code]));
}

function buildIndex(catalog: Catalog): Index {
  const exact = new Map<string, Set<string>>();
  const codeKeys = new Set<string>();
  const targets = new Map<string, CountryTarget>();
  const fuzzyKeys = new Map<string, Set<string>>();
  const enNames = countries.getNames('en', { select: 'official' });
  const ukNames = countries.getNames('uk', { select: 'official' });
  const enAll = countries.getNames('en', { select: 'all' });
  const ukAll = countries.getNames('uk', { select: 'all' });

  const addCode = (code: string, target: string) => {
    const k = code.toLowerCase();
    addKey(exact, k, target);
    codeKeys.add(k);
  };

  for (const p of catalog.partners) {
    targets.set(p.code, { code: p.code, partner: p, nameEn: p.nameEn, nameUk: p.nameUk });
    addCode(p.code, p.code);
    const a3 = countries.alpha2ToAlpha3(p.code);
    if (a3) addCode(a3, p.code);
    const en = [p.nameEn, ...p.aliasesEn, ...(enAll[p.code] ?? [])];
    const uk = [p.nameUk, ...p.aliasesUk, ...(ukAll[p.code] ?? [])];
    for (const n of en) {
      const k = normalize(n);
      addKey(exact, k, p.code);
      addKey(fuzzyKeys, k, p.code);
      if (k.startsWith('the ')) addKey(exact, k.slice(4), p.code);
    }
    for (const n of uk) {
      addKey(fuzzyKeys, normalize(n), p.code);
      for (const f of ukrainianNameForms(n)) {
        addKey(exact, f, p.code);
        addKey(fuzzyKeys, f, p.code);
      }
    }
  }
  for (const [k, code] of Object.entries(DEMONYMS_EN)) if (targets.has(code)) addKey(exact, k, code);
  for (const [stem, code] of Object.entries(DEMONYMS_UK)) if (targets.has(code)) for (const e of ADJ_ENDINGS) addKey(exact, stem + e, code);
  // Countries that are not partners: resolvable, so answers can say they have not joined.
  for (const code of Object.keys(enAll)) {
    if (targets.has(code)) continue;
    targets.set(code, { code, partner: undefined, nameEn: enNames[code] ?? code, nameUk: ukNames[code] ?? enNames[code] ?? code });
    addCode(code, code);
    const a3 = countries.alpha2ToAlpha3(code);
    if (a3) addCode(a3, code);
    for (const n of enAll[code] ?? []) {
      const k = normalize(n);
      if (exact.has(k)) continue; // a partner's alias wins ("UK")
      addKey(exact, k, code);
      addKey(fuzzyKeys, k, code);
      if (k.startsWith('the ')) addKey(exact, k.slice(4), code);
    }
    for (const n of ukAll[code] ?? []) {
      addKey(fuzzyKeys, normalize(n), code);
      for (const f of ukrainianNameForms(n)) if (!exact.has(f) || !hasPartner(exact.get(f)!, targets)) addKey(exact, f, code);
    }
  }
  // Codes never win over names: "UK" is Britain, not Ukraine's… nothing; "IN" stays India only as a code.
  const fuzzy = new Map<number, FuzzyEntry[]>();
  const fuzzyWords = new Map<number, FuzzyEntry[]>();
  for (const [key, codes] of fuzzyKeys) {
    if (key.length < 4) continue;
    const entry = { key, codes: [...codes] };
    // Inside sentences only partners' one-word names are matched for typos ("Japn"); other countries'
    // names are too close to everyday words ("laws" → Laos, "male" → Mali).
    const inSentences = !key.includes(' ') && entry.codes.some((c) => targets.get(c)?.partner);
    for (const m of inSentences ? [fuzzy, fuzzyWords] : [fuzzy]) {
      const list = m.get(key.length) ?? [];
      list.push(entry);
      m.set(key.length, list);
    }
  }
  const suggestionKeys: Array<{ key: string; code: string }> = [];
  for (const p of catalog.partners) {
    for (const n of [p.nameEn, p.nameUk, ...p.aliasesEn, ...p.aliasesUk]) suggestionKeys.push({ key: normalize(n), code: p.code });
  }
  let maxWords = 1;
  for (const k of exact.keys()) maxWords = Math.max(maxWords, k.split(' ').length);

  const pillarExact = new Map<string, Set<string>>();
  const pillarFuzzyKeys = new Map<string, Set<string>>();
  for (const p of catalog.pillars) {
    addKey(pillarExact, normalize(p.id), p.id);
    for (const n of [p.nameEn, ...p.aliasesEn]) {
      addKey(pillarExact, normalize(n), p.id);
      addKey(pillarFuzzyKeys, normalize(n), p.id);
    }
    for (const n of [p.nameUk, ...p.aliasesUk]) {
      for (const f of ukrainianNameForms(n)) {
        addKey(pillarExact, f, p.id);
        addKey(pillarFuzzyKeys, f, p.id);
      }
    }
  }
  let pillarMaxWords = 1;
  for (const k of pillarExact.keys()) pillarMaxWords = Math.max(pillarMaxWords, k.split(' ').length);
  return {
    exact,
    codeKeys,
    targets,
    fuzzy,
    fuzzyWords,
    suggestionKeys,
    maxWords,
    pillarExact,
    pillarFuzzy: [...pillarFuzzyKeys].filter(([k]) => k.length >= 4).map(([key, codes]) => ({ key, codes: [...codes] })),
    pillarMaxWords,
  };
}

function hasPartner(codes: Set<string>, targets: Map<string, CountryTarget>): boolean {
  for (const c of codes) if (targets.get(c)?.partner) return true;
  return false;
}

function indexOf(catalog: Catalog): Index {
  let idx = indexes.get(catalog);
  if (!idx) {
    idx = buildIndex(catalog);
    indexes.set(catalog, idx);
  }
  return idx;
}

/**
 * Builds the name index of a catalog now rather than on its first question (about 10–20 ms), so
 * the first update after a data change does not pay for it.
 */
export function prepareResolution(catalog: Catalog): Catalog {
  indexOf(catalog);
  return catalog;
}

/** The largest Levenshtein distance still taken for a typo of a word this long. */
export function typoThreshold(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  if (length <= 8) return 2;
  return 3;
}

function fuzzyLookup(entries: Iterable<FuzzyEntry>, q: string, sameStart = false): { dist: number; codes: Set<string> } | undefined {
  const max = typoThreshold(q.length);
  if (max === 0) return undefined;
  let best = max + 1;
  let codes = new Set<string>();
  for (const e of entries) {
    if (Math.abs(e.key.length - q.length) > max) continue;
    // Inside sentences a typo is taken only when the first or second letter is right: cheap, and it
    // keeps ordinary words from drifting into country names.
    if (sameStart && e.key[0] !== q[0] && e.key[1] !== q[1]) continue;
    const d = distance(q, e.key);
    if (d < best) {
      best = d;
      codes = new Set(e.codes);
    } else if (d === best) for (const c of e.codes) codes.add(c);
  }
  return best <= max ? { dist: best, codes } : undefined;
}

function fuzzyCountry(idx: Index, q: string, singleWord = false): { dist: number; codes: Set<string> } | undefined {
  const max = typoThreshold(q.length);
  const source = singleWord ? idx.fuzzyWords : idx.fuzzy;
  const buckets: FuzzyEntry[][] = [];
  for (let len = q.length - max; len <= q.length + max; len++) {
    const b = source.get(len);
    if (b) buckets.push(b);
  }
  return fuzzyLookup(buckets.flat(), q, singleWord);
}

function stripPrepositions(q: string): string {
  const words = q.split(' ');
  while (words.length > 1 && PREPOSITIONS.has(words[0]!)) words.shift();
  return words.join(' ');
}

function toResolution(idx: Index, codes: Set<string>): CountryResolution {
  const ts = [...codes].map((c) => idx.targets.get(c)!).filter(Boolean);
  const partners = ts.filter((t) => t.partner).map((t) => t.partner!);
  if (partners.length === 1) return { status: 'partner', partner: partners[0]! };
  if (partners.length > 1) return { status: 'ambiguous', candidates: partners };
  if (ts.length >= 1) {
    const t = ts.sort((a, b) => a.code.localeCompare(b.code))[0]!;
    return { status: isAggressor(t.code) ? 'aggressor' : 'non-partner', code: t.code, nameEn: t.nameEn, nameUk: t.nameUk };
  }
  return { status: 'unknown', suggestions: [] };
}

/** Up to 3 partners whose names are close to the query; none when nothing is reasonably close. */
function suggestions(catalog: Catalog, idx: Index, q: string): Partner[] {
  const best = new Map<string, number>();
  // Compared with the start of each name, so a prefix ("Portu") is distance 0 and a typo costs its edits.
  const within = Math.max(1, Math.floor(q.length / 3));
  for (const { key, code } of idx.suggestionKeys) {
    const d = distance(q, key.slice(0, q.length));
    if (d <= within && d < (best.get(code) ?? Infinity)) best.set(code, d);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([code]) => catalog.partner(code)!)
    .filter(Boolean);
}

/** Any country (partner or not) from a whole query: code, flag, name, alias, case form or typo. */
export function resolveCountry(catalog: Catalog, query: string): CountryResolution {
  const idx = indexOf(catalog);
  const flag = flagToCode(query);
  if (flag) {
    const t = idx.targets.get(flag);
    if (t) return toResolution(idx, new Set([flag]));
    return flag === 'EU' && catalog.partner('EU') ? { status: 'partner', partner: catalog.partner('EU')! } : { status: 'unknown', suggestions: [] };
  }
  const raw = normalize(query);
  if (!raw) return { status: 'unknown', suggestions: [] };
  const q = stripPrepositions(raw);
  const hit = idx.exact.get(q) ?? idx.exact.get(raw);
  if (hit) return toResolution(idx, hit);
  if (q.length > 60) return { status: 'unknown', suggestions: [] };
  const fz = fuzzyCountry(idx, q);
  if (fz) return toResolution(idx, fz.codes);
  return { status: 'unknown', suggestions: suggestions(catalog, idx, q) };
}

/** A partner from a whole query; misses are `unknown` with up to 3 close names, non-partner countries with none. */
export function resolvePartner(catalog: Catalog, query: string): Resolution<Partner> {
  const r = resolveCountry(catalog, query);
  switch (r.status) {
    case 'partner':
      return { status: 'found', item: r.partner };
    case 'ambiguous':
      return { status: 'ambiguous', candidates: r.candidates };
    case 'non-partner':
    case 'aggressor':
      // A real country that is not a partner: suggesting partners with similar names would mislead.
      return { status: 'unknown', suggestions: [] };
    default:
      return { status: 'unknown', suggestions: r.suggestions };
  }
}

export function resolvePillar(catalog: Catalog, query: string): Resolution<Pillar> {
  const idx = indexOf(catalog);
  const raw = normalize(query);
  if (!raw) return { status: 'unknown', suggestions: [] };
  const q = stripPrepositions(raw);
  const toRes = (ids: Set<string>): Resolution<Pillar> => {
    const items = [...ids].map((id) => catalog.pillar(id)!).filter(Boolean);
    if (items.length === 1) return { status: 'found', item: items[0]! };
    return { status: 'ambiguous', candidates: items };
  };
  const hit = idx.pillarExact.get(q) ?? idx.pillarExact.get(raw);
  if (hit) return toRes(hit);
  const fz = fuzzyLookup(idx.pillarFuzzy, q);
  if (fz) return toRes(fz.codes);
  return { status: 'unknown', suggestions: [] };
}

// ── finding names inside a sentence (for plain-language questions) ──────────────────────────────

export interface Mention<T> {
  item: T;
  /** token positions [start, end) in the sentence */
  start: number;
  end: number;
  text: string;
}

export type CountryMention =
  | { kind: 'partner'; partner: Partner }
  | ({ kind: 'aggressor' } & NonPartnerCountry)
  | ({ kind: 'non-partner' } & NonPartnerCountry)
  | { kind: 'ambiguous'; candidates: Partner[] };

/** Short names people type in lower case that are never everyday words: "uk", "eu", "usa", "єс", "сша". */
const LOWERCASE_NAMES = new Set(['uk', 'eu', 'usa', 'єс', 'сша', 'рф']);

/** Lower-case "us" is the United States only where a country fits: "did us sign", "the us agreement", "us" alone. */
function usIsTheCountry(tokens: Array<{ norm: string }>, i: number): boolean {
  if (tokens.length === 1) return true;
  const prev = tokens[i - 1]?.norm;
  const next = tokens[i + 1]?.norm;
  return (
    (prev !== undefined && ['did', 'does', 'has', 'the', 'with', 'and', 'or', 'for', 'when', 'is', 'was'].includes(prev)) ||
    (next !== undefined && /^(agreement|deal|sign|signed|pledge|pledged|security|ratif|join|joined)/.test(next))
  );
}

function mentionOf(idx: Index, codes: Set<string>): CountryMention | undefined {
  const r = toResolution(idx, codes);
  if (r.status === 'partner') return { kind: 'partner', partner: r.partner };
  if (r.status === 'non-partner' || r.status === 'aggressor') return { kind: r.status, code: r.code, nameEn: r.nameEn, nameUk: r.nameUk };
  if (r.status === 'ambiguous') return { kind: 'ambiguous', candidates: r.candidates };
  return undefined;
}

/**
 * Countries named in a sentence, in order: flags, names and their case forms (longest match first),
 * codes only in capitals (so "is", "it", "me" stay words), then — for words no exact match explains
 * and that are not in `vocabulary` — typos. Ukraine itself is skipped: every answer is about it.
 */
export function findCountries(catalog: Catalog, text: string, vocabulary: ReadonlySet<string> = new Set()): Array<Mention<CountryMention>> {
  const idx = indexOf(catalog);
  const out: Array<Mention<CountryMention>> = [];
  for (const m of text.matchAll(/[\u{1F1E6}-\u{1F1FF}]{2}/gu)) {
    const code = flagToCode(m[0]);
    if (code && code !== 'UA' && idx.targets.has(code)) {
      const mention = mentionOf(idx, new Set([code]));
      if (mention) out.push({ item: mention, start: -1, end: -1, text: m[0] });
    }
  }
  const tokens = tokenize(text);
  const used = new Array<boolean>(tokens.length).fill(false);
  for (let n = Math.min(idx.maxWords, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const slice = tokens.slice(i, i + n);
      const key = slice.map((t) => t.norm).join(' ');
      const codes = idx.exact.get(key);
      if (!codes) continue;
      const rawText = slice.map((t) => t.raw).join(' ');
      const lowerOk = n === 1 && (LOWERCASE_NAMES.has(key) || (key === 'us' && usIsTheCountry(tokens, i)));
      if (!lowerOk) {
        if (n === 1 && SCAN_DENY.has(key) && rawText !== rawText.toUpperCase()) continue;
        if (idx.codeKeys.has(key) && rawText !== rawText.toUpperCase()) continue;
        if (n === 1 && key.length <= 2 && rawText !== rawText.toUpperCase()) continue;
      }
      if ([...codes].some((c) => SCAN_SKIP.has(c))) continue;
      const mention = mentionOf(idx, codes);
      if (!mention) continue;
      for (let j = i; j < i + n; j++) used[j] = true;
      out.push({ item: mention, start: i, end: i + n, text: rawText });
    }
  }
  // Typos, word by word, only where nothing matched exactly (and only for the first dozen candidate words).
  let tried = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (used[i] || t.norm.length < 4 || vocabulary.has(t.norm) || SCAN_DENY.has(t.norm) || PREPOSITIONS.has(t.norm) || /\d/.test(t.norm)) continue;
    if (idx.pillarExact.has(t.norm)) continue; // "finance" is a pillar, not a misspelt France
    if (++tried > 12) break;
    const fz = fuzzyCountry(idx, t.norm, true);
    if (!fz || [...fz.codes].some((c) => SCAN_SKIP.has(c))) continue;
    const mention = mentionOf(idx, fz.codes);
    if (!mention) continue;
    used[i] = true;
    out.push({ item: mention, start: i, end: i + 1, text: t.raw });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Pillars named in a sentence (names, aliases, Ukrainian case forms; exact only). */
export function findPillars(catalog: Catalog, text: string): Array<Mention<Pillar>> {
  const idx = indexOf(catalog);
  const tokens = tokenize(text);
  const used = new Array<boolean>(tokens.length).fill(false);
  const out: Array<Mention<Pillar>> = [];
  for (let n = Math.min(idx.pillarMaxWords, tokens.length); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const key = tokens
        .slice(i, i + n)
        .map((t) => t.norm)
        .join(' ');
      const ids = idx.pillarExact.get(key);
      if (!ids || ids.size !== 1) continue;
      const pillar = catalog.pillar([...ids][0]!);
      if (!pillar) continue;
      for (let j = i; j < i + n; j++) used[j] = true;
      out.push({ item: pillar, start: i, end: i + n, text: key });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
