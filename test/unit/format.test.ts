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
import { answerQuestion } from '../../src/domain/questions.js';
import { resolveCountry } from '../../src/domain/resolve.js';
import { capitalizeLines, englishInSentence, listOf, ukrainianCase, ukrainianGender } from '../../src/domain/names.js';
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
    // The text names the sum and the year: the line adds only the level, once.
    expect(card).toContain("• €7.1bn in financial and military assistance for 2024 (Zelensky cited 'EUR 7 billion for this year') (promised)");
    expect(card).toContain('Signed by: Volodymyr Zelensky and Olaf Scholz (Federal Chancellor of Germany)');
    expect(card).toContain('€11.5bn of aid to Ukraine in Germany');
    expect(card).toContain('Pillars: Defence and deterrence (military support); Response to a new attack');
    expect(card).toContain('Latest milestones');
    // One source is named by its publisher, never "Source: source".
    expect(card).toContain('Source: <a href="https://www.pravda.com.ua/eng/news/2024/02/16/7442194/">pravda.com.ua</a>');
    expect(card).toContain('Data as of 25 June 2026.');
    expect(card.match(/^• \d+ \w+ \d{4} — /gm)?.length).toBe(5);
  });

  it('is in Ukrainian for Ukrainian readers, with Ukrainian dates and plurals', () => {
    const card = formatCountryCard(catalog, partner('DE'), uk);
    expect(card.startsWith('🇩🇪 <b>Німеччина</b>')).toBe(true);
    expect(card).toContain('Підписано 16 лютого 2024 р., Берлін, Німеччина');
    expect(card).toContain('Строк дії: 10 років, до 16 лютого 2034 р.');
    expect(card).toContain('7,1 млрд євро фінансової та військової допомоги на 2024 рік');
    expect(card).toContain('Підписали: Володимир Зеленський і Олаф Шольц');
    expect(card).toContain('Дані станом на 25 червня 2026 р.</i>');
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
    expect(formatCountryCard(catalog, partner('HR'), uk)).toContain('Пов’язана із серією угод за Спільною декларацією G7, але не належить до неї.');
    // The absence is dated, never a present-tense "so far".
    expect(formatCountryCard(catalog, partner('BG'), en)).toContain('No bilateral security agreement with Ukraine is recorded up to 25 June 2026.');
    expect(formatCountryCard(catalog, partner('BG'), uk)).toContain(
      'Двосторонньої безпекової угоди з Україною в наших даних немає (станом на 25 червня 2026 р.).',
    );
    expect(countrySummary(catalog, partner('BG'), en)).toBe('Joined the G7 Declaration (16 August 2023); no bilateral agreement');
  });

  it('gives the EU its own flag and keeps every card within 4096 characters', () => {
    expect(formatCountryCard(catalog, partner('EU'), en).startsWith('🇪🇺 <b>European Union</b>')).toBe(true);
    for (const p of catalog.partners) for (const tr of [en, uk]) expect(formatCountryCard(catalog, p, tr).length).toBeLessThanOrEqual(4096);
  });

  it('escapes dataset text and shortens an oversized card', () => {
    const data = { ...catalog, partners: catalog.partners.map((p) => (p.code === 'DE' ? { ...p, nameEn: 'Germany <b>&' } : p)) };
    const agreements = catalog.agreements.map((a) =>
      a.partnerCode === 'DE'
        ? { ...a, pledges: Array.from({ length: 60 }, (_, i) => ({ ...a.pledges[0]!, id: 1000 + i, textEn: `Pledge <${i}> ${'x'.repeat(100)}` })) }
        : a,
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
    expect(first.text).toContain('1 пов’язаний');
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
    expect(all).toContain('Covered by 28 partners’ agreements');
    expect(all).toContain('🇩🇪 Germany: Separate €1.1bn military aid package announced at the signing');
    const cyber = formatPillar(catalog, catalog.pillar('cyber')!, uk).join('\n');
    expect(cyber).toContain('У наших даних немає внесків, прив');
  });
});

