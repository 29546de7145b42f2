/**
 * The questions service's memory: a chat's last subject is remembered for follow-ups, forgotten after
 * the time to live (the injected clock), kept per chat, and bounded in size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog.js';
import { type I18n, loadI18n } from '../../src/i18n/index.js';
import { SUBJECT_TTL_MS, createQuestionsService } from '../../src/services/questions.js';
import { loadSeededCatalog } from '../support/catalog.js';

let catalog: Catalog;
let i18n: I18n;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
  i18n = loadI18n();
});

function service(opts: { maxChats?: number } = {}) {
  let now = Date.parse('2026-03-01T10:00:00Z');
  const svc = createQuestionsService({ catalog: async () => catalog, now: () => new Date(now), ...opts });
  return { svc, advance: (ms: number) => (now += ms) };
}

describe('questions service', () => {
  it('answers a follow-up about the last subject within the time to live, in either language', async () => {
    const { svc, advance } = service();
    const en = i18n.translator('en');
    const uk = i18n.translator('uk');
    await svc.ask(1, 'when did norway sign', en);
    advance(SUBJECT_TTL_MS - 1000);
    const r = await svc.ask(1, 'how much did they pledge?', en);
    expect(r?.question.kind).toBe('pledges');
    expect(r?.html).toContain('13.5bn');
    const again = await svc.ask(1, 'а Франція?', uk);
    expect(again?.html).toContain('Франці');
    expect(again?.question.kind).toBe('pledges');
  });

  it('forgets after the time to live and never mixes chats', async () => {
    const { svc, advance } = service();
    const en = i18n.translator('en');
    await svc.ask(1, 'when did norway sign', en);
    expect((await svc.ask(2, 'how much did they pledge?', en))?.question.kind).toBe('need-subject');
    advance(SUBJECT_TTL_MS + 1);
    expect((await svc.ask(1, 'how much did they pledge?', en))?.question.kind).toBe('need-subject');
  });

  it('keeps at most maxChats subjects, dropping the least recent', async () => {
    const { svc } = service({ maxChats: 3 });
    const en = i18n.translator('en');
    for (const chat of [1, 2, 3, 4]) await svc.ask(chat, 'when did japan sign', en);
    expect(svc.remembered()).toBe(3);
    expect((await svc.ask(1, 'where was it signed', en))?.question.kind).toBe('need-subject');
    expect((await svc.ask(4, 'where was it signed', en))?.html).toContain('Fasano');
  });

  it('refuses over-long text', async () => {
    const { svc } = service();
    expect(await svc.ask(1, 'x'.repeat(501), i18n.translator('en'))).toBeNull();
  });
});
