/**
 * Plain-language questions, answered deterministically from the Catalog (no external AI):
 * parseQuestion (text → a typed Question), answerQuestion (text → reply HTML). Both languages; the
 * intent comes from keyword patterns, the subject from name resolution (src/domain/resolve.ts), the
 * period from month names (any Ukrainian case), years and ISO dates.
 */
import type { Agreement, Catalog, Framework, Membership, Partner, Pillar, Pledge } from './catalog.js';
import { ratificationEvent } from './catalog.js';
import type { Translator } from '../i18n/index.js';
import { formatAnswer } from './format/answers.js';
import { asksAboutAggressor } from './aggressors.js';
import { type NonPartnerCountry, findCountries, resolveCountry, findPillars, normalize, resolvePartner, resolvePillar, tokenize } from './resolve.js';

export const MAX_QUESTION_LENGTH = 500;

export interface Period {
  /** inclusive YYYY-MM-DD bounds */
  from: string;
  to: string;
  /** how to name it: a month, a year, or a range of dates */
  label: { kind: 'month'; month: string } | { kind: 'year'; year: number } | { kind: 'range'; from: string; to: string };
}

export type Question =
  | { kind: 'signed-when'; partner: Partner }
  | { kind: 'signed-by'; partner: Partner }
  /** `when`: the question asks for the date ("When did X join?"), not yes or no. */
  | { kind: 'joined'; partner: Partner; frameworkId: string; when: boolean }
  | { kind: 'frameworks-of'; partner: Partner }
  | { kind: 'pledges'; partner: Partner; year: number | null }
  | { kind: 'duration'; partner: Partner }
  | { kind: 'ratified'; partner: Partner }
  | { kind: 'pillars-of'; partner: Partner }
  | { kind: 'covers-pillar'; partner: Partner; pillar: Pillar }
  | { kind: 'overview'; partner: Partner }
  | { kind: 'non-partner'; country: NonPartnerCountry; frameworkId: string }
  | { kind: 'aggressor'; country: NonPartnerCountry }
  | { kind: 'signed-in-period'; period: Period }
  | { kind: 'count-agreements' }
  | { kind: 'count-members'; frameworkId: string }
  | { kind: 'members-of'; frameworkId: string }
  | { kind: 'first-last'; which: 'first' | 'last' }
  | { kind: 'unknown-country'; name: string; suggestions: Partner[] }
  | { kind: 'ambiguous-country'; candidates: Partner[] }
  | { kind: 'several'; questions: Question[] }
  /** A question about Ukraine itself ("When did Ukraine sign?"): it is the recipient, not a partner. */
  | { kind: 'about-ukraine' }
  | { kind: 'unrecognised' };

/** What the data says in reply to a Question: plain data, ready for formatting in either language. */
export type Answer =
  | {
      kind: 'agreement';
      /** which facet of the agreement was asked about */
      view: 'signed' | 'signed-by' | 'duration' | 'ratified' | 'pillars' | 'overview';
      partner: Partner;
      agreement: Agreement;
      expiresOn: string | null;
      pillars: Pillar[];
      /** the frameworks the partner has joined */
      frameworks: Framework[];
      /** the event that recorded its ratification or entry into force, when the status says so (its source is cited) */
      ratifiedBy?: { occurredOn: string; sourceUrl: string } | undefined;
    }
  | { kind: 'no-agreement'; partner: Partner; memberships: Membership[] }
  | { kind: 'covers-pillar'; partner: Partner; agreement: Agreement; pillar: Pillar; covered: boolean }
  | {
      kind: 'membership';
      partner: Partner;
      framework: Framework | undefined;
      frameworkId: string;
      membership: Membership | undefined;
      related: Agreement | undefined;
      when: boolean;
    }
  | { kind: 'frameworks-of'; partner: Partner; memberships: Array<{ membership: Membership; framework: Framework | undefined }> }
  | { kind: 'pledges'; partner: Partner; year: number | null; pledges: Pledge[]; sourceUrls: string[] }
  | { kind: 'non-partner'; country: NonPartnerCountry; framework: Framework | undefined; frameworkId: string }
  | { kind: 'aggressor'; country: NonPartnerCountry }
  | { kind: 'signed-in-period'; period: Period; agreements: Array<{ agreement: Agreement; partner: Partner | undefined }>; countries: number }
  | { kind: 'count-agreements'; partners: number; inSeries: number; related: Partner[]; sourceUrl: string | undefined }
  | { kind: 'count-members'; framework: Framework | undefined; frameworkId: string; count: number }
  | { kind: 'members-of'; framework: Framework | undefined; frameworkId: string; members: Array<{ membership: Membership; partner: Partner }> }
  | { kind: 'first-last'; which: 'first' | 'last'; agreements: Array<{ agreement: Agreement; partner: Partner }> }
  | { kind: 'unknown-country'; name: string; suggestions: Partner[] }
  | { kind: 'ambiguous-country'; candidates: Partner[] }
  | { kind: 'several'; answers: Answer[] }
  | { kind: 'about-ukraine' }
  | { kind: 'unrecognised' };

