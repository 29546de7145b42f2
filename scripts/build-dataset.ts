/**
 * Builds the bundled seed dataset prisma/seed/dataset.json from the researched fact sheet.
 *
 *   npx tsx scripts/build-dataset.ts [path/to/commitments.json]
 *
 * The path defaults to ../shared/reference/commitments.json relative to the repository root.
 * Hand-written additions (frameworks, aliases, titles, translations, pledge classifications) are in
 * scripts/dataset-additions.ts; this script checks that they cover the sheet exactly, validates the
 * result with the dataset schema (src/domain/dataset.ts) and writes it with 2-space indentation.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetSchema, type Dataset } from '../src/domain/dataset.js';
import {
  AGREEMENTS,
  COALITION_NON_MEMBERS,
  DATA_AS_OF,
  EVENT_KEY_OVERRIDES,
  EVENT_TITLE_UK_FIXES,
  FRAMEWORKS,
  MEMBERSHIP_NOTES,
  PARTNER_ALIASES,
  PILLAR_ALIASES,
  PLACES_UK,
  PLEDGES,
} from './dataset-additions.js';

// ---------------------------------------------------------------------------------------------
// The fact sheet's shape
// ---------------------------------------------------------------------------------------------

type Confidence = 'high' | 'low';

interface SheetPillar {
  id: string;
  nameEn: string;
  nameUk: string;
  descriptionEn: string;
  descriptionUk: string;
  source: string;
}

interface SheetPledge {
  textEn: string;
  amount: number | null;
  currency: string | null;
  year: string | null;
  note?: string | null;
}

interface SheetAgreement {
  date: string;
  place: string;
  signedBy: string;
  durationYears: number | null;
  pledges: SheetPledge[];
  pillars: string[];
  source: string;
  confidence: Confidence;
  note: string | null;
}

interface SheetPartner {
  code: string;
  nameEn: string;
  nameUk: string;
  kind: 'country' | 'organisation';
  declarationJoined: { date: string | null; source: string; confidence: Confidence; note: string | null } | null;
  agreement?: SheetAgreement | null;
}

interface SheetEvent {
  date: string;
  kind: string;
  partners: string[];
  titleEn: string;
  titleUk: string;
  source: string;
  confidence: Confidence;
}

interface Sheet {
  generatedOn: string;
  pillars: SheetPillar[];
  partners: SheetPartner[];
  events: SheetEvent[];
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const problems: string[] = [];
function fail(message: string): void {
  problems.push(message);
}

function need<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new Error(message);
  return value;
}

/** "2024" → [2024, 2024]; "2024-2026" → [2024, 2026]; null → [null, null]. */
function parseYears(year: string | null, where: string): [number | null, number | null] {
  if (year === null) return [null, null];
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(year);
  if (!m) {
    fail(`${where}: unreadable year "${year}"`);
    return [null, null];
  }
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to < from) fail(`${where}: year range "${year}" runs backwards`);
  return [from, to];
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

