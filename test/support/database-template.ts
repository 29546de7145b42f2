/**
 * A migrated and seeded SQLite database, made once per test run (global-setup.ts) and copied by
 * each test file that needs one: migrating (Prisma's wasm schema engine) and seeding cost seconds
 * per file, a copy costs milliseconds. The copy is the real thing — start-up still checks it (no
 * migration pending, the seed current) exactly as with an existing database file in production.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The template database file made by global-setup.ts (absent when a test runs without it). */
    databaseTemplate?: string;
  }
}

/**
 * Migrates and seeds a new template with the built app (dist/, as the end-to-end tests run it): the
 * schema engine resolves its wasm with import.meta.resolve, which vitest's module runner lacks.
 */
export function createDatabaseTemplate(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-template-'));
  const file = path.join(dir, 'template.db');
  const app = pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'app.js')).href;
  const script = `
    const { prepareDatabase } = await import(${JSON.stringify(app)});
    const { default: pino } = await import('pino');
    const db = await prepareDatabase({ databaseUrl: ${JSON.stringify(`file:${file}`)} }, pino({ level: 'silent' }));
    await db.$disconnect();`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  return { dir, file };
}

/**
 * Puts a copy of the template at `file` (with its WAL, if one was left); returns false when there is
 * no template, and the app will migrate and seed the file itself.
 */
export function copyDatabaseTemplate(file: string): boolean {
  const template = inject('databaseTemplate');
  if (!template || !existsSync(template)) return false;
  copyFileSync(template, file);
  for (const suffix of ['-wal', '-shm']) if (existsSync(template + suffix)) copyFileSync(template + suffix, file + suffix);
  return true;
}
