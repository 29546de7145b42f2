import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog.js';
import {
  codeToFlag,
  findCountries,
  findPillars,
  flagToCode,
  normalize,
  resolveCountry,
  resolvePartner,
  resolvePillar,
  typoThreshold,
  ukrainianNameForms,
  ukrainianWordForms,
} from '../../src/domain/resolve.js';
import { loadSeededCatalog } from '../support/catalog.js';
import { resolutionCases } from '../support/resolution-cases.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
});

const country = (q: string) => {
  const r = resolveCountry(catalog, q);
  if (r.status === 'partner') return r.partner.code;
  if (r.status === 'non-partner') return `non-partner:${r.code}`;
  return r.status;
};

describe('resolveCountry: the shared table', () => {
  it('has at least 60 cases', () => expect(resolutionCases.length).toBeGreaterThanOrEqual(60));
  it.each(resolutionCases.map((c) => [c.input, c.expected]))('%s → %s', (input, expected) => {
    expect(country(input)).toBe(expected);
  });
});

describe('every partner by every name', () => {
  it('resolves each partner by code, alpha-3, flag and its names in both languages', () => {
    for (const p of catalog.partners) {
      for (const q of [p.code, p.nameEn, p.nameUk, p.nameEn.toUpperCase(), p.nameUk.toLowerCase(), ...p.aliasesEn, ...p.aliasesUk]) {
        expect(country(q), q).toBe(p.code);
      }
      if (p.code !== 'EU' && p.code !== 'XK') expect(country(codeToFlag(p.code)), p.code).toBe(p.code);
    }
  });

  it('resolves every Ukrainian partner name in its declined forms', () => {
    for (const p of catalog.partners) {
      const forms = ukrainianNameForms(p.nameUk);
      expect(forms.length, p.nameUk).toBeGreaterThan(p.nameUk === p.nameUk.toUpperCase() ? 0 : 3);
      for (const f of forms) expect(country(f), f).toBe(p.code);
    }
  });
});

describe('resolvePartner', () => {
  const code = (q: string) => {
    const r = resolvePartner(catalog, q);
    return r.status === 'found' ? r.item.code : r.status;
  };
  it.each([
    ['DE', 'DE'],
    ['germany', 'DE'],
    ['Німеччина', 'DE'],
    ['🇯🇵', 'JP'],
    ['UK', 'GB'],
    ['Holland', 'NL'],
    ['Atlantis', 'unknown'],
    ['Hungary', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (q, expected) => {
    expect(code(q)).toBe(expected);
  });

  it('suggests only close partners for a miss, and none for nonsense or non-partner countries', () => {
    const r = resolvePartner(catalog, 'Portu');
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') {
      expect(r.suggestions.length).toBeGreaterThanOrEqual(1);
      expect(r.suggestions.length).toBeLessThanOrEqual(3);
      expect(r.suggestions[0]!.code).toBe('PT');
    }
    for (const q of ['zzzz', 'Atlantis', 'Switzerland', 'Грузія', 'Moldova']) {
      const miss = resolvePartner(catalog, q);
      expect(miss).toEqual({ status: 'unknown', suggestions: [] });
    }
  });

  it('reports a typo equally close to two partners as ambiguous, with both', () => {
    const r = resolvePartner(catalog, 'Island');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((p) => p.code)).toEqual(expect.arrayContaining(['IS', 'IE']));
  });
});

