/**
 * Open data out, bulk data in. Export: the whole catalog in the bundled-dataset shape
 * (datasetSchema, so an export can be imported again) and a flat CSV, one row per fact.
 * Import: JSON in the export's shape (or any subset of its arrays) or a CSV of events; every item is
 * validated on its own and every error carries the line it came from. Pure functions only.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Catalog } from '../catalog.js';
import { type Dataset, type DatasetEvent, agreementSchema, eventSchema as datasetEventSchema, membershipSchema, partnerSchema } from '../dataset.js';
import { type FieldError, LIMITS, validateEvent } from './input.js';

/** Events in exports carry their text too; the bundled dataset's events have none. */
export const exchangeEventSchema = datasetEventSchema.extend({
  titleEn: z.string().min(1).max(LIMITS.title),
  titleUk: z.string().min(1).max(LIMITS.title),
  bodyEn: z.string().max(LIMITS.body).nullable().optional(),
  bodyUk: z.string().max(LIMITS.body).nullable().optional(),
});
export type ExchangeEvent = z.infer<typeof exchangeEventSchema>;

export type ExportData = Dataset & { events: ExchangeEvent[] };

// ── export ──────────────────────────────────────────────────────────────────────────────────────

export function buildExport(catalog: Catalog, compiledOn: string): ExportData {
  return {
    dataAsOf: catalog.dataAsOf || compiledOn,
    compiledOn,
    frameworks: catalog.frameworks.map(({ sortOrder: _s, ...f }) => f),
    pillars: catalog.pillars.map(({ sortOrder: _s, ...p }) => p),
    partners: catalog.partners.map((p) => ({ ...p, aliasesEn: [...p.aliasesEn], aliasesUk: [...p.aliasesUk] })),
    memberships: catalog.memberships.map((m) => ({
      partner: m.partnerCode,
      framework: m.frameworkId,
      joinedOn: m.joinedOn,
      confidence: m.confidence,
      note: m.note,
      sourceUrl: m.sourceUrl,
    })),
    agreements: catalog.agreements.map((a) => ({
      partner: a.partnerCode,
      titleEn: a.titleEn,
      titleUk: a.titleUk,
      titleOrigin: a.titleOrigin,
      signedOn: a.signedOn,
      placeEn: a.placeEn,
      placeUk: a.placeUk,
      signedByEn: a.signedByEn,
      signedByUk: a.signedByUk,
      durationYears: a.durationYears,
      ratification: a.ratification,
      inDeclarationSeries: a.inDeclarationSeries,
      pillars: [...a.pillarIds],
      confidence: a.confidence,
      note: a.note,
      sourceUrl: a.sourceUrl,
      pledges: a.pledges.map((p) => ({
        textEn: p.textEn,
        textUk: p.textUk,
        amount: p.amount,
        currency: p.currency,
        yearFrom: p.yearFrom,
        yearTo: p.yearTo,
        level: p.level,
        annual: p.annual,
        countInTotals: p.countInTotals,
        pillar: p.pillarId,
        note: p.note,
        sourceUrl: p.sourceUrl,
      })),
    })),
    events: [...catalog.events]
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id)
      .map((e) => ({
        key: e.key ?? `event-${e.id}`,
        occurredOn: e.occurredOn,
        kind: e.kind as DatasetEvent['kind'],
        framework: e.frameworkId,
        partners: [...e.partnerCodes],
        titleEn: e.titleEn,
        titleUk: e.titleUk,
        bodyEn: e.bodyEn,
        bodyUk: e.bodyUk,
        confidence: e.confidence,
        sourceUrl: e.sourceUrl,
      })),
  };
}

export function csvCell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Formula injection: a cell starting with = + - @ is read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const EXPORT_CSV_COLUMNS = ['type', 'partner', 'date', 'title_en', 'title_uk', 'amount', 'currency', 'source'] as const;

