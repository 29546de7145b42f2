import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogEvent } from '../../src/domain/catalog.js';
import { buildCatalog } from '../../src/domain/catalog.js';
import { createDigestComposer, formatDigest, kindGroup, selectEvents } from '../../src/domain/digest.js';
import { inQuietHours, lastDueMoment, zonedInstant } from '../../src/domain/schedule.js';
import { classifyTelegramError } from '../../src/delivery/telegram-errors.js';
import { createRateLimiter } from '../../src/delivery/rate-limiter.js';
import { loadI18n } from '../../src/i18n/index.js';
import { loadSeededCatalog } from '../support/catalog.js';

const i18n = loadI18n();
let seeded: Catalog;
let catalog: Catalog;
const T0 = new Date('2026-03-01T10:00:00Z');

function event(id: number, over: Partial<CatalogEvent>): CatalogEvent {
  return {
    id,
    occurredOn: '2026-02-28',
    kind: 'ratification',
    frameworkId: null,
    partnerCodes: ['DE'],
    titleEn: `Event ${id}`,
    titleUk: `Подія ${id}`,
    bodyEn: null,
    bodyUk: null,
    sourceUrl: `https://example.org/${id}`,
    confidence: 'high',
    status: null,
    dueOn: null,
    origin: 'admin',
    publishedAt: new Date(T0.getTime() + (id % 1000) * 1000),
    ...over,
  };
}

beforeAll(async () => {
  seeded = await loadSeededCatalog();
  catalog = buildCatalog({
    ...seeded,
    events: [
      ...seeded.events,
      event(9001, { partnerCodes: ['DE'], kind: 'ratification' }),
      event(9002, { partnerCodes: ['FR'], kind: 'joined', frameworkId: 'coalition-of-the-willing' }),
      event(9003, { partnerCodes: ['JP'], kind: 'agreement', titleEn: 'Japan <signs>' }),
      event(9004, { partnerCodes: ['DE'], kind: 'pledge', publishedAt: null }),
    ],
  });
});

describe('selecting a digest', () => {
  const window = { from: new Date(T0.getTime()), to: new Date(T0.getTime() + 60_000) };
  it('takes what was published in the window, never the seeded baseline or drafts', () => {
    const ids = selectEvents(catalog, window, { partners: [], pillars: [], kinds: [] }).map((e) => e.id);
    expect(ids).toEqual([9001, 9002, 9003]);
    expect(selectEvents(catalog, { from: new Date(T0.getTime() + 1500), to: window.to }, { partners: [], pillars: [], kinds: [] }).map((e) => e.id)).toEqual([9002, 9003]);
  });
  it('ORs values of one filter type and ANDs types', () => {
    expect(selectEvents(catalog, window, { partners: ['DE', 'FR'], pillars: [], kinds: [] }).map((e) => e.id)).toEqual([9001, 9002]);
    expect(selectEvents(catalog, window, { partners: ['DE', 'FR'], pillars: [], kinds: ['members'] }).map((e) => e.id)).toEqual([9002]);
    expect(selectEvents(catalog, window, { partners: [], pillars: [], kinds: ['agreements'] }).map((e) => e.id)).toEqual([9003]);
    // pillars: through the partners' agreements (Germany's covers military support)
    expect(selectEvents(catalog, window, { partners: [], pillars: ['military'], kinds: [] }).map((e) => e.id)).toContain(9001);
  });
  it('groups kinds', () => {
    expect(kindGroup('joined')).toBe('members');
    expect(kindGroup('agreement')).toBe('agreements');
    expect(kindGroup('renewal')).toBe('milestones');
  });
});

describe('formatting a digest', () => {
  it('groups by framework then partner, escapes, links sources, ends with the data date, in both languages', () => {
    const events = selectEvents(catalog, { from: T0, to: new Date(T0.getTime() + 60_000) }, { partners: [], pillars: [], kinds: [] });
    const [en] = formatDigest(catalog, events, i18n.translator('en'));
    expect(en).toContain('Japan &lt;signs&gt;');
    expect(en).toContain('<a href="https://example.org/9003">source</a>');
    expect(en!.indexOf('Coalition')).toBeLessThan(en!.indexOf('Bilateral agreements and other news'));
    expect(en).toMatch(/Data as of \d+ \w+ 2026/);
    const [uk] = formatDigest(catalog, events, i18n.translator('uk'));
    expect(uk).toContain('Подія 9001');
    expect(uk).toContain('🇩🇪 Німеччина');
    expect(uk).toMatch(/Дані станом на/);
  });
  it('splits a long digest under 4096 characters', () => {
    const many = Array.from({ length: 120 }, (_, i) => event(10_000 + i, { partnerCodes: [seeded.partners[i % 30]!.code], titleEn: `A long headline number ${i} `.repeat(3) }));
    const parts = formatDigest(buildCatalog({ ...seeded, events: many }), many, i18n.translator('en'));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
  });
  it('a composer reuses texts and re-formats without withdrawn events', () => {
    const c = createDigestComposer(catalog, (l) => i18n.translator(l));
    const a = c.compose({ from: T0, to: new Date(T0.getTime() + 60_000) }, { partners: [], pillars: [], kinds: [] }, 'en')!;
    const b = c.compose({ from: T0, to: new Date(T0.getTime() + 60_000) }, { partners: [], pillars: [], kinds: [] }, 'en')!;
    expect(a.parts).toBe(b.parts);
    expect(c.recompose([9001, 424242], 'en')!.eventIds).toEqual([9001]);
    expect(c.recompose([424242], 'en')).toBeNull();
    expect(c.compose({ from: new Date(T0.getTime() + 60_000), to: new Date(T0.getTime() + 120_000) }, { partners: [], pillars: [], kinds: [] }, 'uk')).toBeNull();
  });
});