// ── vocabulary ───────────────────────────────────────────────────────────────────────────────────

const RX = {
  pledge: /pledg|promis|\bgive\b|\bgiving\b|allocat|обіця|обіцян|внес|виділ|дасть|надасть|зобов'язал/,
  ratified: /ratif|in force|ратиф|чинн/,
  duration: /how long|expir|valid until|valid for|duration|how many years|\bterm\b|\blast\b.*\bfor\b|until when|термін|строк|скільки років|на скільки|на який час|до якого|діє до|закінчу|спливає|тривалість/,
  pillarWord: /pillar|cover|area|include|напрям|охоплю|сфер|стовп|включа|передбача/,
  frameworks: /framework|initiative|формат|ініціатив|до яких|яких .*(приєдна|входить)|which .*(join|member|part of)|what .*(join|member)/,
  joined: /join|member|part of|приєдна|учасни|член|входить|долучил/,
  whoSigned: /who signed|signator|signed it|signed by|хто підписав|підписант|хто підпис|ким підписан/,
  when: /\bwhen\b|\bdate\b|коли|дата|якого числа/,
  sign: /sign|agreement|deal|підпис|угод/,
  count: /how many|number of|скільки|кількість/,
  first: /\bfirst\b|earliest|перш|найраніш/,
  last: /\blast\b|latest|most recent|newest|\brecent|останн|найновіш|найпізніш|нещодавн/,
  who: /\bwho\b|which|what countries|list|хто|які|котрі|список|перелік/,
  what: /^(what|tell me)\b|^що (таке|це)\b|^розкажи/,
  /** Ukraine as the subject ("When did Ukraine sign?", "Коли Україна приєдналася?"), not "support for Ukraine". */
  ukraineSubject: /\b(did|has|have|does|is|was) ukraine\b|(^|[^\p{L}])україна([^\p{L}]|$)/u,
};

const FRAMEWORK_RX: Array<[string, RegExp]> = [
  ['coalition-of-the-willing', /coalition|willing|коаліц|охоч/],
  ['ukraine-compact', /compact|компакт/],
  ['recovery-declaration', /(recovery|reconstruction|відновлен|відбудов).*(declaration|декларац)|(declaration|декларац).*(recovery|reconstruction|відновлен|відбудов)/],
  ['joint-declaration', /declaration|декларац|\bg7\b|\bg 7\b/],
];

