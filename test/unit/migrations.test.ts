import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffMigrationsToSchema, readMigrations } from '../../src/db/schema-engine.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('produce exactly the schema: the engine diff from the migrations to schema.prisma is empty', async () => {
    expect(await diffMigrationsToSchema(`file:${path.join(dir, 'diff.db')}`)).toBe('');
  });

  it('apply to a new database once, then apply nothing', async () => {
    const url = `file:${path.join(dir, 'apply.db')}`;
    const all = (await readMigrations()).migrationDirectories.map((m) => m.path);
    expect(await applyMigrations(url)).toEqual(all);
    expect(await applyMigrations(url)).toEqual([]);
    const db = new Database(path.join(dir, 'apply.db'), { readonly: true });
    const rows = db.prepare('SELECT migration_name, finished_at FROM _prisma_migrations').all() as Array<{
      migration_name: string;
      finished_at: string | null;
    }>;
    db.close();
    expect(rows.map((r) => r.migration_name)).toEqual(all);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
