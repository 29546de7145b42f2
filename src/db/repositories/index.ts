/**
 * The repositories: read and write only, one per store. Admin writes share writes.ts (transaction,
 * audit entry, fresh catalog); fact rows are built by fact-rows.ts, the one writer.
 */
import type { Db } from '../client.js';
import { createAuditRepository } from './audit.js';
import { createCatalogStore } from './catalog.js';
import { createEditorRepository } from './editors.js';
import { createFactRepository } from './facts.js';
import { createImportRepository } from './imports.js';
import { createMetaRepository } from './meta.js';
import { createOutboxRepository } from './outbox.js';
import { createSubscriberRepository } from './subscribers.js';
import { createSubscriptionRepository } from './subscriptions.js';
import { createWrites } from './writes.js';

export function createRepositories(db: Db, opts: { now?: () => Date } = {}) {
  const now = opts.now ?? (() => new Date());
  const catalog = createCatalogStore(db);
  const writes = createWrites(db, catalog, now);
  return {
    catalog,
    facts: createFactRepository(db, writes),
    imports: createImportRepository(db, writes),
    audit: createAuditRepository(db, writes),
    editors: createEditorRepository(db, writes),
    meta: createMetaRepository(db),
    subscribers: createSubscriberRepository(db),
    subscriptions: createSubscriptionRepository(db),
    outbox: createOutboxRepository(db, now),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
