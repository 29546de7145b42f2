// Runs `prisma generate` offline, for both providers: the SQLite client (prisma/schema.prisma →
// src/generated/prisma) and the PostgreSQL one (prisma/postgres/schema.prisma, derived from it by
// `npm run db:postgres-schema` → src/generated/prisma-pg). Generating a client needs no schema
// engine, but the CLI tries to download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file: point it at node itself. Runs on `npm install`/`npm ci` (postinstall) and before every build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  if (!existsSync(schema)) continue;
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
