/** The admin and subscription services without Telegraf: roles, grants, and a subscriber's settings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceWorld, startServices } from '../support/services.js';

let w: ServiceWorld;
const owner = 1n;

beforeAll(async () => {
  w = await startServices({ adminIds: [owner] });
});
afterAll(async () => w?.close());

describe('admin service', () => {
  it('knows owners from the configuration and editors from grants, and audits both changes', async () => {
    const admins = w.services.admins;
    expect(await admins.roleOf(owner)).toBe('owner');
    expect(await admins.roleOf(42n)).toBeNull();
    expect(await admins.grant(owner, owner, null)).toBe('owner');
    expect(await admins.grant(42n, owner, 'Olena')).toBe('granted');
    expect(await admins.grant(42n, owner, 'Olena')).toBe('already');
    expect(await admins.roleOf(42n)).toBe('editor');
    expect((await admins.list()).editors.map((e) => [e.userId, e.name])).toEqual([[42n, 'Olena']]);
    await w.services.subscriptions.seen({ chatId: 42n, chatType: 'private' });
    await w.services.subscriptions.setLanguage(42n, 'en');
    expect(await admins.menus()).toEqual([
      { userId: owner, role: 'owner', lang: 'uk' },
      { userId: 42n, role: 'editor', lang: 'en' },
    ]);
    expect(await admins.revoke(42n, owner)).toBe('revoked');
    expect(await admins.revoke(42n, owner)).toBe('not-editor');
    expect(await admins.roleOf(42n)).toBeNull();
    expect((await w.services.facts.auditLog(2)).map((a) => a.action)).toEqual(['admin.revoke', 'admin.grant']);
  });
});

describe('subscription service', () => {
  const chat = 5000n;

  it('subscribes, changes settings, pauses, resumes and unsubscribes, keeping preferences', async () => {
    const subs = w.services.subscriptions;
    await subs.seen({ chatId: chat, chatType: 'private', telegramLanguage: 'uk' });
    expect(await subs.change(chat, { kind: 'pause' })).toBeNull();
    expect(await subs.subscribe(chat, chat)).toBe('new');
    expect(await subs.subscribe(chat, chat)).toBe('already');
    let sub = await subs.change(chat, { kind: 'patch', patch: { frequency: 'weekly', deliveryHour: 7 } });
    expect(sub).toMatchObject({ frequency: 'weekly', deliveryHour: 7, silent: false });
    sub = await subs.change(chat, { kind: 'toggle', setting: 'silent' });
    expect(sub?.silent).toBe(true);
    sub = await subs.change(chat, { kind: 'toggleFilter', type: 'partner', value: 'JP' });
    expect(sub?.filters.partners).toEqual(['JP']);
    sub = await subs.change(chat, { kind: 'pause' });
    expect(sub?.pausedAt).toEqual(w.clock.now);
    sub = await subs.change(chat, { kind: 'resume', mode: 'now' });
    expect(sub?.pausedAt).toBeNull();
    expect(await subs.unsubscribe(chat)).toBe(true);
    expect(await subs.unsubscribe(chat)).toBe(false);
    expect(await subs.subscribe(chat, chat)).toBe('restored');
    expect(await subs.get(chat)).toMatchObject({ frequency: 'weekly', silent: true, filters: { partners: ['JP'] } });
  });

  it('subscribes from a deep link with one filter, or to everything', async () => {
    const subs = w.services.subscriptions;
    await subs.seen({ chatId: 6000n, chatType: 'private' });
    expect(await subs.subscribeTo(6000n, 6000n, { type: 'pillar', value: 'military' })).toBe('new');
    expect((await subs.get(6000n))?.filters.pillars).toEqual(['military']);
    expect(await subs.subscribeTo(6000n, 6000n, 'everything')).toBe('already');
    expect((await subs.get(6000n))?.filters).toEqual({ partners: [], pillars: [], kinds: [] });
  });
});
