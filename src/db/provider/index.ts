/**
 * Which store DATABASE_URL names, and the few places where SQL differs between them. Repositories
 * and services ask this module (through the `dialect` of their Db) instead of knowing the provider.
 */
export type Provider = 'sqlite' | 'postgres';

export function providerOf(databaseUrl: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return 'postgres';
  if (/^file:/i.test(databaseUrl)) return 'sqlite';
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
}

/** SQL that is spelt differently per provider. Placeholders are numbered from 1 in each statement. */
export interface Dialect {
  provider: Provider;
  /** The n-th parameter placeholder (1-based). */
  param(n: number): string;
  /** `INSERT … VALUES …` that skips rows colliding with a unique key. */
  insertIgnore(tableAndColumns: string, values: string): string;
  /** A moment as a raw-query parameter for a DateTime column. */
  moment(d: Date | null): string | Date | null;
}

export const sqliteDialect: Dialect = {
  provider: 'sqlite',
  param: () => '?',
  insertIgnore: (target, values) => `INSERT OR IGNORE INTO ${target} VALUES ${values}`,
  // Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset.
  moment: (d) => (d ? d.toISOString().replace('Z', '+00:00') : null),
};

export const postgresDialect: Dialect = {
  provider: 'postgres',
  param: (n) => `$${n}`,
  insertIgnore: (target, values) => `INSERT INTO ${target} VALUES ${values} ON CONFLICT DO NOTHING`,
  // A Date parameter: the adapter sends it typed as a timestamp (UTC, as Prisma writes DateTime).
  moment: (d) => d,
};

export function dialectOf(provider: Provider): Dialect {
  return provider === 'postgres' ? postgresDialect : sqliteDialect;
}
