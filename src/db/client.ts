/**
 * The Prisma client factory and the database's health. SQLite through better-sqlite3 (the only
 * adapter DATABASE_URL accepts today); the folder of the database file is created on demand.
 *
 * Every connection runs in WAL mode (readers never wait for the writer; the setting is stored in
 * the file), with `synchronous = NORMAL` (durable at each checkpoint, safe in WAL) and a busy
 * timeout, so a write that meets another transaction waits for it instead of failing.
 *
 * A database that cannot be opened is reported as a `DatabaseUnavailableError` whose message is one
 * line naming the cause (native module missing, folder missing, permission denied, not a database,
 * disk full, locked…) — never Prisma's or the schema engine's opaque text.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { PrismaClient as PgPrismaClient } from '../generated/prisma-pg/client.js';
import { type Dialect, dialectOf, providerOf } from './provider/index.js';
import { exclusiveTransactions } from './exclusive.js';

export type Db = PrismaClient;
/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/** How long a statement waits for a lock held by another connection before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;
/** Run on every connection the app opens (Prisma's, the schema engine's, the backup's). */
export const CONNECTION_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;`;

/** `file:./x.db` → the path better-sqlite3 opens (relative to the working directory, like Prisma). */
export function sqliteFilePath(databaseUrl: string): string {
  const rest = databaseUrl.replace(/^file:/, '').replace(/\?.*$/, '');
  return rest.startsWith('//') ? rest.slice(2) : rest;
}

/** The database cannot be used; `message` is one line naming the cause, fit for a log line or stderr. */
export class DatabaseUnavailableError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim().slice(0, 300);
}

function canAccess(p: string, mode: number): boolean {
  try {
    accessSync(p, mode);
    return true;
  } catch {
    return false;
  }
}

/** One line naming why the database at `file` cannot be used, from whatever the driver threw. */
export function describeDatabaseError(err: unknown, file: string): DatabaseUnavailableError {
  if (err instanceof DatabaseUnavailableError) return err;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = firstLine(typeof e?.message === 'string' ? e.message : String(err));
  const where = path.resolve(file);
  const dir = path.dirname(where);
  const fail = (text: string, c = code || 'UNKNOWN') => new DatabaseUnavailableError(`database ${where}: ${text}`, c);
  if (
    code === 'ERR_DLOPEN_FAILED' ||
    /bindings file|better_sqlite3\.node|NODE_MODULE_VERSION|invalid ELF header|wrong ELF class|cannot open shared object/i.test(message)
  ) {
    return new DatabaseUnavailableError(
      `the SQLite native module (better-sqlite3) cannot be loaded (${message}): run "npm rebuild better-sqlite3" or "npm ci" with this Node.js version`,
      'NATIVE_MODULE',
    );
  }
  switch (code) {
    case 'SQLITE_NOTADB':
      return fail('the file is not a SQLite database (wrong DATABASE_URL, or the file is damaged)');
    case 'SQLITE_CORRUPT':
      return fail('the database file is corrupt (restore it from a backup)');
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return fail('the disk is full (free space on the volume that holds the database)', 'SQLITE_FULL');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return fail(`the database is locked by another process (waited ${BUSY_TIMEOUT_MS} ms)`);
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_READONLY_DBMOVED':
      return fail(`the database is read-only: the bot needs write access to the file and to its folder ${dir}`);
    case 'SQLITE_IOERR':
    case 'SQLITE_IOERR_WRITE':
    case 'SQLITE_IOERR_SHORT_READ':
      return fail(`input/output error (${message}): check the disk`);
  }
  if (
    code === 'SQLITE_CANTOPEN' ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'SQLITE_PERM' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'ENOENT' ||
    code === 'ENOTDIR'
  ) {
    if (!existsSync(dir)) return fail(`its folder ${dir} does not exist and cannot be created`, 'NO_FOLDER');
    if (!existsSync(where) && !canAccess(dir, constants.W_OK))
      return fail(`permission denied: the folder ${dir} is not writable by this user`, 'FOLDER_NOT_WRITABLE');
    if (!existsSync(where)) return fail('the file does not exist', 'NO_FILE');
    if (statSync(where).isDirectory()) return fail('the path is a folder, not a file', 'IS_DIRECTORY');
    if (!canAccess(where, constants.R_OK)) return fail('permission denied: the file is not readable by this user', 'NOT_READABLE');
    if (!canAccess(where, constants.W_OK)) return fail('permission denied: the file is not writable by this user', 'NOT_WRITABLE');
    if (!canAccess(dir, constants.W_OK)) return fail(`permission denied: the folder ${dir} is not writable by this user`, 'FOLDER_NOT_WRITABLE');
    return fail(`cannot open the file (${message})`);
  }
  return fail(message || 'cannot be opened');
}

/** Creates the database file's folder; a folder that cannot be created is a DatabaseUnavailableError. */
export function ensureDatabaseFolder(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  if (file === ':memory:') return;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  } catch (err) {
    const dir = path.dirname(path.resolve(file));
    const code = (err as { code?: string }).code ?? 'UNKNOWN';
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : firstLine((err as Error).message);
    throw new DatabaseUnavailableError(`database ${path.resolve(file)}: its folder ${dir} does not exist and cannot be created (${why})`, 'NO_FOLDER');
  }
}

/**
 * Opens the database with plain better-sqlite3 (no Prisma), sets WAL, and reads what a start needs:
 * the migrations already applied. Any failure is a DatabaseUnavailableError naming the cause.
 */
export function inspectDatabase(databaseUrl: string): { appliedMigrations: string[]; journalMode: string } {
  ensureDatabaseFolder(databaseUrl);
  const file = sqliteFilePath(databaseUrl);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    db.exec(CONNECTION_PRAGMAS);
    const journalMode = String(db.pragma('journal_mode', { simple: true }));
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get() !== undefined;
    const appliedMigrations = hasTable
      ? (
          db.prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as Array<{
            name: string;
          }>
        ).map((r) => r.name)
      : [];
    return { appliedMigrations, journalMode };
  } catch (err) {
    throw describeDatabaseError(err, file);
  } finally {
    db?.close();
  }
}

/**
 * The adapter factory: better-sqlite3 with the busy timeout, and the pragmas run on every connection
 * it opens (Prisma opens one for the app; the schema engine opens its own).
 */
export function createSqliteAdapterFactory(databaseUrl: string): PrismaBetterSqlite3 {
  const factory = new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl), timeout: BUSY_TIMEOUT_MS });
  const connect = factory.connect.bind(factory);
  const file = sqliteFilePath(databaseUrl);
  factory.connect = async (): Promise<SqlDriverAdapter> => {
    let adapter: SqlDriverAdapter;
    try {
      adapter = await connect();
    } catch (err) {
      throw describeDatabaseError(err, file);
    }
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  };
  return factory;
}

const dialects = new WeakMap<object, Dialect>();

/** The SQL dialect of a client made by createPrisma (SQLite for any other, e.g. a transaction's). */
export function dialectFor(db: Db | Tx): Dialect {
  return dialects.get(db) ?? dialectOf('sqlite');
}

/**
 * The client for DATABASE_URL: `file:` → SQLite through better-sqlite3, `postgresql://` → PostgreSQL
 * through node-postgres. Both clients are generated from one data model (prisma/postgres/schema.prisma
 * is derived from prisma/schema.prisma), so they have the same model API; the PostgreSQL one is
 * typed as the SQLite one, which repositories use.
 */
