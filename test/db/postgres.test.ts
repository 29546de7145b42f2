/**
 * The PostgreSQL twin of the data model: its schema is derived from the SQLite one (the drift check
 * needs no server), its migrations match it, and start-up migration is safe with two instances
 * starting at once (the advisory lock). The server-side checks are skipped when PostgreSQL is not
 * reachable.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../../src/paths.js';
import { POSTGRES_SCHEMA_PATH, postgresSchemaFrom } from '../../src/db/provider/postgres-schema.js';
import { diffPostgresSchemas, migratePostgres, pendingPostgresMigrations } from '../../src/db/provider/postgres-migrate.js';
import { readMigrations } from '../../src/db/schema-engine.js';
import { POSTGRES_MIGRATIONS_DIR } from '../../src/db/provider/postgres-schema.js';
import { createPrisma } from '../../src/db/client.js';
import { POSTGRES_TEST_SERVER, TEST_PROVIDER, createTestDatabase, postgresReachable } from '../support/postgres.js';

// Once, in the sqlite project (the postgres project runs the provider-neutral files).
const here = TEST_PROVIDER === 'sqlite';

describe.runIf(here)('the PostgreSQL schema', () => {
  it('is prisma/schema.prisma with the provider and client output rewritten (run npm run db:postgres-schema if this fails)', async () => {
    const derived = postgresSchemaFrom(await readFile(SCHEMA_PATH, 'utf8'));
    expect(await readFile(POSTGRES_SCHEMA_PATH, 'utf8')).toBe(derived);
    expect(derived).toMatch(/provider = "postgresql"/);
    expect(derived).not.toMatch(/"sqlite"/);
  });

  it('refuses a schema it does not know how to rewrite', () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider "sqlite"/);
  });
});

describe.runIf(here && postgresReachable())(`PostgreSQL migrations (server ${POSTGRES_TEST_SERVER.replace(/\/\/[^@/]*@/, '//…@')})`, () => {
  it('build the database the schema describes (run npm run db:postgres-schema if this fails)', async () => {
    // One database from the committed migrations, one from the engine's DDL for the schema as it is
    // now; their tables, columns, keys and indexes must be the same.
    const fromMigrations = await createTestDatabase('postgres', 'drift_a');
    const fromSchema = await createTestDatabase('postgres', 'drift_b');
    try {
      await migratePostgres(fromMigrations.url);
      const ddl = await diffPostgresSchemas(null, await readFile(POSTGRES_SCHEMA_PATH, 'utf8'), POSTGRES_TEST_SERVER);
      expect(ddl).toMatch(/CREATE TABLE "Delivery"/);
      const describe = async (url: string, script?: string) => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          if (script) await c.query(script);
          const cols = await c.query(
            "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2",
          );
          const idx = await c.query("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1");
          const fks = await c.query(
            "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype = 'f' ORDER BY 1",
          );
          return { cols: cols.rows, idx: idx.rows, fks: fks.rows };
        } finally {
          await c.end();
        }
      };
      const a = await describe(fromMigrations.url);
      const b = await describe(fromSchema.url, ddl);
      expect(a.cols.length).toBeGreaterThan(50);
      expect(a).toEqual(b);
    } finally {
      await fromMigrations.drop();
      await fromSchema.drop();
    }
  }, 120_000);

  it('are applied once when two instances start together, under the advisory lock', async () => {
    const database = await createTestDatabase('postgres', 'migrate');
    try {
      const all = (await readMigrations(POSTGRES_MIGRATIONS_DIR)).migrationDirectories.map((d) => d.path);
      expect(await pendingPostgresMigrations(database.url)).toEqual(all);
      const [a, b] = await Promise.all([migratePostgres(database.url), migratePostgres(database.url)]);
      const applied = [a.applied, b.applied].sort((x, y) => y.length - x.length);
      expect(applied).toEqual([all, []]);
      expect(await pendingPostgresMigrations(database.url)).toEqual([]);
      expect(await migratePostgres(database.url)).toEqual({ applied: [], engineLoaded: false });
      const c = new pg.Client({ connectionString: database.url });
      await c.connect();
      const tables = await c.query<{ n: string }>(
        "SELECT count(*)::text AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'Delivery'",
      );
      const locks = await c.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_locks WHERE locktype = 'advisory'");
      await c.end();
      expect(tables.rows[0]!.n).toBe('1');
      expect(locks.rows[0]!.n).toBe('0');
      // The app's client works on it: BigInt ids survive.
      const db = createPrisma(database.url);
      await db.subscriber.create({ data: { chatId: -1001234567890123n, chatType: 'supergroup' } });
      expect((await db.subscriber.findFirstOrThrow()).chatId).toBe(-1001234567890123n);
      await db.$disconnect();
    } finally {
      await database.drop();
    }
  }, 120_000);
});