export function buildExportCsv(catalog: Catalog): string {
  const rows: (string | number | null)[][] = [[...EXPORT_CSV_COLUMNS]];
  for (const m of catalog.memberships) {
    const f = catalog.framework(m.frameworkId);
    rows.push(['membership', m.partnerCode, m.joinedOn, f?.nameEn ?? m.frameworkId, f?.nameUk ?? m.frameworkId, null, null, m.sourceUrl]);
  }
  for (const a of catalog.agreements) {
    rows.push(['agreement', a.partnerCode, a.signedOn, a.titleEn, a.titleUk, null, null, a.sourceUrl]);
    for (const p of a.pledges) {
      const date = p.yearFrom ? (p.yearTo && p.yearTo !== p.yearFrom ? `${p.yearFrom}-${p.yearTo}` : String(p.yearFrom)) : a.signedOn;
      rows.push(['pledge', p.partnerCode, date, p.textEn, p.textUk, p.amount, p.currency, p.sourceUrl]);
    }
  }
  for (const e of [...catalog.events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id)) {
    rows.push([`event:${e.kind}`, e.partnerCodes.join(';'), e.occurredOn, e.titleEn, e.titleUk, null, null, e.sourceUrl]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// ── import ──────────────────────────────────────────────────────────────────────────────────────

export interface ImportError extends FieldError {
  line: number;
}

export interface ImportData {
  partners: z.infer<typeof partnerSchema>[];
  memberships: z.infer<typeof membershipSchema>[];
  agreements: z.infer<typeof agreementSchema>[];
  events: ExchangeEvent[];
}

export type ImportParse = { ok: true; data: ImportData; items: number } | { ok: false; errors: ImportError[] };

export const IMPORT_MAX_ITEMS = 2000;

/** The line (1-based) where each element of each top-level array starts, by array name. */
export function jsonElementLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let stringStart = '';
  let lastKey = '';
  let currentArray: string | undefined;
  let expectElement = false;
  let buf = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        inString = false;
        if (depth === 1) stringStart = buf;
      } else buf += c;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 2 && currentArray && expectElement && c !== ']') {
      out.get(currentArray)!.push(line);
      expectElement = false;
    }
    if (c === '"') {
      inString = true;
      buf = '';
    } else if (c === ':' && depth === 1) lastKey = stringStart;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth === 2 && c === '[') {
        currentArray = lastKey;
        out.set(lastKey, []);
        expectElement = true;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) currentArray = undefined;
    } else if (c === ',' && depth === 2 && currentArray) expectElement = true;
  }
  return out;
}

function issueToError(issue: z.core.$ZodIssue, line: number, prefix: string): ImportError {
  const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const code: FieldError['code'] =
    issue.code === 'too_big'
      ? 'too-long'
      : issue.code === 'invalid_format' && issue.path.includes('sourceUrl')
        ? 'url'
        : issue.path.some((p) => String(p).endsWith('On'))
          ? 'date-invalid'
          : issue.code === 'invalid_value'
            ? 'unknown-kind'
            : 'required';
  const e: ImportError = { line, field, code };
  if (issue.code === 'too_big') e.max = Number((issue as { maximum: number | bigint }).maximum);
  return e;
}

const TAG = /<\/?[a-zA-Z!][^>]*>/;

/** Where JSON.parse gave up: the line and (as value) the column, 1-based. */
export function jsonSyntaxError(text: string, message: string): ImportError {
  // "Unexpected end of JSON input" names no position: the file ends too early.
  const pos = /position (\d+)/.exec(message);
  const before = text.slice(0, pos ? Number(pos[1]) : text.length).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { line, field: 'file', code: 'json', value: String(column) };
}

