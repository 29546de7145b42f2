/**
 * npm run pictures:docs — draws one of each picture from the bundled dataset into docs/pictures/
 * (the PNGs the README shows). Run it after changing a drawing or the dataset and commit the result.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCatalog } from '../src/domain/catalog.js';
import { createPrisma } from '../src/db/client.js';
import { readCatalogData } from '../src/db/repositories/catalog.js';
import { applyMigrations } from '../src/db/schema-engine.js';
import { seedDatabase } from '../src/db/seed.js';
import { loadI18n } from '../src/i18n/index.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { type MapFilter, type PictureKind, drawPicture, rasterise } from '../src/pictures/index.js';

const PICTURES: Array<{ file: string; kind: PictureKind; filter: MapFilter; lang: 'uk' | 'en' }> = [
  { file: 'map-uk.png', kind: 'map', filter: 'all', lang: 'uk' },
  { file: 'map-coalition-en.png', kind: 'map', filter: 'coalition', lang: 'en' },
  { file: 'timeline-uk.png', kind: 'timeline', filter: 'all', lang: 'uk' },
  { file: 'stats-en.png', kind: 'stats', filter: 'all', lang: 'en' },
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-pictures-docs-'));
const url = `file:${path.join(dir, 'docs.db')}`;
try {
  await applyMigrations(url);
  const db = createPrisma(url);
  let catalog;
  try {
    await seedDatabase(db);
    catalog = buildCatalog(await readCatalogData(db));
  } finally {
    await db.$disconnect();
  }
  const i18n = loadI18n();
  const out = path.join(PROJECT_ROOT, 'docs', 'pictures');
  mkdirSync(out, { recursive: true });
  for (const p of PICTURES) {
    const drawn = drawPicture({ kind: p.kind, filter: p.filter }, catalog, i18n.translator(p.lang));
    writeFileSync(path.join(out, p.file), await rasterise(drawn.svg));
    console.log(`docs/pictures/${p.file} (${drawn.width}×${drawn.height})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