export function createPrisma(databaseUrl: string): Db {
  if (providerOf(databaseUrl) === 'postgres') {
    const db = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as Db;
    dialects.set(db, dialectOf('postgres'));
    return db;
  }
  ensureDatabaseFolder(databaseUrl);
  // Ordinary queries wait while a transaction is open (see exclusive.ts).
  return new PrismaClient({ adapter: exclusiveTransactions(createSqliteAdapterFactory(databaseUrl)) });
}

/** A trivial query: resolves when the database answers, rejects with the one-line cause otherwise. */
export async function pingDatabase(db: Db, databaseUrl: string): Promise<void> {
  try {
    await db.$queryRawUnsafe('SELECT 1');
  } catch (err) {
    if (providerOf(databaseUrl) === 'postgres') {
      const e = unwrapDriverError(err) as { code?: unknown; message?: unknown };
      const text = firstLine(typeof e?.message === 'string' ? e.message : String(err));
      throw new DatabaseUnavailableError(`database (PostgreSQL): ${text}`, typeof e?.code === 'string' ? e.code : 'UNKNOWN');
    }
    throw describeDatabaseError(unwrapDriverError(err), sqliteFilePath(databaseUrl));
  }
}

/** Prisma wraps the driver's error; find the SQLite code (SQLITE_…) wherever it sits. */
export function unwrapDriverError(err: unknown): unknown {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const o = e as {
      code?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string; kind?: string } } };
    };
    if (typeof o.code === 'string' && o.code.startsWith('SQLITE_')) return e;
    const driver = o.meta?.driverAdapterError?.cause;
    if (driver?.originalCode) return { code: driver.originalCode, message: driver.originalMessage ?? driver.kind ?? '' };
    e = o.cause;
  }
  return err;
}