describe('signatories, timeline, frameworks, sources', () => {
  it('counts with correct Ukrainian plurals and lists dates', () => {
    const uaText = formatSignatories(catalog, uk).join('\n');
    expect(uaText).toContain('приєдналися 33 країни та організації');
    expect(uaText).toContain('За нею підписано 28 двосторонніх угод');
    expect(uaText).toContain('1 пов’язана угода поза серією');
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
    expect(p1.text).toContain('<b>25 June 2026</b> 🇵🇱');
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
    // Incomplete lists are never a bare count: "at least N named", with what the framework's sources say.
    expect(fw).not.toMatch(/^(8|17) members:/m);
    expect(fw).toContain('At least 8 members are named in our sources; the list is not complete. More than 30 countries and the EU adopted it.');
    expect(fw).toContain('At least 17 members are named in our sources; the list is not complete. At its Paris summit of 4 September 2025, 26 countries');
    const fwUk = formatFrameworks(catalog, uk).join('\n');
    expect(fwUk).toContain('Учасників, названих у наших джерелах: щонайменше 8; це не повний перелік. Її ухвалили понад 30 країн і ЄС.');
    expect(fwUk).toContain('щонайменше 17');
    const hosts = sourceHosts(catalog);
    expect(hosts[0]!.count).toBeGreaterThanOrEqual(hosts[1]!.count);
    expect(hosts.every((h) => !h.host.startsWith('www.'))).toBe(true);
    const src = formatSources(catalog, en);
    expect(src).toContain('The 10 most cited publishers');
    expect(src).toContain('Data as of 25 June 2026.');
    expect(src).toContain('low-confidence');
  });
});

