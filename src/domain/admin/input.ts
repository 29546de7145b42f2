/**
 * Admin input: zod schemas for every fact an admin records, and the parsers of the one-line
 * commands. Pure (no Telegraf, no Prisma). A failure is a list of FieldErrors — the field, what was
 * expected (an error code the bot translates) and an example — so the admin can fix it at once.
 *
 * One-line syntax (fields separated by " | "; optional fields at the end may be left out):
 *   /addevent DATE | KIND | PARTNERS | TITLE EN | TITLE UK | SOURCE URL [| BODY EN | BODY UK]
 *   /addpartner CODE | country|organisation | NAME EN | NAME UK [| ALIASES EN ; … | ALIASES UK ; …]
 *   /join PARTNER | FRAMEWORK | DATE | SOURCE URL
 *   /addagreement PARTNER | DATE | PLACE EN | PLACE UK | SIGNED BY EN | SIGNED BY UK | YEARS | PILLARS | SOURCE URL [| TITLE EN | TITLE UK]
 *   /addpledge PARTNER | AMOUNT CURRENCY | YEARS | TEXT EN | TEXT UK | SOURCE URL [| DATE]   (DATE: when pledged; today if left out)
 *   /editevent ID | FIELD | VALUE
 * DATE is YYYY-MM-DD or dd.mm.yyyy; PARTNERS and PILLARS are comma-separated (codes or names), "-" for none.
 */
import { z } from 'zod';
import type { Catalog, Partner } from '../catalog.js';
import { EVENT_KINDS } from '../dataset.js';
import { resolvePartner, resolvePillar } from '../resolve.js';

export const LIMITS = { title: 300, body: 2000, name: 100, place: 200, url: 500, alias: 60, aliases: 20, pledgeText: 1000 } as const;

/** Error codes; the bot shows `admin-err-<code>` with the field's name and an example. */
export const ERROR_CODES = [
  'required',
  'date-format',
  'date-invalid',
  'unknown-partner',
  'ambiguous-partner',
  'unknown-kind',
  'unknown-framework',
  'unknown-pillar',
  'unknown-field',
  'url',
  'too-long',
  'markup',
  'code',
  'partner-kind',
  'number',
  'amount',
  'years',
  'parts',
  'columns',
  'pipe',
  'id',
  'until-before',
  'json',
  'overview-csv',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  code: ErrorCode;
  /** Extra detail for the message: the offending value, a limit. */
  value?: string;
  max?: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Fields with an example of valid input, shown after an error about them; the examples themselves
 * are messages (`admin-example-<field>` in each language's admin.ftl). The kinds' example is their list.
 */
export const EXAMPLE_FIELDS = [
  'date',
  'partners',
  'partner',
  'titleEn',
  'titleUk',
  'bodyEn',
  'bodyUk',
  'sourceUrl',
  'code',
  'kind_partner',
  'nameEn',
  'nameUk',
  'aliasesEn',
  'aliasesUk',
  'framework',
  'placeEn',
  'placeUk',
  'signedByEn',
  'signedByUk',
  'durationYears',
  'pillars',
  'amount',
  'years',
  'textEn',
  'textUk',
  'id',
  'field',
  'value',
  'line',
  'status',
  'until',
  'kind',
] as const;
export type ExampleField = (typeof EXAMPLE_FIELDS)[number];

// ── primitives ──────────────────────────────────────────────────────────────────────────────────

/** '2024-02-16' or '16.02.2024' → '2024-02-16'; rejects impossible dates like 31.02.2024. */
export function parseDate(text: string): { ok: true; iso: string } | { ok: false; code: 'date-format' | 'date-invalid' } {
  const s = text.trim();
  let y: string, m: string, d: string;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (dmy) [, d, m, y] = dmy as unknown as [string, string, string, string];
  else return { ok: false, code: 'date-format' };
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${out}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== out) return { ok: false, code: 'date-invalid' };
  if (Number(y) < 1990 || Number(y) > 2100) return { ok: false, code: 'date-invalid' };
  return { ok: true, iso: out };
}

const TAG = /<\/?[a-zA-Z!][^>]*>|&[a-zA-Z#0-9]+;/;

const text = (max: number) =>
  z
    .string()
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: 'required' })
        .max(max, { error: 'too-long' })
        .refine((s) => !TAG.test(s), { error: 'markup' }),
    );
