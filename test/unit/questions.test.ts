import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog.js';
import { splitMessage } from '../../src/domain/html.js';
import { MAX_QUESTION_LENGTH, answer, answerQuestion, parsePeriod, parseQuestion, type Question } from '../../src/domain/questions.js';
import { type I18n, loadI18n } from '../../src/i18n/index.js';
import { loadSeededCatalog } from '../support/catalog.js';

let catalog: Catalog;
let i18n: I18n;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
  i18n = loadI18n();
});

/** A compact view of a parsed question: kind plus its subject. */
function summary(q: Question): string {
  switch (q.kind) {
    case 'signed-when':
    case 'signed-by':
    case 'frameworks-of':
    case 'duration':
    case 'ratified':
    case 'pillars-of':
    case 'overview':
      return `${q.kind}:${q.partner.code}`;
    case 'joined':
      return `joined:${q.partner.code}:${q.frameworkId}${q.when ? ':when' : ''}`;
    case 'pledges':
      return `pledges:${q.partner.code}${q.year ? `:${q.year}` : ''}`;
    case 'covers-pillar':
      return `covers-pillar:${q.partner.code}:${q.pillar.id}`;
    case 'non-partner':
      return `non-partner:${q.country.code}`;
    case 'signed-in-period':
      return `period:${q.period.from}..${q.period.to}`;
    case 'count-members':
    case 'members-of':
      return `${q.kind}:${q.frameworkId}`;
    case 'first-last':
      return `${q.which}${q.filter?.group ? `:${q.filter.group}` : ''}`;
    case 'count-agreements':
      return q.filter ? `count:${q.filter.group ?? ''}${q.filter.period ? `${q.filter.period.from}..${q.filter.period.to}` : ''}` : q.kind;
    case 'signed-where':
    case 'same-day':
      return `${q.kind}:${q.partner.code}`;
    case 'signed-at':
      return `signed-at:${q.place.en}`;
    case 'compare':
      return `compare:${q.partners.map((p) => p.code).join(',')}`;
    case 'small-talk':
      return `small-talk:${q.which}`;
    case 'document':
      return q.frameworkId ? `document:${q.frameworkId}` : 'document';
    case 'unknown-country':
      return `unknown-country:${q.name}`;
    case 'several':
      return q.questions.map(summary).join(' + ');
    case 'ambiguous-country':
      return `ambiguous:${q.candidates.map((p) => p.code).join(',')}`;
    default:
      return q.kind;
  }
}