describe('stats', () => {
  it('sums per currency and per year, skipping overlaps and spreading annual amounts', () => {
    const s = computeStats(catalog);
    expect(s.agreements).toBe(29);
    expect(s.agreementsInSeries).toBe(28);
    expect(s.agreementsRelated).toBe(1);
    expect(s.pledges).toBe(42);
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
    // The text already says "ISK 4bn … every year in 2024–2028": amount and period are not repeated.
    expect(pledgeLine(is, en)).toBe('At least ISK 4bn (about US$30m) every year in 2024–2028 (promised)');
    expect(pledgeLine(is, uk)).toBe('Щонайменше 4 млрд ісландських крон (близько 30 млн дол. США) щороку у 2024–2028 роках (обіцяно)');
    // A text without the sum gets it in front, with its level and years once.
    const plain = { ...is, textEn: 'Military aid', textUk: 'Військова допомога', annual: false };
    expect(pledgeLine(plain, en)).toBe('<b>ISK 4 billion</b> (promised, 2024–2028) — Military aid');
    expect(pledgeLine(plain, uk)).toBe('<b>4 млрд ISK</b> (обіцяно, 2024–2028) — Військова допомога');
    // Without an amount the words lead, never a bare "(promised, …)".
    const gdp = catalog.agreementsOf('LV')[0]!.pledges.find((p) => p.amount === null)!;
    expect(pledgeLine(gdp, en)).toMatch(/^Military support of 0\.25% of Latvia's GDP.* \(promised(, 2024–2026)?\)$/);
    expect(pledgeLine(gdp, uk)).toMatch(/^Військова підтримка в обсязі 0,25% ВВП Латвії.* \(обіцяно(, 2024–2026)?\)$/);
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

describe('names in sentences', () => {
  it('gives English names their article and Ukrainian names their case and gender', () => {
    expect(['United States', 'United Kingdom', 'Netherlands', 'European Union', 'Germany', 'Czechia'].map(englishInSentence)).toEqual([
      'the United States',
      'the United Kingdom',
      'the Netherlands',
      'the European Union',
      'Germany',
      'Czechia',
    ]);
    const ins = catalog.partners.map((p) => ukrainianCase(p.nameUk, 'ins'));
    // Every partner in the bundled data declines: no «з партнером …» fallback is needed for them.
    expect(ins.filter((x) => x === undefined)).toEqual([]);
    expect(ukrainianCase('Велика Британія', 'ins')).toBe('Великою Британією');
    expect(ukrainianCase('Польща', 'ins')).toBe('Польщею');
    expect(ukrainianCase('Литва', 'gen')).toBe('Литви');
    expect(ukrainianCase('Сполучені Штати Америки', 'ins')).toBe('Сполученими Штатами Америки');
    expect(ukrainianCase('Кабо-Верде', 'ins')).toBeUndefined();
    expect(['Німеччина', 'Кіпр', 'Нідерланди', 'Косово', 'Європейський Союз'].map(ukrainianGender)).toEqual(['f', 'm', 'pl', 'n', 'm']);
    expect(listOf(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(listOf(['А', 'Б'], 'uk')).toBe('А і Б');
    expect(capitalizeLines('🇺🇸 <b>the United States</b> signed\n• <i>x</i>\n3 країни')).toBe('🇺🇸 <b>The United States</b> signed\n• <i>X</i>\n3 країни');
  });

  it('answers in natural Ukrainian and English: cases, articles, signatories with "and", a named source', () => {
    const ukAns = answerQuestion(catalog, 'Хто підписав угоду з Британією?', uk)!;
    expect(ukAns).toContain('Угоду з 🇬🇧 <b>Великою Британією</b> підписали Володимир Зеленський (Президент України) і Ріші Сунак');
    expect(ukAns).not.toContain('партнером');
    const enAns = answerQuestion(catalog, 'Who signed the US agreement?', en)!;
    expect(enAns).toContain('The agreement with 🇺🇸 <b>the United States</b> was signed by Volodymyr Zelensky');
    expect(enAns).not.toMatch(/Source: <a [^>]*>source<\/a>/);
    expect(answerQuestion(catalog, 'What did the Netherlands pledge?', en)).toMatch(/^What 🇳🇱 <b>the Netherlands<\/b> pledged:/);
    expect(answerQuestion(catalog, 'Що пообіцяла Німеччина?', uk)).toMatch(/^Зобов’язання 🇩🇪 <b>Німеччини<\/b>:/);
    expect(answerQuestion(catalog, 'Чи приєдналася Польща до декларації?', uk)).toContain(
      'Так: 🇵🇱 <b>Польща</b> приєдналася до <i>Спільної декларації на підтримку України</i>',
    );
  });
});

describe('aggressor states', () => {
  const RU_EN = '🇷🇺 Russia is the state waging the war against Ukraine; it is not a partner of these commitments.';
  const RU_UK = '🇷🇺 Росія — держава, яка веде війну проти України; вона не є партнером цих зобов’язань.';
  it('resolve to their own kind, and every question about them gets the one line', () => {
    expect(resolveCountry(catalog, 'Russia').status).toBe('aggressor');
    expect(resolveCountry(catalog, 'Росії').status).toBe('aggressor');
    expect(resolveCountry(catalog, 'Belarus').status).toBe('aggressor');
    expect(resolveCountry(catalog, 'Hungary').status).toBe('non-partner');
    expect(answerQuestion(catalog, 'Has Russia signed?', en)).toBe(RU_EN);
    expect(answerQuestion(catalog, 'Has Russia signed?', uk)).toBe(RU_UK);
    expect(answerQuestion(catalog, 'Чи приєдналася Росія до декларації?', uk)).toBe(RU_UK);
    expect(answerQuestion(catalog, 'russia', en)).toBe(RU_EN);
    expect(answerQuestion(catalog, 'Did Belarus join the Coalition of the Willing?', en)).toMatch(/^🇧🇾 Belarus .*not a partner of these commitments\.$/);
  });

  it('named only as the adversary, they neither take over the answer nor count as an unknown partner', () => {
    expect(answerQuestion(catalog, 'What did Germany pledge against Russia?', en)).toMatch(/^What 🇩🇪 <b>Germany<\/b> pledged/);
    const against = answerQuestion(catalog, 'Who pledged against Russia?', en)!;
    expect(against).not.toContain('not a partner of these commitments');
    expect(against).not.toContain('I don’t know a partner');
  });
});

describe('ratification and membership answers say only what is known', () => {
  it('never claims the agreements took effect on signature', () => {
    const a = answerQuestion(catalog, 'Has the Japan agreement been ratified?', en)!;
    expect(a).toContain('Our sources do not say whether the agreement with 🇯🇵 <b>Japan</b> (signed 13 June 2024) has been ratified.');
    expect(a).not.toMatch(/on signature/);
    expect(answerQuestion(catalog, 'Чи ратифіковано угоду з Японією?', uk)).not.toMatch(/з моменту підписання/);
    // Greece's pending status comes from a source of November 2025: said in the past tense.
    expect(answerQuestion(catalog, 'Has Greece ratified its agreement?', en)).toContain('was still awaiting ratification');
  });

  it('after a ratification is recorded, cites its event and date, not the signing', () => {
    const ratifiedOn = '2026-03-10';
    const src = 'https://example.org/norway-ratifies';
    const data = {
      ...catalog,
      agreements: catalog.agreements.map((a) => (a.partnerCode === 'NO' ? { ...a, ratification: 'ratified' as const } : a)),
      events: [
        {
          id: 9999,
          occurredOn: ratifiedOn,
          kind: 'ratification',
          frameworkId: null,
          partnerCodes: ['NO'],
          titleEn: 'Norway ratified',
          titleUk: 'Норвегія ратифікувала',
          bodyEn: null,
          bodyUk: null,
          sourceUrl: src,
          confidence: 'high' as const,
          status: null,
          dueOn: null,
          origin: 'admin' as const,
          publishedAt: new Date(),
        },
        ...catalog.events,
      ],
    };
    const ratified = buildCatalog(data);
    const en1 = answerQuestion(ratified, 'Has Norway ratified the agreement?', en)!;
    expect(en1).toContain('The agreement with 🇳🇴 <b>Norway</b> (signed 31 May 2024) was ratified on <b>10 March 2026</b>.');
    expect(en1).toContain(`Source: <a href="${src}">example.org</a>`);
    expect(en1).not.toContain(catalog.agreementsOf('NO')[0]!.sourceUrl);
    expect(answerQuestion(ratified, 'Чи ратифікувала Норвегія угоду?', uk)).toContain(
      'Угоду з 🇳🇴 <b>Норвегією</b> (підписану 31 травня 2024 р.) ратифіковано <b>10 березня 2026 р.</b>',
    );
    expect(formatCountryCard(ratified, ratified.partner('NO')!, en)).toContain(`Ratification: ratified (10 March 2026) <a href="${src}">↗</a>`);
    // An unrelated earlier ratification (the UK's 100 Year Partnership) is never cited while the status is unknown.
    expect(answerQuestion(catalog, 'Has the UK ratified its agreement?', en)).not.toContain('minfin.com.ua');
  });

  it('answers a declaration member without an agreement with its join date', () => {
    const bg = answerQuestion(catalog, 'When did Bulgaria sign?', en)!;
    expect(bg).toContain(
      '🇧🇬 <b>Bulgaria</b> joined the G7 <i>Joint Declaration of Support for Ukraine</i> (16 August 2023), but no bilateral security agreement between it and Ukraine is recorded up to 25 June 2026.',
    );
    expect(answerQuestion(catalog, 'Коли Болгарія підписала угоду?', uk)).toContain(
      '🇧🇬 <b>Болгарія</b> приєдналася до Спільної декларації на підтримку України (16 серпня 2023 р.)',
    );
  });

  it('gives an incomplete membership as "at least N", with what the framework declares', () => {
    const cow = answerQuestion(catalog, 'How many countries are in the Coalition of the Willing?', en)!;
    expect(cow).toContain('At least 17 members are named in our sources; the list is not complete.');
    expect(cow).toContain('26 countries formally committed');
    expect(cow).not.toMatch(/<b>17<\/b> partners have joined/);
    const rec = answerQuestion(catalog, 'Хто входить до Коаліції охочих?', uk)!;
    expect(rec).toContain('Учасників, названих у наших джерелах: щонайменше 17; це не повний перелік.');
  });
});