/** Words of the questions themselves: never taken for a misspelt country. */
const VOCABULARY = new Set(
  (
    'when did does has have what which who whom signed sign signing agreement agreements agreed deal pledge pledged pledges promise promised ' +
    'joined join member members many much countries country first last latest recent most long expire expires ratified ratify force cover covers ' +
    'pillars pillar frameworks framework declaration compact coalition willing with the and for from between since until year years month ' +
    'коли який яка які хто підписала підписав підписали підписано угоду угода угоди угод угодою пообіцяла пообіцяв обіцяла обіцяв приєдналася приєднався ' +
    'приєдналися скільки країн країни країна перша першою останньою остання термін діє ратифікована ратифікувала охоплює напрями декларації декларацію ' +
    'компакту коаліції охочих дані даних року році рік роки між після україна україни україною україні has are was were this that there about ' +
    'security безпеки безпекову безпекові гарантії зобов'
  ).split(' '),
);

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UK_MONTHS = [
  /^січ(ень|ня|ні|нем)$/,
  /^лют(ий|ого|ому|им)$/,
  /^берез(ень|ня|ні|нем)$/,
  /^квіт(ень|ня|ні|нем)$/,
  /^трав(ень|ня|ні|нем)$/,
  /^черв(ень|ня|ні|нем)$/,
  /^лип(ень|ня|ні|нем)$/,
  /^серп(ень|ня|ні|нем)$/,
  /^верес(ень|ня|ні|нем)$/,
  /^жовт(ень|ня|ні|нем)$/,
  /^листопад(а|і|ом)?$/,
  /^груд(ень|ня|ні|нем)$/,
];

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const uk = UK_MONTHS.findIndex((rx) => rx.test(w));
  if (uk >= 0) return uk + 1;
  if (w.length >= 3) {
    const en = EN_MONTHS.findIndex((m) => w.startsWith(m));
    const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    if (en >= 0 && (w === full[en] || w === EN_MONTHS[en] || (w.length >= 4 && full[en]!.startsWith(w)) || (en === 8 && w === 'sept'))) return en + 1;
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

type Point = { kind: 'date'; iso: string } | { kind: 'month'; month: number; year: number | null } | { kind: 'year'; year: number };

/** The period a question names: "June 2024", "у травні 2024 року", "2024", "between March and May 2024", ISO dates. */
export function parsePeriod(text: string, yearForMonth?: (month: number) => number): Period | undefined {
  const points: Point[] = [];
  const tokens = text
    .toLowerCase()
    .replace(/(\d{4}-\d{2}-\d{2})/g, ' $1 ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
      points.push({ kind: 'date', iso: t });
      continue;
    }
    const m = monthOf(t);
    if (m) {
      const next = tokens[i + 1];
      if (next && /^20\d\d$/.test(next)) {
        points.push({ kind: 'month', month: m, year: Number(next) });
        i++;
      } else points.push({ kind: 'month', month: m, year: null });
      continue;
    }
    if (/^20\d\d$/.test(t)) points.push({ kind: 'year', year: Number(t) });
  }
  if (!points.length) return undefined;
  // A month without its year takes the nearest year named after it, else before it.
  const yearFor = (idx: number): number | null => {
    for (let j = idx + 1; j < points.length; j++) {
      const p = points[j]!;
      if (p.kind !== 'date' && p.year) return p.year;
    }
    for (let j = idx - 1; j >= 0; j--) {
      const p = points[j]!;
      if (p.kind !== 'date' && p.year) return p.year;
    }
    return null;
  };
  const bounds = (p: Point, idx: number): [string, string] | undefined => {
    if (p.kind === 'date') return [p.iso, p.iso];
    if (p.kind === 'year') return [`${p.year}-01-01`, `${p.year}-12-31`];
    const y = p.year ?? yearFor(idx) ?? yearForMonth?.(p.month);
    if (!y) return undefined;
    return [`${y}-${pad(p.month)}-01`, `${y}-${pad(p.month)}-${pad(lastDay(y, p.month))}`];
  };
  // Drop a bare year that only qualifies a month ("June 2024" is one point; "March … May 2024" too).
  const significant = points.filter((p, i) => !(p.kind === 'year' && points.some((q, j) => j !== i && q.kind === 'month' && q.year === null)));
  const first = significant[0]!;
  const last = significant[significant.length - 1]!;
  const b1 = bounds(first, points.indexOf(first));
  const b2 = bounds(last, points.indexOf(last));
  if (!b1 || !b2) return undefined;
  if (significant.length === 1) {
    if (first.kind === 'year') return { from: b1[0], to: b1[1], label: { kind: 'year', year: first.year } };
    if (first.kind === 'month') return { from: b1[0], to: b1[1], label: { kind: 'month', month: b1[0] } };
    return { from: b1[0], to: b1[1], label: { kind: 'range', from: b1[0], to: b1[1] } };
  }
  const [from, to] = b1[0] <= b2[1] ? [b1[0], b2[1]] : [b2[0], b1[1]];
  return { from, to, label: { kind: 'range', from, to } };
}

