/** The broadcaster without Telegraf: urgent items and announcements become outbox rows for the worker. */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBroadcast } from '../../src/services/broadcasts.js';
import { createDigestService } from '../../src/services/digests.js';
import { type ServiceWorld, startServices } from '../support/services.js';

let w: ServiceWorld;

beforeAll(async () => {
  w = await startServices();
});
afterAll(async () => w?.close());

describe('broadcast service', () => {
  it('queues an announcement for every reachable subscriber, in their language, through the outbox', async () => {
    const digests = createDigestService({ repos: w.repos, i18n: w.services.i18n, logger: pino({ level: 'silent' }) });
    const broadcast = createBroadcast({ digests, repos: w.repos, now: () => w.clock.now });
    for (const [chatId, lang] of [
      [7001n, 'en'],
      [7002n, 'uk'],
    ] as const) {
      await w.services.subscriptions.seen({ chatId, chatType: 'private' });
      await w.services.subscriptions.setLanguage(chatId, lang);
      await w.services.subscriptions.subscribe(chatId, chatId);
    }
    expect(await broadcast.countAnnouncementRecipients()).toBe(2);
    expect(await broadcast.announce({ en: 'Hello <all>', uk: 'Привіт усім' }, { byUserId: 1n })).toEqual({ recipients: 2 });
    const rows = await w.db.delivery.findMany({ orderBy: { chatId: 'asc' } });
    expect(rows.map((r) => [r.chatId, JSON.parse(r.payload).parts])).toEqual([
      [7001n, ['📣 Hello &lt;all&gt;']],
      [7002n, ['📣 Привіт усім']],
    ]);
  });
});
