/**
 * Pictures end to end: /map and the /timeline and /stats charts through the fake Bot API, in both
 * languages. The photo is uploaded as multipart the first time (the PNG decodes, with the size the
 * drawing promises), its caption carries the numbers the text answers give, and the next request
 * sends the remembered file_id instead of uploading again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/pictures/raster.js';
import type { RecordedCall } from '../support/fake-telegram.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A render can take seconds on a loaded two-core machine. */
const SLOW = 30_000;
let nextId = 7000;
const en = () => ({ id: nextId++, first_name: 'Jane', language_code: 'en' });
const uk = () => ({ id: nextId++, first_name: 'Оксана', language_code: 'uk' });
type Button = { text: string; callback_data?: string };
const buttons = (c: RecordedCall): Button[] => ((c.params.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
const photoOf = (c: RecordedCall) => (c.response as { photo: Array<{ file_id: string }> }).photo.at(-1)!.file_id;

async function command(user: { id: number }, text: string): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.sendText(user, text);
  return h.fake.waitForCall('sendPhoto', (c) => c.params.chat_id === user.id, SLOW, { since });
}

async function textAnswer(user: { id: number }, text: string): Promise<string> {
  const since = h.fake.mark();
  h.fake.sendText(user, text);
  const first = await h.fake.waitForMessage(user.id, undefined, undefined, { since });
  await h.fake.updatesConsumed();
  return String(first.params.text);
}

async function press(user: { id: number }, message: RecordedCall, data: string, method = 'sendPhoto'): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.pressButton(user, message, data);
  return h.fake.waitForCall(method, (c) => c.params.chat_id === user.id, SLOW, { since });
}

/** The uploaded bytes, fetched back the way a client would: getFile, then the file URL. */
async function download(fileId: string): Promise<Buffer> {
  const base = `${h.fake.apiRoot}/bot${h.fake.token}`;
  const res = (await (await fetch(`${base}/getFile?file_id=${encodeURIComponent(fileId)}`)).json()) as { result: { file_path: string } };
  return Buffer.from(await (await fetch(`${h.fake.apiRoot}/file/bot${h.fake.token}/${res.result.file_path}`)).arrayBuffer());
}

async function expectUploadedPng(call: RecordedCall, width: number, height: number): Promise<void> {
  expect(call.ok).toBe(true);
  expect(call.files.map((f) => f.field)).toEqual(['photo']);
  const png = await download(photoOf(call));
  expect(png.length).toBe(call.files[0]!.size);
  expect(pngSize(png)).toEqual({ width, height });
}