/** For "in May" without a year: the latest year with an agreement signed in that month, else the data's year. */
function latestYearWithSignings(catalog: Catalog, month: number): number {
  const mm = String(month).padStart(2, '0');
  const years = catalog.agreements.filter((a) => a.signedOn.slice(5, 7) === mm).map((a) => Number(a.signedOn.slice(0, 4)));
  return years.length ? Math.max(...years) : Number(catalog.dataAsOf.slice(0, 4));
}

function yearIn(text: string): number | null {
  const m = /\b(20\d\d)\b/.exec(text);
  return m ? Number(m[1]) : null;
}

function frameworkIn(norm: string): string | undefined {
  for (const [id, rx] of FRAMEWORK_RX) if (rx.test(norm)) return id;
  return undefined;
}

/** A capitalised word that is not the first of the sentence and not ours: probably a name we do not know. */
function unknownName(text: string): string | undefined {
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(t.raw) && !VOCABULARY.has(t.norm) && !monthOf(t.norm) && !/^(україн|ukrain)/.test(t.norm)) return t.raw;
  }
  return undefined;
}

function questionAbout(catalog: Catalog, text: string, norm: string, partner: Partner, framework: string | undefined, pledge: boolean): Question {
  const pillars = findPillars(catalog, text).filter((p) => !(framework === 'recovery-declaration' && p.item.id === 'economic'));
  if (pledge) return { kind: 'pledges', partner, year: yearIn(norm) };
  if (RX.ratified.test(norm)) return { kind: 'ratified', partner };
  if (RX.duration.test(norm)) return { kind: 'duration', partner };
  if (pillars.length && !framework) return { kind: 'covers-pillar', partner, pillar: pillars[0]!.item };
  if (RX.pillarWord.test(norm)) return { kind: 'pillars-of', partner };
  if (RX.whoSigned.test(norm)) return { kind: 'signed-by', partner };
  if (RX.frameworks.test(norm) && !framework) return { kind: 'frameworks-of', partner };
  if (RX.joined.test(norm) || (framework && !RX.when.test(norm))) {
    return { kind: 'joined', partner, frameworkId: framework ?? 'joint-declaration', when: RX.when.test(norm) };
  }
  if (RX.when.test(norm) || RX.sign.test(norm)) return { kind: 'signed-when', partner };
  return { kind: 'overview', partner };
}

export function parseQuestion(catalog: Catalog, text: string): Question {
  const norm = normalize(text);
  const found = findCountries(catalog, text, VOCABULARY);
  // Russia or Belarus as the subject ("Has Russia signed?"): one factual line; named only as the
  // adversary ("…against Russia"), they are left out and the rest of the question is answered.
  const mentions = found.filter((m) => m.item.kind !== 'aggressor');
  const aggressor = found.find((m) => m.item.kind === 'aggressor')?.item;
  if (aggressor?.kind === 'aggressor' && !mentions.length && asksAboutAggressor(norm) && !RX.count.test(norm)) {
    return { kind: 'aggressor', country: { code: aggressor.code, nameEn: aggressor.nameEn, nameUk: aggressor.nameUk } };
  }
  if (!norm && !mentions.length) return { kind: 'unrecognised' };
  const framework = frameworkIn(norm);
  const pledge = RX.pledge.test(norm);

  const mention = mentions[0]?.item;
  if (mention?.kind === 'ambiguous') return { kind: 'ambiguous-country', candidates: mention.candidates };
  if (mention?.kind === 'non-partner') return { kind: 'non-partner', country: mention, frameworkId: framework ?? 'joint-declaration' };
  if (mention?.kind === 'partner') {
    // Several partners ("When did Germany and France sign?"): the same question about each, up to five.
    const partners = [...new Map(mentions.flatMap((m) => (m.item.kind === 'partner' ? [[m.item.partner.code, m.item.partner] as const] : []))).values()];
    const questions = partners.slice(0, 5).map((p) => questionAbout(catalog, text, norm, p, framework, pledge));
    return questions.length === 1 ? questions[0]! : { kind: 'several', questions };
  }

  // No country named.
  const intent = pledge || RX.ratified.test(norm) || RX.duration.test(norm) || RX.joined.test(norm) || RX.sign.test(norm) || RX.when.test(norm);
  if (intent && RX.ukraineSubject.test(norm)) return { kind: 'about-ukraine' };
  const count = RX.count.test(norm);
  if (count) {
    if (framework && !/agreement|угод/.test(norm)) return { kind: 'count-members', frameworkId: framework };
    if (RX.joined.test(norm) && !RX.sign.test(norm)) return { kind: 'count-members', frameworkId: 'joint-declaration' };
    if (RX.sign.test(norm) || /countr|partner|країн|партнер/.test(norm)) return { kind: 'count-agreements' };
  }
  const period = parsePeriod(text, (month) => latestYearWithSignings(catalog, month));
  if (period && (RX.sign.test(norm) || RX.who.test(norm))) return { kind: 'signed-in-period', period };
  if ((RX.first.test(norm) || RX.last.test(norm)) && (RX.sign.test(norm) || RX.who.test(norm))) {
    return { kind: 'first-last', which: RX.first.test(norm) ? 'first' : 'last' };
  }
  if (framework && (RX.who.test(norm) || RX.what.test(norm) || RX.joined.test(norm) || norm.split(' ').length <= 5)) {
    return { kind: 'members-of', frameworkId: framework };
  }

  // Intent words but no known country: the name is probably one we do not know.
  const name = intent ? unknownName(text) : undefined;
  if (name) {
    const r = resolvePartner(catalog, name);
    // Russia or Belarus named as the adversary ("…against Russia") is not "a partner we do not know".
    if (resolveCountry(catalog, name).status === 'aggressor') return { kind: 'unrecognised' };
    if (r.status === 'unknown' && name.length >= 3) return { kind: 'unknown-country', name, suggestions: r.suggestions };
  }
  return { kind: 'unrecognised' };
}

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** When an agreement ends: its recorded expiry, else signing date + duration; null when unknown. */
export function expiryOf(a: Agreement): string | null {
  return a.expiresOn ?? (a.durationYears ? addYears(a.signedOn, a.durationYears) : null);
}

