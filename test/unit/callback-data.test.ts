import { describe, expect, it } from 'vitest';
import { adminCodec, decodeAdminCallback, encodeAdminCallback } from '../../src/bot/callback-data/admin.js';
import { CALLBACK_DATA_LIMIT, defineCodec } from '../../src/bot/callback-data/codec.js';
import { CODECS, countryCodec, languageCodec, pageCodec, pillarCodec, settingsCodec } from '../../src/bot/callback-data/index.js';
import type { SubAction } from '../../src/bot/callback-data/settings.js';
import { z } from 'zod';
import { loadSeededCatalog } from '../support/catalog.js';

describe('every callback-data codec', () => {
  it('keeps its longest payload within 64 bytes, round-trips it, and owns its prefix alone', () => {
    expect(CODECS.length).toBe(6);
    for (const codec of CODECS) {
      expect(codec.longest.length).toBeGreaterThan(0);
      for (const value of codec.longest) {
        const raw = codec.encode(value);
        expect(Buffer.byteLength(raw, 'utf8'), raw).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
        expect(raw.startsWith(`${codec.prefix}:`)).toBe(true);
        expect(codec.decode(raw)).toEqual(value);
      }
    }
    const prefixes = CODECS.map((c) => c.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('refuses a payload of another codec', () => {
    for (const a of CODECS) for (const b of CODECS) if (a !== b) for (const v of b.longest) expect(a.decode(b.encode(v))).toBeNull();
  });

  it.each(['', 'x', ':', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'constructor:x', '__proto__:x'])(
    'treats %j as unknown in every codec',
    (raw) => {
      for (const codec of CODECS) {
        expect(codec.decode(raw)).toBeNull();
        // `pillar:constructor` has a pillar id's shape; the catalog (a Map) knows no such pillar (below).
        if (codec !== pillarCodec) expect(codec.decode(`${codec.prefix}:${raw}`)).toBeNull();
      }
    },
  );

  it('resolves decoded values against the catalog by own keys only', { timeout: 120_000 }, async () => {
    const catalog = await loadSeededCatalog();
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(catalog.pillar(key)).toBeUndefined();
      expect(catalog.partner(key)).toBeUndefined();
    }
  });

  it('rejects non-strings and over-long data, and refuses to encode over 64 bytes', () => {
    for (const codec of CODECS) {
      expect(codec.decode(undefined)).toBeNull();
      expect(codec.decode(null)).toBeNull();
      expect(codec.decode(42)).toBeNull();
      expect(codec.decode(`${codec.prefix}:${'a'.repeat(70)}`)).toBeNull();
    }
    const wide = defineCodec<{ s: string }>('wide', { schema: z.tuple([z.string()]).transform(([s]) => ({ s })), parts: (v) => [v.s], longest: [] });
    expect(wide.encode({ s: 'ok' })).toBe('wide:ok');
    expect(() => wide.encode({ s: 'ї'.repeat(30) })).toThrow(/64 bytes/);
  });
});

describe('browse codecs', () => {
  it('encode as before and round-trip', () => {
    expect(countryCodec.encode({ code: 'DE' })).toBe('country:DE');
    expect(pillarCodec.encode({ id: 'cyber' })).toBe('pillar:cyber');
    expect(pageCodec.encode({ list: 'timeline', page: 2 })).toBe('page:timeline:2');
    expect(pageCodec.decode('page:countries:3')).toEqual({ list: 'countries', page: 3 });
    expect(countryCodec.decode('country:JP')).toEqual({ code: 'JP' });
    expect(pillarCodec.decode('pillar:military')).toEqual({ id: 'military' });
  });

  it.each([
    [countryCodec, ['country:de', 'country:DEU', 'country:', 'country:DE:1', 'country: DE']],
    [pillarCodec, ['pillar:Military', 'pillar:', 'pillar:a:b', `pillar:${'x'.repeat(50)}`]],
    [
      pageCodec,
      [
        'page:timeline:0',
        'page:timeline:-1',
        'page:timeline:01',
        'page:timeline:1.5',
        'page:timeline:1e3',
        'page:secret:1',
        'page:countries:1:extra',
        'page:countries:',
      ],
    ],
    [languageCodec, ['lang:xx', 'lang:EN', 'lang:', 'lang:en:1', 'lang:ru']],
  ] as const)('rejects forged data (%#)', (codec, bad) => {
    for (const raw of bad) expect((codec as { decode(raw: unknown): unknown }).decode(raw), raw).toBeNull();
  });
});

describe('settings codec', () => {
  it('round-trips every kind of action with the same wire format as before', () => {
    const actions: [SubAction, string][] = [
      [{ a: 'main' }, 'sub:m'],
      [{ a: 'freq', v: 'weekly' }, 'sub:f:w'],
      [{ a: 'hour', v: 23 }, 'sub:h:23'],
      [{ a: 'hour', v: 0 }, 'sub:h:0'],
      [{ a: 'weekday', v: 7 }, 'sub:w:7'],
      [{ a: 'partner', code: 'DE', page: 2 }, 'sub:p:DE:2'],
      [{ a: 'partners', page: 0 }, 'sub:pp:0'],
      [{ a: 'pillar', id: 'military' }, 'sub:l:military'],
      [{ a: 'kind', v: 'members' }, 'sub:k:members'],
      [{ a: 'quiet', from: 22, to: 8 }, 'sub:q:22-8'],
      [{ a: 'quietOff' }, 'sub:q:off'],
      [{ a: 'resume', mode: 'catchup' }, 'sub:r:c'],
      [{ a: 'resumeMenu' }, 'sub:resume'],
      [{ a: 'zone', zone: 'America/New_York' }, 'sub:z:America/New_York'],
      [{ a: 'zoneMenu' }, 'sub:zm'],
      [{ a: 'on' }, 'sub:on'],
    ];
    for (const [action, raw] of actions) {
      expect(settingsCodec.encode(action)).toBe(raw);
      expect(settingsCodec.decode(raw)).toEqual(action);
    }
  });

  it.each([
    'sub:h:24',
    'sub:h:07',
    'sub:w:0',
    'sub:w:8',
    'sub:p:de:0',
    'sub:l:Nope',
    'sub:k:all',
    'sub:q:5-5',
    'sub:q:5-24',
    'sub:q:05-6',
    'sub:f:x',
    'sub:z:Mars/Olympus',
    'sub:z:Europe/Paris',
    'sub:pp:100',
    'lang:en',
    'sub:constructor',
    'sub:__proto__',
    'sub:toString',
    'sub:m:x',
  ])('rejects %j', (raw) => {
    expect(settingsCodec.decode(raw)).toBeNull();
  });
});

describe('admin codec', () => {
  it('keeps adm:<verb>:<id> and the dialog buttons', () => {
    expect(encodeAdminCallback('pub', 'abcde12345')).toBe('adm:pub:abcde12345');
    expect(decodeAdminCallback('adm:urg:abcde12345')).toEqual({ action: 'urg', id: 'abcde12345' });
    expect(decodeAdminCallback('adm:pub:ABCDE12345')).toBeUndefined();
    expect(decodeAdminCallback('adm:pub:abc')).toBeUndefined();
    expect(decodeAdminCallback('adm:del:abcde12345')).toBeUndefined();
    expect(decodeAdminCallback('adm:wc')).toBeUndefined();
    expect(adminCodec.decode('adm:wc')).toEqual({ verb: 'cancel' });
    expect(adminCodec.decode('adm:ws')).toEqual({ verb: 'skip' });
    expect(adminCodec.decode('adm:wf:3')).toEqual({ verb: 'choice', index: 3 });
    expect(adminCodec.decode('adm:wn:pledge')).toEqual({ verb: 'new', dialog: 'pledge' });
    for (const bad of ['adm:wn:constructor', 'adm:wn:__proto__', 'adm:wf:03', 'adm:wf:100', 'adm:wc:1', 'adm:constructor:abcde12345'])
      expect(adminCodec.decode(bad), bad).toBeNull();
  });
});
