import { beforeAll, describe, expect, it } from 'vitest';
import { CALLBACK_DATA_LIMIT, type KnownValues, decodeCallback, encodeCallback, knownValues } from '../../src/bot/callback-data.js';
import type { Catalog } from '../../src/domain/catalog.js';
import { loadSeededCatalog } from '../support/catalog.js';

const known: KnownValues = {
  hasPartner: (c) => ['DE', 'JP', 'EU'].includes(c),
  hasPillar: (id) => ['military', 'cyber'].includes(id),
  pageCount: (list) => (list === 'countries' ? 3 : 9),
};

describe('callback data codec', () => {
  it('round-trips every kind', () => {
    for (const d of [
      { kind: 'country', code: 'DE' },
      { kind: 'pillar', id: 'cyber' },
      { kind: 'page', list: 'countries', page: 3 },
      { kind: 'page', list: 'timeline', page: 2 },
    ] as const) {
      const raw = encodeCallback(d);
      expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
      expect(decodeCallback(raw, known)).toEqual(d);
    }
    expect(encodeCallback({ kind: 'country', code: 'DE' })).toBe('country:DE');
    expect(encodeCallback({ kind: 'page', list: 'timeline', page: 2 })).toBe('page:timeline:2');
  });

  it.each([
    'country:ZZ',
    'country:de',
    'country:DEU',
    'country:',
    'pillar:nothing',
    'pillar:Military',
    'page:timeline:999',
    'page:timeline:0',
    'page:timeline:-1',
    'page:timeline:01',
    'page:countries:4',
    'page:secret:1',
    'page:countries:1:extra',
    'lang:en',
    '',
    `country:DE${'x'.repeat(70)}`,
  ])('rejects forged or stale data %j', (raw) => {
    expect(decodeCallback(raw, known)).toBeNull();
  });

  it('rejects non-strings and refuses to encode over 64 bytes', () => {
    expect(decodeCallback(undefined, known)).toBeNull();
    expect(decodeCallback(null, known)).toBeNull();
    expect(() => encodeCallback({ kind: 'pillar', id: 'x'.repeat(60) })).toThrow(/64 bytes/);
  });
});

describe('knownValues from the seeded catalog', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await loadSeededCatalog();
  });
  it('knows the partners, pillars and page counts', () => {
    const k = knownValues(catalog);
    expect(decodeCallback('country:JP', k)).toEqual({ kind: 'country', code: 'JP' });
    expect(decodeCallback('country:ZZ', k)).toBeNull();
    expect(decodeCallback('pillar:military', k)).toEqual({ kind: 'pillar', id: 'military' });
    expect(k.pageCount('countries')).toBe(3);
    expect(decodeCallback(`page:timeline:${k.pageCount('timeline')}`, k)).not.toBeNull();
    expect(decodeCallback(`page:timeline:${k.pageCount('timeline') + 1}`, k)).toBeNull();
  });
});
