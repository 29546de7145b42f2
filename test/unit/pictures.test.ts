/**
 * The pictures room on a fixed dataset: what each picture shows (the models agree with the text
 * answers' rules), the SVG itself as a reviewed snapshot, Ukraine's borders, and the service's cache
 * (one render per data version, shared by concurrent requests, a new version after a change).
 */
import { createHash } from 'node:crypto';
import { geoContains } from 'd3-geo';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agreement, type Catalog, type CatalogData, buildCatalog } from '../../src/domain/catalog.js';
import { computeStats } from '../../src/domain/format/overview.js';
import { loadI18n } from '../../src/i18n/index.js';
import { mapModel, statsModel, timelineModel } from '../../src/pictures/data.js';
import { countryFeatures } from '../../src/pictures/geo.js';
import { drawPicture, pngSize, rasterise } from '../../src/pictures/index.js';
import { createPictureService, dataVersion } from '../../src/services/pictures.js';
import { loadSeededCatalog } from '../support/catalog.js';

const i18n = loadI18n();
const SRC = 'https://example.org/source';

function agreement(
  id: number,
  partnerCode: string,
  signedOn: string,
  pillarIds: string[],
  pledges: Array<Partial<Agreement['pledges'][number]>> = [],
): Agreement {
  return {
    id,
    partnerCode,
    titleEn: `Agreement ${partnerCode}`,
    titleUk: `Угода ${partnerCode}`,
    titleOrigin: 'quoted',
    signedOn,
    placeEn: 'Kyiv',
    placeUk: 'Київ',
    signedByEn: '',
    signedByUk: '',
    durationYears: 10,
    expiresOn: null,
    ratification: 'not-required',
    inDeclarationSeries: true,
    textUrl: null,
    confidence: 'high',
    note: null,
    sourceUrl: SRC,
    pillarIds,
    pledges: pledges.map((p, i) => ({
      id: id * 10 + i,
      partnerCode,
      agreementId: id,
      pillarId: null,
      textEn: 'Aid',
      textUk: 'Допомога',
      amount: null,
      currency: null,
      yearFrom: null,
      yearTo: null,
      level: 'promised',
      annual: false,
      countInTotals: true,
      note: null,
      sourceUrl: SRC,
      ...p,
    })),
  };
}

/** A small, fixed dataset: changes to the real one never move these snapshots. */
export const FIXTURE: CatalogData = {
  dataAsOf: '2025-03-01',
  frameworks: [
    {
      id: 'joint-declaration',
      nameEn: 'Joint Declaration',
      nameUk: 'Спільна декларація',
      shortNameEn: 'JD',
      shortNameUk: 'СД',
      descriptionEn: '',
      descriptionUk: '',
      adoptedOn: '2023-07-12',
      sourceUrl: SRC,
      sortOrder: 1,
      membershipComplete: true,
      declaredMembersEn: null,
      declaredMembersUk: null,
      declaredSourceUrl: null,
    },
    {
      id: 'coalition-of-the-willing',
      nameEn: 'Coalition',
      nameUk: 'Коаліція',
      shortNameEn: 'C',
      shortNameUk: 'К',
      descriptionEn: '',
      descriptionUk: '',
      adoptedOn: '2025-03-02',
      sourceUrl: SRC,
      sortOrder: 2,
      membershipComplete: true,
      declaredMembersEn: null,
      declaredMembersUk: null,
      declaredSourceUrl: null,
    },
  ],
  partners: [
    { code: 'GB', kind: 'country', nameEn: 'United Kingdom', nameUk: 'Велика Британія', aliasesEn: [], aliasesUk: [] },
    { code: 'DE', kind: 'country', nameEn: 'Germany', nameUk: 'Німеччина', aliasesEn: [], aliasesUk: [] },
    { code: 'JP', kind: 'country', nameEn: 'Japan', nameUk: 'Японія', aliasesEn: [], aliasesUk: [] },
    { code: 'LU', kind: 'country', nameEn: 'Luxembourg', nameUk: 'Люксембург', aliasesEn: [], aliasesUk: [] },
    { code: 'BG', kind: 'country', nameEn: 'Bulgaria', nameUk: 'Болгарія', aliasesEn: [], aliasesUk: [] },
    { code: 'AU', kind: 'country', nameEn: 'Australia', nameUk: 'Австралія', aliasesEn: [], aliasesUk: [] },
    { code: 'EU', kind: 'organisation', nameEn: 'European Union', nameUk: 'Європейський Союз', aliasesEn: [], aliasesUk: [] },
  ],
  memberships: [
    ...['GB', 'DE', 'JP', 'LU', 'BG', 'EU'].map((partnerCode) => ({
      partnerCode,
      frameworkId: 'joint-declaration',
      joinedOn: '2023-07-12',
      confidence: 'high' as const,
      note: null,
      sourceUrl: SRC,
    })),
    { partnerCode: 'AU', frameworkId: 'coalition-of-the-willing', joinedOn: null, confidence: 'low', note: null, sourceUrl: SRC },
    { partnerCode: 'GB', frameworkId: 'coalition-of-the-willing', joinedOn: '2025-03-02', confidence: 'high', note: null, sourceUrl: SRC },
  ],
  agreements: [
    agreement(
      1,
      'GB',
      '2024-01-12',
      ['military', 'economic'],
      [
        { amount: 2.5e9, currency: 'GBP', yearFrom: 2024, yearTo: 2024 },
        { amount: 3e9, currency: 'GBP', yearFrom: 2024, yearTo: 2024, countInTotals: false },
      ],
    ),
    agreement(
      2,
      'DE',
      '2024-02-16',
      ['military'],
      [
        { amount: 7.1e9, currency: 'EUR', yearFrom: 2024, yearTo: 2024, level: 'allocated' },
        { amount: 1e9, currency: 'EUR', yearFrom: 2024, yearTo: 2027, annual: true },
        { textEn: 'Air defence', textUk: 'ППО' },
      ],
    ),
    agreement(3, 'JP', '2024-06-13', ['economic'], [{ amount: 4.5e9, currency: 'USD', yearFrom: 2024, yearTo: 2024 }]),
    agreement(4, 'LU', '2024-07-11', ['military'], [{ amount: 80e6, currency: 'EUR', yearFrom: 2024, yearTo: 2025, level: 'delivered' }]),
    agreement(5, 'EU', '2024-06-27', ['economic'], [{ amount: 5e9, currency: 'EUR', yearFrom: 2024, yearTo: 2027 }]),
  ],
  pillars: [],
  events: [],
};

