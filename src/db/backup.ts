/**
 * Online backups of the SQLite database with better-sqlite3's backup API (SQLite's own), safe while
 * the bot runs and writes in WAL mode: the copy is one consistent snapshot. It is written under a
 * temporary name, checked with `PRAGMA integrity_check`, then renamed into place, so a target file
 * is always a whole, valid database.
 */
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BUSY_TIMEOUT_MS, DatabaseUnavailableError, describeDatabaseError, sqliteFilePath } from './client.js';

export interface BackupResult {
  target: string;
  bytes: number;
  pages: number;
  ms: number;
}

/** `<database folder>/backups/<name>-YYYYMMDD-HHMMSS.db` */
export function defaultBackupTarget(databaseUrl: string, now = new Date()): string {
  const file = path.resolve(sqliteFilePath(databaseUrl));
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return path.join(path.dirname(file), 'backups', `${path.basename(file, path.extname(file))}-${stamp}.db`);
}

export async function backupDatabase(databaseUrl: string, target = defaultBackupTarget(databaseUrl)): Promise<BackupResult> {
  const started = Date.now();
  const file = sqliteFilePath(databaseUrl);
  const dest = path.resolve(target);
  const partial = `${dest}.partial`;
  let source: Database.Database;
  try {
    // Read-only on the live file: the backup never writes to the bot's database.
    source = new Database(file, { fileMustExist: true, readonly: true, timeout: BUSY_TIMEOUT_MS });
    source.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    throw describeDatabaseError(err, file);
  }
  try {
    mkdirSync(path.dirname(dest), { recursive: true });
    rmSync(partial, { force: true });
    // Small steps let the bot's writers in between; a write during the copy restarts it, as SQLite documents.
    const meta = await source.backup(partial, { progress: () => 256 });
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new DatabaseUnavailableError(`backup ${dest}: integrity check failed (${String(check)})`, 'SQLITE_CORRUPT');
      // A self-contained file: no -wal beside it, journal mode back to the default for a plain copy.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(partial, dest);
    return { target: dest, bytes: statSync(dest).size, pages: meta.totalPages, ms: Date.now() - started };
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
}
