/**
 * The bundled dataset: the shape of `prisma/seed/dataset.json`, validated when loaded.
 * The file is the curated source, edited directly (and round-trips through /export and /import); every fact keeps its source.
 */
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

export const sourceUrl = z.url({ protocol: /^https?$/ });
export const confidence = z.enum(['high', 'low']);

export const EVENT_KINDS = [
  'declaration', // a framework adopted or issued
  'joined', // partners join a framework
  'agreement', // a bilateral agreement signed
  'ratification', // ratified / entered into force
  'pledge', // a new pledge
  'renewal', // an agreement extended or renewed
  'compact', // Ukraine Compact milestones
  'coalition', // Coalition of the Willing meetings and statements
  'meeting', // other talks and meetings
  'other',
] as const;
export const eventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKind>;

export const PLEDGE_LEVELS = ['promised', 'allocated', 'delivered'] as const;
export const pledgeLevel = z.enum(PLEDGE_LEVELS);

export const RATIFICATION_STATUSES = ['not-required', 'pending', 'ratified', 'in-force', 'unknown'] as const;
export const ratificationStatus = z.enum(RATIFICATION_STATUSES);

export const EVENT_STATUSES = ['done', 'at-risk', 'overdue', 'not-assessed'] as const;
export const eventStatus = z.enum(EVENT_STATUSES);

export const frameworkSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nameEn: z.string().min(1),
  nameUk: z.string().min(1),
  shortNameEn: z.string().min(1),
  shortNameUk: z.string().min(1),
  descriptionEn: z.string().min(1),
  descriptionUk: z.string().min(1),
  adoptedOn: isoDate,
  sourceUrl,
  /** False where the sources name only some members: answers say "at least N named" and quote declaredMembers. */
  membershipComplete: z.boolean().default(true),
  /** What the framework's own sources say about its size, with that source (null where the list is complete). */
  declaredMembersEn: z.string().min(1).nullable().default(null),
  declaredMembersUk: z.string().min(1).nullable().default(null),
  declaredSourceUrl: sourceUrl.nullable().default(null),
});

export const pillarSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  nameEn: z.string().min(1),
  nameUk: z.string().min(1),
  descriptionEn: z.string().min(1),
  descriptionUk: z.string().min(1),
  /** Extra words people type for this pillar (e.g. "defence", "зброя"). */
  aliasesEn: z.array(z.string().min(1)),
  aliasesUk: z.array(z.string().min(1)),
  sourceUrl,
});

export const partnerSchema = z.object({
  /** ISO 3166-1 alpha-2, or a user-assigned code: EU (European Union), XK (Kosovo). */
  code: z.string().regex(/^[A-Z]{2}$/),
  kind: z.enum(['country', 'organisation']),
  nameEn: z.string().min(1),
  nameUk: z.string().min(1),
  aliasesEn: z.array(z.string().min(1)),
  aliasesUk: z.array(z.string().min(1)),
});

export const membershipSchema = z.object({
  partner: z.string().regex(/^[A-Z]{2}$/),
  framework: z.string(),
  /** null where the exact date is unknown (the note says what is known). */
  joinedOn: isoDate.nullable(),
  confidence,
  note: z.string().nullable(),
  sourceUrl,
});

export const pledgeSchema = z.object({
  textEn: z.string().min(1),
  textUk: z.string().min(1),
  /** In units of `currency`; null for non-monetary pledges and shares of GDP. */
  amount: z.number().nonnegative().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
  level: pledgeLevel,
  /** The amount is given for each year of the range (e.g. "ISK 4bn every year in 2024–2028"). */
  annual: z.boolean(),
  /** False where the amount is part of, or overlaps, another pledge: totals must not count it twice. */
  countInTotals: z.boolean(),
  pillar: z.string().nullable(),
  note: z.string().nullable(),
  sourceUrl,
});

export const agreementSchema = z.object({
  partner: z.string().regex(/^[A-Z]{2}$/),
  /** The official title, as the signatories named it. */
  titleEn: z.string().min(1),
  titleUk: z.string().min(1),
  /** quoted: the sources give the title; note-form: named by kind in the sources; inferred: the usual form. */
  titleOrigin: z.enum(['quoted', 'note-form', 'inferred']),
  signedOn: isoDate,
  placeEn: z.string().min(1),
  placeUk: z.string().min(1),
  signedByEn: z.string().min(1),
  signedByUk: z.string().min(1),
  /** null where the duration was not confirmed. */
  durationYears: z.number().int().positive().nullable(),
  ratification: ratificationStatus,
  /** False for agreements related to, but not part of, the Joint Declaration's series (Croatia 2024). */
  inDeclarationSeries: z.boolean(),
  pillars: z.array(z.string()),
  confidence,
  note: z.string().nullable(),
  sourceUrl,
  pledges: z.array(pledgeSchema),
});

export const eventSchema = z.object({
  /** Stable key so re-seeding is idempotent, e.g. "2024-01-12-agreement-gb". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  occurredOn: isoDate,
  kind: eventKind,
  framework: z.string().nullable(),
  partners: z.array(z.string().regex(/^[A-Z]{2}$/)),
  titleEn: z.string().min(1),
  titleUk: z.string().min(1),
  confidence,
  sourceUrl,
});

export const datasetSchema = z
  .object({
    /** The date the facts reach to (not the date the file was made). */
    dataAsOf: isoDate,
    compiledOn: isoDate,
    frameworks: z.array(frameworkSchema).min(1),
    pillars: z.array(pillarSchema).min(1),
    partners: z.array(partnerSchema).min(1),
    memberships: z.array(membershipSchema),
    agreements: z.array(agreementSchema),
    events: z.array(eventSchema),
  })
  .superRefine((d, ctx) => {
    const partners = new Set(d.partners.map((p) => p.code));
    const frameworks = new Set(d.frameworks.map((f) => f.id));
    const pillars = new Set(d.pillars.map((p) => p.id));
    const check = (ok: boolean, message: string, path: (string | number)[]) => {
      if (!ok) ctx.addIssue({ code: 'custom', message, path });
    };
    d.memberships.forEach((m, i) => {
      check(partners.has(m.partner), `unknown partner ${m.partner}`, ['memberships', i, 'partner']);
      check(frameworks.has(m.framework), `unknown framework ${m.framework}`, ['memberships', i, 'framework']);
    });
    d.agreements.forEach((a, i) => {
      check(partners.has(a.partner), `unknown partner ${a.partner}`, ['agreements', i, 'partner']);
      a.pillars.forEach((p, j) => check(pillars.has(p), `unknown pillar ${p}`, ['agreements', i, 'pillars', j]));
      a.pledges.forEach((p, j) => check(p.pillar === null || pillars.has(p.pillar), `unknown pillar ${p.pillar}`, ['agreements', i, 'pledges', j]));
    });
    const keys = new Set<string>();
    d.events.forEach((e, i) => {
      check(!keys.has(e.key), `duplicate event key ${e.key}`, ['events', i, 'key']);
      keys.add(e.key);
      check(e.framework === null || frameworks.has(e.framework), `unknown framework ${e.framework}`, ['events', i]);
      e.partners.forEach((p, j) => check(partners.has(p), `unknown partner ${p}`, ['events', i, 'partners', j]));
    });
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetPartner = z.infer<typeof partnerSchema>;
export type DatasetAgreement = z.infer<typeof agreementSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type DatasetMembership = z.infer<typeof membershipSchema>;
