/**
 * The health report behind GET /healthz: the database answers a trivial query, when the last digest
 * run happened, how many outbox rows wait, how long the process has been up. 200 when healthy, 503
 * when the database is unreachable. The database going down is logged once (one line naming the
 * cause), and its recovery once.
 */
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';

export interface HealthSources {
  /** A trivial query; rejects (ideally with a one-line cause) when the database is unreachable. */
  ping(): Promise<void>;
  /** When the last digest run was created, or null when none ran yet. */
  lastDigestRun(): Promise<Date | null>;
  /** Unsent outbox rows (pending or being sent). */
  queueDepth(): Promise<number>;
}

export interface HealthReport {
  status: 'ok' | 'unhealthy';
  database: { ok: true } | { ok: false; error: string };
  lastDigestRun: string | null;
  queueDepth: number | null;
  uptimeSeconds: number;
  mode: 'polling' | 'webhook';
}

export interface Health {
  check(): Promise<{ httpStatus: 200 | 503; report: HealthReport }>;
  /** Records a database failure seen elsewhere (logged once until the database answers again). */
  databaseFailed(err: unknown): void;
}

export function createHealth(deps: {
  sources: HealthSources;
  logger: Logger;
  metrics?: Metrics;
  mode: 'polling' | 'webhook';
  startedAt?: number;
  now?: () => number;
}): Health {
  const now = deps.now ?? Date.now;
  const startedAt = deps.startedAt ?? now();
  let down: string | undefined;
  const describe = (err: unknown) =>
    String((err as Error)?.message ?? err)
      .split('\n')[0]!
      .slice(0, 300);
  const markDown = (err: unknown) => {
    const cause = describe(err);
    deps.metrics?.databaseUp.set(0);
    if (down === undefined) deps.logger.error(`database unavailable: ${cause}`);
    down = cause;
    return cause;
  };
  const markUp = () => {
    deps.metrics?.databaseUp.set(1);
    if (down !== undefined) deps.logger.info('database available again');
    down = undefined;
  };
  return {
    databaseFailed: (err) => void markDown(err),
    async check() {
      const uptimeSeconds = Math.round((now() - startedAt) / 1000);
      try {
        await deps.sources.ping();
      } catch (err) {
        const error = markDown(err);
        return {
          httpStatus: 503,
          report: { status: 'unhealthy', database: { ok: false, error }, lastDigestRun: null, queueDepth: null, uptimeSeconds, mode: deps.mode },
        };
      }
      markUp();
      const [last, depth] = await Promise.all([deps.sources.lastDigestRun().catch(() => null), deps.sources.queueDepth().catch(() => null)]);
      return {
        httpStatus: 200,
        report: { status: 'ok', database: { ok: true }, lastDigestRun: last?.toISOString() ?? null, queueDepth: depth, uptimeSeconds, mode: deps.mode },
      };
    },
  };
}
