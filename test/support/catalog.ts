/** The real catalog for unit tests: a temporary SQLite file, migrated and seeded, read once. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Catalog, buildCatalog } from '../../src/domain/catalog.js';
import { createPrisma } from '../../src/db/client.js';
import { readCatalogData } from '../../src/db/repositories/catalog.js';
import { applyMigrations } from '../../src/db/schema-engine.js';
import { seedDatabase } from '../../src/db/seed.js';

export async function loadSeededCatalog(): Promise<Catalog> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-catalog-'));
  const url = `file:${path.join(dir, 'catalog.db')}`;
  try {
    await applyMigrations(url);
    const db = createPrisma(url);
    try {
      await seedDatabase(db);
      return buildCatalog(await readCatalogData(db));
    } finally {
      await db.$disconnect();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