const fixture = buildCatalog(FIXTURE);

/** The map's SVG with each country outline replaced by a short hash: the snapshot stays readable. */
const hashPaths = (svg: string) => svg.replace(/ d="([^"]+)"/g, (_, d: string) => ` d="#${createHash('sha1').update(d).digest('hex').slice(0, 10)}"`);

describe('picture models', () => {
  it('sorts partners into the map legend and counts each status', () => {
    const m = mapModel(fixture, 'all');
    expect(m.counts).toEqual({ agreement: 5, declaration: 1, other: 1 });
    expect(m.status.get('BG')).toBe('declaration');
    expect(m.status.get('AU')).toBe('other');
    expect(m.organisations).toEqual(['EU']);
    expect([...mapModel(fixture, 'coalition').status.keys()]).toEqual(['AU', 'GB']);
    expect([...mapModel(fixture, 'military').status.keys()]).toEqual(['DE', 'GB', 'LU']);
    expect(mapModel(fixture, 'compact').total).toBe(0);
  });

  it('counts agreements and dated joins per month, through the data date', () => {
    const t = timelineModel(fixture);
    expect(t.months[0]!.month).toBe('2023-07');
    expect(t.months.at(-1)!.month).toBe('2025-03');
    expect(t.months).toHaveLength(21);
    expect(t.months.find((m) => m.month === '2023-07')!.joins).toBe(6);
    expect(t.agreements).toBe(5);
    expect(t.joins).toBe(7);
    expect(t.undatedJoins).toBe(1);
    expect(t.busiest).toEqual({ month: '2024-06', agreements: 2, joins: 0 });
  });

  it('splits pledges by currency, partner, year and level, leaving out overlaps and converting nothing', () => {
    const s = statsModel(fixture);
    expect(s.skipped).toBe(1);
    expect(s.nonMonetary).toBe(1);
    const eur = s.panels.find((p) => p.currency === 'EUR')!;
    expect(eur.total).toBe(7.1e9 + 4e9 + 80e6 + 5e9);
    expect(eur.byPartner.map((r) => r.key)).toEqual(['DE', 'EU', 'LU']);
    expect(eur.byPartner[0]!.byLevel).toEqual({ promised: 4e9, allocated: 7.1e9, delivered: 0 });
    expect(eur.byYear.map((r) => r.key)).toEqual(['2024', '2024–2025', '2024–2027', '2025', '2026', '2027']);
    expect(s.panels.find((p) => p.currency === 'GBP')!.total).toBe(2.5e9);
  });

  it('agrees with the text totals of /stats on the real dataset', async () => {
    const real = await loadSeededCatalog();
    const s = statsModel(real);
    const text = computeStats(real);
    expect(new Map(s.panels.map((p) => [p.currency, p.total]))).toEqual(text.byCurrency);
    expect(s.skipped).toBe(text.monetarySkipped);
    expect(s.nonMonetary).toBe(text.nonMonetary);
  }, 90_000);
});

describe('Ukraine on the map', () => {
  it('is drawn in its internationally recognised borders, Crimea included', () => {
    for (const file of ['countries-50m.json', 'countries-110m.json'] as const) {
      const features = countryFeatures(file);
      const simferopol: [number, number] = [34.1, 44.95];
      expect(
        geoContains(
          features.find((f) => f.code === 'UA')!,
          simferopol,
        ),
      ).toBe(true);
      expect(
        geoContains(
          features.find((f) => f.code === 'RU')!,
          simferopol,
        ),
      ).toBe(false);
      expect(features.some((f) => f.code === 'XK')).toBe(true);
    }
  });
});