describe('parseQuestion', () => {
  it.each([
    ['When did Japan sign?', 'signed-when:JP'],
    ['When was the agreement with Japan signed?', 'signed-when:JP'],
    ['Коли Франція підписала угоду?', 'signed-when:FR'],
    ['Коли підписали угоду з Японією?', 'signed-when:JP'],
    ['Germany', 'overview:DE'],
    ['Німеччина', 'overview:DE'],
    ['Who signed for Italy?', 'signed-by:IT'],
    ['Хто підписав угоду від Італії?', 'signed-by:IT'],
    ['Has Hungary joined?', 'non-partner:HU'],
    ['Чи приєдналася Угорщина до декларації?', 'non-partner:HU'],
    ['Has Croatia joined the declaration?', 'joined:HR:joint-declaration'],
    ['Has the US joined the Ukraine Compact?', 'joined:US:ukraine-compact'],
    ['Чи входить Польща до Коаліції охочих?', 'joined:PL:coalition-of-the-willing'],
    ['Which frameworks has Kosovo joined?', 'frameworks-of:XK'],
    ['До яких форматів приєдналася Естонія?', 'frameworks-of:EE'],
    ['What did Germany pledge for 2024?', 'pledges:DE:2024'],
    ['Що пообіцяла Німеччина на 2024 рік?', 'pledges:DE:2024'],
    ['What did Japan promise?', 'pledges:JP'],
    ['How long is the UK agreement?', 'duration:GB'],
    ['When does the agreement with France expire?', 'duration:FR'],
    ['Коли закінчується угода з Грецією?', 'duration:GR'],
    ['Is Greece’s agreement ratified?', 'ratified:GR'],
    ['Чи ратифікована угода з Нідерландами?', 'ratified:NL'],
    ["Which pillars does Canada's agreement cover?", 'pillars-of:CA'],
    ['Які напрями охоплює угода з Канадою?', 'pillars-of:CA'],
    ['Does the Polish agreement cover cyber?', 'covers-pillar:PL:cyber'],
    ['Чи охоплює угода з Польщею кібербезпеку?', 'covers-pillar:PL:cyber'],
    ['Чи є у британській угоді розвідка?', 'covers-pillar:GB:intelligence'],
    ['Which countries signed in June 2024?', 'period:2024-06-01..2024-06-30'],
    ['Хто підписав угоди в червні 2024?', 'period:2024-06-01..2024-06-30'],
    ['Хто підписав угоди у травні 2024 року?', 'period:2024-05-01..2024-05-31'],
    ['Хто підписав угоди в 2025 році?', 'period:2025-01-01..2025-12-31'],
    ['Which countries signed between March and May 2024?', 'period:2024-03-01..2024-05-31'],
    ['Хто підписав угоди з березня по травень 2024?', 'period:2024-03-01..2024-05-31'],
    ['Who signed from 2024-02-01 to 2024-02-29?', 'period:2024-02-01..2024-02-29'],
    ['How many countries have agreements?', 'count-agreements'],
    ['Скільки країн підписали угоди?', 'count-agreements'],
    ['How many countries joined the declaration?', 'count-members:joint-declaration'],
    ['Скільки країн у Коаліції охочих?', 'count-members:coalition-of-the-willing'],
    ['Who signed first?', 'first'],
    ['Хто підписав першим?', 'first'],
    ['Who signed the most recent agreement?', 'last'],
    ['Хто підписав угоду останнім?', 'last'],
    ['Who is in the Coalition of the Willing?', 'members-of:coalition-of-the-willing'],
    ['Ukraine Compact members', 'members-of:ukraine-compact'],
    ['Учасники Компакту підтримки України', 'members-of:ukraine-compact'],
    ['When did Atlantis sign?', 'unknown-country:Atlantis'],
    ['Коли Мордор підписав угоду?', 'unknown-country:Мордор'],
    ['When did Island sign?', 'ambiguous:PL,FI,IS,IE'],
    ['When did Germany and France sign?', 'signed-when:DE + signed-when:FR'],
    ['Чи ратифіковані угоди з Грецією та Польщею?', 'ratified:GR + ratified:PL'],
    ['When did Ireland join?', 'joined:IE:joint-declaration:when'],
    ['Коли Японія приєдналася до декларації?', 'joined:JP:joint-declaration:when'],
    ['What is the Coalition of the Willing?', 'document:coalition-of-the-willing'],
    ['Що таке Коаліція охочих?', 'document:coalition-of-the-willing'],
    ['🇩🇪', 'overview:DE'],
    ['When did Ukraine sign?', 'about-ukraine'],
    ['Коли Україна приєдналася до декларації?', 'about-ukraine'],
    ['Which countries joined the Joint Declaration of Support for Ukraine?', 'members-of:joint-declaration'],
    ['Скільки країн підписали угоди з Україною?', 'count-agreements'],
    ['hello there', 'small-talk:greeting'],
    ['Привіт, як справи?', 'small-talk:greeting'],
    ['', 'small-talk:greeting'],
    ['дякую', 'small-talk:thanks'],
    ['hello, when did Japan sign?', 'signed-when:JP'],
    // subgroups, periods, facets (issue 9)
    ['Which G7 country signed last?', 'last:g7'],
    ['Хто з G7 підписав останнім?', 'last:g7'],
    ['first eu country to sign', 'first:eu'],
    ['when did the eu sign', 'signed-when:EU'],
    ['хто з північно-балтійської вісімки підписав першим', 'first:nb8'],
    ['How many agreements were signed in 2024?', 'count:2024-01-01..2024-12-31'],
    ['how many g7 countries have signed', 'count:g7'],
    ['Until when is the Norway deal in force?', 'duration:NO'],
    ['Скільки діє угода з Хорватією?', 'duration:HR'],
    ['чи чинна угода з францією', 'duration:FR'],
    ['What did Belgium commit to?', 'pledges:BE'],
    ['Яка сума допомоги від Японії?', 'pledges:JP'],
    ['скільки виділила данія', 'pledges:DK'],
    ['Was the US agreement ratified by Congress?', 'ratified:US'],
    ['when did uk sign', 'signed-when:GB'],
    ['коли єс підписав', 'signed-when:EU'],
    ['where did zelensky and biden sign', 'signed-where:US'],
    ['who signed in brussels', 'signed-at:Brussels'],
    ['what is the weather in kyiv', 'unrecognised'],
    ['did italy or canada sign first', 'compare:IT,CA'],
    ['which other country signed on the same day as germany', 'same-day:DE'],
    ["who hasn't signed yet", 'not-signed'],
    ['has russia signed', 'aggressor'],
    ['what is the paris declaration', 'document'],
    ['how much did they pledge', 'need-subject'],
  ])('%s → %s', (text, expected) => {
    const s = summary(parseQuestion(catalog, text));
    if (expected.startsWith('ambiguous:')) expect(s.startsWith('ambiguous:') && s.includes('IS') && s.includes('IE')).toBe(true);
    else expect(s).toBe(expected);
  });
});

