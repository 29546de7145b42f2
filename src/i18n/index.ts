/**
 * Fluent translations, both languages first-class: locales/<lang>/*.ftl, one file per feature
 * (core.ftl holds what is shared), the same file names and keys in every language. useIsolating is off: Unicode
 * isolation marks would break Telegram's entities. Language is negotiated as: the stored choice →
 * the Telegram language_code (uk/ru/be → Ukrainian, anything else → English) → Ukrainian.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { LOCALES_DIR } from '../paths.js';

export const LANGUAGES = ['uk', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'uk';

export type TArgs = Record<string, FluentVariable>;
export type Translate = (key: string, args?: TArgs) => string;

export interface Translator {
  readonly lang: Lang;
  t: Translate;
  /** 16 February 2024 / 16 лютого 2024 р. — from a YYYY-MM-DD calendar date. */
  date(isoDate: string): string;
  /** February 2024 / лютий 2024 р. */
  month(isoDate: string): string;
  number(n: number): string;
  /** €7.1bn-style amounts in words of the language: 7,1 млрд EUR / EUR 7.1 billion. */
  money(amount: number, currency: string): string;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language for a Telegram language_code when the user has chosen none. */
export function languageFromTelegram(code: string | undefined | null): Lang {
  if (!code) return DEFAULT_LANGUAGE;
  const base = code.toLowerCase().split(/[-_]/)[0];
  return base === 'uk' || base === 'ru' || base === 'be' ? 'uk' : 'en';
}

export function negotiateLanguage(stored: string | null | undefined, telegramCode: string | null | undefined): Lang {
  return isLang(stored) ? stored : languageFromTelegram(telegramCode);
}

/** The locale files of a language, sorted by name. */
export function localeFiles(lang: Lang, dir = LOCALES_DIR): string[] {
  return readdirSync(path.join(dir, lang))
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => path.join(dir, lang, f));
}

export interface I18n {
  translator(lang: Lang): Translator;
  /** Every message id of a language (used by the test that keeps the files in step). */
  keys(lang: Lang): string[];
}

export function loadI18n(dir?: string): I18n {
  const bundles = new Map<Lang, FluentBundle>();
  for (const lang of LANGUAGES) {
    const bundle = new FluentBundle(lang === 'uk' ? 'uk-UA' : 'en-GB', { useIsolating: false });
    for (const file of localeFiles(lang, dir)) {
      const errors = bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
      if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
    }
    bundles.set(lang, bundle);
  }
  const translators = new Map<Lang, Translator>();
  for (const lang of LANGUAGES) translators.set(lang, makeTranslator(lang, bundles.get(lang)!));
  return {
    translator: (lang) => translators.get(lang)!,
    keys: (lang) => [...(bundles.get(lang) as unknown as { _messages: Map<string, unknown> })._messages.keys()],
  };
}

function makeTranslator(lang: Lang, bundle: FluentBundle): Translator {
  const locale = lang === 'uk' ? 'uk-UA' : 'en-GB';
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const t: Translate = (key, args) => {
    const message = bundle.getMessage(key);
    if (!message?.value) return key;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    return text;
  };
  return {
    lang,
    t,
    date: (iso) => dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    month: (iso) => monthFmt.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`)),
    number: (n) => numFmt.format(n),
    money: (amount, currency) => {
      const [value, unit] =
        amount >= 1e9 ? [amount / 1e9, 'money-billion'] : amount >= 1e6 ? [amount / 1e6, 'money-million'] : [amount, 'money-units'];
      return t(unit, { amount: numFmt.format(value), currency });
    },
  };
}