const optText = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' || s.trim() === '-' ? null : s.trim()))
    .pipe(
      z
        .string()
        .max(max, { error: 'too-long' })
        .refine((s) => !TAG.test(s), { error: 'markup' })
        .nullable(),
    );
const url = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(LIMITS.url, { error: 'too-long' })
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && !/[\s<>"]/.test(s);
      } catch {
        return false;
      }
    },
    { error: 'url' },
  );
const date = z.string().transform((s, ctx) => {
  if (!s.trim()) {
    ctx.addIssue({ code: 'custom', message: 'required' });
    return z.NEVER;
  }
  const r = parseDate(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.code });
    return z.NEVER;
  }
  return r.iso;
});

/** Resolves a comma-separated list of partners (codes, names, flags) against the catalog. */
function partnerList(catalog: Catalog, allowEmpty: boolean) {
  return z.string().transform((s, ctx) => {
    const parts = s
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter((p) => p && p !== '-');
    if (!parts.length && !allowEmpty) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return z.NEVER;
    }
    const codes: string[] = [];
    for (const p of parts) {
      const r = resolvePartner(catalog, p);
      if (r.status === 'found') codes.push(r.item.code);
      else ctx.addIssue({ code: 'custom', message: r.status === 'ambiguous' ? 'ambiguous-partner' : 'unknown-partner', params: { value: p } });
    }
    return [...new Set(codes)];
  });
}

function onePartner(catalog: Catalog) {
  return partnerList(catalog, false).transform((codes, ctx) => {
    if (codes.length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'unknown-partner' });
      return z.NEVER;
    }
    return codes[0]!;
  });
}