describe('follow-ups', () => {
  it('a question without a subject takes the previous one; a bare name takes the previous facet', () => {
    const norway = parseQuestion(catalog, 'when did norway sign');
    expect(norway.kind).toBe('signed-when');
    const previous = norway as Extract<Question, { partner: unknown }>;
    expect(summary(parseQuestion(catalog, 'how much did they pledge', { previous }))).toBe('pledges:NO');
    expect(summary(parseQuestion(catalog, 'Скільки вона пообіцяла?', { previous }))).toBe('pledges:NO');
    expect(summary(parseQuestion(catalog, 'where was it signed', { previous }))).toBe('signed-where:NO');
    expect(summary(parseQuestion(catalog, 'а Франція?', { previous }))).toBe('signed-when:FR');
    expect(summary(parseQuestion(catalog, 'and japan', { previous }))).toBe('signed-when:JP');
    // A full question about another partner is not a follow-up.
    expect(summary(parseQuestion(catalog, 'what did france pledge', { previous }))).toBe('pledges:FR');
    // A list question is not bent into the last subject.
    expect(summary(parseQuestion(catalog, 'who signed first', { previous }))).toBe('first');
  });
});

describe('periods relative to today', () => {
  it.each([
    ['since March 2024', '2024-03-01', '2026-02-13'],
    ['з жовтня 2024', '2024-10-01', '2026-02-13'],
    ['after June 2024', '2024-07-01', '2026-02-13'],
    ['this year', '2026-01-01', '2026-12-31'],
    ['минулого року', '2025-01-01', '2025-12-31'],
  ])('%s → %s..%s', (text, from, to) => {
    const p = parsePeriod(text, undefined, '2026-02-13');
    expect([p?.from, p?.to]).toEqual([from, to]);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['in June 2024', '2024-06-01', '2024-06-30', 'month'],
    ['у червні 2024', '2024-06-01', '2024-06-30', 'month'],
    ['червень 2024', '2024-06-01', '2024-06-30', 'month'],
    ['до червня 2024', '2024-06-01', '2024-06-30', 'month'],
    ['in 2024', '2024-01-01', '2024-12-31', 'year'],
    ['Feb 2024', '2024-02-01', '2024-02-29', 'month'],
    ['between January and March 2024', '2024-01-01', '2024-03-31', 'range'],
    ['з 2024-05-27 по 2024-05-28', '2024-05-27', '2024-05-28', 'range'],
    ['у лютому 2024 року', '2024-02-01', '2024-02-29', 'month'],
    ['листопад 2024', '2024-11-01', '2024-11-30', 'month'],
  ])('%s → %s..%s', (text, from, to, kind) => {
    const p = parsePeriod(text);
    expect(p?.from).toBe(from);
    expect(p?.to).toBe(to);
    expect(p?.label.kind).toBe(kind);
  });
  it('finds nothing where there is no date', () => {
    expect(parsePeriod('who signed')).toBeUndefined();
    expect(parsePeriod('may I ask')).toBeUndefined();
  });
});

