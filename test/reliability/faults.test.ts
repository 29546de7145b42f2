/**
 * Faults through the fake Bot API while a digest goes out and users talk to the bot: 10% of all
 * calls answer 5xx, a burst of 429s with retry_after, blocked users, slow answers. Every active
 * subscriber gets the digest exactly once (a refused request delivered nothing, so nothing may be
 * doubled), blocked chats are marked unreachable, and every user's /start is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

const N = 120;
const BLOCKED = new Set([0, 7, 33, 90].map((i) => 5_100_000 + i));
const chats = Array.from({ length: N }, (_, i) => 5_100_000 + i);
const talkers = Array.from({ length: 25 }, (_, i) => ({ id: 5_200_000 + i, first_name: `U${i}`, language_code: i % 2 ? 'en' : 'uk' }));
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ BROADCAST_RATE: '30' }, {});
  const db = h.app.db;
  const now = Date.now();
  await db.subscriber.createMany({ data: chats.map((chatId) => ({ chatId: BigInt(chatId), chatType: 'private', language: 'en' })) });
  await db.subscription.createMany({ data: chats.map((chatId) => ({ chatId: BigInt(chatId), deliveredUpTo: new Date(now - 3_600_000) })) });
  await db.event.create({
    data: {
      occurredOn: '2026-03-02',
      kind: 'ratification',
      titleEn: 'The Sejm ratifies the agreement',
      titleUk: 'Сейм ратифікував угоду',
      sourceUrl: 'https://example.org/pl',
      origin: 'admin',
      publishedAt: new Date(now - 1_800_000),
      partners: { create: [{ partnerCode: 'PL' }] },
    },
  });
}, 120_000);
afterAll(() => h.close());

describe('faults at the Bot API', () => {
  it('delivers every digest exactly once and answers every user through 5xx, 429 bursts, blocked chats and slow answers', async () => {
    const { fake, app } = h;
    const since = fake.mark();
    for (const id of BLOCKED) fake.blockChat(id);
    fake.setLatency(40);
    fake.enforceRateLimits({ globalPerSecond: 30, perChatPerSecond: 1 });
    let injected5xx = 0;
    fake.failNext('*', { error_code: 502, description: 'Bad Gateway' }, 1_000_000, () => Math.random() < 0.1 && ++injected5xx > 0);
    fake.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      6,
      (p) => Number(p.chat_id) >= 5_100_000 && Number(p.chat_id) < 5_100_000 + N,
    );

    const r = await app.services.digests.composeScheduled('digest:faults', new Date());
    expect(r.recipients).toBe(N);
    app.worker.wake();
    // Users talk to the bot while the broadcast runs.
    for (const [i, u] of talkers.entries()) {
      setTimeout(() => fake.sendText(u, '/start'), 200 + i * 120);
    }
    const delivered = () => fake.calls.filter((c) => c.seq >= since && c.ok && c.method === 'sendMessage');
    const expectedDigests = N - BLOCKED.size;
    for (let i = 0; ; i++) {
      const got = delivered();
      const digests = new Set(got.filter((c) => chats.includes(c.params.chat_id as number)).map((c) => c.params.chat_id));
      const answered = new Set(got.filter((c) => talkers.some((t) => t.id === c.params.chat_id)).map((c) => c.params.chat_id));
      if (digests.size === expectedDigests && answered.size === talkers.length) break;
      if (i > 1800) throw new Error(`after 90 s: ${digests.size}/${expectedDigests} digests, ${answered.size}/${talkers.length} answers`);
      await new Promise((res) => setTimeout(res, 50));
    }
    await app.worker.drained();
    await new Promise((res) => setTimeout(res, 1500));
    const got = delivered();
    const perChat = new Map<number, number>();
    for (const c of got) perChat.set(c.params.chat_id as number, (perChat.get(c.params.chat_id as number) ?? 0) + 1);
    const duplicates = chats.filter((c) => (perChat.get(c) ?? 0) > 1);
    const losses = chats.filter((c) => !BLOCKED.has(c) && !perChat.get(c));
    expect(duplicates).toEqual([]);
    expect(losses).toEqual([]);
    for (const id of BLOCKED) expect(perChat.get(id) ?? 0).toBe(0);
    for (const t of talkers) expect(perChat.get(t.id) ?? 0, `user ${t.id}`).toBeGreaterThanOrEqual(1);
    const rows = await app.db.delivery.findMany({ where: { run: { slot: 'digest:faults' } } });
    expect(rows.filter((x) => x.status === 'sent')).toHaveLength(expectedDigests);
    expect(
      rows
        .filter((x) => x.status === 'failed')
        .map((x) => Number(x.chatId))
        .sort(),
    ).toEqual([...BLOCKED].sort());
    const unreachable = await app.db.subscriber.findMany({ where: { reachable: false }, select: { chatId: true } });
    expect(unreachable.map((s) => Number(s.chatId)).sort()).toEqual([...BLOCKED].sort());
    const refused = fake.calls.filter((c) => c.seq >= since && !c.ok);
    const tooMany = refused.filter((c) => (c.response as { error_code: number }).error_code === 429).length;
    console.log(
      `[reliability] faults: ${talkers.length} updates answered, ${injected5xx} × 5xx + ${tooMany} × 429 + ${BLOCKED.size} blocked chats injected, ` +
        `${expectedDigests} digests delivered, duplicates ${duplicates.length}, losses ${losses.length}`,
    );
    fake.reset();
  }, 150_000);
});
