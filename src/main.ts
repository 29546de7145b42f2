/** Process concerns only: read config, start the app, shut down once on SIGINT/SIGTERM. */
import { config as loadDotenv } from 'dotenv';
import { ConfigError, parseConfig } from './config.js';
import { startApp } from './app.js';

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

const app = await startApp(config);
// If polling ends by itself (a rejected token), shut down and exit with its code.
void app.stopped.then(() => app.shutdown('polling ended').then(() => process.exit(process.exitCode ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.shutdown(signal).then(() => process.exit(process.exitCode ?? 0));
  });
}
