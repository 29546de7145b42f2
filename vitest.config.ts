import { spawnSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';

// The repository, service and delivery tests run a second time on PostgreSQL (the `postgres`
// project) when a server answers at TEST_POSTGRES_URL (default: the local one, trust auth); each
// test file creates its own database there and drops it (test/support/postgres.ts).
const POSTGRES_TESTS = ['test/services/**/*.test.ts', 'test/db/**/*.test.ts'];
const server = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const probe = `const {Client}=require('pg');const c=new Client({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.query('select 1')).then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1));`;
const postgres =
  process.env.GUARANTOR_SKIP_POSTGRES !== '1' && spawnSync(process.execPath, ['-e', probe, server], { timeout: 10_000, stdio: 'ignore' }).status === 0;
if (!postgres) {
  console.warn(
    `[vitest] PostgreSQL is not reachable at ${server.replace(/\/\/[^@/]*@/, '//…@')}: the PostgreSQL runs of ${POSTGRES_TESTS.join(', ')} are SKIPPED (start it, or set TEST_POSTGRES_URL).`,
  );
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Files run in parallel on 2 cores; each test file owns its database file and ports.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'sqlite' } },
      ...(postgres
        ? [
            {
              test: {
                name: 'postgres',
                include: POSTGRES_TESTS,
                pool: 'forks' as const,
                testTimeout: 20_000,
                hookTimeout: 60_000,
                env: { GUARANTOR_TEST_PROVIDER: 'postgres', TEST_POSTGRES_URL: server },
              },
            },
          ]
        : []),
    ],
  },
});
