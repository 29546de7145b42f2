/** What /healthz asks the database: a trivial query, the last digest run, the outbox's depth. */
import type { HealthSources } from '../http/health.js';
import { type Db, pingDatabase } from './client.js';

export function createHealthSources(db: Db, databaseUrl: string): HealthSources {
  return {
    ping: () => pingDatabase(db, databaseUrl),
    async lastDigestRun() {
      const run = await db.digestRun.findFirst({ where: { kind: 'digest' }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
      return run?.createdAt ?? null;
    },
    queueDepth: () => db.delivery.count({ where: { status: { in: ['pending', 'sending'] } } }),
  };
}