/** JSON import: the export's shape, or an object with any of partners/memberships/agreements/events. */
export function parseImportJson(text: string, catalog: Catalog): ImportParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [jsonSyntaxError(text, (err as Error).message)] };
  }
  if (Array.isArray(raw)) raw = { events: raw };
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, errors: [{ line: 1, field: 'file', code: 'columns', value: 'partners / memberships / agreements / events' }] };
  const obj = raw as Record<string, unknown>;
  const lines = jsonElementLines(text.trimStart().startsWith('[') ? `{"events":${text}}` : text);
  const errors: ImportError[] = [];
  const data: ImportData = { partners: [], memberships: [], agreements: [], events: [] };
  const sections = [
    ['partners', partnerSchema],
    ['memberships', membershipSchema],
    ['agreements', agreementSchema],
    ['events', exchangeEventSchema],
  ] as const;
  let items = 0;
  let found = false;
  // Where each accepted item was in the file (items that failed validation are left out of data).
  const sourceIndex: Record<string, number[]> = { partners: [], memberships: [], agreements: [], events: [] };
  for (const [name, schema] of sections) {
    const arr = obj[name];
    if (arr === undefined) continue;
    found = true;
    if (!Array.isArray(arr)) {
      errors.push({ line: 1, field: name, code: 'parts', value: '[…]' });
      continue;
    }
    arr.forEach((item, i) => {
      items++;
      const line = lines.get(name)?.[i] ?? 1;
      const r = (schema as z.ZodType).safeParse(item);
      if (!r.success) {
        for (const issue of r.error.issues) errors.push(issueToError(issue, line, `${name}[${i}]`));
        return;
      }
      (data[name] as unknown[]).push(r.data);
      sourceIndex[name]!.push(i);
    });
  }
  if (!found) return { ok: false, errors: [{ line: 1, field: 'file', code: 'columns', value: 'partners / memberships / agreements / events' }] };
  if (items > IMPORT_MAX_ITEMS) return { ok: false, errors: [{ line: 1, field: 'file', code: 'too-long', max: IMPORT_MAX_ITEMS }] };
  errors.push(...checkReferences(data, catalog, lines, sourceIndex));
  return errors.length ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, data, items };
}

function checkReferences(data: ImportData, catalog: Catalog, lines: Map<string, number[]>, sourceIndex: Record<string, number[]>): ImportError[] {
  const errors: ImportError[] = [];
  const partners = new Set([...catalog.partners.map((p) => p.code), ...data.partners.map((p) => p.code)]);
  const frameworks = new Set(catalog.frameworks.map((f) => f.id));
  const pillars = new Set(catalog.pillars.map((p) => p.id));
  const at = (name: string, i: number) => lines.get(name)?.[sourceIndex[name]?.[i] ?? i] ?? 1;
  const ix = (name: string, i: number) => sourceIndex[name]?.[i] ?? i;
  const text = (line: number, field: string, s: string | null | undefined) => {
    if (s && TAG.test(s)) errors.push({ line, field, code: 'markup' });
  };
  data.partners.forEach((p, i) => {
    text(at('partners', i), `partners[${ix('partners', i)}].nameEn`, p.nameEn);
    text(at('partners', i), `partners[${ix('partners', i)}].nameUk`, p.nameUk);
  });
  data.memberships.forEach((m, i) => {
    if (!partners.has(m.partner))
      errors.push({ line: at('memberships', i), field: `memberships[${ix('memberships', i)}].partner`, code: 'unknown-partner', value: m.partner });
    if (!frameworks.has(m.framework))
      errors.push({ line: at('memberships', i), field: `memberships[${ix('memberships', i)}].framework`, code: 'unknown-framework', value: m.framework });
  });
  data.agreements.forEach((a, i) => {
    const line = at('agreements', i);
    if (!partners.has(a.partner)) errors.push({ line, field: `agreements[${ix('agreements', i)}].partner`, code: 'unknown-partner', value: a.partner });
    for (const p of [...a.pillars, ...a.pledges.map((x) => x.pillar).filter((x): x is string => x !== null)]) {
      if (!pillars.has(p)) errors.push({ line, field: `agreements[${ix('agreements', i)}].pillars`, code: 'unknown-pillar', value: p });
    }
    text(line, `agreements[${ix('agreements', i)}].titleEn`, a.titleEn);
    text(line, `agreements[${ix('agreements', i)}].titleUk`, a.titleUk);
  });
  const keys = new Set<string>();
  data.events.forEach((e, i) => {
    const line = at('events', i);
    for (const p of e.partners) if (!partners.has(p)) errors.push({ line, field: `events[${ix('events', i)}].partners`, code: 'unknown-partner', value: p });
    if (e.framework !== null && !frameworks.has(e.framework))
      errors.push({ line, field: `events[${ix('events', i)}].framework`, code: 'unknown-framework', value: e.framework });
    if (keys.has(e.key)) errors.push({ line, field: `events[${ix('events', i)}].key`, code: 'id', value: e.key });
    keys.add(e.key);
    for (const f of ['titleEn', 'titleUk', 'bodyEn', 'bodyUk'] as const) text(line, `events[${ix('events', i)}].${f}`, e[f]);
  });
  return errors;
}

