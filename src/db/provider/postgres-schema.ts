/**
 * One data model, two providers: prisma/postgres/schema.prisma is derived from prisma/schema.prisma
 * (the SQLite one, which stays the source of truth) by rewriting the datasource provider and the
 * client's output folder; the models are kept as written. `npm run db:postgres-schema` writes it,
 * and a test regenerates it in memory and fails if the committed file has drifted.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../../paths.js';

export const POSTGRES_DIR = path.join(PROJECT_ROOT, 'prisma', 'postgres');
export const POSTGRES_SCHEMA_PATH = path.join(POSTGRES_DIR, 'schema.prisma');
export const POSTGRES_MIGRATIONS_DIR = path.join(POSTGRES_DIR, 'migrations');

const HEADER =
  '// GENERATED from prisma/schema.prisma by `npm run db:postgres-schema`: do not edit by hand.\n' +
  '// The PostgreSQL twin of the data model; its migrations are in prisma/postgres/migrations/.\n\n';

/** The PostgreSQL schema text for a SQLite schema text. Throws when the input lacks what it rewrites. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  let out = sqliteSchema;
  const provider = /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  if (!provider.test(out)) throw new Error('prisma/schema.prisma: no datasource with provider "sqlite"');
  out = out.replace(provider, '$1"postgresql"');
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/src\/generated\/prisma"/;
  if (!output.test(out)) throw new Error('prisma/schema.prisma: the client generator\'s output is not "../src/generated/prisma"');
  // One folder deeper (prisma/postgres/), and its own client: Prisma 7's generated client is
  // specific to its provider (query compiler and SQL flavour).
  out = out.replace(output, '$1"../../src/generated/prisma-pg"');
  return HEADER + out;
}
