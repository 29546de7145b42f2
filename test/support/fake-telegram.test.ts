/**
 * The fake Bot API server, driven by a real Telegraf instance (and by raw fetch where simpler).
 */
import { performance } from 'node:perf_hooks';
import { Markup, Telegraf, Telegram, TelegramError } from 'telegraf';
import { message } from 'telegraf/filters';
import type { Message, Update } from 'telegraf/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTelegram, METHODS, parseTelegramHtml, type RecordedCall, startFakeTelegram, type Transport } from './fake-telegram.js';

const olena = { id: 1001, first_name: 'Олена', language_code: 'uk' };
const john = { id: 1002, first_name: 'John', language_code: 'en', username: 'john' };

interface ApiAnswer<T> {
  status: number;
  body: { ok: boolean; result: T; error_code?: number; description?: string; parameters?: { retry_after?: number } };
}

async function api<T = unknown>(fake: FakeTelegram, method: string, params: Record<string, unknown> = {}, token = fake.token): Promise<ApiAnswer<T>> {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: (await res.json()) as ApiAnswer<T>['body'] };
}

/** The TelegramError a Telegraf call rejects with. */
async function tgError(p: Promise<unknown>): Promise<TelegramError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof TelegramError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// Every behaviour holds over HTTP and in process alike: the transports carry the same bytes.
describe.each<Transport>(['http', 'in-process'])('fake Telegram Bot API (%s)', (transport) => {
  let fake: FakeTelegram;
  let tg: Telegram;
  let bot: Telegraf | undefined;
  let polling: Promise<void> | undefined;

  beforeEach(async () => {
    fake = await startFakeTelegram({ transport });
    tg = new Telegram(fake.token, { apiRoot: fake.apiRoot });
  });

  afterEach(async () => {
    if (bot && polling) {
      bot.stop('test over');
      await polling;
    }
    bot = undefined;
    polling = undefined;
    await fake.close();
  });

  /** Launches the bot (long polling) and waits for its first getUpdates. */
  async function launch(b: Telegraf): Promise<void> {
    bot = b;
    polling = b.launch({ dropPendingUpdates: false });
    polling.catch(() => undefined);
    await fake.waitForPolling();
  }

  function newBot(): Telegraf {
    return new Telegraf(fake.token, { telegram: { apiRoot: fake.apiRoot } });
  }

  describe('with Telegraf polling', () => {
    it('answers /start, plain text and a callback query', async () => {
      const b = newBot();
      b.start((ctx) => ctx.reply(`Hi ${ctx.from.first_name}`, Markup.inlineKeyboard([Markup.button.callback('More', 'more')])));
      b.on(message('text'), (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
      b.action('more', async (ctx) => {
        await ctx.answerCbQuery('ok');
        await ctx.editMessageText('<b>More</b> &amp; more', { parse_mode: 'HTML' });
      });
      await launch(b);
      expect(b.botInfo).toMatchObject({ id: 123456, is_bot: true, username: 'guarantor_test_bot', supports_inline_queries: true });
      expect(fake.callsTo('getMe')).toHaveLength(1);
      expect(fake.callsTo('deleteWebhook')).toHaveLength(1);

      const start = fake.sendText(olena, '/start');
      expect(start.message.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
      const hi = await fake.waitForMessage(olena.id, (t) => t.startsWith('Hi'));
      expect(hi.params.text).toBe('Hi Олена');
      expect(hi.params.reply_markup).toMatchObject({ inline_keyboard: [[{ text: 'More', callback_data: 'more' }]] });
      const sent = hi.response as Message.TextMessage;
      expect(sent).toMatchObject({ from: { id: fake.botInfo.id, is_bot: true }, chat: { id: olena.id, type: 'private' }, text: 'Hi Олена' });
      expect(sent.message_id).toBeGreaterThan(start.message.message_id);

      fake.sendText(olena, 'hello there');
      await fake.waitForMessage(olena.id, (t) => t === 'echo: hello there');

      const press = fake.pressButton(olena, hi, 'more');
      expect(press.callback_query.message).toMatchObject({ message_id: sent.message_id, text: 'Hi Олена' });
      const edit = await fake.waitForCall('editMessageText');
      expect(edit.ok).toBe(true);
      expect(fake.callsTo('answerCallbackQuery')[0]).toMatchObject({ ok: true, params: { callback_query_id: press.callback_query.id, text: 'ok' } });
      const edited = fake.getMessage(olena.id, sent.message_id) as Message.TextMessage;
      expect(edited.text).toBe('More & more');
      expect(edited.entities).toEqual([{ type: 'bold', offset: 0, length: 4 }]);
      expect((edited as { reply_markup?: unknown }).reply_markup).toBeUndefined();

      await fake.updatesConsumed();
      expect(fake.pendingUpdates()).toEqual([]);
      expect(fake.sentMessages(olena.id).map((m) => m.text)).toEqual(['Hi Олена', 'echo: hello there']);
      expect(fake.sentMessages(john.id)).toEqual([]);
    });

    it('recognises /cmd@botname in a group', async () => {
      const b = newBot();
      b.command('help', (ctx) => ctx.reply(`help for ${ctx.chat.id}`));
      await launch(b);
      const group = { id: -1001234567890, type: 'supergroup' as const, title: 'Allies' };
      const u = fake.sendText(john, '/help@guarantor_test_bot please', { chat: group });
      expect(u.message.entities).toEqual([{ type: 'bot_command', offset: 0, length: '/help@guarantor_test_bot'.length }]);
      const reply = await fake.waitForMessage(group.id);
      expect(reply.params.text).toBe(`help for ${group.id}`);
      expect((reply.response as Message.TextMessage).chat).toEqual(group);
    });

    it('answers an inline query', async () => {
      const b = newBot();
      b.on('inline_query', (ctx) =>
        ctx.answerInlineQuery([{ type: 'article', id: 'a1', title: `About ${ctx.inlineQuery.query}`, input_message_content: { message_text: 'text' } }], {
          cache_time: 0,
        }),
      );
      await launch(b);
      const u = fake.inlineQuery(john, 'ukraine');
      const call = await fake.waitForCall('answerInlineQuery');
      expect(call.ok).toBe(true);
      expect(call.params.inline_query_id).toBe(u.inline_query.id);
      expect(call.params.results).toMatchObject([{ id: 'a1', title: 'About ukraine' }]);
      // a second answer to the same query is refused, as on Telegram
      const again = await api(fake, 'answerInlineQuery', { inline_query_id: u.inline_query.id, results: [] });
      expect(again.body.description).toBe('Bad Request: query is too old and response timeout expired or query ID is invalid');
    });

    it('serves a user document through getFile and the file URL', async () => {
      const b = newBot();
      b.on(message('document'), async (ctx) => {
        const link = await ctx.telegram.getFileLink(ctx.message.document.file_id);
        const res = await fetch(link);
        await ctx.reply(`${ctx.message.document.file_name} (${ctx.message.caption ?? ''}): ${await res.text()}`);
      });
      await launch(b);
      const u = fake.sendDocument(olena, { file_name: 'data.csv', mime_type: 'text/csv', content: 'a,b\n1,2\n' }, { caption: 'mine' });
      expect(u.message.document).toMatchObject({ file_name: 'data.csv', mime_type: 'text/csv', file_size: 8 });
      const reply = await fake.waitForMessage(olena.id);
      expect(reply.params.text).toBe('data.csv (mine): a,b\n1,2\n');
      expect(fake.callsTo('getFile')[0]?.response).toMatchObject({ file_id: u.message.document.file_id, file_size: 8 });
    });

    it('delivers my_chat_member and then refuses sends to a user who blocked the bot', async () => {
      const b = newBot();
      const seen: string[] = [];
      b.on('my_chat_member', (ctx) => {
        seen.push(ctx.myChatMember.new_chat_member.status);
      });
      await launch(b);
      // Telegraf asks for the default update types: my_chat_member is among them.
      fake.myChatMember(john, john.id, 'member', 'kicked');
      await fake.updatesConsumed();
      expect(seen).toEqual(['kicked']);
      const err = await tgError(tg.sendMessage(john.id, 'still there?'));
      expect(err.code).toBe(403);
      expect(err.description).toBe('Forbidden: bot was blocked by the user');
      expect((await tg.getChatMember(john.id, fake.botInfo.id)).status).toBe('kicked');
      fake.myChatMember(john, john.id, 'kicked', 'member');
      await fake.updatesConsumed();
      await expect(tg.sendMessage(john.id, 'welcome back')).resolves.toMatchObject({ text: 'welcome back' });
    });

    it('stops cleanly: bot.stop() syncs the offset, close() does not hang on keep-alive sockets', async () => {
      const b = newBot();
      b.on(message('text'), (ctx) => ctx.reply('ok'));
      await launch(b);
      fake.sendText(john, 'one');
      await fake.waitForMessage(john.id);
      const t0 = performance.now();
      b.stop('done');
      await polling;
      bot = undefined;
      expect(fake.pendingUpdates()).toEqual([]);
      await fake.close();
      expect(performance.now() - t0).toBeLessThan(2000);
    });
  });

  describe('getUpdates', () => {
    it('pages with limit and offset, re-delivers until confirmed, and long-polls', async () => {
      const ids = [1, 2, 3, 4, 5].map((i) => fake.sendText(john, `m${i}`).update_id);
      expect(ids).toEqual([ids[0], ids[0]! + 1, ids[0]! + 2, ids[0]! + 3, ids[0]! + 4]);
      const ofIds = (r: ApiAnswer<Update[]>): number[] => r.body.result.map((u) => u.update_id);

      expect(ofIds(await api<Update[]>(fake, 'getUpdates', { limit: 2 }))).toEqual(ids.slice(0, 2));
      expect(ofIds(await api<Update[]>(fake, 'getUpdates', { offset: ids[1]! + 1, limit: 2 }))).toEqual(ids.slice(2, 4));
      // not yet confirmed: delivered again
      expect(ofIds(await api<Update[]>(fake, 'getUpdates', { offset: ids[1]! + 1 }))).toEqual(ids.slice(2));
      expect(fake.pendingUpdates()).toHaveLength(3);
      // negative offset: the last N, earlier ones forgotten
      expect(ofIds(await api<Update[]>(fake, 'getUpdates', { offset: -1 }))).toEqual([ids[4]]);
      const consumed = fake.updatesConsumed();
      expect(ofIds(await api<Update[]>(fake, 'getUpdates', { offset: ids[4]! + 1 }))).toEqual([]);
      await consumed;

      // long poll: held until an update arrives
      const t0 = performance.now();
      const poll = api<Update[]>(fake, 'getUpdates', { offset: ids[4]! + 1, timeout: 5 });
      setTimeout(() => fake.sendText(john, 'late'), 150);
      const late = await poll;
      expect(performance.now() - t0).toBeGreaterThanOrEqual(100);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect((late.body.result[0] as Update.MessageUpdate<Message.TextMessage>).message.text).toBe('late');

      // long poll: answered with [] when the timeout passes
      const t1 = performance.now();
      const empty = await api<Update[]>(fake, 'getUpdates', { offset: late.body.result[0]!.update_id + 1, timeout: 1 });
      expect(empty.body).toEqual({ ok: true, result: [] });
      expect(performance.now() - t1).toBeGreaterThanOrEqual(900);
    });

    it('honours allowed_updates and deleteWebhook drop_pending_updates', async () => {
      await api(fake, 'getUpdates', { allowed_updates: ['message'] });
      fake.pressButton(john, { chat: { id: john.id }, message_id: 1 }, 'x');
      const text = fake.sendText(john, 'hi');
      const r = await api<Update[]>(fake, 'getUpdates', {});
      expect(r.body.result.map((u) => u.update_id)).toEqual([text.update_id]);
      fake.sendText(john, 'dropped');
      await api(fake, 'deleteWebhook', { drop_pending_updates: true });
      await fake.updatesConsumed(100);
    });

    it('terminates an earlier long poll with 409 and answers pending polls on close()', async () => {
      const first = api(fake, 'getUpdates', { timeout: 10 });
      await sleep(50);
      const second = api(fake, 'getUpdates', { timeout: 10 });
      const f = await first;
      expect(f.status).toBe(409);
      expect(f.body.description).toMatch(/^Conflict: terminated by other getUpdates request/);
      await sleep(50);
      const t0 = performance.now();
      await fake.close();
      expect(performance.now() - t0).toBeLessThan(1500);
      expect((await second).body).toEqual({ ok: true, result: [] });
    });
  });

  describe('limits and faults', () => {
    it('answers 429 with retry_after per chat, globally and per group, and counts them', async () => {
      fake.enforceRateLimits({ perChatPerSecond: 1, retryAfter: 3 });
      expect((await api(fake, 'sendMessage', { chat_id: john.id, text: 'one' })).status).toBe(200);
      const limited = await api(fake, 'sendMessage', { chat_id: john.id, text: 'two' });
      expect(limited.status).toBe(429);
      expect(limited.body).toEqual({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } });
      expect((await api(fake, 'sendMessage', { chat_id: olena.id, text: 'other chat' })).status).toBe(200);
      expect(fake.stats.tooManyRequests).toBe(1);

      fake.enforceRateLimits({ globalPerSecond: 2 });
      await tg.sendMessage(1, 'a');
      await tg.sendMessage(2, 'b');
      const err = await tgError(tg.sendMessage(3, 'c'));
      expect(err.code).toBe(429);
      expect(err.parameters?.retry_after).toBe(1);
      expect(err.description).toBe('Too Many Requests: retry after 1');
      // not message-producing: not limited
      await expect(tg.getChat(3)).resolves.toMatchObject({ id: 3 });

      fake.enforceRateLimits({ perGroupPerMinute: 2 });
      await tg.sendMessage(-100500, 'g1');
      await tg.sendMessage(-100500, 'g2');
      const g = await tgError(tg.sendMessage(-100500, 'g3'));
      expect(g.parameters?.retry_after).toBeGreaterThanOrEqual(59);
      expect(g.parameters?.retry_after).toBeLessThanOrEqual(60);
      expect(fake.stats.tooManyRequests).toBe(3);
      expect(fake.callsTo('sendMessage').filter((c) => !c.ok)).toHaveLength(3);

      fake.enforceRateLimits(null);
      await tg.sendMessage(-100500, 'g4');
    });

    it('blocks chats (403), misses chats (400) and injects faults', async () => {
      fake.blockChat(john.id);
      expect((await tgError(tg.sendMessage(john.id, 'hi'))).response).toEqual({
        ok: false,
        error_code: 403,
        description: 'Forbidden: bot was blocked by the user',
      });
      expect((await tgError(tg.editMessageText(john.id, 1, undefined, 'x'))).code).toBe(403);
      fake.unblockChat(john.id);
      await tg.sendMessage(john.id, 'hi');

      fake.setMissingChat(-42);
      const missing = await tgError(tg.sendMessage(-42, 'x'));
      expect([missing.code, missing.description]).toEqual([400, 'Bad Request: chat not found']);
      expect((await tgError(tg.getChat(-42))).description).toBe('Bad Request: chat not found');

      fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: custom' }, 2, (p) => p.chat_id === olena.id);
      await tg.sendMessage(john.id, 'not matched');
      expect((await tgError(tg.sendMessage(olena.id, '1'))).description).toBe('Bad Request: custom');
      expect((await tgError(tg.sendMessage(olena.id, '2'))).description).toBe('Bad Request: custom');
      await tg.sendMessage(olena.id, '3');
      fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
      expect((await tgError(tg.sendMessage(olena.id, '4'))).parameters).toEqual({ retry_after: 7 });
      expect(fake.stats.tooManyRequests).toBe(1);
      expect(fake.sentMessages(olena.id).map((m) => m.text)).toEqual(['3']);

      fake.reset();
      expect(fake.calls).toEqual([]);
      expect(fake.stats.tooManyRequests).toBe(0);
    });

    it('delays answers with setLatency', async () => {
      fake.setLatency(400, 'sendMessage');
      let t0 = performance.now();
      await tg.sendMessage(john.id, 'slow');
      expect(performance.now() - t0).toBeGreaterThanOrEqual(390);
      t0 = performance.now();
      await tg.getMe();
      expect(performance.now() - t0).toBeLessThan(350);
      fake.setLatency(0, 'sendMessage');
      fake.setLatency(150);
      t0 = performance.now();
      await tg.getMe();
      expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    });

    it('handles concurrent requests on keep-alive connections', async () => {
      const sent = await Promise.all(Array.from({ length: 30 }, (_, i) => tg.sendMessage(john.id, `m${i}`)));
      expect(new Set(sent.map((m) => m.message_id)).size).toBe(30);
      expect(sent.map((m) => m.message_id).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(fake.sentMessages(john.id)).toHaveLength(30);
    });
  });

  describe('message validation', () => {
    it('validates HTML: rejects <foo>, accepts <b>x</b> &amp;', async () => {
      const foo = await tgError(tg.sendMessage(john.id, '<foo>x</foo>', { parse_mode: 'HTML' }));
      expect(foo.code).toBe(400);
      expect(foo.description).toBe('Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0');

      const ok = await tg.sendMessage(john.id, '<b>x</b> &amp;', { parse_mode: 'HTML' });
      expect(ok.text).toBe('x &');
      expect(ok.entities).toEqual([{ type: 'bold', offset: 0, length: 1 }]);
      expect(fake.sentMessages(john.id)[0]?.text).toBe('<b>x</b> &amp;');

      const rejects = async (html: string, re: RegExp): Promise<void> => {
        const e = await tgError(tg.sendMessage(john.id, html, { parse_mode: 'HTML' }));
        expect(e.description).toMatch(/^Bad Request: can't parse entities: /);
        expect(e.description).toMatch(re);
      };
      await rejects('<b>unclosed', /Can't find end tag corresponding to start tag "b"/);
      await rejects('<b><i>x</b></i>', /Unmatched end tag at byte offset 7, expected "<\/i>", found "<\/b>"/);
      await rejects('x</b>', /Unexpected end tag/);
      await rejects('a&nbsp;b', /Unsupported HTML entity "&nbsp;"/);
      await rejects('a < b', /Unsupported start tag ""/);
      await rejects('line<br>break', /Unsupported start tag "br"/);
      await rejects('<span>s</span>', /Tag "span" must have class "tg-spoiler"/);
      // plain text is not parsed
      await expect(tg.sendMessage(john.id, '<foo> & <bar>')).resolves.toMatchObject({ text: '<foo> & <bar>' });
    });

    it('parses Telegram HTML into text and entities', () => {
      expect(parseTelegramHtml('<a href="https://x.org/?a=1&amp;b=2">link</a> &#39;q&#x27; AT&T')).toEqual({
        text: "link 'q' AT&T",
        entities: [{ type: 'text_link', offset: 0, length: 4, url: 'https://x.org/?a=1&b=2' }],
      });
      expect(parseTelegramHtml('<pre><code class="language-ts">let x</code></pre>').entities).toEqual([{ type: 'pre', offset: 0, length: 5, language: 'ts' }]);
      expect(parseTelegramHtml('<b>b<i>bi</i></b><tg-spoiler>s</tg-spoiler><span class="tg-spoiler">t</span>').entities).toEqual([
        { type: 'bold', offset: 0, length: 3 },
        { type: 'italic', offset: 1, length: 2 },
        { type: 'spoiler', offset: 3, length: 1 },
        { type: 'spoiler', offset: 4, length: 1 },
      ]);
      expect(parseTelegramHtml('<blockquote expandable>q</blockquote><u>u</u><s>s</s><code>c</code>').entities.map((e) => e.type)).toEqual([
        'expandable_blockquote',
        'underline',
        'strikethrough',
        'code',
      ]);
      // offsets are UTF-16 code units
      expect(parseTelegramHtml('🇺🇦 <b>Слава</b>').entities).toEqual([{ type: 'bold', offset: 5, length: 5 }]);
    });

    it('rejects empty and too long texts, and bad keyboards', async () => {
      expect((await tgError(tg.sendMessage(john.id, ''))).description).toBe('Bad Request: message text is empty');
      expect((await tgError(tg.sendMessage(john.id, '<b> </b>', { parse_mode: 'HTML' }))).description).toBe('Bad Request: message text is empty');
      expect((await tgError(tg.sendMessage(john.id, 'x'.repeat(4097)))).description).toBe('Bad Request: message is too long');
      await tg.sendMessage(john.id, 'я'.repeat(4096));
      // the limit applies to the text after entity parsing
      await tg.sendMessage(john.id, `<b>${'x'.repeat(4096)}</b>`, { parse_mode: 'HTML' });
      expect((await api(fake, 'sendMessage', { text: 'no chat' })).body.description).toBe('Bad Request: chat_id is empty');
      const longData = await tgError(tg.sendMessage(john.id, 'k', Markup.inlineKeyboard([Markup.button.callback('b', 'd'.repeat(65))])));
      expect(longData.description).toBe('Bad Request: BUTTON_DATA_INVALID');
      const textOnly = await tgError(tg.sendMessage(john.id, 'k', { reply_markup: { inline_keyboard: [[{ text: 'plain' } as never]] } }));
      expect(textOnly.description).toBe('Bad Request: text buttons are unallowed in the inline keyboard');
    });

    it('edits only messages the bot sent, and refuses no-op edits', async () => {
      const m = await tg.sendMessage(olena.id, 'v1', Markup.inlineKeyboard([Markup.button.callback('b', 'd')]));
      expect(m.reply_markup).toMatchObject({ inline_keyboard: [[{ text: 'b', callback_data: 'd' }]] });
      expect((await tgError(tg.editMessageText(olena.id, 999, undefined, 'x'))).description).toBe('Bad Request: message to edit not found');
      expect(
        (await tgError(tg.editMessageText(olena.id, m.message_id, undefined, 'v1', Markup.inlineKeyboard([Markup.button.callback('b', 'd')])))).description,
      ).toMatch(/^Bad Request: message is not modified: /);
      // same text without the keyboard removes it: a modification
      const beforeEdit = fake.mark();
      const v1 = (await tg.editMessageText(olena.id, m.message_id, undefined, 'v1')) as Message.TextMessage;
      expect(v1.reply_markup).toBeUndefined();
      expect(v1.edit_date).toBeTypeOf('number');
      await tg.editMessageReplyMarkup(olena.id, m.message_id, undefined, Markup.inlineKeyboard([Markup.button.callback('c', 'e')]).reply_markup);
      expect(
        (await tgError(tg.editMessageReplyMarkup(olena.id, m.message_id, undefined, Markup.inlineKeyboard([Markup.button.callback('c', 'e')]).reply_markup)))
          .description,
      ).toMatch(/message is not modified/);
      const user = fake.sendText(olena, 'mine');
      expect((await tgError(tg.editMessageText(olena.id, user.message.message_id, undefined, 'hacked'))).description).toBe(
        "Bad Request: message can't be edited",
      );
      const waited = await fake.waitForMessage(olena.id, (t) => t === 'v1', 100, { since: beforeEdit });
      expect([waited.method, waited.seq]).toEqual(['editMessageText', beforeEdit]);
      // without `since`, the first match since reset() is returned
      expect((await fake.waitForMessage(olena.id, (t) => t === 'v1')).method).toBe('sendMessage');
      expect((await tgError(tg.sendMessage(olena.id, 'r', { reply_parameters: { message_id: 12345 } }))).description).toBe(
        'Bad Request: message to be replied not found',
      );
      const reply = await tg.sendMessage(olena.id, 'r', { reply_parameters: { message_id: user.message.message_id } });
      expect(reply.reply_to_message).toMatchObject({ message_id: user.message.message_id, text: 'mine' });
    });
  });

  describe('uploads, settings and protocol', () => {
    it('parses multipart uploads, records reply_markup as an object and serves the file back', async () => {
      const keyboard = Markup.inlineKeyboard([Markup.button.callback('Ack', 'ack')]).reply_markup;
      const sent = await tg.sendDocument(
        john.id,
        { source: Buffer.from('report body'), filename: 'report.txt' },
        { caption: '<b>Report</b>', parse_mode: 'HTML', reply_markup: keyboard },
      );
      const call = fake.callsTo('sendDocument')[0] as RecordedCall;
      expect(call.params).toMatchObject({
        chat_id: john.id,
        caption: '<b>Report</b>',
        parse_mode: 'HTML',
        reply_markup: { inline_keyboard: [[{ text: 'Ack', callback_data: 'ack' }]] },
        document: { file_name: 'report.txt', mime_type: 'text/plain', size: 11 },
      });
      expect(call.params.method).toBeUndefined();
      expect(call.files).toEqual([{ field: 'document', file_name: 'report.txt', mime_type: 'text/plain', size: 11, content: Buffer.from('report body') }]);
      expect(sent.document).toMatchObject({ file_name: 'report.txt', file_size: 11 });
      expect(sent.caption).toBe('Report');
      expect(sent.caption_entities).toEqual([{ type: 'bold', offset: 0, length: 6 }]);
      const link = await tg.getFileLink(sent.document.file_id);
      expect(await (await fetch(link)).text()).toBe('report body');

      const photo = await tg.sendPhoto(john.id, { source: Buffer.from([1, 2, 3]) });
      expect(photo.photo[0]).toMatchObject({ file_size: 3 });
      const again = await tg.sendPhoto(olena.id, photo.photo[0]!.file_id);
      expect(again.photo[0]?.file_id).toBe(photo.photo[0]?.file_id);
      expect((await tgError(tg.sendDocument(john.id, 'no-such-file-id'))).description).toBe('Bad Request: wrong file identifier/HTTP URL specified');
      expect((await tgError(tg.getFile('nope'))).description).toBe('Bad Request: invalid file_id');
      expect((await fetch(`${fake.apiRoot}/file/bot${fake.token}/documents/missing.txt`)).status).toBe(404);
    });

    it('records uploaded photo bytes, gives each upload a stable file_id, accepts it again and edits media', async () => {
      // A 2×3 PNG header is enough for the fake to read the size.
      const png = Buffer.alloc(33);
      png.writeUInt32BE(0x89504e47, 0);
      png.writeUInt32BE(2, 16);
      png.writeUInt32BE(3, 20);
      const since = fake.mark();
      const first = await tg.sendPhoto(john.id, { source: png, filename: 'map.png' }, { caption: '<b>Map</b>', parse_mode: 'HTML' });
      const call = await fake.waitForCall('sendPhoto', undefined, 1000, { since });
      expect(call.files).toEqual([{ field: 'photo', file_name: 'map.png', mime_type: 'image/png', size: 33, content: png }]);
      expect(first.photo).toEqual([expect.objectContaining({ width: 2, height: 3, file_size: 33 })]);
      expect(first.caption).toBe('Map');
      const fileId = first.photo[0]!.file_id;
      // the same file_id again: nothing uploaded, the same photo
      const reused = await tg.sendPhoto(olena.id, fileId);
      expect(reused.photo[0]).toMatchObject({ file_id: fileId, file_unique_id: first.photo[0]!.file_unique_id });
      expect(fake.callsTo('sendPhoto')[1]?.files).toEqual([]);
      // a second upload of other bytes: another file_id and file_unique_id
      const other = await tg.sendPhoto(john.id, { source: Buffer.from('other'), filename: 'other.jpg' });
      expect(other.photo[0]?.file_id).not.toBe(fileId);
      expect(other.photo[0]?.file_unique_id).not.toBe(first.photo[0]?.file_unique_id);

      // editMessageMedia with a new upload replaces the photo and the caption
      const edited = (await tg.editMessageMedia(john.id, first.message_id, undefined, {
        type: 'photo',
        media: { source: Buffer.from('page 2'), filename: 'map-2.png' },
        caption: 'Page 2',
      })) as Message.PhotoMessage;
      expect(edited.caption).toBe('Page 2');
      expect(edited.photo[0]?.file_id).not.toBe(fileId);
      const editCall = fake.callsTo('editMessageMedia')[0] as RecordedCall;
      expect(editCall.files.map((f) => [f.file_name, f.content.toString()])).toEqual([['map-2.png', 'page 2']]);
      expect(fake.getMessage(john.id, first.message_id)).toMatchObject({ caption: 'Page 2', photo: [{ file_id: edited.photo[0]?.file_id }] });
      // by file_id, and refused when nothing changes
      await tg.editMessageMedia(john.id, first.message_id, undefined, { type: 'photo', media: fileId });
      expect((await tgError(tg.editMessageMedia(john.id, first.message_id, undefined, { type: 'photo', media: fileId }))).description).toMatch(
        /message is not modified/,
      );
      const text = await tg.sendMessage(john.id, 'text');
      expect((await tgError(tg.editMessageMedia(john.id, text.message_id, undefined, { type: 'photo', media: fileId }))).description).toBe(
        'Bad Request: there is no media in the message to edit',
      );
    });

    it('answers non-JSON pages (413 from a proxy, 502) and migrate_to_chat_id as Telegraf sees them', async () => {
      fake.failNextRaw('sendPhoto', { status: 413, body: '<html><body><h1>413 Request Entity Too Large</h1></body></html>' });
      const tooLarge = await tg.sendPhoto(john.id, { source: Buffer.alloc(10), filename: 'big.png' }).then(
        () => undefined,
        (err: unknown) => err as Error,
      );
      // Telegraf reads the body as JSON: not a TelegramError, a failed parse naming the body.
      expect(tooLarge).toBeInstanceOf(Error);
      expect(tooLarge).not.toBeInstanceOf(TelegramError);
      expect(tooLarge?.message).toMatch(/invalid json response body/);
      const recorded = fake.callsTo('sendPhoto')[0] as RecordedCall;
      expect([recorded.ok, (recorded.response as { status: number }).status]).toEqual([false, 413]);
      expect(recorded.files).toHaveLength(1);
      expect(fake.describeRecentCalls()).toMatch(/sendPhoto .* → 413 \(not JSON\) <html>/);

      fake.failNextRaw('sendMessage', { status: 502, body: 'Bad Gateway', contentType: 'text/plain' });
      const gateway = await tgError(tg.sendMessage(john.id, 'x'));
      expect([gateway.code, gateway.description]).toEqual([502, 'Bad Gateway']);
      await tg.sendMessage(john.id, 'through again');

      fake.migrateChat(-4001, -1004001);
      const moved = await tgError(tg.sendMessage(-4001, 'hi group'));
      expect(moved.code).toBe(400);
      expect(moved.description).toBe('Bad Request: group chat was upgraded to a supergroup chat');
      expect(moved.parameters).toEqual({ migrate_to_chat_id: -1004001 });
      await tg.sendMessage(-1004001, 'hi supergroup');
    });

    it('stores commands per scope and language, descriptions, menu button and chat members', async () => {
      await tg.setMyCommands([{ command: 'start', description: 'Start' }]);
      await tg.setMyCommands([{ command: 'start', description: 'Почати' }], { language_code: 'uk' });
      await tg.setMyCommands([{ command: 'admin', description: 'Admin' }], { scope: { type: 'chat', chat_id: 5 } });
      expect(fake.myCommands()).toEqual([{ command: 'start', description: 'Start' }]);
      expect(fake.myCommands({ language_code: 'uk' })).toEqual([{ command: 'start', description: 'Почати' }]);
      expect(fake.myCommands({ scope: { type: 'chat', chat_id: 5 } })).toEqual([{ command: 'admin', description: 'Admin' }]);
      expect(fake.myCommands({ language_code: 'en' })).toEqual([]);
      expect((await tgError(tg.setMyCommands([{ command: 'Bad-Command', description: 'x' }]))).description).toBe('Bad Request: BOT_COMMAND_INVALID');

      await tg.callApi('setMyDescription', { description: 'Tracks commitments', language_code: 'en' });
      await tg.callApi('setMyShortDescription', { short_description: 'Short' });
      expect(fake.myDescription('description', 'en')).toBe('Tracks commitments');
      expect(fake.myDescription('short_description')).toBe('Short');
      expect((await tgError(tg.callApi('setMyShortDescription', { short_description: 'x'.repeat(121) }))).code).toBe(400);

      expect(await tg.getChatMember(-100777, john.id)).toMatchObject({ status: 'member', user: { id: john.id } });
      fake.setChatMember(-100777, john.id, 'administrator');
      expect(await tg.getChatMember(-100777, john.id)).toMatchObject({ status: 'administrator', can_manage_chat: true });
      fake.sendText(john, 'hi');
      expect(await tg.getChat(john.id)).toMatchObject({ id: john.id, type: 'private', first_name: 'John', username: 'john' });
      expect(await tg.getChat(-100777)).toMatchObject({ id: -100777, type: 'group' });
    });

    it('answers 401 for a wrong token, 404 for unknown methods, and waits with a useful timeout message', async () => {
      const wrong = await api(fake, 'getMe', {}, '999:wrong-token-abcdefghijklmnopqrstuvwxyz');
      expect(wrong).toEqual({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
      const unknown = await api(fake, 'sendTelepathy', { chat_id: 1 });
      expect(unknown).toEqual({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found: method not found' } });
      // method names are case-insensitive, GET with a query string works
      const me = (await (await fetch(`${fake.apiRoot}/bot${fake.token}/getme`)).json()) as { ok: boolean; result: { username: string } };
      expect(me.result.username).toBe('guarantor_test_bot');
      expect(fake.calls.map((c) => [c.method, c.ok])).toEqual([
        ['getMe', false],
        ['sendTelepathy', false],
        ['getMe', true],
      ]);
      expect(fake.calls[0]?.token).toBe('999:wrong-token-abcdefghijklmnopqrstuvwxyz');
      // Methods the bot never calls are not implemented: the same clear 404.
      expect(METHODS).not.toContain('copyMessage');
      expect((await tgError(tg.copyMessage(john.id, olena.id, 1))).description).toBe('Not Found: method not found');
      fake.reset();

      await tg.sendMessage(john.id, 'something else');
      await expect(fake.waitForCall('sendPhoto', undefined, 100)).rejects.toThrow(
        /timed out after 100 ms waiting for a call to sendPhoto[\s\S]*sendMessage \{"chat_id":1002,"text":"something else"\} → ok/,
      );
      await expect(fake.waitForMessage(olena.id, undefined, 50)).rejects.toThrow(/waiting for a message to chat 1001/);
      const later = fake.waitForCalls('sendMessage', 3, 2000);
      await tg.sendMessage(john.id, 'two');
      await tg.sendMessage(john.id, 'three');
      expect((await later).map((c) => c.params.text)).toEqual(['something else', 'two', 'three']);
      fake.sendText(john, 'never fetched');
      await expect(fake.updatesConsumed(50)).rejects.toThrow(/pending update_ids: \d+ \(message\)/);
    });
  });
});