describe('answer (structured, before formatting)', () => {
  const ask = (text: string) => answer(catalog, parseQuestion(catalog, text));
  it('looks the facts up', () => {
    const croatia = ask('Has Croatia joined the declaration?');
    expect(croatia.kind === 'membership' && !croatia.membership && croatia.related?.signedOn).toBe('2024-10-09');
    const count = ask('How many countries have agreements?');
    expect(count.kind === 'count-agreements' && [count.partners, count.inSeries, count.related.map((p) => p.code)]).toEqual([29, 28, ['HR']]);
    const june = ask('Which countries signed in June 2024?');
    expect(june.kind === 'signed-in-period' && june.agreements.map((a) => a.agreement.partnerCode)).toEqual(['JP', 'US', 'EE', 'EU', 'LT']);
    const uk = ask('How long is the UK agreement?');
    expect(uk.kind === 'agreement' && [uk.view, uk.expiresOn]).toEqual(['duration', '2034-01-12']);
    const germany = ask('Germany');
    expect(germany.kind === 'agreement' && germany.frameworks.map((f) => f.id)).toContain('ukraine-compact');
    const first = ask('Who signed first?');
    expect(first.kind === 'first-last' && first.agreements.map((a) => a.partner.code)).toEqual(['GB']);
    const pledges = ask('What did Germany pledge for 2030?');
    expect(pledges.kind === 'pledges' && pledges.pledges).toEqual([]);
  });
});

