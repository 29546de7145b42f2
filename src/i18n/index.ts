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

/** The Intl locale of a language (dates, numbers, sorting). */
export const INTL_LOCALE: Record<Lang, string> = { uk: 'uk-UA', en: 'en-GB' };

export type TArgs = Record<string, FluentVariable>;
export type Translate = (key: string, args?: TArgs) => string;

export interface Translator {
  readonly lang: Lang;
  t: Translate;
  /** Whether the language has this message (for optional texts such as a field's label). */
  has(key: string): boolean;
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

/**
 * What happens on a missing message or a Fluent formatting error: `strict` throws (tests), otherwise
 * the problem is reported once per key and language through `warn` and the user sees the key.
 */
export interface I18nOptions {
  dir?: string;
  /** Default: on under vitest (VITEST set) or NODE_ENV=test. */
  strict?: boolean;
  warn?: (problem: { key: string; lang: Lang; error: string }, message: string) => void;
}

/** Strict unless told otherwise: under vitest or NODE_ENV=test a missing key fails the test that hits it. */
export function strictByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.VITEST !== undefined || env.NODE_ENV === 'test';
}

export class TranslationError extends Error {
  override name = 'TranslationError';
}

export interface I18n {
  translator(lang: Lang): Translator;
  /** Every message id of a language (used by the test that keeps the files in step). */
  keys(lang: Lang): string[];
}

export function loadI18n(options: string | I18nOptions = {}): I18n {
  const opts = typeof options === 'string' ? { dir: options } : options;
  const dir = opts.dir;
  const strict = opts.strict ?? strictByDefault();
  const reported = new Set<string>();
  const problem = (lang: Lang, key: string, error: string): void => {
    const message = `translation problem (${lang}) ${key}: ${error}`;
    if (strict) throw new TranslationError(message);
    if (reported.has(`${lang}:${key}`)) return;
    reported.add(`${lang}:${key}`);
    (opts.warn ?? ((_p, m) => process.emitWarning(m, 'TranslationWarning')))({ key, lang, error }, message);
  };
  const bundles = new Map<Lang, FluentBundle>();
  for (const lang of LANGUAGES) {
    const bundle = new FluentBundle(INTL_LOCALE[lang], { useIsolating: false });
    for (const file of localeFiles(lang, dir)) {
      const errors = bundle.addResource(new FluentResource(readFileSync(file, 'utf8')));
      if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
    }
    bundles.set(lang, bundle);
  }
  const translators = new Map<Lang, Translator>();
  for (const lang of LANGUAGES) translators.set(lang, makeTranslator(lang, bundles.get(lang)!, problem));
  return {
    translator: (lang) => translators.get(lang)!,
    keys: (lang) => [...(bundles.get(lang) as unknown as { _messages: Map<string, unknown> })._messages.keys()],
  };
}

function makeTranslator(lang: Lang, bundle: FluentBundle, problem: (lang: Lang, key: string, error: string) => void): Translator {
  const locale = INTL_LOCALE[lang];
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const t: Translate = (key, args) => {
    const message = bundle.getMessage(key);
    if (!message?.value) {
      problem(lang, key, 'no such message');
      return key;
    }
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    if (errors.length) problem(lang, key, errors.map((e) => e.message).join('; '));
    return text;
  };
  return {
    lang,
    t,
    has: (key) => Boolean(bundle.getMessage(key)?.value),
    date: (iso) => dateFmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    month: (iso) => monthFmt.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`)),
    number: (n) => numFmt.format(n),
    money: (amount, currency) => {
      const [value, unit] = amount >= 1e9 ? [amount / 1e9, 'money-billion'] : amount >= 1e6 ? [amount / 1e6, 'money-million'] : [amount, 'money-units'];
      return t(unit, { amount: numFmt.format(value), currency });
    },
  };
}
