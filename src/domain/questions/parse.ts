/**
 * Parsing: text → a typed Question, deterministically (no external AI). The intent comes from
 * keyword patterns, the subject from name resolution (src/domain/names/), the period from month
 * names (any Ukrainian case), years and ISO dates. Imports nothing from answering or formatting.
 */
import type { Catalog, Partner, Pillar } from '../catalog.js';
import { asksAboutAggressor } from '../aggressors.js';
import { groupIn } from '../groups.js';
import {
  findCountries,
  findPillars,
  normalize,
  ub,
  resolveCountry,
  resolvePartner,
  resolvePillar,
  tokenize,
  ukrainianNameForms,
  ukrainianWordForms,
} from '../names/index.js';
import type { DocumentId, Period, Place, Question, Subject } from './types.js';

// ── vocabulary ───────────────────────────────────────────────────────────────────────────────────

const RX = {
  pledge: ub(
    /pledg|promis|\bgive\b|\bgiving\b|\bgave\b|\bgiven\b|allocat|\bcommit\b|\bcommitted\b|amount|how much|money|funding|обіця|обіцян|внес|виділ|дасть|надасть|\bдає\b|\bдала\b|\bдали\b|зобов'язал|зобов'язання \S+|\bсум[аиу]\b|грош|фінансув/,
  ),
  ratified: ub(/ratif|ратиф|congress|конгрес|parliament|парламент/),
  duration: ub(
    /how long|expir|valid|in force|duration|how many years|\bterm\b|\blast\b.*\bfor\b|\bdoes\b.*\blast\b|until when|till when|\bend\b|термін|строк|скільки років|на скільки|на який час|до якого|\bдіє\b|\bдії\b|чинн|закінчу|спливає|тривалість/,
  ),
  where: ub(/\bwhere\b|\bде\b|\bв якому місті\b|\bмісце\b|\bplace\b/),
  earlier: ub(/\bfirst\b|earlier|sooner|before|перш|раніше|швидше/),
  sameDay: ub(/same day|same date|that day|того ж дня|того самого дня|в один день|одного дня|в той же день|у той самий день|того ж числа/),
  largest: ub(/largest|biggest|highest|\bmost\b|найбільш|найвищ|найщедріш/),
  notSigned: ub(
    /n't signed|not signed|not yet signed|yet to sign|have not|has not|haven't|hasn't|without (an )?agreement|no agreement|не підписал|ще не|без угод|не мають угод|не має угоди/,
  ),
  supporters: ub(
    /support(s|ing)? ukraine|help(s|ing)? ukraine|підтримують україну|підтримує україну|допомагають україні|допомагає україні|партнери україни|ukraine's partners/,
  ),
  russia: ub(/\brussia|росі[яїюі]|\bрф\b|росій/),
  pronoun: ub(/\b(they|it|its|them|their|this one|that one|he|she)\b|\b(вона|воно|вони|її|їх|їхн\S*|він|його|цю|ця|цей)\b/),
  /** questions about the world, not the data ("when will the war end?") */
  offTopic: ub(/weather|погод|war end|закінчиться війна|війна закінчиться|курс|exchange rate/),
  pillarWord: ub(/pillar|cover|area|include|напрям|охоплю|сфер|стовп|включа|передбача/),
  frameworks: ub(/framework|initiative|формат|ініціатив|до яких|яких .*(приєдна|входить)|which .*(join|member|part of)|what .*(join|member)/),
  joined: ub(/join|member|part of|приєдна|учасни|член|входить|долучил/),
  whoSigned: ub(/who signed|signator|signed it|signed by|хто підписав|підписант|хто підпис|ким підписан/),
  when: ub(/\bwhen\b|\bdate\b|коли|дата|якого числа/),
  sign: ub(/sign|agreement|deal|підпис|угод/),
  count: ub(/how many|number of|скільки|кількість/),
  first: ub(/\bfirst\b|earliest|перш|найраніш/),
  last: ub(/\blast\b|latest|most recent|newest|\brecent|останн|найновіш|найпізніш|нещодавн/),
  who: ub(/\bwho\b|which|what countries|list|хто|які|котрі|список|перелік/),
  what: ub(/^(what|tell me)\b|^що (таке|це)\b|^розкажи|^розкажіть|^що за\b|^what's\b|^explain/),
  /** Ukraine as the subject ("When did Ukraine sign?", "Коли Україна приєдналася?"), not "support for Ukraine". */
  ukraineSubject: ub(/\b(did|has|have|does|is|was) ukraine\b|(^|[^\p{L}])україна([^\p{L}]|$)/u),
};

const FRAMEWORK_RX: Array<[string, RegExp]> = [
  ['coalition-of-the-willing', ub(/coalition|willing|коаліц|охоч/)],
  ['ukraine-compact', ub(/compact|компакт/)],
  [
    'recovery-declaration',
    ub(/(recovery|reconstruction|відновлен|відбудов).*(declaration|декларац)|(declaration|декларац).*(recovery|reconstruction|відновлен|відбудов)/),
  ],
  ['joint-declaration', ub(/declaration|декларац/)],
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

const THIS_YEAR = ub(/\b(this|current) year\b|цього року|цьогоріч|поточного року|в цьому році|у цьому році|цей рік/g);
const LAST_YEAR = ub(/\b(last|previous) year\b|минулого року|торік|минулий рік|у минулому році|в минулому році/g);
const pad = (n: number) => String(n).padStart(2, '0');
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

type Point = { kind: 'date'; iso: string } | { kind: 'month'; month: number; year: number | null } | { kind: 'year'; year: number };

/** The period a question names: "June 2024", "у травні 2024 року", "2024", "between March and May 2024", ISO dates. */
export function parsePeriod(text: string, yearForMonth?: (month: number) => number, today?: string): Period | undefined {
  const points: Point[] = [];
  let lower = text.toLowerCase();
  // "this year", "last year" (relative to today), as a year.
  if (today) {
    const y = Number(today.slice(0, 4));
    lower = lower.replace(THIS_YEAR, ` ${y} `).replace(LAST_YEAR, ` ${y - 1} `);
  }
  const tokens = lower
    .replace(/(\d{4}-\d{2}-\d{2})/g, ' $1 ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  /** the word before each point ("since", "з", "після") */
  const before: Array<string | undefined> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = points.length;
    before[n] = tokens[i - 1];
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
    const word = before[points.indexOf(first)];
    if (today && word && /^(since|from|після|after|починаючи)$|^(з|із|зі)$/.test(word)) {
      // "since March 2024" / "з жовтня 2024": from the start of the point until today; "after"/"після": from the day after it.
      const from = /^(after|після)$/.test(word) ? nextDay(b1[1]) : b1[0];
      if (from <= today) return { from, to: today, label: { kind: 'range', from, to: today } };
    }
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

/** Named documents that are not frameworks of their own. */
const DOCUMENT_RX: Array<[DocumentId, RegExp]> = [
  ['hundred-year-partnership', ub(/\b100 ?(year|річн)|hundred year|столітн|сторічн/)],
  ['paris-declaration', ub(/paris declaration|паризьк\S* декларац|декларац\S* парижа/)],
];

function documentIn(norm: string): DocumentId | undefined {
  for (const [id, rx] of DOCUMENT_RX) if (rx.test(norm)) return id;
  return undefined;
}

const CURRENCY_RX: Array<[string, RegExp]> = [
  ['EUR', ub(/\beur\b|\beuros?\b|євро|€/)],
  ['USD', ub(/\busd\b|dollar|долар|\$/)],
  ['GBP', ub(/\bgbp\b|pound|sterling|фунт/)],
  ['CAD', ub(/\bcad\b|canadian dollar|канадськ\S* долар/)],
  ['NOK', ub(/\bnok\b|norwegian kron|норвезьк\S* крон/)],
  ['SEK', ub(/\bsek\b|swedish kron|шведськ\S* крон/)],
];

function currencyIn(norm: string): string | undefined {
  for (const [code, rx] of CURRENCY_RX) if (rx.test(norm)) return code;
  return undefined;
}

// ── places and people named in the data ─────────────────────────────────────────────────────────

interface NameIndex {
  /** normalised form → place */
  places: Map<string, Place>;
  /** normalised surname form → partner code */
  people: Map<string, string>;
}

const nameIndexes = new WeakMap<Catalog, NameIndex>();

/** Everyday spellings of places not in the data's own form. */
const PLACE_ALIASES: Record<string, string[]> = { Kyiv: ['kiev', 'києві', 'києва', 'київ'], Washington: ['вашингтоні'], Brussels: ['брюсселі'] };

function nameIndex(catalog: Catalog): NameIndex {
  let idx = nameIndexes.get(catalog);
  if (idx) return idx;
  const places = new Map<string, Place>();
  const people = new Map<string, string>();
  const city = (place: string) => place.split(/[,(—]/)[0]!.trim();
  for (const a of catalog.agreements) {
    const place = { en: city(a.placeEn), uk: city(a.placeUk) };
    if (!place.en) continue;
    places.set(normalize(place.en), place);
    for (const f of ukrainianNameForms(place.uk)) if (!places.has(f)) places.set(f, place);
    for (const alias of PLACE_ALIASES[place.en] ?? []) places.set(alias, place);
    for (const signers of [a.signedByEn, a.signedByUk]) {
      for (const person of signers.split(';')) {
        const words = normalize(person.replace(/\(.*?\)/g, ''))
          .split(' ')
          .filter(Boolean);
        const surname = words[words.length - 1];
        if (!surname || surname.length < 3 || /^(zelensky|зеленськ)/.test(surname)) continue;
        for (const f of /[а-яіїєґ]/.test(surname) ? ukrainianWordForms(surname) : [surname]) if (!people.has(f)) people.set(f, a.partnerCode);
      }
    }
  }
  idx = { places, people };
  nameIndexes.set(catalog, idx);
  return idx;
}

function placeIn(catalog: Catalog, text: string): Place | undefined {
  const { places } = nameIndex(catalog);
  const tokens = tokenize(text).map((t) => t.norm);
  for (let i = 0; i < tokens.length; i++) {
    const two = i + 1 < tokens.length ? places.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    const hit = two ?? places.get(tokens[i]!);
    if (hit) return hit;
  }
  return undefined;
}

/** Partners whose signatories are named ("Biden", "Кісідою"), in order. */
function peopleIn(catalog: Catalog, text: string): Partner[] {
  const { people } = nameIndex(catalog);
  const out: Partner[] = [];
  for (const t of tokenize(text)) {
    const code = people.get(t.norm);
    const p = code ? catalog.partner(code) : undefined;
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/** A capitalised word that is not the first of the sentence and not ours: probably a name we do not know. */
function unknownName(catalog: Catalog, text: string): string | undefined {
  const tokens = tokenize(text);
  const { places, people } = nameIndex(catalog);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (places.has(t.norm) || people.has(t.norm) || /^(zelensk|зеленськ)/.test(t.norm)) continue;
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
  if (RX.where.test(norm)) return { kind: 'signed-where', partner };
  if (RX.frameworks.test(norm) && !framework) return { kind: 'frameworks-of', partner };
  if (RX.joined.test(norm) || (framework && !RX.when.test(norm))) {
    return { kind: 'joined', partner, frameworkId: framework ?? 'joint-declaration', when: RX.when.test(norm) };
  }
  if (RX.when.test(norm) || RX.sign.test(norm)) return { kind: 'signed-when', partner };
  return { kind: 'overview', partner };
}

/** The same question about another partner (follow-ups: "а Франція?"). */
export function withPartner(q: Subject, partner: Partner): Subject {
  return { ...q, partner } as Subject;
}

export interface ParseOptions {
  /** the chat's last subject, for follow-ups ("how much did they pledge?", "and France?") */
  previous?: Subject;
  /** YYYY-MM-DD, for "this year", "since March" (default: the data's date) */
  today?: string;
}

const OR_RX = ub(/\bor\b|\bчи\b|\bабо\b|\bvs\b|\bversus\b/);
const GREETING = ub(
  /^(hello|hi|hey|hiya|howdy|greetings|good (morning|afternoon|evening|day)|привіт\S*|вітаю|добрий (день|вечір|ранок)|доброго (дня|ранку|вечора)|добридень|здрастуйте|здоровенькі були|хай|салют)\b/,
);
const THANKS = ub(/^(thanks?|thank you|thx|ty|cheers|much appreciated|дякую|дякуємо|спасибі|дяки|дякс|щиро дякую|велике спасибі)\b/);

function smallTalk(norm: string): 'greeting' | 'thanks' | undefined {
  if (!norm) return 'greeting';
  const words = norm.split(' ').length;
  if (THANKS.test(norm) && words <= 6) return 'thanks';
  if (GREETING.test(norm) && words <= 5) return 'greeting';
  return undefined;
}

export function parseQuestion(catalog: Catalog, text: string, opts: ParseOptions = {}): Question {
  const norm = normalize(text);
  const today = opts.today ?? catalog.dataAsOf;
  const group = groupIn(norm);
  // "EU countries" restricts to the EU's members: the EU itself is not the subject then.
  const found = findCountries(catalog, text, VOCABULARY).filter((m) => !(group === 'eu' && m.item.kind === 'partner' && m.item.partner.code === 'EU'));
  // Russia or Belarus as the subject ("Has Russia signed?"): one factual line; named only as the
  // adversary ("…against Russia"), they are left out and the rest of the question is answered.
  const mentions = found.filter((m) => m.item.kind !== 'aggressor');
  const aggressor = found.find((m) => m.item.kind === 'aggressor')?.item;
  if (aggressor?.kind === 'aggressor' && !mentions.length && asksAboutAggressor(norm) && !RX.count.test(norm)) {
    return { kind: 'aggressor', country: { code: aggressor.code, nameEn: aggressor.nameEn, nameUk: aggressor.nameUk } };
  }
  const signers = mentions.length ? [] : peopleIn(catalog, text);
  if (!mentions.length && !signers.length) {
    const talk = smallTalk(norm);
    // "hello, when did Japan sign?" is a question; "hello" and "привіт, як справи?" are small talk.
    if (talk && !RX.sign.test(norm) && !RX.pledge.test(norm)) return { kind: 'small-talk', which: talk };
  }
  if (!norm && !mentions.length) return { kind: 'unrecognised' };
  const document = documentIn(norm);
  const framework = document ? undefined : frameworkIn(norm);
  const pledge = RX.pledge.test(norm);
  const about = RX.what.test(norm) || norm.split(' ').length <= 3;
  if (document && (about || !mentions.length)) return { kind: 'document', documentId: document };

  const mention = mentions[0]?.item;
  if (mention?.kind === 'ambiguous') return { kind: 'ambiguous-country', candidates: mention.candidates };
  if (mention?.kind === 'non-partner') return { kind: 'non-partner', country: mention, frameworkId: framework ?? 'joint-declaration' };
  const partners =
    mention?.kind === 'partner'
      ? [...new Map(mentions.flatMap((m) => (m.item.kind === 'partner' ? [[m.item.partner.code, m.item.partner] as const] : []))).values()]
      : signers;
  if (partners.length) {
    // Which of two signed first; who else signed that day.
    if (partners.length === 2 && RX.earlier.test(norm) && OR_RX.test(norm)) {
      return { kind: 'compare', partners: [partners[0]!, partners[1]!] };
    }
    if (partners.length === 1 && RX.sameDay.test(norm)) return { kind: 'same-day', partner: partners[0]! };
    // Several partners ("When did Germany and France sign?"): the same question about each, up to five;
    // signatories named together ("Zelensky and Biden") are one agreement.
    const questions = partners.slice(0, 5).map((p) => questionAbout(catalog, text, norm, p, framework, pledge));
    const first = questions[0]!;
    // "а Франція?", "and France?": a short follow-up takes the facet of the last question.
    if (questions.length === 1 && first.kind === 'overview' && opts.previous && opts.previous.kind !== 'overview' && isBareFollowUp(norm)) {
      return withPartner(opts.previous, first.partner);
    }
    return questions.length === 1 ? first : { kind: 'several', questions };
  }

  // No country named.
  if (RX.russia.test(norm) && asksAboutAggressor(norm) && !RX.count.test(norm))
    return { kind: 'aggressor', country: { code: 'RU', nameEn: 'Russia', nameUk: 'Росія' } };
  const intent = pledge || RX.ratified.test(norm) || RX.duration.test(norm) || RX.joined.test(norm) || RX.sign.test(norm) || RX.when.test(norm);
  if (intent && RX.ukraineSubject.test(norm)) return { kind: 'about-ukraine' };
  // "last year" is a period, not an ordering.
  const ordering = norm.replace(LAST_YEAR, '');
  const first = RX.first.test(ordering);
  const last = RX.last.test(ordering);
  const period = parsePeriod(text, (month) => latestYearWithSignings(catalog, month), today);
  const filter = { ...(group ? { group } : {}), ...(period ? { period } : {}) };
  const hasFilter = !!(group || period);
  const currency = currencyIn(norm);
  const count = RX.count.test(norm) && !/how much/.test(norm);

  if (document) return { kind: 'document', documentId: document };
  if (framework && about && RX.what.test(norm)) return { kind: 'document', frameworkId: framework };
  if (RX.largest.test(norm) && (pledge || /pledge|обіцян|внес|сум/.test(norm))) return { kind: 'largest-pledge', currency: currency ?? null };
  if (count && pledge && currency) return { kind: 'count-currency', currency };
  if (RX.notSigned.test(norm) && !framework) return { kind: 'not-signed' };
  if (count) {
    if (framework && !/agreement|угод/.test(norm)) return { kind: 'count-members', frameworkId: framework };
    if (RX.joined.test(norm) && !RX.sign.test(norm) && !group) return { kind: 'count-members', frameworkId: 'joint-declaration' };
    if (RX.sign.test(norm) || /countr|partner|країн|партнер/.test(norm)) return hasFilter ? { kind: 'count-agreements', filter } : { kind: 'count-agreements' };
  }
  if ((first || last) && (RX.sign.test(norm) || RX.who.test(norm))) {
    return hasFilter ? { kind: 'first-last', which: first ? 'first' : 'last', filter } : { kind: 'first-last', which: first ? 'first' : 'last' };
  }
  if (RX.ratified.test(norm) && (RX.who.test(norm) || /^(ratified|ратифікован)/.test(norm))) return { kind: 'ratified-list' };
  if (pledge && (RX.who.test(norm) || /^pledge/.test(norm))) {
    const year = period?.label.kind === 'year' ? period.label.year : yearIn(norm);
    if (year) return { kind: 'pledged-in-year', year };
  }
  const pillar = findPillars(catalog, text)[0]?.item;
  if (pillar && !framework && (RX.who.test(norm) || RX.pillarWord.test(norm))) return { kind: 'pillar-list', pillar };
  const place = placeIn(catalog, text);
  if (place && RX.sign.test(norm)) return { kind: 'signed-at', place };
  if (period && (RX.sign.test(norm) || RX.who.test(norm))) return group ? { kind: 'signed-in-period', period, group } : { kind: 'signed-in-period', period };
  if (group && (RX.sign.test(norm) || RX.who.test(norm))) return { kind: 'count-agreements', filter };
  if (RX.supporters.test(norm)) return { kind: 'supporters' };
  if (framework && (RX.who.test(norm) || RX.what.test(norm) || RX.joined.test(norm) || norm.split(' ').length <= 5)) {
    return { kind: 'members-of', frameworkId: framework };
  }

  // A follow-up about the last subject ("how much did they pledge?", "де її підписали?").
  const facet =
    pledge ||
    RX.ratified.test(norm) ||
    RX.duration.test(norm) ||
    RX.where.test(norm) ||
    RX.whoSigned.test(norm) ||
    RX.pillarWord.test(norm) ||
    RX.when.test(norm) ||
    RX.pronoun.test(norm);
  // Intent words but no known country: the name is probably one we do not know ("When did Atlantis sign?").
  const name = intent ? unknownName(catalog, text) : undefined;
  // Only a pronoun ("they", "вона") or a very short question ("хто підписав") refers back.
  const refersBack = RX.pronoun.test(norm) || (!name && norm.split(' ').length <= 3);
  if (facet && refersBack && !place && !RX.offTopic.test(norm)) {
    if (opts.previous) return questionAbout(catalog, text, norm, opts.previous.partner, framework, pledge);
    if (RX.pronoun.test(norm)) return { kind: 'need-subject' };
  }

  if (name) {
    const r = resolvePartner(catalog, name);
    // Russia or Belarus named as the adversary ("…against Russia") is not "a partner we do not know".
    if (resolveCountry(catalog, name).status === 'aggressor') return { kind: 'unrecognised' };
    if (r.status === 'unknown' && name.length >= 3) return { kind: 'unknown-country', name, suggestions: r.suggestions };
  }
  return { kind: 'unrecognised' };
}

const FOLLOW_UP_RX = ub(/^(what about|how about|same for|а що з|а як щодо|а як з|те саме для|and|щодо|а|і|й|та)\b/);

/** A follow-up that only names a partner: "and France?", "а Франція?", "what about Japan", "а що з Японією". */
function isBareFollowUp(norm: string): boolean {
  const rest = norm.replace(FOLLOW_UP_RX, '').trim();
  // A name alone ("Germany", "🇩🇪") is a request for the card, not a follow-up.
  return norm !== rest && rest.split(' ').length <= 4;
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