describe('/map', () => {
  it('uploads the partners map once in English, with the counts the text gives, then reuses its file_id', async () => {
    const u = en();
    const signatories = await textAnswer(u, '/signatories');
    const noAgreement = /(\d+) members? ha(?:s|ve) no bilateral agreement yet/.exec(signatories)?.[1];
    expect(noAgreement).toBeDefined();

    const first = await command(u, '/map');
    await expectUploadedPng(first, 1280, 960);
    const caption = String(first.params.caption);
    expect(caption).toMatch(/^Map of Ukraine's security partners\. \d+ partners have signed a bilateral security agreement with Ukraine\./);
    expect(caption).toContain(`${noAgreement} joined the Joint Declaration but have no agreement yet:`);
    expect(caption).toContain('Source: Guarantor dataset');
    expect(caption).toContain(`data as of ${h.app.services.i18n.translator('en').date((await h.app.services.facts.catalog()).dataAsOf)}`);
    expect(buttons(first).map((b) => b.callback_data)).toEqual(['pic:map:coalition', 'pic:map:compact', 'pic:map:military']);

    const second = await command(en(), '/map');
    expect(second.files).toEqual([]);
    expect(second.params.photo).toBe(photoOf(first));
    expect(second.params.caption).toBe(caption);
  }, 60_000);

  it('offers the uploaded map as a cached photo in inline mode, only in the language it was drawn in', async () => {
    const first = await command(en(), '/map');
    let since = h.fake.mark();
    h.fake.inlineQuery(en(), '');
    let call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect(call.ok).toBe(true);
    const results = call.params.results as Array<{ type: string; photo_file_id?: string; caption?: string }>;
    expect(results[0]).toMatchObject({ type: 'photo', photo_file_id: photoOf(first), caption: first.params.caption });
    expect(results.slice(1).every((r) => r.type === 'article')).toBe(true);
    // A question about a country gets no map; a Ukrainian user gets none until the Ukrainian map is uploaded.
    since = h.fake.mark();
    h.fake.inlineQuery(en(), 'Germany');
    call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect((call.params.results as Array<{ type: string }>).map((r) => r.type)).toEqual(['article']);
    since = h.fake.mark();
    h.fake.inlineQuery(uk(), '');
    call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect((call.params.results as Array<{ type: string }>).some((r) => r.type === 'photo')).toBe(false);
  }, 60_000);

  it('draws the Ukrainian map separately, typeset in Ukrainian', async () => {
    const u = uk();
    const signatories = await textAnswer(u, '/signatories');
    const noAgreement = /(\d+) учасник\S* поки не ма\S+ двосторонньої угоди/.exec(signatories)?.[1];
    const call = await command(u, '/map');
    await expectUploadedPng(call, 1280, 960);
    const caption = String(call.params.caption);
    expect(caption).toMatch(/^Мапа безпекових партнерів України\. \d+ партнер\S* підписал\S* двосторонні безпекові угоди з Україною\./);
    expect(caption).toContain(`${noAgreement} приєдналися до Спільної декларації, але угод ще не мають:`);
    expect(caption).toContain(`дані станом на ${h.app.services.i18n.translator('uk').date((await h.app.services.facts.catalog()).dataAsOf)}`);
    expect(buttons(call).map((b) => b.text)).toEqual(['Коаліція', 'Компакт', 'Військова']);
  }, 60_000);

  it('filters by framework from the argument and from the buttons', async () => {
    const u = en();
    const coalition = await command(u, '/map coalition');
    await expectUploadedPng(coalition, 1280, 960);
    expect(String(coalition.params.caption)).toMatch(/^Map of the Coalition of the Willing\./);
    expect(buttons(coalition).map((b) => b.callback_data)).toEqual(['pic:map:all', 'pic:map:compact', 'pic:map:military']);

    // A filter button swaps the map in the same message.
    const military = await press(u, coalition, 'pic:map:military', 'editMessageMedia');
    expect(military.ok).toBe(true);
    expect(military.files).toHaveLength(1);
    expect(military.params.message_id).toBe((coalition.response as { message_id: number }).message_id);
    const media = military.params.media as { type: string; caption: string };
    expect(media.type).toBe('photo');
    expect(media.caption).toMatch(/^Map of the partners whose agreement covers military support\. \d+ partners have signed/);
    expect(photoOf(military)).not.toBe(photoOf(coalition));
    expect(pngSize(await download(photoOf(military)))).toEqual({ width: 1280, height: 960 });
    expect(buttons(military).map((b) => b.callback_data)).toEqual(['pic:map:all', 'pic:map:coalition', 'pic:map:compact']);
    // Back to the coalition: uploaded before, so the edit sends its file_id.
    const back = await press(u, coalition, 'pic:map:coalition', 'editMessageMedia');
    expect(back.files).toEqual([]);
    expect((back.params.media as { media: string }).media).toBe(photoOf(coalition));
  }, 60_000);

  it('answers an unknown filter with the ones it knows, and a forged button politely', async () => {
    const u = en();
    const reply = await textAnswer(u, '/map atlantis');
    expect(reply).toContain('/map coalition');
    const since = h.fake.mark();
    h.fake.pressButton(u, { chat: { id: u.id }, message_id: 1 }, 'pic:map:atlantis');
    const answer = await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
    expect(answer.params.text).toBeTruthy();
  });

  it('uploads again when Telegram refuses a remembered file_id', async () => {
    const u = uk();
    const first = await command(u, '/map compact');
    await expectUploadedPng(first, 1280, 960);
    h.fake.failNext(
      'sendPhoto',
      { error_code: 400, description: 'Bad Request: wrong file identifier/HTTP URL specified' },
      1,
      (p) => typeof p.photo === 'string',
    );
    const since = h.fake.mark();
    h.fake.sendText(u, '/map compact');
    const calls = await h.fake.waitForCalls('sendPhoto', 2, SLOW, { since });
    expect(calls[0]!.ok).toBe(false);
    expect(calls[1]!.ok).toBe(true);
    expect(calls[1]!.files.map((f) => f.field)).toEqual(['photo']);
  }, 60_000);
});

describe('/timeline chart', () => {
  it('switches from the paged text to the chart and back, in both languages', async () => {
    for (const [u, agreementsRe, sourceWord] of [
      [en(), /(\d+) bilateral agreements? signed under it[\s\S]*?(\d+) related agreements?/, 'Source:'],
      [uk(), /підписано (\d+) двосторонн\S+ угод\S*[\s\S]*?(\d+) пов['’]язан/, 'Джерело:'],
    ] as const) {
      const signatories = await textAnswer(u, '/signatories');
      const m = agreementsRe.exec(signatories);
      const since = h.fake.mark();
      h.fake.sendText(u, '/timeline');
      const list = await h.fake.waitForMessage(u.id, undefined, undefined, { since });
      const chartButton = buttons(list).find((b) => b.callback_data === 'pic:timeline');
      expect(chartButton?.text).toBe(u.language_code === 'en' ? '📊 Chart' : '📊 Діаграма');
      const chart = await press(u, list, 'pic:timeline');
      await expectUploadedPng(chart, 1280, 720);
      const caption = String(chart.params.caption);
      expect(m).not.toBeNull();
      const agreements = Number(m![1]) + Number(m![2]);
      expect(caption).toMatch(
        u.language_code === 'en' ? new RegExp(`: ${agreements} bilateral security agreements were signed`) : new RegExp(`підписано ${agreements} двосторонн`),
      );
      expect(caption).toContain(sourceWord);
      expect(buttons(chart).map((b) => b.callback_data)).toEqual(['txt:timeline']);
      const back = await press(u, chart, 'txt:timeline', 'sendMessage');
      expect(String(back.params.text)).toMatch(u.language_code === 'en' ? /Page 1 of \d+/ : /Сторінка 1 з \d+/);
    }
  }, 90_000);
});

describe('/stats chart', () => {
  it('draws pledges per currency with the totals the text gives, in both languages', async () => {
    for (const u of [en(), uk()]) {
      const since = h.fake.mark();
      h.fake.sendText(u, '/stats');
      const text = await h.fake.waitForMessage(u.id, undefined, undefined, { since });
      const body = String(text.params.text);
      // "• EUR 34.86 billion" / "• 34,86 млрд EUR": every currency total of the text is in the caption.
      const section = body.slice(0, body.indexOf(u.language_code === 'en' ? 'By year' : 'За роками'));
      const totals = [...section.matchAll(/^• (.+)$/gm)].map((x) => x[1]!);
      expect(totals.length).toBeGreaterThan(1);
      const chart = await press(u, text, 'pic:stats');
      const size = pngSize(await download(photoOf(chart)));
      expect(size?.width).toBe(1280);
      expect(size!.height).toBeGreaterThan(600);
      const caption = String(chart.params.caption);
      for (const total of totals) expect(caption).toContain(total);
      expect(caption).toMatch(u.language_code === 'en' ? /\d+ overlapping pledges are left out of the totals/ : /до підсумків не враховано/);
      expect(buttons(chart).map((b) => b.callback_data)).toEqual(['txt:stats']);
      const again = await press(u, text, 'pic:stats');
      expect(again.files).toEqual([]);
      expect(again.params.photo).toBe(photoOf(chart));
    }
  }, 90_000);
});
