/**
 * The bot-test harness itself: the same bot answers whichever way updates reach it and wherever the
 * fake Bot API lives, and the database comes from the suite's template.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { type Harness, type HarnessOptions, startHarness, users } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('the bot-test harness', () => {
  it.each<[string, HarnessOptions]>([
    ['polling in process', { transport: 'in-process', drive: 'polling' }],
    ['handleUpdate in process', { transport: 'in-process', drive: 'handleUpdate' }],
    ['polling over HTTP', { transport: 'http', drive: 'polling' }],
  ])('answers /start and a button, %s', async (_name, opts) => {
    h = await startHarness({}, opts);
    expect(h.fake.transport).toBe(opts.transport);
    expect(h.fake.apiRoot).toMatch(opts.transport === 'http' ? /^http:\/\/127\.0\.0\.1:\d+$/ : /^http:\/\/fake-telegram-\d+-\d+\.invalid$/);
    const since = h.fake.mark();
    h.fake.sendText(users.john, '/start');
    expect(String((await h.fake.waitForMessage(users.john.id, undefined, 10_000, { since })).params.text)).toContain('Hello, John!');
    h.fake.sendText(users.john, '/language');
    const prompt = await h.fake.waitForMessage(users.john.id, (t) => t.includes('language'), 10_000, { since });
    h.fake.pressButton(users.john, prompt, 'lang:uk');
    await h.fake.waitForCall('answerCallbackQuery', undefined, 10_000, { since });
    await h.fake.updatesConsumed(10_000);
    const delivered = h.fake.callsTo('getUpdates').flatMap((c) => (c.ok ? (c.response as unknown[]) : []));
    // handleUpdate: no update ever travels through getUpdates; polling: all three do.
    expect(delivered).toHaveLength(opts.drive === 'handleUpdate' ? 0 : 3);
  });

  it('starts from a copy of the suite template: already migrated and seeded', async () => {
    const template = inject('databaseTemplate');
    expect(template && existsSync(template)).toBe(true);
    const started = new Date();
    h = await startHarness();
    // The copy was seeded before this test began (when the template was made), not by this start.
    const partners = await h.app.db.partner.findMany({ select: { createdAt: true } });
    expect(partners.length).toBeGreaterThan(30);
    expect(partners.every((p) => p.createdAt < started)).toBe(true);
  });
});
