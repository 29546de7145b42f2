/** /export (open data, re-importable) and bulk import with a dry run, errors by line, Apply, and undo. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/domain/dataset.js';
import type { RecordedCall } from '../support/fake-telegram.js';
import { type Harness, startHarness } from '../support/harness.js';
import { OWNER, STRANGER, STRANGER_UK, ask, button, counts, press, text } from './admin-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ ADMIN_IDS: String(OWNER.id) });
  await h.fake.waitForPolling();
});
afterAll(() => h.close());

async function download(call: RecordedCall): Promise<string> {
  const doc = (call.response as { document: { file_id: string } }).document;
  const info = (await (await fetch(`${h.fake.apiRoot}/bot${h.fake.token}/getFile?file_id=${doc.file_id}`)).json()) as { result: { file_path: string } };
  return (await fetch(`${h.fake.apiRoot}/file/bot${h.fake.token}/${info.result.file_path}`)).text();
}

async function exportFiles(user: { id: number }): Promise<{ json: string; csv: string }> {
  const since = h.fake.mark();
  h.fake.sendText(user, '/export');
  const [j, c] = await h.fake.waitForCalls('sendDocument', 2, 5000, { since });
  return { json: await download(j!), csv: await download(c!) };
}

async function sendFile(name: string, mime: string, content: string): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.sendDocument(OWNER, { file_name: name, mime_type: mime, content });
  return h.fake.waitForMessage(OWNER.id, undefined, 5000, { since });
}

describe('/export', () => {
  it('gives anyone the whole dataset as JSON (valid against the dataset schema) and CSV, with sources', async () => {
    const { json, csv } = await exportFiles(STRANGER);
    const data = datasetSchema.parse(JSON.parse(json));
    const catalog = await h.app.services.facts.catalog();
    expect(data.partners).toHaveLength(catalog.partners.length);
    expect(data.agreements).toHaveLength(catalog.agreements.length);
    expect(data.events.length).toBe(catalog.events.length);
    expect(data.agreements.every((a) => a.sourceUrl.startsWith('http'))).toBe(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('type,partner,date,title_en,title_uk,amount,currency,source');
    expect(lines.some((l) => l.startsWith('agreement,GB,2024-01-12,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('pledge,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('membership,'))).toBe(true);
    const pledges = catalog.agreements.reduce((n, a) => n + a.pledges.length, 0);
    expect(lines.length - 1).toBe(catalog.memberships.length + catalog.agreements.length + pledges + catalog.events.length);
  });

  it('re-imports as "nothing new"', async () => {
    const { json } = await exportFiles(OWNER);
    const before = await counts(h);
    const report = await sendFile('guarantor-data.json', 'application/json', json);
    expect(text(report)).toContain('Dry run');
    expect(text(report)).toContain('Nothing new');
    expect(await counts(h)).toEqual(before);
  });
});

describe('import', () => {
  it('reports every error with its line and saves nothing (JSON)', async () => {
    const before = await counts(h);
    const file = JSON.stringify(
      {
        events: [
          {
            key: 'ok-one',
            occurredOn: '2026-03-01',
            kind: 'pledge',
            framework: null,
            partners: ['DE'],
            titleEn: 'A',
            titleUk: 'А',
            confidence: 'high',
            sourceUrl: 'https://example.org/1',
          },
          {
            key: 'bad-date',
            occurredOn: '2026-02-30',
            kind: 'pledge',
            framework: null,
            partners: ['DE'],
            titleEn: 'B',
            titleUk: 'Б',
            confidence: 'high',
            sourceUrl: 'https://example.org/2',
          },
          {
            key: 'bad-partner',
            occurredOn: '2026-03-02',
            kind: 'pledge',
            framework: null,
            partners: ['ZZ'],
            titleEn: 'C',
            titleUk: 'В',
            confidence: 'high',
            sourceUrl: 'https://example.org/3',
          },
        ],
      },
      null,
      2,
    );
    const report = text(await sendFile('events.json', 'application/json', file));
    expect(report).toContain('2 problems');
    expect(report).toMatch(/Line 16 \(<code>events\[1\]\.occurredOn<\/code>\)/);
    expect(report).toMatch(/Line 29 \(<code>events\[2\]\.partners<\/code>\): unknown partner “ZZ”/);
    expect(report).toContain('Nothing was saved');
    expect(await counts(h)).toEqual(before);

    expect(text(await sendFile('broken.json', 'application/json', '{"events": [ {"key": '))).toContain('Line 1');
    const notJson = text(await sendFile('broken.json', 'application/json', '{not json'));
    expect(notJson).toContain('Line 1 (<code>file</code>): the file is not valid JSON (column 2)');
    expect(notJson).not.toContain('wrong number of fields');
    expect(text(await sendFile('broken.json', 'application/json', '{\n  "events": [\n    {"key": "a",, }\n  ]\n}'))).toContain(
      'Line 3 (<code>file</code>): the file is not valid JSON (column 17)',
    );
  });

  it('reports every error with its line and saves nothing (CSV)', async () => {
    const before = await counts(h);
    const csv = [
      'date,kind,partners,title_en,title_uk,source_url',
      '2026-03-01,pledge,DE,Fine,Добре,https://example.org/1',
      '31.02.2026,pledge,DE,Bad date,Погана дата,https://example.org/2',
      '"2026-03-03",pledge,"DE;FR","Multi-line',
      'title",,https://example.org/3',
      '2026-03-04,pledge,DE,<b>x</b>,Б,notaurl',
    ].join('\n');
    const report = text(await sendFile('events.csv', 'text/csv', csv));
    expect(report).toContain('Line 3 (<code>date</code>): not a real calendar date');
    expect(report).toContain('Line 4 (<code>titleUk</code>): required');
    expect(report).toContain('Line 6 (<code>titleEn</code>)');
    expect(report).toContain('Line 6 (<code>sourceUrl</code>)');
    expect(await counts(h)).toEqual(before);
    expect(text(await sendFile('events.csv', 'text/csv', 'when,what\n1,2'))).toContain('date, kind, partners, title_en, title_uk, source_url');
  });

  it('applies a clean file only on Apply, in one go, and /undo takes the whole import back', async () => {
    const csv = [
      'date,kind,partners,title_en,title_uk,source_url,body_en,body_uk',
      '01.03.2026,pledge,DE,Germany pledges more,Німеччина обіцяє більше,https://example.org/1,,',
      '2026-03-02,meeting,"DE;FR",Leaders meet,"Лідери, зустріч",https://example.org/2,"Talks, in Paris",Переговори в Парижі',
    ].join('\r\n');
    const before = await counts(h);
    const report = await sendFile('events.csv', 'text/csv', csv);
    expect(text(report)).toContain('Dry run');
    expect(text(report)).toContain('events: 2 to add');
    expect(await counts(h)).toEqual(before);

    const applied = await press(h, OWNER, report, button(report, 'adm:pub:'));
    expect(text(applied)).toContain('Import applied');
    const after = await counts(h);
    expect(after.events).toBe(before.events + 2);
    expect(after.audit).toBe(before.audit + 2);
    const catalog = await h.app.services.facts.catalog();
    const meeting = catalog.events.find((e) => e.titleEn === 'Leaders meet');
    expect(meeting?.partnerCodes.sort()).toEqual(['DE', 'FR']);
    expect(meeting?.bodyEn).toBe('Talks, in Paris');
    expect(meeting?.publishedAt).not.toBeNull();

    // The same file again: nothing new.
    expect(text(await sendFile('events.csv', 'text/csv', csv))).toContain('Nothing new');

    const undone = text(await ask(h, OWNER, '/undo'));
    expect(undone).toContain('2 changes made together');
    expect((await h.app.services.facts.catalog()).events.some((e) => e.titleEn === 'Leaders meet')).toBe(false);
  });

  it('recognises the overview CSV from /export and points to the JSON file instead', async () => {
    const before = await counts(h);
    const { csv } = await exportFiles(OWNER);
    const report = text(await sendFile('guarantor-data.csv', 'text/csv', csv));
    expect(report).toContain('this is the overview CSV from /export');
    expect(report).toContain('send guarantor-data.json');
    expect(report).toContain('date,kind,partners,title_en,title_uk,source_url');
    expect(report).not.toContain('missing:');
    expect(await counts(h)).toEqual(before);
  });

  it('changes existing items and says so', async () => {
    const { json } = await exportFiles(OWNER);
    const data = JSON.parse(json) as { events: Array<{ titleEn: string }>; partners: Array<{ code: string; nameEn: string }> };
    data.events[0]!.titleEn = `${data.events[0]!.titleEn} (updated)`;
    const partner = data.partners.find((p) => p.code === 'DE')!;
    partner.nameEn = 'Federal Republic of Germany';
    const report = await sendFile('changes.json', 'application/json', JSON.stringify({ partners: [partner], events: [data.events[0]] }, null, 1));
    expect(text(report)).toContain('partners: 1 to change');
    expect(text(report)).toContain('events: 1 to change');
    await press(h, OWNER, report, button(report, 'adm:pub:'));
    expect((await h.app.services.facts.catalog()).partner('DE')?.nameEn).toBe('Federal Republic of Germany');
    await ask(h, OWNER, '/undo');
    expect((await h.app.services.facts.catalog()).partner('DE')?.nameEn).toBe('Germany');
  });

  it('is not offered to a stranger: their files are not read, and they are pointed to /help (in their language)', async () => {
    const since = h.fake.mark();
    h.fake.sendDocument(STRANGER, { file_name: 'x.json', mime_type: 'application/json', content: '{}' });
    const reply = text(await h.fake.waitForMessage(STRANGER.id, undefined, 5000, { since }));
    expect(reply).toContain('I can’t read files');
    expect(reply).toContain('/help');
    expect(reply).not.toContain('admins');
    const sinceUk = h.fake.mark();
    h.fake.sendDocument(STRANGER_UK, { file_name: 'notes.pdf', mime_type: 'application/pdf', content: '%PDF' });
    expect(text(await h.fake.waitForMessage(STRANGER_UK.id, undefined, 5000, { since: sinceUk }))).toContain('Я не читаю файли');
    expect(h.fake.callsTo('getFile').filter((c) => c.seq >= since)).toHaveLength(0);
  });
});
