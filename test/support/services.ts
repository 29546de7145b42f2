/**
 * Services over a fresh, migrated and seeded database, without Telegraf: the use cases are driven
 * directly, as the bot's features drive them. The broadcaster is a recording double. The store is
 * SQLite, or PostgreSQL in the `postgres` test project (see postgres.ts).
 */
import pino from 'pino';
import { createPrisma, type Db } from '../../src/db/client.js';
import type { Repositories } from '../../src/db/repositories/index.js';
import { applyAllMigrations } from '../../src/db/migrate.js';
import type { Provider } from '../../src/db/provider/index.js';
import { TEST_PROVIDER, createTestDatabase } from './postgres.js';
import { seedDatabase } from '../../src/db/seed.js';
import type { BroadcastPort } from '../../src/domain/ports.js';
import { type Services, createServices, createStores } from '../../src/services/index.js';

export interface ServiceWorld {
  db: Db;
  repos: Repositories;
  services: Services;
  clock: { now: Date };
  broadcasts: { urgent: number[][]; announced: Array<{ en: string; uk: string }> };
  close(): Promise<void>;
}

export async function startServices(opts: { adminIds?: bigint[]; now?: Date; provider?: Provider } = {}): Promise<ServiceWorld> {
  const database = await createTestDatabase(opts.provider ?? TEST_PROVIDER, 'services');
  const url = database.url;
  await applyAllMigrations(url);
  const db = createPrisma(url);
  await seedDatabase(db);
  const clock = { now: opts.now ?? new Date('2026-12-01T09:00:00Z') };
  const broadcasts: ServiceWorld['broadcasts'] = { urgent: [], announced: [] };
  const broadcast: BroadcastPort = {
    async publishUrgent(ids) {
      broadcasts.urgent.push(ids);
      return { recipients: 3 };
    },
    async announce(text) {
      broadcasts.announced.push(text);
      return { recipients: 5 };
    },
    countAnnouncementRecipients: async () => 5,
  };
  const now = () => clock.now;
  const repos = createStores(db, now);
  const services = createServices(repos, { adminIds: opts.adminIds ?? [1n], adminChatId: undefined }, { logger: pino({ level: 'silent' }), now, broadcast });
  return {
    db,
    repos,
    services,
    clock,
    broadcasts,
    async close() {
      await db.$disconnect();
      await database.drop();
    },
  };
}