describe('rendered SVG (snapshots of the fixed dataset)', () => {
  const draw = (kind: 'map' | 'timeline' | 'stats', lang: 'uk' | 'en', filter: 'all' | 'coalition' = 'all') =>
    drawPicture({ kind, filter }, fixture, i18n.translator(lang));

  it('map', async () => {
    await expect(hashPaths(draw('map', 'uk').svg)).toMatchFileSnapshot('__snapshots__/pictures/map-uk.svg');
    await expect(hashPaths(draw('map', 'en', 'coalition').svg)).toMatchFileSnapshot('__snapshots__/pictures/map-coalition-en.svg');
  });

  it('timeline chart', async () => {
    await expect(draw('timeline', 'en').svg).toMatchFileSnapshot('__snapshots__/pictures/timeline-en.svg');
    await expect(draw('timeline', 'uk').svg).toMatchFileSnapshot('__snapshots__/pictures/timeline-uk.svg');
  });

  it('stats chart', async () => {
    await expect(draw('stats', 'en').svg).toMatchFileSnapshot('__snapshots__/pictures/stats-en.svg');
    await expect(draw('stats', 'uk').svg).toMatchFileSnapshot('__snapshots__/pictures/stats-uk.svg');
  });

  it('captions carry the numbers in words, the source and the data date', () => {
    expect(draw('map', 'en').caption).toBe(
      "Map of Ukraine's security partners. 5 partners have signed a bilateral security agreement with Ukraine. 1 joined the Joint Declaration but has no agreement yet: Bulgaria. 1 takes part only in other frameworks: Australia.\n" +
        'Source: Guarantor dataset (official texts and government sites) · data as of 1 March 2025',
    );
    expect(draw('map', 'uk').caption).toContain(
      '5 партнерів підписали двосторонні безпекові угоди з Україною. 1 приєднався до Спільної декларації, але угоди ще не має: Болгарія.',
    );
    expect(draw('timeline', 'uk').caption).toContain('підписано 5 двосторонніх безпекових угод, партнери приєднувалися до форматів 7 разів');
    expect(draw('stats', 'en').caption).toContain('EUR: EUR 16.18 billion in total (largest: Germany, EUR 11.1 billion).');
    expect(draw('stats', 'en').caption).toContain('1 overlapping pledge is left out of the totals.');
  });

  it('rasterises to a PNG of the promised size with the bundled font', async () => {
    const d = draw('timeline', 'uk');
    const png = await rasterise(d.svg);
    expect(pngSize(png)).toEqual({ width: d.width, height: d.height });
  });
});

describe('the pictures service', () => {
  let catalog: Catalog = fixture;
  const renders: string[] = [];
  const service = createPictureService({
    facts: { catalog: async () => catalog },
    i18n,
    render: async (svg) => {
      renders.push(svg);
      await new Promise((r) => setTimeout(r, 20));
      return Buffer.from('png');
    },
  });
  beforeAll(() => {
    renders.length = 0;
  });

  it('renders once for concurrent requests, then serves the remembered file_id', async () => {
    const [a, b] = await Promise.all([service.get('map', 'all', 'en'), service.get('map', 'all', 'en')]);
    expect(renders).toHaveLength(1);
    expect(a).toBe(b);
    expect(a.png).toBeDefined();
    service.remember(a, 'FILE-1');
    const again = await service.get('map', 'all', 'en');
    expect(again.fileId).toBe('FILE-1');
    expect(again.png).toBeUndefined();
    expect(renders).toHaveLength(1);
    expect((await service.cached('map', 'all', 'en'))?.fileId).toBe('FILE-1');
    expect(await service.cached('map', 'all', 'uk')).toBeUndefined();
  });

  it('keys by language and filter, and draws anew when the data changes', async () => {
    await service.get('map', 'all', 'uk');
    await service.get('map', 'coalition', 'en');
    expect(renders).toHaveLength(3);
    const before = dataVersion(catalog);
    // An admin publish builds a new snapshot; an identical rebuild keeps the version.
    expect(dataVersion(buildCatalog(FIXTURE))).toBe(before);
    catalog = buildCatalog({ ...FIXTURE, dataAsOf: '2025-04-01', agreements: [...FIXTURE.agreements, agreement(6, 'BG', '2025-04-01', [])] });
    expect(dataVersion(catalog)).not.toBe(before);
    const fresh = await service.get('map', 'all', 'en');
    expect(fresh.fileId).toBeUndefined();
    expect(renders).toHaveLength(4);
    expect(fresh.caption).toContain('6 partners have signed');
  });

  it('forgets a refused file_id', async () => {
    const p = await service.get('stats', 'all', 'en');
    service.remember(p, 'FILE-2');
    service.forget(p.key);
    expect((await service.get('stats', 'all', 'en')).fileId).toBeUndefined();
  });
});
