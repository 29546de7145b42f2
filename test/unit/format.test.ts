import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalog, buildCatalog } from '../../src/domain/catalog.js';
import { firstClause, hostOf, membershipDate, pageSlice, parseEnglishDate, pledgeLine, yearsText } from '../../src/domain/format/common.js';
import { countrySummary, formatCountryCard, formatCountryListPage, orderedPartners } from '../../src/domain/format/country.js';
import {
  computeStats,
  formatFrameworks,
  formatSignatories,
  formatSources,
  formatStats,
  formatTimelinePage,
  sourceHosts,
} from '../../src/domain/format/overview.js';
import { formatPillar, formatPillarList, pillarCoverage } from '../../src/domain/format/pillar.js';
import { loadI18n } from '../../src/i18n/index.js';
import { loadSeededCatalog } from '../support/catalog.js';

const i18n = loadI18n();
const en = i18n.translator('en');
const uk = i18n.translator('uk');
let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
});
const partner = (code: string) => catalog.partner(code)!;

describe('country card', () => {
  it("shows Germany's frameworks, agreement, pledges, milestones and data date in English", () => {
    const card = formatCountryCard(catalog, partner('DE'), en);
    expect(card.startsWith('🇩🇪 <b>Germany</b>')).toBe(true);
    expect(card).toContain('G7 Declaration — 12 July 2023');
    expect(card).toContain('Coalition of the Willing — 10 May 2025 (date uncertain)');
    expect(card).toContain('Signed 16 February 2024 in Berlin, Germany');
    expect(card).toContain('Olaf Scholz');
    expect(card).toContain('Duration: 10 years, until 16 February 2034');
    expect(card).toContain('Ratification: not known');
    expect(card).toContain('Part of the series of bilateral agreements under the G7 Joint Declaration.');
    expect(card).toContain('<b>EUR 7.1 billion</b> (promised, 2024)');
    expect(card).toContain('Pillars: Defence and deterrence (military support); Response to a new attack');
    expect(card).toContain('Latest milestones');
    expect(card).toContain('<a href="https://www.pravda.com.ua/eng/news/2024/02/16/7442194/">source</a>');
    expect(card).toContain('Data as of 13 February 2026.');
    expect(card.match(/^• \d+ \w+ \d{4} — /gm)?.length).toBe(5);
  });

  it('is in Ukrainian for Ukrainian readers, with Ukrainian dates and plurals', () => {
    const card = formatCountryCard(catalog, partner('DE'), uk);
    expect(card.startsWith('🇩🇪 <b>Німеччина</b>')).toBe(true);
    expect(card).toContain('Підписано 16 лютого 2024 р., Берлін, Німеччина');
    expect(card).toContain('Строк дії: 10 років, до 16 лютого 2034 р.');
    expect(card).toContain('<b>7,1 млрд EUR</b> (обіцяно, 2024)');
    expect(card).toContain('Дані станом на 13 лютого 2026 р.</i>');
    expect(card).not.toContain('р..');
  });

  it("says honestly that Ireland's accession date is unknown, in the reader's language", () => {
    expect(formatCountryCard(catalog, partner('IE'), en)).toContain('G7 Declaration — exact date unknown, on or before 2 August 2023');
    const ukCard = formatCountryCard(catalog, partner('IE'), uk);
    expect(ukCard).toContain('Декларація G7 — точна дата невідома, не пізніше 2 серпня 2023 р.');
    expect(ukCard).not.toContain('Exact accession date not found');
  });

  it("says Croatia's agreement is related to, not part of, the series; and Bulgaria has none", () => {
    const hr = formatCountryCard(catalog, partner('HR'), en);
    expect(hr).toContain('Related to, but not part of, the series');
    expect(hr).toContain('Duration: not confirmed');
    expect(hr).toContain('low-confidence');
    expect(formatCountryCard(catalog, partner('HR'), uk)).toContain("Пов'язана із серією угод за Спільною декларацією G7, але не належить до неї.");
    expect(formatCountryCard(catalog, partner('BG'), en)).toContain('No bilateral security agreement with Ukraine so far.');
    expect(formatCountryCard(catalog, partner('BG'), uk)).toContain('Двосторонньої безпекової угоди з Україною поки немає.');
    expect(countrySummary(catalog, partner('BG'), en)).toBe('Joined the G7 Declaration; no bilateral agreement');
  });

  it('gives the EU its own flag and keeps every card within 4096 characters', () => {
    expect(formatCountryCard(catalog, partner('EU'), en).startsWith('🇪🇺 <b>European Union</b>')).toBe(true);
    for (const p of catalog.partners) for (const tr of [en, uk]) expect(formatCountryCard(catalog, p, tr).length).toBeLessThanOrEqual(4096);
  });

  it('escapes dataset text and shortens an oversized card', () => {
    const data = { ...catalog, partners: catalog.partners.map((p) => (p.code === 'DE' ? { ...p, nameEn: 'Germany <b>&' } : p)) };
    const agreements = catalog.agreements.map((a) =>
      a.partnerCode === 'DE' ? { ...a, pledges: Array.from({ length: 60 }, (_, i) => ({ ...a.pledges[0]!, id: 1000 + i, textEn: `Pledge <${i}> ${'x'.repeat(100)}` })) } : a,
    );
    const big = buildCatalog({ ...data, agreements });
    const card = formatCountryCard(big, big.partner('DE')!, en);
    expect(card).toContain('Germany &lt;b&gt;&amp;');
    expect(card).toContain('Pledge &lt;0&gt;');
    expect(card.length).toBeLessThanOrEqual(4096);
    expect(card.endsWith('…')).toBe(true);
  });
});