describe('schedules', () => {
  it('finds the last daily and weekly due moments in the subscriber\'s zone, across DST', () => {
    // 2026-03-29 is the EU DST switch; 09:00 Kyiv is 06:00Z after it, 07:00Z before.
    expect(lastDueMoment(new Date('2026-03-30T08:00:00Z'), { frequency: 'daily', hour: 9, weekday: 1, timezone: 'Europe/Kyiv' }).toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(lastDueMoment(new Date('2026-03-27T06:30:00Z'), { frequency: 'daily', hour: 9, weekday: 1, timezone: 'Europe/Kyiv' }).toISOString()).toBe('2026-03-26T07:00:00.000Z');
    // weekly, Monday 09:00 New York; 2026-03-04 is a Wednesday
    expect(lastDueMoment(new Date('2026-03-04T12:00:00Z'), { frequency: 'weekly', hour: 9, weekday: 1, timezone: 'America/New_York' }).toISOString()).toBe('2026-03-02T14:00:00.000Z');
    expect(zonedInstant('Asia/Tokyo', 2026, 1, 1, 0).toISOString()).toBe('2025-12-31T15:00:00.000Z');
  });
  it('knows quiet hours, wrapping midnight', () => {
    const at = (iso: string) => new Date(iso);
    expect(inQuietHours(at('2026-03-01T21:30:00Z'), 'Europe/Kyiv', 22, 8)).toBe(true); // 23:30 Kyiv
    expect(inQuietHours(at('2026-03-01T07:30:00Z'), 'Europe/Kyiv', 22, 8)).toBe(false); // 09:30
    expect(inQuietHours(at('2026-03-01T03:00:00Z'), 'UTC', 1, 5)).toBe(true);
    expect(inQuietHours(at('2026-03-01T03:00:00Z'), 'UTC', null, null)).toBe(false);
  });
});

describe('Telegram errors', () => {
  const err = (error_code: number, description: string, parameters?: object) => ({ response: { ok: false, error_code, description, parameters } });
  it('are classified once: retry, gone, strike, migrate, fatal', () => {
    expect(classifyTelegramError(err(429, 'Too Many Requests: retry after 7', { retry_after: 7 }))).toMatchObject({ kind: 'retry', afterMs: 7000, global: true });
    expect(classifyTelegramError(err(502, 'Bad Gateway'), 3)).toMatchObject({ kind: 'retry', afterMs: 4000, global: false });
    expect(classifyTelegramError(new Error('ECONNRESET'))).toMatchObject({ kind: 'retry' });
    expect(classifyTelegramError(err(403, 'Forbidden: bot was blocked by the user')).kind).toBe('gone');
    expect(classifyTelegramError(err(403, 'Forbidden: user is deactivated')).kind).toBe('gone');
    expect(classifyTelegramError(err(403, 'Forbidden: bot was kicked from the group chat')).kind).toBe('gone');
    expect(classifyTelegramError(err(400, 'Bad Request: chat not found')).kind).toBe('gone');
    expect(classifyTelegramError(err(403, "Forbidden: bot can't send messages to the user")).kind).toBe('strike');
    expect(classifyTelegramError(err(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }))).toMatchObject({ kind: 'migrate', toChatId: -1001234 });
    expect(classifyTelegramError(err(400, "Bad Request: can't parse entities")).kind).toBe('fatal');
  });
});

describe('the rate limiter', () => {
  it('keeps N per window counted from completions, one per chat per second, and honours a pause', async () => {
    let t = 0;
    const limiter = createRateLimiter({ perSecond: 3, now: () => t, sleep: async (ms) => void (t += ms) });
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      const done = await limiter.acquire(100 + i);
      starts.push(t);
      t += 10; // the request takes 10 ms
      done();
    }
    expect(starts.slice(0, 3)).toEqual([0, 10, 20]);
    expect(starts[3]).toBeGreaterThanOrEqual(10 + 1005);
    expect(starts[6]! - starts[3]!).toBeGreaterThanOrEqual(20);
    const a = t;
    (await limiter.acquire(1))();
    const b = t;
    (await limiter.acquire(1))();
    expect(t - b).toBeGreaterThanOrEqual(1005);
    limiter.pause(5000);
    const before = t;
    (await limiter.acquire(2))();
    expect(t - before).toBeGreaterThanOrEqual(5000);
    expect(a).toBeLessThanOrEqual(b);
  });
});

describe('dataAsOfAfterPublishing', () => {
  it('moves forward to the fact date, never back and never past today', async () => {
    const { dataAsOfAfterPublishing } = await import('../../src/domain/catalog.js');
    expect(dataAsOfAfterPublishing('2026-02-13', '2026-11-20', '2026-11-29')).toBe('2026-11-20');
    expect(dataAsOfAfterPublishing('2026-02-13', '2027-01-01', '2026-11-29')).toBe('2026-11-29');
    expect(dataAsOfAfterPublishing('2026-02-13', '2025-01-01', '2026-11-29')).toBe('2026-02-13');
    expect(dataAsOfAfterPublishing('', '2025-01-01', '2026-11-29')).toBe('2025-01-01');
    expect(dataAsOfAfterPublishing('2026-02-13', null, '2026-11-29')).toBe('2026-02-13');
  });
});
