/**
 * Migrations on PostgreSQL, by the same WebAssembly schema engine as on SQLite (schema-engine.ts),
 * with PrismaPg as its adapter factory. Start-up applies them under a PostgreSQL advisory lock, so
 * instances starting together apply each migration once (the others wait, then find nothing pending).
 * Diffing needs a reachable server: the engine replays the migrations on a shadow database it
 * creates and drops there.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { loadWasm, readMigrations } from '../schema-engine.js';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH } from './postgres-schema.js';

/** The advisory-lock key of migrations ('guarantor:migrate' as a bigint); other locks use other keys. */
export const MIGRATION_LOCK_KEY = 0x6775_6172_6d69_67n; // "guarmig"

const noFilter = { externalTables: [], externalEnums: [] };

/** A server to diff against when DATABASE_URL is not a PostgreSQL one (the local server, trust auth). */
export const DEFAULT_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function openEngine(databaseUrl: string) {
  const { SchemaEngine } = await loadWasm();
  const schema = await readFile(POSTGRES_SCHEMA_PATH, 'utf8');
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const opened: SqlDriverAdapter[] = [];
  const connect = factory.connect.bind(factory);
  const tracking = Object.assign(factory, {
    connect: async () => {
      const a = await connect();
      opened.push(a);
      return a;
    },
    // PrismaPg's own shadow database is not one: its pool keeps the connection string, which wins
    // over the database name it sets, so the "shadow" would be the main database. Make a real one.
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
      const admin = await connect();
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const url = new URL(databaseUrl);
      url.pathname = `/${name}`;
      const shadow = await new PrismaPg({ connectionString: url.toString() }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  });
  const engine = await SchemaEngine.new({ datamodels: [[POSTGRES_SCHEMA_PATH, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    engine,
    schema,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

/** Applies pending PostgreSQL migrations (no lock: see migratePostgres); returns the names applied. */
export async function applyPostgresMigrations(databaseUrl: string): Promise<string[]> {
  const handle = await openEngine(databaseUrl);
  try {
    const out = await handle.engine.applyMigrations({ migrationsList: await readMigrations(POSTGRES_MIGRATIONS_DIR), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    await handle.close();
  }
}

/** The migration folders not yet applied (read with plain pg, no engine). */
export async function pendingPostgresMigrations(databaseUrl: string, client?: pg.Client): Promise<string[]> {
  const own = client ?? new pg.Client({ connectionString: databaseUrl });
  if (!client) await own.connect();
  try {
    const exists = await own.query<{ t: string | null }>(`SELECT to_regclass('_prisma_migrations')::text AS t`);
    const applied = new Set<string>();
    if (exists.rows[0]?.t) {
      const r = await own.query<{ name: string }>(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      for (const row of r.rows) applied.add(row.name);
    }
    const entries = await readdir(POSTGRES_MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isDirectory() && !applied.has(e.name))
      .map((e) => e.name)
      .sort();
  } finally {
    if (!client) await own.end();
  }
}

/**
 * What start-up runs on PostgreSQL: takes the migration advisory lock (a second instance starting at
 * the same moment waits here), checks what is pending, loads the engine only when something is,
 * applies, and releases the lock.
 */
export async function migratePostgres(databaseUrl: string): Promise<{ applied: string[]; engineLoaded: boolean }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      const pending = await pendingPostgresMigrations(databaseUrl, client);
      if (pending.length === 0) return { applied: [], engineLoaded: false };
      return { applied: await applyPostgresMigrations(databaseUrl), engineLoaded: true };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await client.end();
  }
}

/**
 * SQL taking the data model `from` (null: an empty database) to `to`, datamodel to datamodel. The
 * engine's other route (replaying the migrations on a shadow database and describing it) fails with
 * @prisma/adapter-pg 7.10 (the describer reads pg_catalog's "char" columns, which the adapter cannot
 * decode), so `npm run db:postgres-schema` diffs the committed PostgreSQL schema against the new one,
 * and a test checks the migrations against the schema by comparing the databases they build.
 */
export async function diffPostgresSchemas(
  from: string | null,
  to: string,
  databaseUrl = process.env.DATABASE_URL && /^postgres(ql)?:/.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : DEFAULT_POSTGRES_URL,
): Promise<string> {
  const handle = await openEngine(databaseUrl);
  try {
    const result = await handle.engine.diff({
      from: from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: POSTGRES_SCHEMA_PATH, content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: POSTGRES_SCHEMA_PATH, content: to }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    const sql = result.stdout ?? '';
    return /^\s*(--\s*This is an empty migration\.\s*)?$/.test(sql) ? '' : sql;
  } finally {
    await handle.close();
  }
}