describe('partner list', () => {
  it('puts agreement signers first, then declaration-only members, then related partners', () => {
    const groups = orderedPartners(catalog, en).map((x) => x.group);
    expect(groups.indexOf('declaration')).toBeGreaterThan(groups.lastIndexOf('agreement'));
    expect(groups.indexOf('related')).toBeGreaterThan(groups.lastIndexOf('declaration'));
    expect(orderedPartners(catalog, en).at(-1)?.partner.code).toBe('HR');
    const first = formatCountryListPage(catalog, uk, 1);
    expect(first.pages).toBe(3);
    expect(first.text).toContain('<b>34 партнери</b>');
    expect(first.text).toContain('28 підписали угоду');
    expect(first.text).toContain('5 лише приєдналися');
    expect(first.text).toContain("1 пов'язаний");
    expect(first.buttons[0]?.label).toBe('📜 🇦🇱 Албанія');
    expect(formatCountryListPage(catalog, en, 99).page).toBe(3);
  });
});

describe('pillars', () => {
  it('lists the 8 pillars with one-line descriptions', () => {
    const list = formatPillarList(catalog, en);
    expect(list).toContain('<b>8 pillars of support</b>');
    expect(list).toContain('1. <b>Defence and deterrence (military support)</b> — Helping Ukraine defend itself now and deter future Russian aggression');
    expect(formatPillarList(catalog, uk)).toContain('<b>8 напрямів підтримки</b>');
  });

  it('shows who covers a pillar and the pledges tied to it, split under 4096', () => {
    const coverage = pillarCoverage(catalog, 'military');
    expect(coverage.length).toBe(28);
    expect(coverage.find((c) => c.partner.code === 'DE')?.pledges.map((p) => p.amount)).toEqual([1_100_000_000]);
    const parts = formatPillar(catalog, catalog.pillar('military')!, en);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    const all = parts.join('\n');
    expect(all).toContain('Covered by 28 partners’ agreements'.replace('’', "'"));
    expect(all).toContain('🇩🇪 Germany: <b>EUR 1.1 billion</b> (promised, 2024)');
    const cyber = formatPillar(catalog, catalog.pillar('cyber')!, uk).join('\n');
    expect(cyber).toContain('У наших даних немає внесків, прив');
  });
});

describe('signatories, timeline, frameworks, sources', () => {
  it('counts with correct Ukrainian plurals and lists dates', () => {
    const uaText = formatSignatories(catalog, uk).join('\n');
    expect(uaText).toContain('приєдналися 33 країни та організації');
    expect(uaText).toContain('За нею підписано 28 двосторонніх угод');
    expect(uaText).toContain("1 пов'язана угода поза серією");
    expect(uaText).toContain('5 учасників поки не мають');
    expect(uaText).toContain('🇩🇪 Німеччина — 16 лютого 2024 р.');
    const enText = formatSignatories(catalog, en).join('\n');
    expect(enText).toContain('33 countries and organisations joined the G7 Joint Declaration');
    expect(enText).toContain('2. 🇩🇪 Germany — 16 February 2024');
    expect(enText).toContain('🇮🇪 Ireland — exact date unknown, on or before 2 August 2023');
  });

  it('pages the timeline newest first', () => {
    const p1 = formatTimelinePage(catalog, en, 1);
    expect(p1.pages).toBe(Math.ceil(catalog.events.length / 8));
    expect(p1.text).toContain('<b>13 February 2026</b> 🇺🇸');
    expect(p1.text).toContain(`Page 1 of ${p1.pages}`);
    const last = formatTimelinePage(catalog, uk, p1.pages);
    expect(last.text).toContain('12 липня 2023 р.');
    expect(last.text).toContain(`Сторінка ${p1.pages} з ${p1.pages}`);
  });

  it('lists frameworks with members and sources by publisher', () => {
    const fw = formatFrameworks(catalog, en).join('\n');
    expect(fw).toContain('33 members:');
    expect(fw).toContain('Ukraine Compact');
    expect(formatFrameworks(catalog, uk).join('\n')).toContain('33 учасники:');
    const hosts = sourceHosts(catalog);
    expect(hosts[0]!.count).toBeGreaterThanOrEqual(hosts[1]!.count);
    expect(hosts.every((h) => !h.host.startsWith('www.'))).toBe(true);
    const src = formatSources(catalog, en);
    expect(src).toContain('The 10 most cited publishers');
    expect(src).toContain('Data as of 13 February 2026.');
    expect(src).toContain('low-confidence');
  });
});

