/**
 * Start-up's migration step for either provider: SQLite through schema-engine.ts (the engine is
 * loaded only when something is pending), PostgreSQL through provider/postgres-migrate.ts (the same
 * engine, under an advisory lock so instances starting together don't race).
 */
import { providerOf } from './provider/index.js';
import { migrateIfNeeded } from './schema-engine.js';

export async function migrateDatabase(databaseUrl: string): Promise<{ applied: string[]; engineLoaded: boolean }> {
  if (providerOf(databaseUrl) === 'postgres') {
    const { migratePostgres } = await import('./provider/postgres-migrate.js');
    return migratePostgres(databaseUrl);
  }
  return migrateIfNeeded(databaseUrl);
}

/** Applies every pending migration (tests and tools; no lock, no pre-check). */
export async function applyAllMigrations(databaseUrl: string): Promise<string[]> {
  if (providerOf(databaseUrl) === 'postgres') {
    const { applyPostgresMigrations } = await import('./provider/postgres-migrate.js');
    return applyPostgresMigrations(databaseUrl);
  }
  const { applyMigrations } = await import('./schema-engine.js');
  return applyMigrations(databaseUrl);
}
