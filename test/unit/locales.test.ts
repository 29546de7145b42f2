import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { languageFromTelegram, loadI18n, localeFiles, negotiateLanguage } from '../../src/i18n/index.js';

const i18n = loadI18n();

describe('locales', () => {
  it('have exactly the same keys in Ukrainian and English', () => {
    expect(i18n.keys('uk').sort()).toEqual(i18n.keys('en').sort());
    expect(i18n.keys('en').length).toBeGreaterThan(10);
  });

  it('are split into the same files in both languages', () => {
    const names = (lang: 'uk' | 'en') => localeFiles(lang).map((f) => path.basename(f));
    expect(names('uk')).toEqual(names('en'));
  });

  it('use the same variables in both languages for every key', () => {
    const vars = (lang: 'uk' | 'en') => {
      const text = localeFiles(lang)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      const out = new Map<string, string[]>();
      let key = '';
      for (const line of text.split('\n')) {
        const m = /^([a-z0-9-]+)\s*=/.exec(line);
        if (m) key = m[1]!;
        if (!key) continue;
        // Grammatical variants of one value count as that value: Ukrainian takes a name in the case its
        // sentence needs (partnerGen, partnerIns, frameworkGen) and a verb in its gender (gender).
        const found = [...line.matchAll(/\{\s*\$([a-zA-Z]+)/g)].map((x) => x[1]!.replace(/^(partner|framework)(Gen|Ins)$/, '$1')).filter((v) => v !== 'gender');
        out.set(key, [...(out.get(key) ?? []), ...found]);
      }
      return new Map([...out].map(([k, v]) => [k, [...new Set(v)].sort()]));
    };
    expect(vars('uk')).toEqual(vars('en'));
  });

  it('formats dates for the language', () => {
    expect(i18n.translator('uk').date('2024-02-16')).toBe('16 лютого 2024 р.');
    expect(i18n.translator('en').date('2024-02-16')).toBe('16 February 2024');
  });
});

describe('language negotiation', () => {
  it('maps Telegram language codes: uk/ru/be → Ukrainian, others → English, none → Ukrainian', () => {
    expect(languageFromTelegram('uk')).toBe('uk');
    expect(languageFromTelegram('ru')).toBe('uk');
    expect(languageFromTelegram('be')).toBe('uk');
    expect(languageFromTelegram('en-US')).toBe('en');
    expect(languageFromTelegram('de')).toBe('en');
    expect(languageFromTelegram(undefined)).toBe('uk');
  });
  it('prefers a stored choice', () => {
    expect(negotiateLanguage('en', 'uk')).toBe('en');
    expect(negotiateLanguage(null, 'uk')).toBe('uk');
    expect(negotiateLanguage('xx', 'en')).toBe('en');
  });
});