describe('stats', () => {
  it('sums per currency and per year, skipping overlaps and spreading annual amounts', () => {
    const s = computeStats(catalog);
    expect(s.agreements).toBe(29);
    expect(s.agreementsInSeries).toBe(28);
    expect(s.agreementsRelated).toBe(1);
    expect(s.pledges).toBe(40);
    expect(s.nonMonetary).toBe(10);
    expect(s.monetarySkipped).toBe(3);
    // Iceland: ISK 4bn a year over 2024–2028 counts in each of the five years.
    for (const y of [2024, 2025, 2026, 2027, 2028]) expect(s.byYear.get(y)?.get('ISK')).toBe(4e9);
    expect(s.byCurrency.get('ISK')).toBe(20e9);
    // Canada's CAD 320m and 2.4bn overlap its CAD 3.02bn and are skipped.
    expect(s.byCurrency.get('CAD')).toBe(3.02e9);
    expect(s.byRange.get('2023–2028')?.get('EUR')).toBe(8.5e9);
    const text = formatStats(catalog, en).join('\n');
    expect(text).toContain('• 2028: ISK 4 billion');
    expect(text).toContain('3 pledges that overlap others are left out of the totals; 10 pledges have no amount');
    expect(formatStats(catalog, uk).join('\n')).toContain('3 внески, що збігаються з іншими');
  });
});

describe('helpers', () => {
  it('format years, dates, hosts, pages and pledges', () => {
    expect(yearsText(2024, 2024)).toBe('2024');
    expect(yearsText(2024, 2028)).toBe('2024–2028');
    expect(yearsText(null, null)).toBe('');
    expect(parseEnglishDate('2 Aug 2023')).toBe('2023-08-02');
    expect(parseEnglishDate('yesterday')).toBeUndefined();
    expect(hostOf('https://www.gov.uk/x')).toBe('gov.uk');
    expect(hostOf('javascript:alert(1)')).toBeUndefined();
    expect(pageSlice([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], page: 2, pages: 3 });
    expect(firstClause('Short: long tail')).toBe('Short');
    const m = { partnerCode: 'XX', frameworkId: 'f', joinedOn: null, confidence: 'low' as const, note: null, sourceUrl: '' };
    expect(membershipDate(m, uk)).toBe('точна дата невідома');
    const is = catalog.agreementsOf('IS')[0]!.pledges[0]!;
    expect(pledgeLine(is, en)).toContain('<b>ISK 4 billion a year</b> (promised, 2024–2028)');
    expect(pledgeLine(is, uk)).toContain('<b>4 млрд ISK на рік</b> (обіцяно, 2024–2028)');
    // Without an amount the words lead, never a bare "(promised, …)".
    const gdp = catalog.agreementsOf('LV')[0]!.pledges.find((p) => p.amount === null)!;
    expect(pledgeLine(gdp, en)).toMatch(/^Military support of 0\.25% of Latvia's GDP.* \(promised, 2024–2026\)$/);
    expect(pledgeLine(gdp, uk)).toMatch(/^Військова підтримка в обсязі 0,25% ВВП Латвії.* \(обіцяно, 2024–2026\)$/);
  });
});

describe('countryCard (memoised)', () => {
  it('returns the same text as formatCountryCard, built once per catalog snapshot and language', async () => {
    const { countryCard } = await import('../../src/domain/format/country.js');
    const a = countryCard(catalog, partner('DE'), uk);
    expect(a).toBe(formatCountryCard(catalog, partner('DE'), uk));
    expect(countryCard(catalog, partner('DE'), uk)).toBe(a);
    expect(countryCard(catalog, partner('DE'), en)).toBe(formatCountryCard(catalog, partner('DE'), en));
    const next = buildCatalog({ ...catalog, partners: catalog.partners.map((p) => (p.code === 'DE' ? { ...p, nameEn: 'Deutschland' } : p)) });
    expect(countryCard(next, next.partner('DE')!, en)).toContain('<b>Deutschland</b>');
  });
});
