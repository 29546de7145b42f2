/**
 * The Prisma client factory. SQLite through better-sqlite3 (the only adapter DATABASE_URL accepts
 * today); the folder of the database file is created on demand.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.js';
import { exclusiveTransactions } from './exclusive.js';
import { sqliteFilePath } from './schema-engine.js';

export type Db = PrismaClient;
/** The client inside an interactive transaction (`db.$transaction(async (tx) => …)`). */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export function ensureDatabaseFolder(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

export function createPrisma(databaseUrl: string): Db {
  ensureDatabaseFolder(databaseUrl);
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl) });
  // Ordinary queries wait while a transaction is open (see exclusive.ts).
  return new PrismaClient({ adapter: exclusiveTransactions(adapter) });
}
