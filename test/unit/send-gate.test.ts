import { describe, expect, it } from 'vitest';
import { createSendGate, isGatedMethod, isMessageMethod } from '../../src/delivery/send-gate.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the send gate', () => {
  it('counts messages, not chat actions or answers, in the budget', () => {
    expect(isMessageMethod('sendMessage')).toBe(true);
    expect(isMessageMethod('editMessageText')).toBe(true);
    expect(isMessageMethod('copyMessage')).toBe(true);
    expect(isMessageMethod('sendChatAction')).toBe(false);
    expect(isMessageMethod('answerCallbackQuery')).toBe(false);
    expect(isGatedMethod('answerCallbackQuery')).toBe(true);
    expect(isGatedMethod('getUpdates')).toBe(false);
    expect(isGatedMethod('getMe')).toBe(false);
  });

  it('lets an answer overtake broadcasts waiting for the budget', async () => {
    const gate = createSendGate({ globalPerSecond: 5, broadcastPerSecond: 5, windowMs: 300, perChatMs: 0 });
    const order: string[] = [];
    const bcast = gate.broadcastLimiter();
    // Fill the budget with broadcasts, then queue more broadcasts and one answer.
    for (let i = 0; i < 5; i++) (await bcast.acquire(-1000 - i))();
    const queued = Array.from({ length: 5 }, (_, i) => bcast.acquire(2000 + i).then((release) => (order.push(`b${i}`), release())));
    await sleep(5);
    const answer = gate.acquire(42, 'interactive').then((release) => (order.push('answer'), release()));
    await Promise.all([...queued, answer]);
    expect(order[0]).toBe('answer');
  });

  it('keeps broadcasts to their own rate and leaves the rest of the budget to answers', async () => {
    const gate = createSendGate({ globalPerSecond: 10, broadcastPerSecond: 3, windowMs: 400, perChatMs: 0 });
    const bcast = gate.broadcastLimiter();
    for (let i = 0; i < 3; i++) (await bcast.acquire(100 + i))();
    // The 4th broadcast waits for a window to pass; answers take the rest of the budget meanwhile.
    let fourth = false;
    const waiting = bcast.acquire(200).then((release) => ((fourth = true), release()));
    for (let i = 0; i < 5; i++) (await gate.acquire(500 + i, 'interactive'))();
    expect(fourth).toBe(false);
    await waiting;
    expect(fourth).toBe(true);
  });

  it('pauses everything for retry_after and retries an answer, but hands a broadcast error back to the worker', async () => {
    const gate = createSendGate({ windowMs: 50 });
    const tooMany = Object.assign(new Error('429'), {
      response: { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
    });
    let calls = 0;
    const t0 = performance.now();
    const r = await gate.call('interactive', 'sendMessage', { chat_id: 1 }, async () => {
      if (calls++ === 0) throw tooMany;
      return 'ok';
    });
    expect(r).toBe('ok');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(990);
    expect(gate.stats()).toMatchObject({ tooManyRequests: 1, retried: 1, interactive: 1 });
    await expect(gate.call('broadcast', 'sendMessage', { chat_id: 2 }, () => Promise.reject(tooMany))).rejects.toBe(tooMany);
    // A refusal that is not transient is passed on at once.
    const bad = Object.assign(new Error('400'), { response: { error_code: 400, description: 'Bad Request: message is not modified' } });
    let n = 0;
    await expect(gate.call('interactive', 'editMessageText', { chat_id: 3 }, () => (n++, Promise.reject(bad)))).rejects.toBe(bad);
    expect(n).toBe(1);
  });

  it('passes calls that send nothing straight through', async () => {
    const gate = createSendGate();
    gate.pause(60_000);
    await expect(gate.call('interactive', 'getUpdates', {}, async () => 'updates')).resolves.toBe('updates');
  });
});
