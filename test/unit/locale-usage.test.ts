/**
 * Every message key the code asks for by name exists in both languages (a missing key would show
 * the user its id). Keys built at run time (`cmd-${name}`) are checked where they are built.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../src/bot/features/admin/forms.js';
import { OWNER_COMMANDS } from '../../src/bot/features/admin/menu.js';
import { PUBLIC_COMMANDS } from '../../src/bot/commands.js';
import { KEY_FAMILIES, kebabKey } from '../../src/i18n/families.js';
import { loadI18n } from '../../src/i18n/index.js';
import { PROJECT_ROOT } from '../../src/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'generated') return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('message keys used in the code', () => {
  const i18n = loadI18n();
  const known = { uk: new Set(i18n.keys('uk')), en: new Set(i18n.keys('en')) };
  const used = new Map<string, string>();
  for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    // t('key' …), ctx.t("key" …), c.t('key'), tr.t('key') — literal first arguments only.
    for (const m of text.matchAll(/\bt\(\s*['"]([a-z0-9]+(?:-[a-z0-9]+)+)['"]/g)) used.set(m[1]!, path.relative(PROJECT_ROOT, file));
  }

  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it('exist in Ukrainian and English', () => {
    const missing = [...used].filter(([key]) => !known.uk.has(key) || !known.en.has(key)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
  });
});

describe('message keys built at run time', () => {
  const i18n = loadI18n();
  const known = { uk: new Set(i18n.keys('uk')), en: new Set(i18n.keys('en')) };
  const families: Record<string, string[]> = Object.fromEntries(
    Object.entries(KEY_FAMILIES).map(([name, f]) => [name, (f.members as readonly string[]).map((m) => (f.key as (m: string) => string)(m))]),
  );
  // The bot's own lists: command descriptions, the dialogs /new offers and each dialog's questions.
  families.cmd = [...PUBLIC_COMMANDS, ...OWNER_COMMANDS].map((c) => `cmd-${c}`);
  families.adminNew = FORMS.map((f) => `admin-new-${f.name}`);
  families.adminAsk = FORMS.flatMap((f) => f.fields.map((field) => field.question ?? `admin-ask-${kebabKey(field.name)}`));
  families.adminUsage = FORMS.map((f) => `admin-usage-${f.command}`);

  it.each(Object.keys(families))('%s: every member has its message in both languages', (name) => {
    const keys = families[name]!;
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !known.uk.has(k) || !known.en.has(k))).toEqual([]);
  });
});

describe('strict translations', () => {
  it('throw on a missing key or a formatting error under test, and report once per key in production', () => {
    const strict = loadI18n({ strict: true }).translator('en');
    expect(() => strict.t('no-such-key')).toThrow(/no-such-key/);
    expect(() => strict.t('sub-timezone-set')).toThrow(/sub-timezone-set/); // $zone missing
    expect(strict.t('sub-timezone-set', { zone: 'UTC' })).toBe('Time zone set to UTC.');
    expect(strict.has('sub-timezone-set')).toBe(true);
    expect(strict.has('no-such-key')).toBe(false);

    const warned: string[] = [];
    const lenient = loadI18n({ strict: false, warn: (p) => warned.push(`${p.lang}:${p.key}`) }).translator('uk');
    expect(lenient.t('no-such-key')).toBe('no-such-key');
    expect(lenient.t('no-such-key')).toBe('no-such-key');
    lenient.t('sub-timezone-set');
    expect(warned).toEqual(['uk:no-such-key', 'uk:sub-timezone-set']);
  });

  it('are strict by default under vitest', () => {
    expect(() => loadI18n().translator('uk').t('no-such-key')).toThrow();
  });
});
