// Runs `prisma generate` offline. Generating the client needs no schema engine, but the CLI tries to
// download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file: point it at node itself.
// Runs on `npm install`/`npm ci` (postinstall) and before every build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' };
const result = spawnSync(process.execPath, [prismaCli, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
