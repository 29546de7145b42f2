/**
 * Prints a daily digest and an alert, in both languages, exactly as the real composer writes them
 * (Telegram HTML), from the seeded catalog plus two admin-published items: a German pledge and a
 * Coalition of the Willing meeting. Used for the README: `npx tsx scripts/digest-samples.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CatalogEvent, buildCatalog } from '../src/domain/catalog.js';
import { createDigestComposer } from '../src/domain/digest.js';
import { createPrisma } from '../src/db/client.js';
import { readCatalogData } from '../src/db/repositories/catalog.js';
import { applyMigrations } from '../src/db/schema-engine.js';
import { seedDatabase } from '../src/db/seed.js';
import { loadI18n } from '../src/i18n/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-samples-'));
const url = `file:${path.join(dir, 'samples.db')}`;
try {
  await applyMigrations(url);
  const db = createPrisma(url);
  await seedDatabase(db);
  const data = await readCatalogData(db);
  await db.$disconnect();

  const at = new Date('2026-12-02T08:00:00Z');
  const pledgeUrl = 'https://www.bundesregierung.de/breg-en/news/ukraine-support-2026';
  const de = data.agreements.filter((a) => a.partnerCode === 'DE').at(-1)!;
  de.pledges.push({
    id: 1_000_000,
    partnerCode: 'DE',
    agreementId: de.id,
    pillarId: null,
    textEn: 'Military aid in the 2026 federal budget',
    textUk: 'Військова допомога у федеральному бюджеті на 2026 рік',
    amount: 11.5e9,
    currency: 'EUR',
    yearFrom: 2026,
    yearTo: 2026,
    level: 'promised',
    annual: false,
    countInTotals: true,
    note: null,
    sourceUrl: pledgeUrl,
  });
  const base = { frameworkId: null, confidence: 'high', status: null, dueOn: null, origin: 'admin', bodyEn: null, bodyUk: null } as const;
  const pledge: CatalogEvent = {
    ...base,
    id: 900,
    occurredOn: '2026-12-01',
    kind: 'pledge',
    partnerCodes: ['DE'],
    titleEn: 'New pledge by Germany: EUR 11.5 billion',
    titleUk: 'Нове зобов’язання, Німеччина: 11,5 млрд EUR',
    bodyEn: 'Military aid in the 2026 federal budget',
    bodyUk: 'Військова допомога у федеральному бюджеті на 2026 рік',
    sourceUrl: pledgeUrl,
    publishedAt: new Date(at.getTime() - 3_600_000),
  };
  const meeting: CatalogEvent = {
    ...base,
    id: 901,
    occurredOn: '2026-12-01',
    kind: 'coalition',
    frameworkId: 'coalition-of-the-willing',
    partnerCodes: ['GB', 'FR'],
    titleEn: 'Coalition of the Willing leaders met in Kyiv',
    titleUk: 'Лідери коаліції охочих зібралися в Києві',
    bodyEn: 'They agreed the next steps of the multinational force for Ukraine',
    bodyUk: 'Погодили наступні кроки багатонаціональних сил для України',
    sourceUrl: 'https://www.gov.uk/government/news/coalition-of-the-willing-kyiv',
    publishedAt: new Date(at.getTime() - 1_800_000),
  };
  const catalog = buildCatalog({ ...data, dataAsOf: '2026-12-01', events: [meeting, pledge, ...data.events] });
  const i18n = loadI18n();
  const composer = createDigestComposer(catalog, (l) => i18n.translator(l), { botUsername: 'GuarantorBot' });
  const window = { from: new Date(at.getTime() - 86_400_000), to: at };
  const everything = { partners: [], pillars: [], kinds: [] };
  for (const lang of ['en', 'uk'] as const) {
    console.log(`── daily digest (${lang}) ──`);
    console.log(composer.compose(window, everything, lang, 'daily')!.parts.join('\n──\n'));
    console.log(`── alert (${lang}) ──`);
    console.log(composer.recompose([900], lang, 'instant')!.parts.join('\n──\n'));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
