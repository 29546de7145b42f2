import type { Db } from '../client.js';
import { createCatalogStore } from './catalog.js';
import { createMetaRepository } from './meta.js';
import { createSubscriberRepository } from './subscribers.js';

export function createRepositories(db: Db) {
  return {
    catalog: createCatalogStore(db),
    meta: createMetaRepository(db),
    subscribers: createSubscriberRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
