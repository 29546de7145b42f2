/** Process concerns only: read config, start the app, shut down once on SIGINT/SIGTERM. */
import v8 from 'node:v8';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, parseConfig } from './config.js';
import { startApp } from './app.js';
import { DatabaseUnavailableError } from './db/client.js';
import { redactSecrets, registerSecrets } from './logger.js';

loadDotenv({ quiet: true });

let config;
try {
  config = parseConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    for (const problem of err.problems) console.error(`Guarantor cannot start: ${problem}`);
    process.exit(1);
  }
  throw err;
}

registerSecrets([config.botToken, config.webhook?.secret]);
// Lean at rest: Prisma's query compiler is WebAssembly, and V8's optimising tier keeps ~70 MB of
// TurboFan code for it; baseline (Liftoff) code answers as fast here. Set before the first query
// compiles the module. WASM_TIER_UP=true restores V8's default.
if (!config.wasmTierUp) v8.setFlagsFromString('--liftoff-only');

/** Start-up failures an operator can fix: one line naming the cause, exit code 1, no stack trace. */
function cannotStart(err: unknown): never | void {
  const code = (err as { code?: string })?.code;
  if (err instanceof DatabaseUnavailableError) {
    console.error(`Guarantor cannot start: ${redactSecrets(err.message)}`);
  } else if (code === 'EADDRINUSE' || code === 'EACCES') {
    console.error(`Guarantor cannot start: the HTTP port ${config!.httpPort} cannot be used (${code}): set PORT to a free port`);
  } else {
    return;
  }
  process.exit(1);
}

let app;
try {
  app = await startApp(config);
} catch (err) {
  cannotStart(err);
  console.error(`Guarantor cannot start: ${redactSecrets((err as Error)?.stack ?? String(err))}`);
  process.exit(1);
}
// If polling ends by itself (a rejected token), shut down and exit with its code.
void app.stopped.then(() => app.shutdown('polling ended').then(() => process.exit(process.exitCode ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.shutdown(signal).then(() => process.exit(process.exitCode ?? 0));
  });
}
