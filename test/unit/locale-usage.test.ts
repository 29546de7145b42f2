/**
 * Every message key the code asks for by name exists in both languages (a missing key would show
 * the user its id). Keys built at run time (`cmd-${name}`) are checked where they are built.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
