import { describe, expect, it } from 'vitest';
import { serializePerChat } from '../../src/bot/features/admin/index.js';
import type { BotContext } from '../../src/bot/context.js';

const ctxFor = (chatId: number) => ({ chat: { id: chatId } }) as unknown as BotContext;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serializePerChat', () => {
  it('runs one chat’s updates one after another, other chats in parallel, and survives a failure', async () => {
    const mw = serializePerChat();
    const log: string[] = [];
    const job =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await sleep(ms);
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
      };
    const a1 = mw(ctxFor(1), job('a1', 30, true));
    const a2 = mw(ctxFor(1), job('a2', 1));
    const b1 = mw(ctxFor(2), job('b1', 1));
    await expect(a1).rejects.toThrow('a1');
    await Promise.all([a2, b1]);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
  });
});

describe('dialogStore', () => {
  it('keeps a session only while a dialog is open, and forgets it after the TTL', async () => {
    const { dialogStore } = await import('../../src/bot/features/admin/wizard.js');
    let t = 0;
    const store = dialogStore(1000, () => t);
    store.set('1:1', {});
    store.set('2:2', { __scenes: { cursor: 0 } });
    expect(store.size).toBe(0);
    store.set('3:3', { __scenes: { current: 'admin-new-event', cursor: 2 } as never });
    expect(store.get('3:3')?.__scenes?.current).toBe('admin-new-event');
    t = 1001;
    expect(store.get('3:3')).toBeUndefined();
    expect(store.size).toBe(0);
  });
});