describe('answerQuestion', () => {
  const en = () => i18n.translator('en');
  const uk = () => i18n.translator('uk');

  it('ends every answer with sources and the data date', () => {
    for (const q of ['When did Japan sign?', 'Which countries signed in June 2024?', 'Has Hungary joined?', 'What did Japan pledge?']) {
      const a = answerQuestion(catalog, q, en())!;
      expect(a).toMatch(/Sources?: (<a href="https?:\/\/|each date above links)/);
      expect(a).toMatch(/Data as of 25 June 2026\.<\/i>$/);
    }
    expect(answerQuestion(catalog, 'Коли Японія підписала угоду?', uk())).toMatch(/Дані станом на 25 червня 2026 р\.<\/i>$/);
  });

  it('uses Ukrainian plurals: 1 країна, 2 країни, 5 країн', () => {
    expect(answerQuestion(catalog, 'Хто підписав угоди в 2025 році?', uk())).toContain('підписала 1 країна');
    expect(answerQuestion(catalog, 'Хто підписав угоди з 2024-02-16 по 2024-02-16?', uk())).toContain('підписали 2 країни');
    expect(answerQuestion(catalog, 'Хто підписав угоди в червні 2024?', uk())).toContain('підписали 5 країн');
    expect(answerQuestion(catalog, 'Which countries signed in 2025?', en())).toContain('one country signed');
  });

  it('says that Croatia’s agreement is related to, not part of, the declaration’s series', () => {
    expect(answerQuestion(catalog, 'When did Croatia sign?', en())).toContain('not one of its series');
    expect(answerQuestion(catalog, 'Коли Хорватія підписала угоду?', uk())).toContain('не належить до її серії');
    expect(answerQuestion(catalog, 'Which countries signed in October 2024?', en())).toContain('related, not in the declaration’s series');
  });

  it('formats money and dates in the user language', () => {
    // The pledge's own words carry the sum; the line adds its level once.
    expect(answerQuestion(catalog, 'What did Germany pledge for 2024?', en())).toContain('€7.1bn in financial and military assistance for 2024');
    expect(answerQuestion(catalog, 'Що пообіцяла Німеччина на 2024 рік?', uk())).toContain('7,1 млрд євро фінансової та військової допомоги на 2024 рік');
    expect(answerQuestion(catalog, 'What did Germany pledge for 2026?', en())).toContain(
      '€11.5bn of aid to Ukraine in Germany’s federal budget for 2026'.replace('’', "'"),
    );
    expect(answerQuestion(catalog, 'When did France sign?', en())).toContain('16 February 2024');
    expect(answerQuestion(catalog, 'Коли Франція підписала?', uk())).toContain('16 лютого 2024 р.');
  });

  it('suggests close partners for an unknown name, the list for a far one, and examples for unrecognised text', () => {
    const a = answerQuestion(catalog, 'When did Atlantis sign?', en())!;
    expect(a).toContain('“Atlantis”');
    expect(a).toContain('/country lists all partners');
    expect(a).not.toContain('Did you mean');
    const b = answerQuestion(catalog, 'When did Luxem sign?', en())!;
    expect(b).toContain('“Luxem”');
    expect(b).toMatch(/Did you mean .*Luxembourg/);
    const c = answerQuestion(catalog, 'Коли Атлантида підписала угоду?', uk())!;
    expect(c).toContain('Усіх партнерів показує /country.');
    expect(answerQuestion(catalog, 'blah blah', en())).toContain('<i>When did Japan sign?</i>');
    expect(answerQuestion(catalog, 'бла-бла', uk())).toContain('<i>Коли Японія підписала угоду?</i>');
  });

  it('escapes what it did not write and returns null only for over-long text', () => {
    expect(answerQuestion(catalog, 'x'.repeat(MAX_QUESTION_LENGTH + 1), en())).toBeNull();
    const a = answerQuestion(catalog, 'When did <script>Japan</script> sign?', en())!;
    expect(a).toContain('13 June 2024');
    expect(a).not.toContain('<script>');
    const b = answerQuestion(catalog, 'When did Mordor&Co <i> sign?', en())!;
    expect(b).toContain('“Mordor”');
    expect(b).not.toMatch(/<i> sign/);
  });

  it('answers about several partners at once, the data date once', () => {
    const a = answerQuestion(catalog, 'When did Germany and France sign?', en())!;
    expect(a).toContain('Berlin');
    expect(a).toContain('Paris');
    expect(a.match(/Data as of/g)).toHaveLength(1);
    expect(a.match(/Source:/g)).toHaveLength(2);
  });

  it('keeps lists within one message, and long ones split cleanly at line boundaries', () => {
    for (const q of ['Who is in the Coalition of the Willing?', 'Ukraine Compact members', 'Members of the declaration']) {
      for (const tr of [en(), uk()]) expect(answerQuestion(catalog, q, tr)!.length, q).toBeLessThanOrEqual(4096);
    }
    const long = answerQuestion(catalog, 'Which countries signed in 2024?', en())!;
    expect(long).toContain('28 countries');
    const parts = splitMessage(long);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n')).toContain('Data as of');
  });
});

describe('odd input', () => {
  it('never throws and always answers text within the limit', () => {
    const odd = [
      '???',
      '2024',
      'June',
      '🇺🇦',
      '🇯🇵🇩🇪',
      '@',
      "'",
      '   ',
      'DE',
      'is it me',
      'Slovakia',
      'Коли?',
      'між',
      '1999-99-99 2024-13-45',
      'Korea',
      'Congo',
      'Україна',
    ];
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'abcdeиїєґщ ьюя?!.,🇫🇷0123456789ABCDEFGHЖШ\'"<>&';
    for (let i = 0; i < 300; i++) odd.push(Array.from({ length: Math.floor(rand() * 120) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
    for (const text of odd) {
      for (const tr of [i18n.translator('en'), i18n.translator('uk')]) {
        const a = answerQuestion(catalog, text, tr);
        expect(typeof a, text).toBe('string');
        expect(a!.length).toBeGreaterThan(10);
      }
    }
  });
});