/** RFC 4180 CSV → records, each with the line it starts on. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const s = text.replace(/^\uFEFF/, '');
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) out.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) endRecord();
  return out;
}

/** The columns of an events CSV (the header row names them; order is free; body columns optional). */
export const IMPORT_CSV_COLUMNS = ['date', 'kind', 'partners', 'title_en', 'title_uk', 'source_url', 'body_en', 'body_uk'] as const;

/** A stable key for an event imported from CSV, so importing the same file twice adds nothing. */
export function csvEventKey(date: string, kind: string, titleEn: string): string {
  return `import-${date}-${kind}-${createHash('sha1').update(titleEn).digest('hex').slice(0, 10)}`;
}

export function parseImportCsv(text: string, catalog: Catalog): ImportParse {
  const records = parseCsv(text);
  if (!records.length) return { ok: false, errors: [{ line: 1, field: 'file', code: 'columns', value: IMPORT_CSV_COLUMNS.join(',') }] };
  const header = records[0]!.cells.map((h) => h.trim().toLowerCase());
  // The overview CSV from /export (one row per fact of every type) is not an events file; its events
  // carry no key, so importing them would duplicate what exists. The JSON export round-trips.
  if (EXPORT_CSV_COLUMNS.every((c) => header.includes(c)) && !header.includes('kind')) {
    return { ok: false, errors: [{ line: 1, field: 'file', code: 'overview-csv', value: IMPORT_CSV_COLUMNS.slice(0, 6).join(',') }] };
  }
  const missing = IMPORT_CSV_COLUMNS.slice(0, 6).filter((c) => !header.includes(c));
  if (missing.length) return { ok: false, errors: [{ line: 1, field: 'header', code: 'columns', value: missing.join(', ') }] };
  if (records.length - 1 > IMPORT_MAX_ITEMS) return { ok: false, errors: [{ line: 1, field: 'file', code: 'too-long', max: IMPORT_MAX_ITEMS }] };
  const col = (cells: string[], name: string) => {
    const i = header.indexOf(name);
    return i >= 0 ? (cells[i] ?? '') : undefined;
  };
  const errors: ImportError[] = [];
  const events: ExchangeEvent[] = [];
  const keys = new Set<string>();
  for (const { line, cells } of records.slice(1)) {
    const r = validateEvent(catalog, {
      occurredOn: col(cells, 'date'),
      kind: col(cells, 'kind'),
      partners: col(cells, 'partners'),
      titleEn: col(cells, 'title_en'),
      titleUk: col(cells, 'title_uk'),
      sourceUrl: col(cells, 'source_url'),
      bodyEn: col(cells, 'body_en'),
      bodyUk: col(cells, 'body_uk'),
    });
    if (!r.ok) {
      for (const e of r.errors) errors.push({ ...e, line });
      continue;
    }
    const v = r.value;
    const key = csvEventKey(v.occurredOn, v.kind, v.titleEn);
    if (keys.has(key)) {
      errors.push({ line, field: 'title_en', code: 'id', value: v.titleEn });
      continue;
    }
    keys.add(key);
    events.push({
      key,
      occurredOn: v.occurredOn,
      kind: v.kind,
      framework: null,
      partners: v.partners,
      titleEn: v.titleEn,
      titleUk: v.titleUk,
      bodyEn: v.bodyEn,
      bodyUk: v.bodyUk,
      confidence: 'high',
      sourceUrl: v.sourceUrl,
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, data: { partners: [], memberships: [], agreements: [], events }, items: events.length };
}
