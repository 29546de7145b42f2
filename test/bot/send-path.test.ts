/**
 * The one send path, seen from the outside: answers go through the gate, a 429 on an answer is
 * waited out and the answer sent, a flooder gets one note and is throttled while others are
 * answered, deep links are looked up by own keys only, and a press on an inline-mode message is
 * answered once, politely.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { flood: {} });
}, 120_000);
afterAll(() => h.close());

const text = (c: { params: Record<string, unknown> }) => String(c.params.text);

describe('the send path', () => {
  it('puts ctx.reply through the gate and retries an answer Telegram refused with 429, after retry_after', async () => {
    const user = { id: 3101, first_name: 'Rita', language_code: 'en' };
    const before = h.app.gate.stats();
    const since = h.fake.mark();
    h.fake.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      1,
      (p) => p.chat_id === user.id,
    );
    h.fake.sendText(user, '/start');
    const reply = await h.fake.waitForMessage(user.id, undefined, 10_000, { since });
    expect(text(reply)).toContain('Hello, Rita!');
    const attempts = h.fake.calls.filter((c) => c.seq >= since && c.method === 'sendMessage' && c.params.chat_id === user.id);
    expect(attempts.map((c) => c.ok)).toEqual([false, true]);
    // Telegram's retry_after was honoured (1 s), not hammered.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    await vi.waitFor(() => expect(h.app.gate.stats().interactive).toBeGreaterThan(before.interactive));
    const after = h.app.gate.stats();
    expect(after.tooManyRequests - before.tooManyRequests).toBe(1);
    expect(after.retried - before.retried).toBe(1);
  });

  it('retries an answer that met a 5xx', async () => {
    const user = { id: 3102, first_name: 'Sam', language_code: 'en' };
    const since = h.fake.mark();
    h.fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 2, (p) => p.chat_id === user.id);
    h.fake.sendText(user, '/start');
    expect(text(await h.fake.waitForMessage(user.id, undefined, 10_000, { since }))).toContain('Hello, Sam!');
  });
});

describe('holes', () => {
  it('treats /start constructor_x, __proto__ and toString as unknown links', async () => {
    const user = { id: 3201, first_name: 'Ada', language_code: 'en' };
    for (const payload of ['constructor_x', '__proto___x', 'toString_x', 'hasOwnProperty_x', 'valueOf']) {
      const since = h.fake.mark();
      h.fake.sendText(user, `/start ${payload}`);
      const reply = text(await h.fake.waitForMessage(user.id, undefined, undefined, { since }));
      expect(reply).toContain('Hello, Ada!');
      expect(reply).toContain('I did not recognise the link');
    }
  });

  it('answers a press on an inline-mode message once, politely, and never with an error', async () => {
    const user = { id: 3202, first_name: 'Ольга', language_code: 'uk' };
    for (const data of ['country:DE', 'page:countries:2', 'settings:freq:daily', 'garbage']) {
      const since = h.fake.mark();
      const id = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
      h.fake.pushUpdate({
        callback_query: {
          id,
          from: { id: user.id, is_bot: false, first_name: user.first_name, language_code: 'uk' },
          inline_message_id: 'AAAA-inline',
          chat_instance: '42',
          data,
        },
      } as never);
      const answer = await h.fake.waitForCall('answerCallbackQuery', (c) => c.seq >= since && c.params.callback_query_id === id);
      expect(String(answer.params.text)).toContain('Ця кнопка працює в чаті з ботом');
      await h.fake.updatesConsumed();
      await new Promise((r) => setTimeout(r, 100));
      const answers = h.fake.calls.filter((c) => c.seq >= since && c.method === 'answerCallbackQuery' && c.params.callback_query_id === id);
      expect(answers).toHaveLength(1);
      expect(h.fake.calls.filter((c) => c.seq >= since && c.method === 'sendMessage')).toHaveLength(0);
    }
  });
});

describe('flood protection', () => {
  it('gives a flooder one polite note and throttles them, while another user is answered as usual', async () => {
    const flooder = { id: 3301, first_name: 'Flo', language_code: 'uk' };
    const calm = { id: 3302, first_name: 'Calm', language_code: 'en' };
    const since = h.fake.mark();
    for (let i = 0; i < 60; i++) h.fake.sendText(flooder, '/start');
    h.fake.sendText(calm, '/start');
    expect(text(await h.fake.waitForMessage(calm.id, undefined, 10_000, { since }))).toContain('Hello, Calm!');
    await h.fake.updatesConsumed();
    await new Promise((r) => setTimeout(r, 1500));
    const toFlooder = h.fake.calls.filter((c) => c.seq >= since && c.method === 'sendMessage' && c.params.chat_id === flooder.id).map(text);
    const notes = toFlooder.filter((t) => t.includes('Ви надсилаєте повідомлення швидше'));
    expect(notes).toHaveLength(1);
    // The burst allowance is answered, the rest dropped (a few may refill while the burst arrives).
    const greetings = toFlooder.filter((t) => t.includes('Вітаю, Flo!'));
    expect(greetings.length).toBeGreaterThanOrEqual(15);
    expect(greetings.length).toBeLessThan(35);
  });
});
