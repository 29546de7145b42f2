/**
 * Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven offline:
 * it diffs the migrations folder against schema.prisma (to write new migrations) and applies pending
 * migrations, keeping Prisma's `_prisma_migrations` table exactly as `prisma migrate deploy` would.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { MIGRATIONS_DIR, SCHEMA_PATH } from '../paths.js';
import { createSqliteAdapterFactory, describeDatabaseError, inspectDatabase, sqliteFilePath } from './client.js';

export { sqliteFilePath };

/** The slice of the WebAssembly global we use (its types live in lib.dom, which this project leaves out). */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
  }
).WebAssembly;

type WasmModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let wasmModule: Promise<WasmModule> | undefined;

/** Instantiates the engine's WebAssembly once per process (the package is built for bundlers). */
export function loadWasm(): Promise<WasmModule> {
  wasmModule ??= (async () => {
    const bindings: WasmModule = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindingsUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = fileURLToPath(new URL('schema_engine_bg.wasm', bindingsUrl));
    const { instance } = await wasmApi.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return wasmModule;
}

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

export async function openSchemaEngine(databaseUrl: string, log: (msg: string) => void = () => {}): Promise<EngineHandle> {
  const { SchemaEngine } = await loadWasm();
  const schema = await readFile(SCHEMA_PATH, 'utf8');
  // Keep every connection the engine opens, so close() releases the SQLite file (an open handle
  // would leave the next opener facing SQLITE_BUSY).
  const factory = createSqliteAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const remember = (adapter: SqlDriverAdapter) => (opened.push(adapter), adapter);
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  const tracking = Object.assign(factory, {
    connect: async () => remember(await connect()),
    connectToShadowDb: async () => remember(scriptAware(await connectToShadowDb())),
  });
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

/**
 * The engine replays migrations on the shadow database with one executeRaw per migration file, but
 * better-sqlite3's prepared statements take one statement each: run parameterless SQL as a script.
 */
function scriptAware(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (err: Error) => ({ tag: 'error' as const, value: err.message }),
          ),
        },
      })),
    ),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/** Applies pending migrations; returns the names applied (empty when the database is current). */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const handle = await openSchemaEngine(databaseUrl);
  try {
    const out = await handle.engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    await handle.close();
  }
}

/** The migration folders not yet applied to the database (read with plain SQLite, no engine). */
export async function pendingMigrations(databaseUrl: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const { appliedMigrations } = inspectDatabase(databaseUrl);
  const applied = new Set(appliedMigrations);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !applied.has(e.name))
    .map((e) => e.name)
    .sort();
}

/**
 * What start-up runs: checks `_prisma_migrations` against the migration folders first, and loads
 * the wasm schema engine (~40 MB that is never given back) only when something is pending.
 * A database that cannot be opened is a DatabaseUnavailableError naming the cause.
 */
export async function migrateIfNeeded(databaseUrl: string): Promise<{ applied: string[]; engineLoaded: boolean }> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return { applied: [], engineLoaded: false };
  try {
    return { applied: await applyMigrations(databaseUrl), engineLoaded: true };
  } catch (err) {
    // The engine reports driver failures as "External error id#…": name the cause from SQLite itself.
    if (!/External error|SQLITE_/.test(String((err as Error)?.message))) throw err;
    inspectDatabase(databaseUrl);
    throw describeDatabaseError(err, sqliteFilePath(databaseUrl));
  }
}

/** SQL that would take a database built from the migrations to the current schema ('' when none). */
export async function diffMigrationsToSchema(databaseUrl: string): Promise<string> {
  const handle = await openSchemaEngine(databaseUrl);
  try {
    const schema = await readFile(SCHEMA_PATH, 'utf8');
    const migrations = await readMigrations();
    const result = await handle.engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: schema }] },
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