describe('resolvePillar', () => {
  const id = (q: string) => {
    const r = resolvePillar(catalog, q);
    return r.status === 'found' ? r.item.id : r.status;
  };
  it.each([
    ['military', 'military'],
    ['MILITARY', 'military'],
    ['cyber', 'cyber'],
    ['cybersecurity', 'cyber'],
    ['cybersecurty', 'cyber'],
    ['кібербезпека', 'cyber'],
    ['кібербезпеки', 'cyber'],
    ['військової', 'military'],
    ['військова допомога', 'military'],
    ['санкції', 'accountability'],
    ['розвідки', 'intelligence'],
    ['фінансової', 'financial'],
    ['реформ', 'reforms'],
    ['reforms', 'reforms'],
    ['nothing', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (q, expected) => {
    expect(id(q)).toBe(expected);
  });
});

describe('finding names in a sentence', () => {
  const codes = (s: string) =>
    findCountries(catalog, s, new Set(['дані'])).map((m) =>
      m.item.kind === 'partner'
        ? m.item.partner.code
        : m.item.kind === 'non-partner' || m.item.kind === 'aggressor'
          ? `${m.item.kind}:${m.item.code}`
          : 'ambiguous',
    );
  it.each([
    ['When did Germany sign?', ['DE']],
    ['Коли Франція підписала угоду?', ['FR']],
    ['Угода України з Францією', ['FR']],
    ['Has Hungary joined?', ['non-partner:HU']],
    ['Is it true that Japn signed?', ['JP']],
    ['What did the US pledge?', ['US']],
    ['Is it in force in me?', []],
    ['Які дані про Данію?', ['DK']],
    ['🇩🇪 vs 🇫🇷', ['DE', 'FR']],
    ['Who signed for the Czech Republic?', ['CZ']],
    ['Does it cover finance and laws?', []],
    // Russia is found as the aggressor; the question parser decides whether the sentence is about it.
    ['Which agreements cover sanctions against Russia?', ['aggressor:RU']],
    ['Чи підписала Білорусь угоду?', ['aggressor:BY']],
    ['Is the agreement with Hungry real?', []],
    ['Agreement with Hungary', ['non-partner:HU']],
  ])('%s → %j', (s, expected) => {
    expect(codes(s)).toEqual(expected);
  });

  it('finds pillars in a sentence in both languages', () => {
    expect(findPillars(catalog, 'Does it cover cyber security?').map((m) => m.item.id)).toEqual(['cyber']);
    expect(findPillars(catalog, 'Чи є там кібербезпеки і військової допомоги').map((m) => m.item.id)).toEqual(['cyber', 'military']);
  });
});

describe('helpers', () => {
  it('normalise and convert flags', () => {
    expect(normalize('  Côte   d’Ivoire! ')).toBe("côte d'ivoire");
    expect(flagToCode('🇺🇦')).toBe('UA');
    expect(flagToCode('UA')).toBeUndefined();
    expect(codeToFlag('DE')).toBe('🇩🇪');
  });

  it('decline Ukrainian words without inventing everyday words', () => {
    expect(ukrainianWordForms('польща')).toEqual(expect.arrayContaining(['польщі', 'польщу', 'польщею']));
    expect(ukrainianWordForms('америка')).toContain('америці');
    expect(ukrainianWordForms('люксембург')).toContain('люксембурзі');
    expect(ukrainianWordForms('данія')).not.toContain('дані');
    expect(ukrainianNameForms('США')).toEqual(['сша']);
  });

  it('scales the typo threshold with length', () => {
    expect([3, 4, 6, 9].map(typoThreshold)).toEqual([0, 1, 2, 3]);
  });
});

/** Real declensions (genitive, dative, accusative, instrumental, locative), written by hand, not generated. */
const DECLENSIONS: Record<string, string[]> = {
  GB: ['Великої Британії', 'Великій Британії', 'Велику Британію', 'Великою Британією', 'у Великій Британії'],
  DE: ['Німеччини', 'Німеччині', 'Німеччину', 'Німеччиною', 'у Німеччині'],
  FR: ['Франції', 'Франції', 'Францію', 'Францією', 'у Франції'],
  IT: ['Італії', 'Італії', 'Італію', 'Італією', 'в Італії'],
  CA: ['Канади', 'Канаді', 'Канаду', 'Канадою', 'у Канаді'],
  JP: ['Японії', 'Японії', 'Японію', 'Японією', 'в Японії'],
  US: ['Сполучених Штатів Америки', 'Сполученим Штатам Америки', 'Сполучені Штати Америки', 'Сполученими Штатами Америки', 'у Сполучених Штатах Америки'],
  EU: ['Європейського Союзу', 'Європейському Союзу', 'Європейський Союз', 'Європейським Союзом', 'в Європейському Союзі'],
  DK: ['Данії', 'Данії', 'Данію', 'Данією', 'у Данії'],
  FI: ['Фінляндії', 'Фінляндії', 'Фінляндію', 'Фінляндією', 'у Фінляндії'],
  IS: ['Ісландії', 'Ісландії', 'Ісландію', 'Ісландією', 'в Ісландії'],
  NO: ['Норвегії', 'Норвегії', 'Норвегію', 'Норвегією', 'у Норвегії'],
  SE: ['Швеції', 'Швеції', 'Швецію', 'Швецією', 'у Швеції'],
  CZ: ['Чехії', 'Чехії', 'Чехію', 'Чехією', 'у Чехії'],
  NL: ['Нідерландів', 'Нідерландам', 'Нідерланди', 'Нідерландами', 'у Нідерландах'],
  ES: ['Іспанії', 'Іспанії', 'Іспанію', 'Іспанією', 'в Іспанії'],
  BE: ['Бельгії', 'Бельгії', 'Бельгію', 'Бельгією', 'у Бельгії'],
  PT: ['Португалії', 'Португалії', 'Португалію', 'Португалією', 'у Португалії'],
  RO: ['Румунії', 'Румунії', 'Румунію', 'Румунією', 'у Румунії'],
  IE: ['Ірландії', 'Ірландії', 'Ірландію', 'Ірландією', 'в Ірландії'],
  LV: ['Латвії', 'Латвії', 'Латвію', 'Латвією', 'у Латвії'],
  GR: ['Греції', 'Греції', 'Грецію', 'Грецією', 'у Греції'],
  MK: ['Північної Македонії', 'Північній Македонії', 'Північну Македонію', 'Північною Македонією', 'у Північній Македонії'],
  BG: ['Болгарії', 'Болгарії', 'Болгарію', 'Болгарією', 'у Болгарії'],
  EE: ['Естонії', 'Естонії', 'Естонію', 'Естонією', 'в Естонії'],
  LT: ['Литви', 'Литві', 'Литву', 'Литвою', 'у Литві'],
  XK: ['Косова', 'Косову', 'Косово', 'Косовом', 'у Косові'],
  ME: ['Чорногорії', 'Чорногорії', 'Чорногорію', 'Чорногорією', 'у Чорногорії'],
  LU: ['Люксембургу', 'Люксембургу', 'Люксембург', 'Люксембургом', 'у Люксембурзі'],
  SI: ['Словенії', 'Словенії', 'Словенію', 'Словенією', 'у Словенії'],
  AL: ['Албанії', 'Албанії', 'Албанію', 'Албанією', 'в Албанії'],
  CY: ['Кіпру', 'Кіпру', 'Кіпр', 'Кіпром', 'на Кіпрі'],
  PL: ['Польщі', 'Польщі', 'Польщу', 'Польщею', 'у Польщі'],
  HR: ['Хорватії', 'Хорватії', 'Хорватію', 'Хорватією', 'у Хорватії'],
};

describe('Ukrainian grammatical cases, every partner', () => {
  it('covers every partner', () => {
    expect(Object.keys(DECLENSIONS).sort()).toEqual(catalog.partners.map((p) => p.code).sort());
  });
  it.each(Object.entries(DECLENSIONS))('%s in every case', (code, forms) => {
    for (const f of forms) {
      expect(country(f), f).toBe(code);
      expect(country(f.toUpperCase()), f.toUpperCase()).toBe(code);
    }
  });
});
