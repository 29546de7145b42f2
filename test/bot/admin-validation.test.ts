/**
 * Malformed admin input: each is answered with a precise error (the field, what was expected) in the
 * admin's language, and the database does not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { EDITOR, OWNER, ask, counts, text } from './admin-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ ADMIN_IDS: String(OWNER.id) });
  await h.fake.waitForPolling();
});
afterAll(() => h.close());

const URL = 'https://example.org/news';
const ev = (date: string, kind: string, partners: string, en: string, uk: string, url: string, rest = '') =>
  `/addevent ${date} | ${kind} | ${partners} | ${en} | ${uk} | ${url}${rest}`;
const LONG = 'x'.repeat(10_000);

/** [input, expected fragments of the answer (English)] */
const CASES: Array<[string, string[]]> = [
  [ev('31.02.2024', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'not a real calendar date']],
  [ev('2024-02-30', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'not a real calendar date']],
  [ev('2023-02-29', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'not a real calendar date']],
  [ev('2024-13-01', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'not a real calendar date']],
  [ev('00.01.2024', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'not a real calendar date']],
  [ev('1 March 2026', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'YYYY-MM-DD or dd.mm.yyyy', 'Example']],
  [ev('2026/03/01', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'YYYY-MM-DD or dd.mm.yyyy']],
  [ev('01-03-2026', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'YYYY-MM-DD']],
  [ev('', 'pledge', 'DE', 'T', 'Т', URL), ['<b>Date</b>', 'required']],
  [ev('2026-03-01', 'party', 'DE', 'T', 'Т', URL), ['<b>Kind</b>', 'not one of the allowed values', 'ratification']],
  [ev('2026-03-01', '', 'DE', 'T', 'Т', URL), ['<b>Kind</b>']],
  [ev('2026-03-01', 'pledge', 'Atlantis', 'T', 'Т', URL), ['<b>Partners</b>', 'unknown partner “Atlantis”']],
  [ev('2026-03-01', 'pledge', 'DE, ZZ', 'T', 'Т', URL), ['<b>Partners</b>', 'unknown partner “ZZ”']],
  [ev('2026-03-01', 'pledge', 'DE', '', 'Т', URL), ['<b>Title (English)</b>', 'required']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', '', URL), ['<b>Title (Ukrainian)</b>', 'required']],
  [ev('2026-03-01', 'pledge', 'DE', '   ', 'Т', URL), ['<b>Title (English)</b>', 'required']],
  [ev('2026-03-01', 'pledge', 'DE', LONG, 'Т', URL), ['<b>Title (English)</b>', 'too long (at most 300 characters)']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', LONG, URL), ['<b>Title (Ukrainian)</b>', 'too long']],
  [ev('2026-03-01', 'pledge', 'DE', '<b>Bold</b> title', 'Т', URL), ['<b>Title (English)</b>', 'no HTML tags']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', '<a href="https://evil.example">клік</a>', URL), ['<b>Title (Ukrainian)</b>', 'no HTML tags']],
  [ev('2026-03-01', 'pledge', 'DE', 'Fish &amp; chips', 'Т', URL), ['<b>Title (English)</b>', 'no HTML tags or entities']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', URL, ' | <script>alert(1)</script> | текст'), ['<b>Text (English)</b>', 'no HTML tags']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', 'not a url'), ['<b>Source URL</b>', 'https://']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', 'ftp://example.org/file'), ['<b>Source URL</b>', 'https://']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', 'javascript:alert(1)'), ['<b>Source URL</b>', 'https://']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', 'https://localhost'), ['<b>Source URL</b>']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', ''), ['<b>Source URL</b>', 'required']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', URL, ' | Body only in English'), ['<b>Text (Ukrainian)</b>', 'required']],
  [ev('2026-03-01', 'pledge', 'DE', 'T', 'Т', URL, ` | ${'y'.repeat(2001)} | текст`), ['<b>Text (English)</b>', 'at most 2,000']],
  [
    '/addevent 2026-03-01 | pledge | DE | Only English title',
    ['<b>The line</b>', 'wrong number of fields', 'Date | Kind | Partners | Title (English) | Title (Ukrainian) | Source URL'],
  ],
  ['/addevent 2026-03-01 | pledge | DE | T | Т | https://example.org | a | б | extra', ['wrong number of fields']],
  [
    ev('31.02.2024', 'party', 'Atlantis', '', '', 'nope'),
    ['6 problems', '<b>Date</b>', '<b>Kind</b>', '<b>Partners</b>', '<b>Title (English)</b>', '<b>Source URL</b>'],
  ],
  ['/editevent abc | titleEn | New', ['<b>Number</b>', 'no such item']],
  ['/editevent 999999 | titleEn | New', ['<b>Number</b>', 'no such item: “999999”']],
  ['/addpartner Malta | country | Malta | Мальта', ['<b>Code</b>', 'two-letter code']],
  ['/addpartner MT | island | Malta | Мальта', ['<b>Type of partner</b>', 'country']],
  ['/addpartner MT | country | Malta |', ['<b>Name (Ukrainian)</b>', 'required']],
  ['/addpartner MT | country | <i>Malta</i> | Мальта', ['<b>Name (English)</b>', 'no HTML tags']],
  ['/join DE | warsaw-pact | 2026-03-01 | https://example.org', ['<b>Framework</b>', 'unknown framework']],
  ['/join Atlantis | joint-declaration | 2026-03-01 | https://example.org', ['<b>Partner</b>', 'unknown partner']],
  ['/join DE | joint-declaration | 29.02.2025 | https://example.org', ['<b>Date</b>', 'not a real calendar date']],
  ['/addagreement DE | 2026-03-01 | Berlin | Берлін | A | Б | ten | military | https://example.org', ['<b>Duration in years</b>', 'whole number']],
  ['/addagreement DE | 2026-03-01 | Berlin | Берлін | A | Б | 10 | tanks and more | https://example.org', ['<b>Pillars</b>', 'unknown pillar']],
  ['/addagreement DE | 2026-03-01 | Berlin | Берлін | A | Б | 10 | military | https://example.org | Title only EN', ['<b>Title (Ukrainian)</b>', 'required']],
  ['/addpledge DE | lots of money | 2026 | T | Т | https://example.org', ['<b>Amount</b>', 'currency']],
  ['/addpledge DE | 5bn EUR | 2027-2024 | T | Т | https://example.org', ['<b>Years</b>', 'year or a range']],
  ['/delete planet 42', ['<b>What</b>', '“planet”']],
  ['/delete event forty-two', ['<b>Number</b>', 'no such item']],
  ['/extend DE | 2026-01-01 | 2020-01-01 | https://example.org/r', ['<b>Runs until</b>', 'must be later than the date (2026-01-01)']],
];

describe('malformed admin input', () => {
  it(`has at least 30 cases`, () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it('is answered with a precise error and changes nothing', async () => {
    const before = await counts(h);
    for (const [input, fragments] of CASES) {
      const reply = text(await ask(h, OWNER, input));
      for (const f of fragments) expect(reply, input.slice(0, 120)).toContain(f);
      expect(reply, input).toContain('Nothing was saved');
      expect(reply.length).toBeLessThanOrEqual(4096);
      // No preview, no buttons: nothing to publish.
      expect(reply).not.toContain('Preview');
    }
    expect(await counts(h)).toEqual(before);
  });

  it('is explained in Ukrainian to a Ukrainian-speaking admin', async () => {
    await ask(h, OWNER, `/grant ${EDITOR.id}`);
    const reply = text(await ask(h, EDITOR, ev('31.02.2024', 'pledge', 'Атлантида', 'T', 'Т', 'ftp://x')));
    expect(reply).toContain('Є 3 проблеми');
    expect(reply).toContain('<b>Дата</b>: такої дати в календарі немає');
    expect(reply).toContain('<b>Партнери</b>: невідомий партнер «Атлантида»');
    expect(reply).toContain('<b>Посилання на джерело</b>');
    expect(reply).toContain('Нічого не збережено');
    const parts = text(await ask(h, EDITOR, '/addevent 2026-03-01 | pledge | DE'));
    expect(parts).toContain('Дата | Тип | Партнери');
    expect(parts).not.toContain('titleEn');
    const extend = text(await ask(h, EDITOR, '/extend DE | 2026-01-01 | 2020-01-01 | https://example.org/r'));
    expect(extend).toContain('<b>Діє до</b>: має бути пізніше за дату (2026-01-01)');
  });

  it('escapes what the admin typed when quoting it back', async () => {
    const reply = text(await ask(h, OWNER, ev('2026-03-01', 'pledge', '<img src=x>', 'T', 'Т', URL)));
    expect(reply).toContain('unknown partner “&lt;img src=x&gt;”');
    expect(reply).not.toContain('<img');
  });
});
