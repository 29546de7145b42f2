/**
 * `npm run backup [-- target.db]` (in the image: `node dist/cli/backup.js [target.db]`): a consistent
 * online backup of DATABASE_URL while the bot runs. Prints the file written; exit code 1 with one
 * line naming the cause when the database cannot be read.
 */
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_DATABASE_URL } from '../config.js';
import { DatabaseUnavailableError } from '../db/client.js';
import { backupDatabase } from '../db/backup.js';

loadDotenv({ quiet: true });
const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
const target = process.argv[2]?.trim() || undefined;
try {
  const r = await backupDatabase(databaseUrl, target);
  console.log(`backup written: ${r.target} (${(r.bytes / 1024).toFixed(0)} KiB, ${r.pages} pages, ${r.ms} ms, integrity ok)`);
} catch (err) {
  console.error(`backup failed: ${err instanceof DatabaseUnavailableError ? err.message : String((err as Error)?.message ?? err).split('\n')[0]}`);
  process.exit(1);
}