function slug(text: string, max: number): string {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ');
  const kept: string[] = [];
  for (const w of words) {
    if ([...kept, w].join('-').length > max) break;
    kept.push(w);
  }
  // Don't end on a little word ("…-delegation-for").
  while (kept.length > 1 && STOP_WORDS.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept.join('-') || (words[0] ?? 'event').slice(0, max);
}

/** Checks that every key of an additions table matches something in the sheet, and vice versa. */
function sameKeys(table: string, additions: Iterable<string>, sheet: Iterable<string>): void {
  const a = new Set(additions);
  const s = new Set(sheet);
  for (const k of s) if (!a.has(k)) fail(`${table}: no addition for "${k}"`);
  for (const k of a) if (!s.has(k)) fail(`${table}: addition "${k}" matches nothing in the sheet`);
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

export function buildDataset(sheet: Sheet): Dataset {
  const partnerCodes = sheet.partners.map((p) => p.code);
  sameKeys('PARTNER_ALIASES', Object.keys(PARTNER_ALIASES), partnerCodes);
  sameKeys('PILLAR_ALIASES', Object.keys(PILLAR_ALIASES), sheet.pillars.map((p) => p.id));
  const withAgreement = sheet.partners.filter((p) => p.agreement);
  sameKeys('AGREEMENTS', Object.keys(AGREEMENTS), withAgreement.map((p) => p.code));
  sameKeys('PLEDGES', Object.keys(PLEDGES), withAgreement.map((p) => p.code));
  sameKeys('PLACES_UK', Object.keys(PLACES_UK), withAgreement.map((p) => p.agreement!.place));

  // Frameworks: adoptedOn and sourceUrl come from the sheet event that marks the adoption.
  const frameworks = FRAMEWORKS.map(({ adoptedBy, ...f }) => {
    const matches = sheet.events.filter((e) => e.date === adoptedBy.date && e.kind === adoptedBy.kind);
    const event = matches[0];
    if (!event) throw new Error(`framework ${f.id}: no ${adoptedBy.kind} event on ${adoptedBy.date} in the sheet`);
    return { ...f, adoptedOn: event.date, sourceUrl: event.source };
  });

  const pillars = sheet.pillars.map((p) => {
    const aliases = need(PILLAR_ALIASES[p.id], `no aliases for pillar ${p.id}`);
    for (const a of [...aliases.en, ...aliases.uk]) {
      if (a !== a.toLowerCase()) fail(`pillar ${p.id}: alias "${a}" is not lower-case`);
    }
    return {
      id: p.id,
      nameEn: p.nameEn,
      nameUk: p.nameUk,
      descriptionEn: p.descriptionEn,
      descriptionUk: p.descriptionUk,
      aliasesEn: aliases.en,
      aliasesUk: aliases.uk,
      sourceUrl: p.source,
    };
  });

  const partners = sheet.partners.map((p) => {
    const aliases = need(PARTNER_ALIASES[p.code], `no aliases for partner ${p.code}`);
    for (const [lang, list] of [['en', aliases.en], ['uk', aliases.uk]] as const) {
      const seen = new Set<string>();
      for (const a of list) {
        const k = a.toLowerCase();
        if (seen.has(k)) fail(`partner ${p.code}: duplicate ${lang} alias "${a}"`);
        if (k === p.nameEn.toLowerCase() || k === p.nameUk.toLowerCase()) fail(`partner ${p.code}: alias "${a}" repeats the name`);
        seen.add(k);
      }
    }
    return { code: p.code, kind: p.kind, nameEn: p.nameEn, nameUk: p.nameUk, aliasesEn: aliases.en, aliasesUk: aliases.uk };
  });

  // Memberships ------------------------------------------------------------------------------
  const memberships: Dataset['memberships'] = [];

  // Joint Declaration: from each partner's declarationJoined (none for Croatia).
  for (const p of sheet.partners) {
    const j = p.declarationJoined;
    if (!j) continue;
    memberships.push({
      partner: p.code,
      framework: 'joint-declaration',
      joinedOn: j.date,
      confidence: j.confidence,
      note: j.note ?? null,
      sourceUrl: j.source,
    });
  }

  // Ukraine Compact: the two compact events (the core list, and Romania's low-confidence one).
  const compactEvents = sheet.events.filter((e) => e.kind === 'compact');
  if (compactEvents.length !== 2) fail(`expected 2 compact events, found ${compactEvents.length}`);
  for (const e of compactEvents) {
    for (const code of e.partners) {
      if (memberships.some((m) => m.partner === code && m.framework === 'ukraine-compact')) continue;
      memberships.push({
        partner: code,
        framework: 'ukraine-compact',
        joinedOn: e.date,
        confidence: e.confidence,
        note: e.confidence === 'low' && code === 'RO' ? MEMBERSHIP_NOTES.compactRomania : null,
        sourceUrl: e.source,
      });
      if (e.confidence === 'low' && code !== 'RO') fail(`low-confidence compact membership for ${code} has no note`);
    }
  }

  // Recovery declaration: only the partners its event names.
  const recovery = sheet.events.filter((e) => e.kind === 'declaration' && e.date === '2024-09-25');
  if (recovery.length !== 1) fail(`expected 1 recovery-declaration event, found ${recovery.length}`);
  for (const e of recovery) {
    for (const code of e.partners) {
      memberships.push({
        partner: code,
        framework: 'recovery-declaration',
        joinedOn: e.date,
        confidence: e.confidence,
        note: MEMBERSHIP_NOTES.recoveryDeclaration,
        sourceUrl: e.source,
      });
    }
  }

  // Coalition of the Willing: partners named in coalition events, dated by the first that names them.
  const coalitionEvents = sheet.events
    .filter((e) => e.kind === 'coalition')
    .sort((a, b) => a.date.localeCompare(b.date));
  const coalitionSeen = new Set<string>();
  for (const e of coalitionEvents) {
    for (const code of e.partners) {
      if (coalitionSeen.has(code) || code in COALITION_NON_MEMBERS) continue;
      coalitionSeen.add(code);
      memberships.push({
        partner: code,
        framework: 'coalition-of-the-willing',
        joinedOn: e.date,
        confidence: 'low',
        note: MEMBERSHIP_NOTES.coalition,
        sourceUrl: e.source,
      });
    }
  }
  for (const code of Object.keys(COALITION_NON_MEMBERS)) {
    if (!coalitionEvents.some((e) => e.partners.includes(code))) fail(`COALITION_NON_MEMBERS: ${code} is in no coalition event`);
  }

  // Agreements -------------------------------------------------------------------------------
  const agreements: Dataset['agreements'] = withAgreement.map((p) => {
    const a = p.agreement!;
    const add = need(AGREEMENTS[p.code], `no agreement additions for ${p.code}`);
    const pledgeAdds = need(PLEDGES[p.code], `no pledge additions for ${p.code}`);
    if (pledgeAdds.length !== a.pledges.length) {
      fail(`${p.code}: ${a.pledges.length} pledges in the sheet, ${pledgeAdds.length} in PLEDGES`);
    }
    const inDeclarationSeries = add.inDeclarationSeries ?? true;
    if (!inDeclarationSeries && p.declarationJoined) fail(`${p.code}: outside the series but joined the declaration`);
    if (inDeclarationSeries && !p.declarationJoined) fail(`${p.code}: in the series but never joined the declaration`);

    const pledges = a.pledges.map((pl, i) => {
      const where = `${p.code} pledge ${i + 1}`;
      const pa = pledgeAdds[i];
      if (!pa) throw new Error(`${where}: no translation`);
      if (pa.en !== pl.textEn) fail(`${where}: PLEDGES text does not match the sheet:\n  sheet: ${pl.textEn}\n  added: ${pa.en}`);
      if (pa.uk.trim() === '' || pa.uk === pl.textEn) fail(`${where}: missing Ukrainian text`);
      const level = pa.level ?? 'promised';
      if (level === 'allocated' && !/allocated/i.test(pl.textEn)) fail(`${where}: 'allocated' but the text does not say so`);
      if (level === 'promised' && /allocated/i.test(pl.textEn)) fail(`${where}: the text says allocated`);
      const [yearFrom, yearTo] = parseYears(pl.year, where);
      if (pl.note && pa.note) fail(`${where}: both the sheet and PLEDGES have a note`);
      return {
        textEn: pl.textEn,
        textUk: pa.uk,
        amount: pl.amount,
        currency: pl.currency,
        yearFrom,
        yearTo,
        level,
        annual: pa.annual ?? /\b(a year|every year|annually|per year)\b/i.test(pl.textEn),
        countInTotals: pa.countInTotals ?? !/\(part of the /i.test(pl.textEn),
        pillar: pa.pillar,
        note: pl.note ?? pa.note ?? null,
        sourceUrl: a.source,
      };
    });

    return {
      partner: p.code,
      titleEn: add.titleEn,
      titleUk: add.titleUk,
      titleOrigin: add.titleOrigin,
      signedOn: a.date,
      placeEn: a.place,
      placeUk: need(PLACES_UK[a.place], `no Ukrainian place for "${a.place}"`),
      signedByEn: a.signedBy,
      signedByUk: add.signedByUk,
      durationYears: a.durationYears,
      ratification: add.ratification ?? 'unknown',
      inDeclarationSeries,
      pillars: a.pillars,
      confidence: a.confidence,
      note: a.note ?? null,
      sourceUrl: a.source,
      pledges,
    };
  });

  // Events -----------------------------------------------------------------------------------
  const seriesOutsiders = new Set(agreements.filter((a) => !a.inDeclarationSeries).map((a) => a.partner));
  const recoveryDate = recovery[0]?.date;
  const firstDeclarationDate = FRAMEWORKS.find((f) => f.id === 'joint-declaration')?.adoptedBy.date;
  const frameworkOf = (e: SheetEvent): string | null => {
    switch (e.kind) {
      case 'declaration':
        if (e.date === firstDeclarationDate) return 'joint-declaration';
        if (e.date === recoveryDate) return 'recovery-declaration';
        fail(`declaration event on ${e.date} matches no framework`);
        return null;
      case 'joined':
        return 'joint-declaration';
      case 'compact':
        return 'ukraine-compact';
      case 'coalition':
        return 'coalition-of-the-willing';
      case 'agreement':
        return e.partners.some((c) => seriesOutsiders.has(c)) ? null : 'joint-declaration';
      default:
        return null;
    }
  };

  const usedOverrides = new Set<string>();
  const usedTitleFixes = new Set<string>();
  const fixTitleUk = (en: string, uk: string): string => {
    const fixed = EVENT_TITLE_UK_FIXES[en];
    if (fixed === undefined) return uk;
    usedTitleFixes.add(en);
    return fixed;
  };
  const keys = new Map<string, number>();
  const events: Dataset['events'] = sheet.events.map((e) => {
    const id = `${e.date}|${e.kind}|${e.partners.join(',')}`;
    let key = EVENT_KEY_OVERRIDES[id];
    if (key) usedOverrides.add(id);
    else if (e.partners.length === 0) key = `${e.date}-${e.kind}-${slug(e.titleEn, 60 - e.date.length - e.kind.length - 2)}`;
    else if (e.partners.length <= 4) key = `${e.date}-${e.kind}-${e.partners.map((c) => c.toLowerCase()).join('-')}`;
    else key = `${e.date}-${e.kind}-${slug(e.titleEn, 60 - e.date.length - e.kind.length - 2)}`;
    const n = (keys.get(key) ?? 0) + 1;
    keys.set(key, n);
    if (n > 1) key = `${key}-${n}`;
    return {
      key,
      occurredOn: e.date,
      kind: e.kind as Dataset['events'][number]['kind'],
      framework: frameworkOf(e),
      partners: e.partners,
      titleEn: e.titleEn,
      titleUk: fixTitleUk(e.titleEn, e.titleUk),
      confidence: e.confidence,
      sourceUrl: e.source,
    };
  });
  for (const en of Object.keys(EVENT_TITLE_UK_FIXES)) {
    if (!usedTitleFixes.has(en)) fail(`EVENT_TITLE_UK_FIXES: "${en}" matches no event`);
  }
  for (const id of Object.keys(EVENT_KEY_OVERRIDES)) {
    if (!usedOverrides.has(id)) fail(`EVENT_KEY_OVERRIDES: "${id}" matches no event`);
  }

  const dataset = {
    dataAsOf: DATA_AS_OF,
    compiledOn: sheet.generatedOn,
    frameworks,
    pillars,
    partners,
    memberships,
    agreements,
    events,
  };

  if (problems.length) throw new Error(`The additions do not fit the fact sheet:\n- ${problems.join('\n- ')}`);
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`The built dataset does not match the schema:\n- ${issues.join('\n- ')}`);
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): void {
  const input = process.argv[2]
    ? path.resolve(process.cwd(), process.argv[2])
    : path.resolve(repoRoot, '../shared/reference/commitments.json');
  const output = path.join(repoRoot, 'prisma', 'seed', 'dataset.json');
  const sheet = JSON.parse(readFileSync(input, 'utf8')) as Sheet;
  const dataset = buildDataset(sheet);
  mkdirSync(path.dirname(output), { recursive: true });
  writeFileSync(output, `${JSON.stringify(dataset, null, 2)}\n`);

  const byFramework = new Map<string, number>();
  for (const m of dataset.memberships) byFramework.set(m.framework, (byFramework.get(m.framework) ?? 0) + 1);
  const pledges = dataset.agreements.reduce((n, a) => n + a.pledges.length, 0);
  console.log(`Read ${path.relative(process.cwd(), input) || input}`);
  console.log(`Wrote ${path.relative(process.cwd(), output) || output}`);
  console.log(
    `  frameworks ${dataset.frameworks.length}, pillars ${dataset.pillars.length}, partners ${dataset.partners.length}, ` +
      `agreements ${dataset.agreements.length}, pledges ${pledges}, events ${dataset.events.length}`,
  );
  console.log(`  memberships ${dataset.memberships.length}: ${[...byFramework].map(([f, n]) => `${f} ${n}`).join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