/** The partner's agreement in the declaration's series, else its related one. */
function mainAgreement(catalog: Catalog, p: Partner): Agreement | undefined {
  const list = catalog.agreementsOf(p.code);
  return list.find((a) => a.inDeclarationSeries) ?? list[0];
}

const VIEW = { 'signed-when': 'signed', 'signed-by': 'signed-by', duration: 'duration', ratified: 'ratified', 'pillars-of': 'pillars', overview: 'overview' } as const;

/** Looks the answer to a parsed question up in the catalog. */
export function answer(catalog: Catalog, q: Question): Answer {
  switch (q.kind) {
    case 'signed-when':
    case 'signed-by':
    case 'duration':
    case 'ratified':
    case 'pillars-of':
    case 'overview': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return { kind: 'no-agreement', partner: q.partner, memberships: catalog.membershipsOf(q.partner.code) };
      return {
        kind: 'agreement',
        view: VIEW[q.kind],
        partner: q.partner,
        agreement: a,
        expiresOn: expiryOf(a),
        pillars: a.pillarIds.map((id) => catalog.pillar(id)).filter((p) => p !== undefined),
        frameworks: catalog
          .membershipsOf(q.partner.code)
          .map((m) => catalog.framework(m.frameworkId))
          .filter((f) => f !== undefined),
        ratifiedBy: ratificationEvent(catalog, a),
      };
    }
    case 'covers-pillar': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return { kind: 'no-agreement', partner: q.partner, memberships: catalog.membershipsOf(q.partner.code) };
      return { kind: 'covers-pillar', partner: q.partner, agreement: a, pillar: q.pillar, covered: a.pillarIds.includes(q.pillar.id) };
    }
    case 'joined': {
      const membership = catalog.membershipsOf(q.partner.code).find((m) => m.frameworkId === q.frameworkId);
      const a = mainAgreement(catalog, q.partner);
      const related = !membership && a && !a.inDeclarationSeries && q.frameworkId === 'joint-declaration' ? a : undefined;
      return { kind: 'membership', partner: q.partner, framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId, membership, related, when: q.when };
    }
    case 'frameworks-of':
      return {
        kind: 'frameworks-of',
        partner: q.partner,
        memberships: catalog.membershipsOf(q.partner.code).map((membership) => ({ membership, framework: catalog.framework(membership.frameworkId) })),
      };
    case 'pledges': {
      const agreements = catalog.agreementsOf(q.partner.code);
      const all = agreements.flatMap((a) => a.pledges);
      const year = q.year;
      const pledges = year === null ? all : all.filter((p) => p.yearFrom !== null && p.yearFrom <= year && (p.yearTo ?? p.yearFrom) >= year);
      return { kind: 'pledges', partner: q.partner, year, pledges, sourceUrls: pledges.length ? pledges.map((p) => p.sourceUrl) : agreements.map((a) => a.sourceUrl) };
    }
    case 'non-partner':
      return { kind: 'non-partner', country: q.country, framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId };
    case 'aggressor':
      return { kind: 'aggressor', country: q.country };
    case 'signed-in-period': {
      const agreements = catalog.agreements
        .filter((a) => a.signedOn >= q.period.from && a.signedOn <= q.period.to)
        .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.partnerCode.localeCompare(b.partnerCode))
        .map((agreement) => ({ agreement, partner: catalog.partner(agreement.partnerCode) }));
      return { kind: 'signed-in-period', period: q.period, agreements, countries: new Set(agreements.map((a) => a.agreement.partnerCode)).size };
    }
    case 'count-agreements': {
      const partners = new Set(catalog.agreements.map((a) => a.partnerCode));
      const inSeries = new Set(catalog.agreements.filter((a) => a.inDeclarationSeries).map((a) => a.partnerCode));
      const related = [...partners].filter((c) => !inSeries.has(c)).map((c) => catalog.partner(c)).filter((p) => p !== undefined);
      return { kind: 'count-agreements', partners: partners.size, inSeries: inSeries.size, related, sourceUrl: catalog.framework('joint-declaration')?.sourceUrl };
    }
    case 'count-members':
      return { kind: 'count-members', framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId, count: catalog.membersOf(q.frameworkId).length };
    case 'members-of':
      return {
        kind: 'members-of',
        framework: catalog.framework(q.frameworkId),
        frameworkId: q.frameworkId,
        members: catalog.membersOf(q.frameworkId).flatMap((membership) => {
          const partner = catalog.partner(membership.partnerCode);
          return partner ? [{ membership, partner }] : [];
        }),
      };
    case 'first-last': {
      const sorted = catalog.agreements.filter((a) => a.inDeclarationSeries).sort((a, b) => a.signedOn.localeCompare(b.signedOn));
      const edge = q.which === 'first' ? sorted[0]?.signedOn : sorted[sorted.length - 1]?.signedOn;
      const agreements = sorted
        .filter((a) => a.signedOn === edge)
        .flatMap((agreement) => {
          const partner = catalog.partner(agreement.partnerCode);
          return partner ? [{ agreement, partner }] : [];
        });
      return { kind: 'first-last', which: q.which, agreements };
    }
    case 'unknown-country':
      return { kind: 'unknown-country', name: q.name, suggestions: q.suggestions };
    case 'ambiguous-country':
      return { kind: 'ambiguous-country', candidates: q.candidates };
    case 'several':
      return { kind: 'several', answers: q.questions.map((sub) => answer(catalog, sub)) };
    case 'about-ukraine':
    case 'unrecognised':
      return { kind: q.kind };
  }
}

/**
 * A pillar named on its own, in a few words ("military", "кібербезпека", "cyber security"), that is
 * not a question: the caller shows the pillar's card, as /pillar would.
 */
export function pillarNamedAlone(catalog: Catalog, text: string): Pillar | undefined {
  const norm = normalize(text);
  if (!norm || norm.split(' ').length > 3) return undefined;
  const r = resolvePillar(catalog, norm);
  // Parsed as a question only when a pillar matched: most texts are not pillars, and the caller
  // parses them once (answerQuestion).
  return r.status === 'found' && parseQuestion(catalog, text).kind === 'unrecognised' ? r.item : undefined;
}

/**
 * The reply (Telegram HTML, under 4096 characters) to a plain-language question, in the translator's
 * language. Never null for text within MAX_QUESTION_LENGTH: unrecognised text gets example questions;
 * over-long text gets null (the caller answers "too long").
 */
export function answerQuestion(catalog: Catalog, text: string, tr: Translator): string | null {
  if (text.length > MAX_QUESTION_LENGTH) return null;
  return formatAnswer(answer(catalog, parseQuestion(catalog, text)), tr, catalog.dataAsOf);
}
