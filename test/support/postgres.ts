/**
 * Which store a test runs on, and a fresh database per test file on either. `npm test` runs the
 * repository, service and delivery tests twice: as the `sqlite` project, and as the `postgres`
 * project (GUARANTOR_TEST_PROVIDER=postgres) when a PostgreSQL server answers at TEST_POSTGRES_URL
 * (default: the local server, trust auth). Each file gets its own database, `guarantor_test_<random>`,
 * created through pg and dropped by `drop()`.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Provider } from '../../src/db/provider/index.js';

export const POSTGRES_TEST_SERVER = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const TEST_PROVIDER: Provider = process.env.GUARANTOR_TEST_PROVIDER === 'postgres' ? 'postgres' : 'sqlite';

let reachable: boolean | undefined;
/** Whether the PostgreSQL test server answers (asked once per process, synchronously, in a child). */
export function postgresReachable(server = POSTGRES_TEST_SERVER): boolean {
  if (reachable !== undefined) return reachable;
  const script = `const {Client}=require('pg');const c=new Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.query('select 1')).then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1));`;
  const r = spawnSync(process.execPath, ['-e', script, server], { timeout: 10_000, stdio: 'ignore' });
  reachable = r.status === 0;
  return reachable;
}

/** `postgresql://…/postgres` with another database name. */
export function withDatabase(server: string, database: string): string {
  const u = new URL(server);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase {
  url: string;
  provider: Provider;
  drop(): Promise<void>;
}

/** A fresh, empty database on the given provider (migrate it yourself). */
export async function createTestDatabase(provider: Provider = TEST_PROVIDER, label = 'test'): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), `guarantor-${label}-`));
    return { url: `file:${path.join(dir, 'test.db')}`, provider, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `guarantor_test_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_TEST_SERVER });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(POSTGRES_TEST_SERVER, name),
    provider,
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_TEST_SERVER });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
