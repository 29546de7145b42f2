/**
 * Operations in small pieces: the one redaction function, one-line database causes, the health
 * report (503 and logged once), the metrics text, and the migration check that skips the engine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, describeDatabaseError, inspectDatabase } from '../../src/db/client.js';
import { migrateIfNeeded, pendingMigrations, readMigrations } from '../../src/db/schema-engine.js';
import { createHealth } from '../../src/http/health.js';
import { createLogger, redactDeep, redactSecrets, redactedErrorText, registerSecrets } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';

const TOKEN = '987654321:AAHsecretPartOfTheToken_abcdefghijklmn';
const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-ops-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const lines: string[] = [];
  return { lines, destination: { write: (l: string) => void lines.push(l) } };
}

describe('redactSecrets: the one redaction function', () => {
  registerSecrets([TOKEN]);
  const secretHalf = TOKEN.split(':')[1]!;

  it('removes the token in any form from any string', () => {
    expect(redactSecrets(`GET https://api.telegram.org/bot${TOKEN}/getMe`)).toBe('GET https://api.telegram.org/bot[redacted]/getMe');
    expect(redactSecrets(`url=${encodeURIComponent(TOKEN)}`)).toBe('url=[redacted]');
    expect(redactSecrets(`half ${secretHalf} only`)).toBe('half [redacted] only');
    expect(redactSecrets('nothing secret here')).toBe('nothing secret here');
  });

  it('reaches messages, stacks, nested causes and properties of errors', () => {
    const inner = new Error(`connect to /bot${TOKEN}/sendMessage failed`);
    const outer = new Error('delivery failed', { cause: inner });
    Object.assign(outer, { on: { method: 'sendMessage', url: `https://x/bot${TOKEN}/sendMessage` } });
    const out = JSON.stringify(redactDeep({ err: outer, list: [`a ${TOKEN}`] }));
    expect(out).not.toContain(secretHalf);
    expect(out).toContain('bot[redacted]/sendMessage');
    expect(redactedErrorText(outer, { stack: true })).not.toContain(secretHalf);
  });

  it('is applied by the logger to messages, objects, errors (also as first argument) and child bindings', () => {
    const c = capture();
    const log = createLogger({ level: 'info', destination: c.destination });
    const err = new Error(`invalid json response body at http://127.0.0.1/bot${TOKEN}/sendMessage`);
    log.error({ err }, `failed for ${TOKEN}`);
    log.error(err);
    log.child({ url: `http://h/bot${TOKEN}` }).warn({ nested: { deeper: [`x${TOKEN}`] } }, 'child');
    const all = c.lines.join('');
    expect(c.lines).toHaveLength(3);
    expect(all).not.toContain(secretHalf);
    expect(JSON.parse(c.lines[1]!)).toMatchObject({ err: { type: 'Error' }, msg: expect.stringContaining('bot[redacted]/sendMessage') });
    expect(all.match(/\[redacted\]/g)!.length).toBeGreaterThanOrEqual(5);
  });
});

describe('describeDatabaseError: one line naming the cause', () => {
  const file = path.join(dir, 'x.db');
  it.each([
    [{ code: 'SQLITE_FULL', message: 'database or disk is full' }, /x\.db: the disk is full/],
    [{ code: 'SQLITE_BUSY', message: 'database is locked' }, /x\.db: the database is locked by another process/],
    [{ code: 'SQLITE_READONLY', message: 'attempt to write a readonly database' }, /x\.db: the database is read-only/],
    [{ code: 'SQLITE_NOTADB', message: 'file is not a database' }, /x\.db: the file is not a SQLite database/],
    [{ code: 'SQLITE_CORRUPT', message: 'database disk image is malformed' }, /x\.db: the database file is corrupt/],
    [{ code: 'ERR_DLOPEN_FAILED', message: 'better_sqlite3.node: invalid ELF header' }, /native module \(better-sqlite3\) cannot be loaded/],
    [
      new Error('Could not locate the bindings file. Tried:\n → /x/build/better_sqlite3.node'),
      /native module .*Could not locate the bindings file\. Tried:\): run/,
    ],
  ])('%o', (err, expected) => {
    const e = describeDatabaseError(err, file);
    expect(e).toBeInstanceOf(DatabaseUnavailableError);
    expect(e.message).toMatch(expected);
    expect(e.message).not.toContain('\n');
  });

  it('names a database locked by another writer at start', () => {
    const locked = path.join(dir, 'locked.db');
    const holder = new Database(locked);
    holder.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    try {
      // The exclusive lock outlasts the busy timeout only if we wait 5 s; a rollback-journal exclusive lock blocks WAL setup at once.
      expect(() => inspectDatabase(`file:${locked}`)).toThrow(/locked\.db: the database is locked by another process/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20_000);
});

describe('the health report', () => {
  it('is 200 with the figures when the database answers, 503 with the cause when not, logged once per outage', async () => {
    const c = capture();
    const logger = createLogger({ level: 'info', destination: c.destination });
    const metrics = createMetrics({ defaultMetrics: false });
    let up = true;
    let t = 1_000_000;
    const health = createHealth({
      logger,
      metrics,
      mode: 'polling',
      startedAt: t,
      now: () => t,
      sources: {
        ping: async () => {
          if (!up) throw describeDatabaseError({ code: 'SQLITE_FULL', message: 'database or disk is full' }, '/data/g.db');
        },
        lastDigestRun: async () => new Date('2026-12-01T09:00:00Z'),
        queueDepth: async () => 12,
      },
    });
    t += 61_000;
    expect(await health.check()).toEqual({
      httpStatus: 200,
      report: { status: 'ok', database: { ok: true }, lastDigestRun: '2026-12-01T09:00:00.000Z', queueDepth: 12, uptimeSeconds: 61, mode: 'polling' },
    });
    up = false;
    const down = await health.check();
    await health.check();
    await health.check();
    expect(down.httpStatus).toBe(503);
    expect(down.report.database).toEqual({ ok: false, error: 'database /data/g.db: the disk is full (free space on the volume that holds the database)' });
    expect(await metrics.render()).toMatch(/^guarantor_database_up 0$/m);
    up = true;
    expect((await health.check()).httpStatus).toBe(200);
    const msgs = c.lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(msgs).toEqual([
      'database unavailable: database /data/g.db: the disk is full (free space on the volume that holds the database)',
      'database available again',
    ]);
  });
});

describe('metrics', () => {
  it('renders the bot metrics and the queue depth from its source', async () => {
    const m = createMetrics();
    m.updates.inc({ type: 'message' });
    m.sends.inc({ priority: 'broadcast', method: 'sendMessage' }, 3);
    m.rateLimited.inc({ priority: 'interactive' });
    m.digestDuration.observe({ kind: 'digest', phase: 'compose' }, 1.5);
    m.setQueueDepthSource(async () => 42);
    const text = await m.render();
    expect(text).toMatch(/^guarantor_updates_total\{type="message"\} 1$/m);
    expect(text).toMatch(/^guarantor_sends_total\{priority="broadcast",method="sendMessage"\} 3$/m);
    expect(text).toMatch(/^guarantor_telegram_429_total\{priority="interactive"\} 1$/m);
    expect(text).toMatch(/^guarantor_digest_duration_seconds_count\{kind="digest",phase="compose"\} 1$/m);
    expect(text).toMatch(/^guarantor_outbox_queue_depth 42$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    // Two apps in one process do not collide.
    expect(() => createMetrics()).not.toThrow();
  });
});

describe('start-up migrations: the wasm engine only when something is pending', () => {
  it('applies everything on a new database, then finds nothing pending without loading the engine', async () => {
    const url = `file:${path.join(dir, 'lean.db')}`;
    const all = (await readMigrations()).migrationDirectories.map((d) => d.path);
    expect(await pendingMigrations(url)).toEqual(all);
    expect(await migrateIfNeeded(url)).toEqual({ applied: all, engineLoaded: true });
    expect(await pendingMigrations(url)).toEqual([]);
    expect(await migrateIfNeeded(url)).toEqual({ applied: [], engineLoaded: false });
    expect(inspectDatabase(url).journalMode).toBe('wal');
  }, 60_000);

  it('treats a failed migration (recorded, not finished) as pending', async () => {
    const url = `file:${path.join(dir, 'lean.db')}`;
    const db = new Database(path.join(dir, 'lean.db'));
    const last = (db.prepare('SELECT migration_name AS n FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1').get() as { n: string }).n;
    db.prepare('UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?').run(last);
    db.close();
    expect(await pendingMigrations(url)).toEqual([last]);
  });

  it('reports a file that is not a database before any engine runs', async () => {
    const file = path.join(dir, 'text.db');
    writeFileSync(file, 'not sqlite at all\n'.repeat(100));
    await expect(migrateIfNeeded(`file:${file}`)).rejects.toThrow(/text\.db: the file is not a SQLite database/);
  });
});
