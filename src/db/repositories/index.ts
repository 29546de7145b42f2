import type { Db } from '../client.js';
import { createAdminRepository } from './admin.js';
import { createCatalogStore } from './catalog.js';
import { createMetaRepository } from './meta.js';
import { createOutboxRepository } from './outbox.js';
import { createSubscriberRepository } from './subscribers.js';
import { createSubscriptionRepository } from './subscriptions.js';

export function createRepositories(db: Db) {
  const catalog = createCatalogStore(db);
  return {
    admin: createAdminRepository(db, catalog),
    catalog,
    meta: createMetaRepository(db),
    subscribers: createSubscriberRepository(db),
    subscriptions: createSubscriptionRepository(db),
    outbox: createOutboxRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
