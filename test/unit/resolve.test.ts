import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog.js';
import { codeToFlag, flagToCode, normalize, resolvePartner, resolvePillar } from '../../src/domain/resolve.js';
import { loadSeededCatalog } from '../support/catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
});

const code = (q: string) => {
  const r = resolvePartner(catalog, q);
  return r.status === 'found' ? r.item.code : r.status;
};

describe('resolvePartner', () => {
  it.each([
    ['DE', 'DE'],
    ['germany', 'DE'],
    ['Німеччина', 'DE'],
    ['🇯🇵', 'JP'],
    ['UK', 'GB'],
    ['USA', 'US'],
    ['Євросоюз', 'EU'],
    ['Holland', 'NL'],
    ['Atlantis', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (q, expected) => {
    expect(code(q)).toBe(expected);
  });
});

describe('resolvePillar', () => {
  it('finds pillars by id, name or alias in both languages', () => {
    const id = (q: string) => {
      const r = resolvePillar(catalog, q);
      return r.status === 'found' ? r.item.id : r.status;
    };
    expect(id('military')).toBe('military');
    expect(id('кібербезпека')).toBe('cyber');
    expect(id('nothing')).toBe('unknown');
  });
});

describe('helpers', () => {
  it('normalise and convert flags', () => {
    expect(normalize('  Côte   d’Ivoire! ')).toBe("côte d'ivoire");
    expect(flagToCode('🇺🇦')).toBe('UA');
    expect(flagToCode('UA')).toBeUndefined();
    expect(codeToFlag('DE')).toBe('🇩🇪');
  });
});