function toErrors(error: z.ZodError, rename: Record<string, string> = {}): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const raw = String(issue.path[0] ?? 'line');
    const field = rename[raw] ?? raw;
    let code = issue.message as ErrorCode;
    if (!KNOWN_CODES.has(code)) code = issue.code === 'invalid_value' ? 'unknown-kind' : 'required';
    const params = (issue as { params?: { value?: string } }).params;
    const key = `${field}/${code}/${params?.value ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const e: FieldError = { field, code };
    if (params?.value) e.value = params.value;
    const maximum = (issue as { maximum?: number | bigint }).maximum;
    if (code === 'too-long' && maximum !== undefined) e.max = Number(maximum);
    out.push(e);
  }
  return out;
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** Splits a one-line command's argument at " | " (a bare "|" works too). */
export function splitFields(args: string): string[] {
  return args.split('|').map((s) => s.trim());
}

function arity(fields: string[], min: number, max: number, names: string[]): FieldError[] {
  if (fields.length === 1 && fields[0] === '') return [{ field: 'line', code: 'parts', value: names.slice(0, min).join(' | '), max: min }];
  if (fields.length < min || fields.length > max) return [{ field: 'line', code: 'parts', value: names.slice(0, min).join(' | '), max: min }];
  return [];
}

// ── events ──────────────────────────────────────────────────────────────────────────────────────

export interface EventInput {
  occurredOn: string;
  kind: (typeof EVENT_KINDS)[number];
  partners: string[];
  titleEn: string;
  titleUk: string;
  sourceUrl: string;
  bodyEn: string | null;
  bodyUk: string | null;
}

export function eventSchema(catalog: Catalog) {
  return z.object({
    occurredOn: date,
    kind: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(EVENT_KINDS, { error: 'unknown-kind' })),
    partners: partnerList(catalog, true),
    titleEn: text(LIMITS.title),
    titleUk: text(LIMITS.title),
    sourceUrl: url,
    bodyEn: optText(LIMITS.body),
    bodyUk: optText(LIMITS.body),
  });
}

export const EVENT_FIELDS = ['date', 'kind', 'partners', 'titleEn', 'titleUk', 'sourceUrl', 'bodyEn', 'bodyUk'];

export function validateEvent(catalog: Catalog, raw: Partial<Record<keyof EventInput, string>>): Parsed<EventInput> {
  const r = eventSchema(catalog).safeParse({
    occurredOn: raw.occurredOn ?? '',
    kind: raw.kind ?? '',
    partners: raw.partners ?? '',
    titleEn: raw.titleEn ?? '',
    titleUk: raw.titleUk ?? '',
    sourceUrl: raw.sourceUrl ?? '',
    bodyEn: raw.bodyEn,
    bodyUk: raw.bodyUk,
  });
  if (r.success) {
    const v = r.data;
    // Both languages or neither for the body.
    if ((v.bodyEn === null) !== (v.bodyUk === null)) {
      return { ok: false, errors: [{ field: v.bodyEn === null ? 'bodyEn' : 'bodyUk', code: 'required' }] };
    }
    return { ok: true, value: v as EventInput };
  }
  return { ok: false, errors: toErrors(r.error, { occurredOn: 'date' }) };
}

export function parseAddEvent(catalog: Catalog, args: string): Parsed<EventInput> {
  const f = splitFields(args);
  const bad = arity(f, 6, 8, EVENT_FIELDS);
  if (bad.length) return { ok: false, errors: bad };
  const [occurredOn, kind, partners, titleEn, titleUk, sourceUrl, bodyEn, bodyUk] = f;
  return validateEvent(catalog, { occurredOn, kind, partners, titleEn, titleUk, sourceUrl, bodyEn, bodyUk });
}

/** Fields /editevent can change, with the key in EventInput. */
export const EDITABLE_EVENT_FIELDS: Record<string, keyof EventInput> = {
  date: 'occurredOn',
  kind: 'kind',
  partners: 'partners',
  titleen: 'titleEn',
  titleuk: 'titleUk',
  bodyen: 'bodyEn',
  bodyuk: 'bodyUk',
  sourceurl: 'sourceUrl',
  source: 'sourceUrl',
  url: 'sourceUrl',
};

/** /editevent ID | FIELD | VALUE → the changed event, validated as a whole. */
export function parseEditEvent(catalog: Catalog, args: string, load: (id: number) => EventInput | undefined): Parsed<{ id: number; input: EventInput }> {
  const f = splitFields(args);
  const bad = arity(f, 3, 3, ['id', 'field', 'value']);
  if (bad.length) return { ok: false, errors: bad };
  const [idText, fieldText, value] = f as [string, string, string];
  if (!/^\d{1,9}$/.test(idText)) return { ok: false, errors: [{ field: 'id', code: 'id', value: idText }] };
  const id = Number(idText);
  const current = load(id);
  if (!current) return { ok: false, errors: [{ field: 'id', code: 'id', value: idText }] };
  const key = EDITABLE_EVENT_FIELDS[fieldText.toLowerCase()];
  if (!key) return { ok: false, errors: [{ field: 'field', code: 'unknown-field', value: fieldText }] };
  const raw: Partial<Record<keyof EventInput, string>> = {
    occurredOn: current.occurredOn,
    kind: current.kind,
    partners: current.partners.join(','),
    titleEn: current.titleEn,
    titleUk: current.titleUk,
    sourceUrl: current.sourceUrl,
    bodyEn: current.bodyEn ?? '',
    bodyUk: current.bodyUk ?? '',
  };
  raw[key] = value;
  // Clearing one body clears both (a body in one language only is not allowed).
  if ((key === 'bodyEn' || key === 'bodyUk') && (value === '-' || value === '')) raw.bodyEn = raw.bodyUk = '';
  const r = validateEvent(catalog, raw);
  return r.ok ? { ok: true, value: { id, input: r.value } } : r;
}

// ── partners ────────────────────────────────────────────────────────────────────────────────────

/** A partner as an admin enters it: the same shape the catalog holds. */
export type PartnerInput = Partner;

const aliasList = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a && a !== '-'),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .max(LIMITS.alias, { error: 'too-long' })
          .refine((s) => !TAG.test(s), { error: 'markup' }),
      )
      .max(LIMITS.aliases, { error: 'too-long' }),
  );

export const partnerInputSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.string().regex(/^[A-Z]{2}$/, { error: 'code' })),
  kind: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['country', 'organisation'], { error: 'partner-kind' })),
  nameEn: text(LIMITS.name),
  nameUk: text(LIMITS.name),
  aliasesEn: aliasList,
  aliasesUk: aliasList,
});

export function parseAddPartner(args: string): Parsed<PartnerInput> {
  const f = splitFields(args);
  const bad = arity(f, 4, 6, ['code', 'kind_partner', 'nameEn', 'nameUk', 'aliasesEn', 'aliasesUk']);
  if (bad.length) return { ok: false, errors: bad };
  const [code, kind, nameEn, nameUk, aliasesEn, aliasesUk] = f;
  const r = partnerInputSchema.safeParse({ code, kind, nameEn, nameUk, aliasesEn, aliasesUk });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toErrors(r.error, { kind: 'kind_partner' }) };
}

// ── memberships (a partner joins a framework) ───────────────────────────────────────────────────

export interface JoinInput {
  partner: string;
  framework: string;
  joinedOn: string;
  sourceUrl: string;
}

export function parseJoin(catalog: Catalog, args: string): Parsed<JoinInput> {
  const f = splitFields(args);
  const bad = arity(f, 4, 4, ['partner', 'framework', 'date', 'sourceUrl']);
  if (bad.length) return { ok: false, errors: bad };
  const [partner, framework, joinedOn, sourceUrl] = f;
  const ids = catalog.frameworks.map((x) => x.id) as [string, ...string[]];
  const schema = z.object({
    partner: onePartner(catalog),
    framework: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(ids, { error: 'unknown-framework' })),
    joinedOn: date,
    sourceUrl: url,
  });
  const r = schema.safeParse({ partner, framework, joinedOn, sourceUrl });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toErrors(r.error, { joinedOn: 'date' }) };
}

// ── agreements and pledges ──────────────────────────────────────────────────────────────────────

export interface AgreementInput {
  partner: string;
  signedOn: string;
  placeEn: string;
  placeUk: string;
  signedByEn: string;
  signedByUk: string;
  durationYears: number | null;
  pillars: string[];
  sourceUrl: string;
  titleEn: string | null;
  titleUk: string | null;
}

function pillarList(catalog: Catalog) {
  return z.string().transform((s, ctx) => {
    const parts = s
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter((p) => p && p !== '-');
    const ids: string[] = [];
    for (const p of parts) {
      const r = resolvePillar(catalog, p);
      if (r.status === 'found') ids.push(r.item.id);
      else ctx.addIssue({ code: 'custom', message: 'unknown-pillar', params: { value: p } });
    }
    return [...new Set(ids)];
  });
}

const years = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '' || s === '-') return null;
    if (!/^\d{1,2}$/.test(s) || Number(s) < 1 || Number(s) > 99) {
      ctx.addIssue({ code: 'custom', message: 'number', params: { value: s } });
      return z.NEVER;
    }
    return Number(s);
  });

export function parseAddAgreement(catalog: Catalog, args: string): Parsed<AgreementInput> {
  const f = splitFields(args);
  const names = ['partner', 'date', 'placeEn', 'placeUk', 'signedByEn', 'signedByUk', 'durationYears', 'pillars', 'sourceUrl', 'titleEn', 'titleUk'];
  const bad = arity(f, 9, 11, names);
  if (bad.length) return { ok: false, errors: bad };
  const [partner, signedOn, placeEn, placeUk, signedByEn, signedByUk, durationYears, pillars, sourceUrl, titleEn, titleUk] = f;
  const schema = z.object({
    partner: onePartner(catalog),
    signedOn: date,
    placeEn: text(LIMITS.place),
    placeUk: text(LIMITS.place),
    signedByEn: text(LIMITS.place),
    signedByUk: text(LIMITS.place),
    durationYears: years,
    pillars: pillarList(catalog),
    sourceUrl: url,
    titleEn: optText(LIMITS.title),
    titleUk: optText(LIMITS.title),
  });
  const r = schema.safeParse({ partner, signedOn, placeEn, placeUk, signedByEn, signedByUk, durationYears, pillars, sourceUrl, titleEn, titleUk });
  if (!r.success) return { ok: false, errors: toErrors(r.error, { signedOn: 'date' }) };
  if ((r.data.titleEn === null) !== (r.data.titleUk === null)) {
    return { ok: false, errors: [{ field: r.data.titleEn === null ? 'titleEn' : 'titleUk', code: 'required' }] };
  }
  return { ok: true, value: r.data };
}

export interface PledgeInput {
  partner: string;
  amount: number | null;
  currency: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  textEn: string;
  textUk: string;
  sourceUrl: string;
  /** When the pledge was made (YYYY-MM-DD): the date of its event; null or absent when not given (then today). */
  date?: string | null;
}

/** An optional trailing date: '' or '-' is none. */
const optDate = z
  .string()
  .optional()
  .transform((s, ctx) => {
    const t = (s ?? '').trim();
    if (t === '' || t === '-') return null;
    const r = parseDate(t);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.code });
      return z.NEVER;
    }
    return r.iso;
  });

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 };

/** "7.1bn EUR", "500m USD", "EUR 250000", "-" → amount and currency. */
export function parseAmount(s: string): { amount: number | null; currency: string | null } | undefined {
  const t = s.trim();
  if (t === '' || t === '-') return { amount: null, currency: null };
  const m = /^(?:([A-Za-z]{3})\s*)?(\d+(?:[.,]\d+)?)\s*(k|m|mn|bn|b)?\s*([A-Za-z]{3})?$/i.exec(t);
  if (!m) return undefined;
  const currency = (m[1] ?? m[4])?.toUpperCase();
  if (!currency || (m[1] && m[4])) return undefined;
  const amount = Number(m[2]!.replace(',', '.')) * MULTIPLIERS[(m[3] ?? '').toLowerCase()]!;
  return Number.isFinite(amount) ? { amount, currency } : undefined;
}

export function parseAddPledge(catalog: Catalog, args: string): Parsed<PledgeInput> {
  const f = splitFields(args);
  // The date is an optional last field, so lines written before it existed still parse.
  const bad = arity(f, 6, 7, ['partner', 'amount', 'years', 'textEn', 'textUk', 'sourceUrl', 'date']);
  if (bad.length) return { ok: false, errors: bad };
  const [partner, amount, yearsText, textEn, textUk, sourceUrl, date_] = f;
  const schema = z.object({
    partner: onePartner(catalog),
    amount: z.string().transform((s, ctx) => {
      const a = parseAmount(s);
      if (!a) {
        ctx.addIssue({ code: 'custom', message: 'amount', params: { value: s } });
        return z.NEVER;
      }
      return a;
    }),
    years: z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '' || t === '-') return { yearFrom: null, yearTo: null };
      const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(t);
      const from = m ? Number(m[1]) : NaN;
      const to = m?.[2] ? Number(m[2]) : from;
      if (!m || from < 2000 || to > 2100 || to < from) {
        ctx.addIssue({ code: 'custom', message: 'years', params: { value: t } });
        return z.NEVER;
      }
      return { yearFrom: from, yearTo: to };
    }),
    textEn: text(LIMITS.pledgeText),
    textUk: text(LIMITS.pledgeText),
    sourceUrl: url,
    date: optDate,
  });
  const r = schema.safeParse({ partner, amount, years: yearsText, textEn, textUk, sourceUrl, date: date_ });
  if (!r.success) return { ok: false, errors: toErrors(r.error) };
  const { amount: a, years: y, ...rest } = r.data;
  return { ok: true, value: { ...rest, ...a, ...y } };
}

export interface RatifyInput {
  partner: string;
  date: string;
  status: 'ratified' | 'in-force';
  sourceUrl: string;
}

/** /ratify PARTNER | DATE | ratified|in-force | SOURCE URL — the partner's latest agreement. */
export function parseRatify(catalog: Catalog, args: string): Parsed<RatifyInput> {
  const f = splitFields(args);
  const bad = arity(f, 4, 4, ['partner', 'date', 'status', 'sourceUrl']);
  if (bad.length) return { ok: false, errors: bad };
  const [partner, date_, status, sourceUrl] = f;
  const schema = z.object({
    partner: onePartner(catalog),
    date,
    status: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['ratified', 'in-force'], { error: 'unknown-kind' })),
    sourceUrl: url,
  });
  const r = schema.safeParse({ partner, date: date_, status, sourceUrl });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toErrors(r.error) };
}

export interface ExtendInput {
  partner: string;
  date: string;
  until: string;
  sourceUrl: string;
}

/** /extend PARTNER | DATE | UNTIL | SOURCE URL — the partner's latest agreement now runs until UNTIL. */
export function parseExtend(catalog: Catalog, args: string): Parsed<ExtendInput> {
  const f = splitFields(args);
  const bad = arity(f, 4, 4, ['partner', 'date', 'until', 'sourceUrl']);
  if (bad.length) return { ok: false, errors: bad };
  const [partner, date_, until, sourceUrl] = f;
  const schema = z.object({ partner: onePartner(catalog), date, until: date, sourceUrl: url });
  const r = schema.safeParse({ partner, date: date_, until, sourceUrl });
  if (!r.success) return { ok: false, errors: toErrors(r.error) };
  if (r.data.until <= r.data.date) return { ok: false, errors: [{ field: 'until', code: 'until-before', value: r.data.date }] };
  return { ok: true, value: r.data };
}

/** "/delete event 42" and friends. */
export const DELETABLE = ['event', 'partner', 'agreement', 'pledge', 'membership'] as const;
export type Deletable = (typeof DELETABLE)[number];

export function parseEntityRef(args: string): Parsed<{ entity: Deletable; id: string }> {
  const m = /^\s*(\w+)\s+(\S+)\s*$/.exec(args);
  if (!m) return { ok: false, errors: [{ field: 'line', code: 'parts', value: 'event 42' }] };
  const entity = m[1]!.toLowerCase() as Deletable;
  if (!(DELETABLE as readonly string[]).includes(entity)) return { ok: false, errors: [{ field: 'entity', code: 'unknown-field', value: m[1]! }] };
  const id = m[2]!;
  const ok = entity === 'partner' ? /^[A-Za-z]{2}$/.test(id) : /^\d{1,9}$/.test(id);
  if (!ok) return { ok: false, errors: [{ field: 'id', code: 'id', value: id }] };
  return { ok: true, value: { entity, id: entity === 'partner' ? id.toUpperCase() : id } };
}

/** Validates one field of an event (a step of the guided dialog); returns the cleaned value. */
export function validateEventField<K extends keyof EventInput>(catalog: Catalog, field: K, value: string): Parsed<EventInput[K]> {
  const shape = eventSchema(catalog).shape as unknown as Record<string, z.ZodType<EventInput[K]>>;
  const r = shape[field]!.safeParse(value);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, errors: toErrors(r.error).map((e) => ({ ...e, field: field === 'occurredOn' ? 'date' : field })) };
}
