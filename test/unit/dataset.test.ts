import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { type Dataset, datasetSchema } from '../../src/domain/dataset.js';
import { DATASET_PATH } from '../../src/paths.js';

const raw: unknown = JSON.parse(readFileSync(DATASET_PATH, 'utf8'));
const parsed = datasetSchema.safeParse(raw);
const data = parsed.data as Dataset;

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

function partner(code: string) {
  const p = data.partners.find((x) => x.code === code);
  if (!p) throw new Error(`no partner ${code}`);
  return p;
}
function agreement(code: string) {
  const a = data.agreements.find((x) => x.partner === code);
  if (!a) throw new Error(`no agreement for ${code}`);
  return a;
}
function memberships(framework: string) {
  return data.memberships.filter((m) => m.framework === framework);
}
function membership(code: string, framework: string) {
  return data.memberships.find((m) => m.partner === code && m.framework === framework);
}
/** Every value of a key named sourceUrl anywhere in the dataset. */
function sourceUrls(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => sourceUrls(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'sourceUrl') out.push(String(v));
      else sourceUrls(v, out);
    }
  }
  return out;
}

describe('prisma/seed/dataset.json', () => {
  it('parses with the dataset schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it('says how far the facts reach and when it was compiled', () => {
    expect(data.dataAsOf).toBe('2026-06-25');
    expect(data.compiledOn).toBe('2026-12-02');
    // No event lies after the date the data claims to reach.
    expect(data.events.every((e) => e.occurredOn <= data.dataAsOf)).toBe(true);
    expect(data.events.some((e) => e.occurredOn === data.dataAsOf)).toBe(true);
  });

  it('has the four frameworks', () => {
    expect(data.frameworks.map((f) => f.id)).toEqual(['joint-declaration', 'ukraine-compact', 'recovery-declaration', 'coalition-of-the-willing']);
    const jd = data.frameworks.find((f) => f.id === 'joint-declaration')!;
    expect(jd).toMatchObject({
      nameEn: 'Joint Declaration of Support for Ukraine',
      nameUk: 'Спільна декларація на підтримку України',
      shortNameEn: 'G7 Declaration',
      shortNameUk: 'Декларація G7',
      adoptedOn: '2023-07-12',
    });
    const byId = Object.fromEntries(data.frameworks.map((f) => [f.id, f]));
    expect(byId['ukraine-compact']).toMatchObject({ adoptedOn: '2024-07-11', shortNameUk: 'Український компакт' });
    expect(byId['recovery-declaration']?.adoptedOn).toBe('2024-09-25');
    expect(byId['coalition-of-the-willing']).toMatchObject({ adoptedOn: '2025-03-02', nameUk: 'Коаліція охочих' });
    for (const f of data.frameworks) {
      expect(f.nameUk).toMatch(CYRILLIC);
      expect(f.descriptionUk).toMatch(CYRILLIC);
    }
  });

  it('has the 8 pillars with lower-case aliases', () => {
    expect(data.pillars.map((p) => p.id).sort()).toEqual(
      ['accountability', 'consultations', 'cyber', 'economic', 'financial', 'intelligence', 'military', 'reforms'].sort(),
    );
    for (const p of data.pillars) {
      for (const a of [...p.aliasesEn, ...p.aliasesUk]) expect(a).toBe(a.toLowerCase());
    }
    const military = data.pillars.find((p) => p.id === 'military')!;
    expect(military.aliasesEn).toEqual(expect.arrayContaining(['defence', 'defense', 'weapons', 'arms', 'army']));
    expect(military.aliasesUk).toEqual(expect.arrayContaining(['військова', 'оборона', 'зброя']));
    expect(data.pillars.find((p) => p.id === 'cyber')!.aliasesUk).toEqual(expect.arrayContaining(['кібер', 'кібербезпека']));
    expect(data.pillars.find((p) => p.id === 'intelligence')!.aliasesUk).toContain('розвідка');
    expect(data.pillars.find((p) => p.id === 'accountability')!.aliasesUk).toEqual(expect.arrayContaining(['відповідальність', 'санкції']));
  });

  it('has 34 partners with unique codes, including the EU and Kosovo', () => {
    expect(data.partners).toHaveLength(34);
    expect(new Set(data.partners.map((p) => p.code)).size).toBe(34);
    expect(partner('EU').kind).toBe('organisation');
    expect(partner('XK').nameEn).toBe('Kosovo');
    expect(data.partners.filter((p) => p.kind === 'organisation').map((p) => p.code)).toEqual(['EU']);
  });

  it('gives partners the aliases people type', () => {
    expect(partner('GB').aliasesEn).toEqual(expect.arrayContaining(['UK', 'Britain', 'Great Britain', 'England']));
    expect(partner('GB').aliasesUk).toEqual(expect.arrayContaining(['Британія', 'Англія', 'Об’єднане Королівство']));
    expect(partner('US').aliasesEn).toEqual(expect.arrayContaining(['USA', 'America', 'United States of America']));
    expect(partner('US').aliasesUk).toEqual(expect.arrayContaining(['США', 'Америка', 'Штати']));
    expect(partner('NL').aliasesEn).toContain('Holland');
    expect(partner('NL').aliasesUk).toContain('Голландія');
    expect(partner('CZ').aliasesEn).toContain('Czech Republic');
    expect(partner('EU').aliasesUk).toEqual(expect.arrayContaining(['ЄС', 'Євросоюз']));
    expect(partner('MK').aliasesEn).toContain('Macedonia');
    for (const p of data.partners) {
      const en = p.aliasesEn.map((a) => a.toLowerCase());
      const uk = p.aliasesUk.map((a) => a.toLowerCase());
      expect(new Set(en).size).toBe(en.length);
      expect(new Set(uk).size).toBe(uk.length);
      for (const a of p.aliasesUk) expect(a).toMatch(CYRILLIC);
    }
  });

  describe('memberships', () => {
    it('has one membership per partner and framework', () => {
      const pairs = data.memberships.map((m) => `${m.partner}/${m.framework}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    });

    it('joint declaration: every partner but Croatia', () => {
      const jd = memberships('joint-declaration');
      expect(jd).toHaveLength(33);
      expect(membership('HR', 'joint-declaration')).toBeUndefined();
      expect(membership('GB', 'joint-declaration')).toMatchObject({ joinedOn: '2023-07-12', confidence: 'high' });
      expect(membership('PL', 'joint-declaration')?.joinedOn).toBe('2024-01-22');
      expect(membership('XK', 'joint-declaration')).toMatchObject({ joinedOn: '2023-08-20', confidence: 'low' });
      for (const code of ['CZ', 'NL', 'ES']) {
        expect(membership(code, 'joint-declaration')).toMatchObject({ joinedOn: '2023-07-12', confidence: 'low' });
      }
    });

    it("joint declaration: Ireland's date is unknown", () => {
      const ie = membership('IE', 'joint-declaration');
      expect(ie).toBeDefined();
      expect(ie!.joinedOn).toBeNull();
      expect(ie!.confidence).toBe('low');
      expect(ie!.note).toMatch(/2 Aug 2023/);
    });

    it('Ukraine Compact: 22 named signatories, Romania low-confidence', () => {
      const compact = memberships('ukraine-compact');
      expect(compact).toHaveLength(23);
      expect(compact.filter((m) => m.confidence === 'high')).toHaveLength(22);
      const ro = membership('RO', 'ukraine-compact');
      expect(ro).toMatchObject({ joinedOn: '2024-07-11', confidence: 'low' });
      expect(ro!.note).toMatch(/White House/);
      for (const code of ['CZ', 'SI', 'HR', 'IE', 'GR', 'AL']) expect(membership(code, 'ukraine-compact')).toBeUndefined();
    });

    it('frameworks whose full membership is not sourced say so, with what their sources declare', () => {
      const byId = Object.fromEntries(data.frameworks.map((f) => [f.id, f]));
      expect(byId['joint-declaration']).toMatchObject({ membershipComplete: true, declaredMembersEn: null, declaredSourceUrl: null });
      expect(byId['ukraine-compact']?.membershipComplete).toBe(true);
      expect(byId['recovery-declaration']).toMatchObject({
        membershipComplete: false,
        declaredMembersEn: expect.stringMatching(/More than 30 countries and the EU/),
      });
      expect(byId['recovery-declaration']!.declaredMembersUk).toMatch(/понад 30 країн і ЄС/);
      expect(byId['recovery-declaration']!.declaredSourceUrl).toBe(byId['recovery-declaration']!.sourceUrl);
      const cow = byId['coalition-of-the-willing']!;
      expect(cow.membershipComplete).toBe(false);
      expect(cow.declaredMembersEn).toMatch(/26 countries/);
      expect(cow.declaredMembersUk).toMatch(/26 країн/);
      expect(cow.declaredSourceUrl).toMatch(/^https:\/\/www\.president\.gov\.ua\//);
      for (const f of data.frameworks) {
        // Either the list is complete, or the answer has a sourced figure to quote beside the partial list.
        if (!f.membershipComplete) expect([f.declaredMembersEn, f.declaredMembersUk, f.declaredSourceUrl].every(Boolean), f.id).toBe(true);
        else expect(f.declaredMembersEn, f.id).toBeNull();
      }
    });

    it('recovery declaration: only the partners its source names', () => {
      const rec = memberships('recovery-declaration');
      expect(rec.map((m) => m.partner).sort()).toEqual(['CA', 'DE', 'EU', 'FR', 'GB', 'IT', 'JP', 'US']);
      for (const m of rec) {
        expect(m.joinedOn).toBe('2024-09-25');
        expect(m.note).toMatch(/30 countries/);
      }
    });

    it('coalition of the willing: named partners only, low confidence, first naming date', () => {
      const coalition = memberships('coalition-of-the-willing');
      expect(coalition.map((m) => m.partner).sort()).toEqual(
        ['DE', 'DK', 'EE', 'ES', 'EU', 'FI', 'FR', 'GB', 'HR', 'IS', 'IT', 'LT', 'LV', 'NL', 'NO', 'PL', 'SE'].sort(),
      );
      for (const m of coalition) {
        expect(m.confidence).toBe('low');
        expect(m.note).toMatch(/not in the sources/);
      }
      expect(membership('GB', 'coalition-of-the-willing')?.joinedOn).toBe('2025-03-02');
      expect(membership('FR', 'coalition-of-the-willing')?.joinedOn).toBe('2025-03-02');
      expect(membership('PL', 'coalition-of-the-willing')?.joinedOn).toBe('2025-05-10');
      expect(membership('NO', 'coalition-of-the-willing')?.joinedOn).toBe('2025-12-15');
      // First named at the Kyiv meeting of 24 February 2026 (President of Ukraine).
      for (const code of ['EE', 'IS', 'LV', 'LT', 'HR', 'ES']) {
        expect(membership(code, 'coalition-of-the-willing'), code).toMatchObject({ joinedOn: '2026-02-24', confidence: 'low' });
      }
      // The US is named in the Paris Declaration as a party alongside the coalition, not as a member.
      expect(membership('US', 'coalition-of-the-willing')).toBeUndefined();
    });
  });

  describe('agreements', () => {
    it('has one agreement per partner that signed one', () => {
      expect(data.agreements).toHaveLength(29);
      expect(new Set(data.agreements.map((a) => a.partner)).size).toBe(29);
      for (const code of ['MK', 'BG', 'XK', 'ME', 'CY']) expect(data.agreements.some((a) => a.partner === code)).toBe(false);
    });

    it('UK: signed 2024-01-12 in Kyiv for 10 years', () => {
      const gb = agreement('GB');
      expect(gb.signedOn).toBe('2024-01-12');
      expect(gb.placeEn).toMatch(/^Kyiv/);
      expect(gb.placeUk).toMatch(/^Київ/);
      expect(gb.durationYears).toBe(10);
      expect(gb.titleEn).toBe('UK-Ukraine Agreement on Security Co-operation');
      expect(gb.signedByUk).toContain('Ріші Сунак');
      expect(gb.inDeclarationSeries).toBe(true);
    });

    it('Croatia: related agreement outside the declaration series, duration unknown', () => {
      const hr = agreement('HR');
      expect(hr.signedOn).toBe('2024-10-09');
      expect(hr.inDeclarationSeries).toBe(false);
      expect(hr.durationYears).toBeNull();
      expect(hr.confidence).toBe('low');
      expect(data.agreements.filter((a) => !a.inDeclarationSeries).map((a) => a.partner)).toEqual(['HR']);
    });

    it('keeps the official titles', () => {
      expect(agreement('JP').titleEn).toBe('Accord on Support for Ukraine and Cooperation between the Government of Japan and Ukraine');
      expect(agreement('EU').titleEn).toBe('Joint Security Commitments between the European Union and Ukraine');
      expect(agreement('IE').titleEn).toBe('Agreement on Support for Ukraine and Cooperation');
      expect(agreement('EE').titleEn).toBe('Agreement on security assistance and long-term support');
      expect(agreement('LV').titleEn).toBe('Agreement on 10-year support and security commitments');
      expect(agreement('GR').titleEn).toBe('Agreement on Security Cooperation');
      expect(agreement('AL').titleEn).toBe('Agreement on long-term cooperation and support');
      expect(agreement('US').titleEn).toBe('Bilateral Security Agreement between the United States of America and Ukraine');
      expect(agreement('DE').titleEn).toBe('Agreement on Security Cooperation and Long-Term Support between Ukraine and Germany');
    });

    it('every agreement has its title, place and signatories in both languages', () => {
      for (const a of data.agreements) {
        expect(a.titleEn.trim(), a.partner).not.toBe('');
        expect(a.titleUk, a.partner).toMatch(CYRILLIC);
        expect(a.placeUk, a.partner).toMatch(CYRILLIC);
        expect(a.signedByUk, a.partner).toMatch(/^Володимир Зеленський/);
        expect(a.signedByEn, a.partner).toMatch(/^Volodymyr Zelensky/);
      }
    });

    it('ratification: Greece pending, the rest unknown', () => {
      expect(agreement('GR').ratification).toBe('pending');
      for (const a of data.agreements.filter((x) => x.partner !== 'GR')) expect(a.ratification, a.partner).toBe('unknown');
    });

    it('uses only known pillars and gives every other agreement 10 years', () => {
      const pillars = new Set(data.pillars.map((p) => p.id));
      for (const a of data.agreements) {
        for (const p of a.pillars) expect(pillars.has(p), `${a.partner}: ${p}`).toBe(true);
        if (a.partner !== 'HR') expect(a.durationYears, a.partner).toBe(10);
      }
    });
  });

  describe('pledges', () => {
    const pledges = data.agreements.flatMap((a) => a.pledges.map((p) => ({ ...p, partner: a.partner, agreementSource: a.sourceUrl })));

    it('has the 42 pledges', () => {
      expect(pledges).toHaveLength(42);
    });

    it("Germany's EUR 11.5bn for 2026 and the EU's EUR 90bn loan for 2026-27, each with its own source", () => {
      const de = agreement('DE').pledges.find((p) => p.amount === 11_500_000_000)!;
      expect(de).toMatchObject({ currency: 'EUR', yearFrom: 2026, yearTo: 2026, level: 'allocated' });
      expect(de.sourceUrl).toMatch(/unn\.ua\/en\/news\/germany-approves-2026-budget/);
      const eu = agreement('EU').pledges.find((p) => p.amount === 90_000_000_000)!;
      expect(eu).toMatchObject({ currency: 'EUR', yearFrom: 2026, yearTo: 2027, level: 'promised', pillar: 'financial' });
      expect(eu.sourceUrl).toMatch(/belganewsagency/);
    });

    it('every pledge has a Ukrainian text', () => {
      for (const p of pledges) {
        expect(p.textUk, p.textEn).toMatch(CYRILLIC);
        expect(p.textUk, p.textEn).not.toBe(p.textEn);
      }
    });

    it("every pledge's years and source are consistent", () => {
      for (const p of pledges) {
        expect(p.yearFrom === null, p.textEn).toBe(p.yearTo === null);
        if (p.yearFrom !== null && p.yearTo !== null) expect(p.yearFrom).toBeLessThanOrEqual(p.yearTo);
        expect(p.amount === null, p.textEn).toBe(p.currency === null);
        expect(p.sourceUrl).toMatch(/^https?:\/\//);
      }
    });

    it('keeps the amounts, currencies and years', () => {
      const gb = agreement('GB').pledges[0]!;
      expect(gb).toMatchObject({ amount: 2_500_000_000, currency: 'GBP', yearFrom: 2024, yearTo: 2024, pillar: 'military' });
      expect(gb.textUk).toContain('млрд фунтів стерлінгів');
      const dk = agreement('DK').pledges.find((p) => p.amount === 8_500_000_000)!;
      expect(dk).toMatchObject({ currency: 'EUR', yearFrom: 2023, yearTo: 2028 });
      expect(agreement('US').pledges[0]).toMatchObject({ amount: null, currency: null, yearFrom: null, yearTo: null });
      expect(agreement('JP').pledges[0]!.textUk).toContain('млрд дол. США');
      const ca = agreement('CA').pledges.find((p) => p.amount === 2_400_000_000)!;
      expect(ca.pillar).toBe('financial');
      expect(agreement('NO').pledges.find((p) => p.amount === 75_000_000_000)!.note).toMatch(/2030/);
    });

    it("only Luxembourg's pledge and Germany's 2026 budget line are 'allocated'", () => {
      const allocated = pledges.filter((p) => p.level === 'allocated');
      expect(allocated.map((p) => p.partner)).toEqual(['DE', 'LU']);
      expect(pledges.filter((p) => p.level !== 'allocated').every((p) => p.level === 'promised')).toBe(true);
    });
  });

  describe('events', () => {
    it('has all 80 events with unique keys', () => {
      expect(data.events).toHaveLength(80);
      expect(new Set(data.events.map((e) => e.key)).size).toBe(80);
      for (const e of data.events) {
        expect(e.key.length, e.key).toBeLessThanOrEqual(60);
        expect(e.key.startsWith(e.occurredOn), e.key).toBe(true);
        expect(e.titleUk, e.key).toMatch(CYRILLIC);
      }
    });

    it('assigns frameworks', () => {
      const byKey = Object.fromEntries(data.events.map((e) => [e.key, e]));
      expect(byKey['2024-01-12-agreement-gb']).toMatchObject({ kind: 'agreement', framework: 'joint-declaration', partners: ['GB'] });
      expect(byKey['2024-10-09-agreement-hr']?.framework).toBeNull();
      expect(byKey['2024-09-25-declaration-recovery']?.framework).toBe('recovery-declaration');
      expect(byKey['2023-07-12-declaration-g7-eu']?.framework).toBe('joint-declaration');
      for (const e of data.events) {
        if (e.kind === 'joined') expect(e.framework, e.key).toBe('joint-declaration');
        if (e.kind === 'compact') expect(e.framework, e.key).toBe('ukraine-compact');
        if (e.kind === 'coalition') expect(e.framework, e.key).toBe('coalition-of-the-willing');
        if (['other', 'ratification', 'meeting'].includes(e.kind)) expect(e.framework, e.key).toBeNull();
      }
      expect(data.events.filter((e) => e.kind === 'agreement' && e.framework === null).map((e) => e.key)).toEqual(['2024-10-09-agreement-hr']);
    });

    it('has the events of February to June 2026, naming only partners (Hungary is an actor, not a partner)', () => {
      const byKey = Object.fromEntries(data.events.map((e) => [e.key, e]));
      const y2026 = data.events.filter((e) => e.occurredOn > '2026-02-13');
      expect(y2026).toHaveLength(11);
      expect(byKey['2026-02-24-coalition-kyiv']).toMatchObject({ kind: 'coalition', framework: 'coalition-of-the-willing', confidence: 'high' });
      expect(byKey['2026-02-24-coalition-kyiv']!.partners).toEqual(expect.arrayContaining(['EE', 'IS', 'HR', 'ES', 'EU']));
      expect(byKey['2026-02-20-other-eu-loan-blocked']!.partners).toEqual(['EU']);
      expect(byKey['2026-04-22-pledge-eu']).toMatchObject({ kind: 'pledge', partners: ['EU'] });
      // Medium confidence in the sources: one side's claim or one secondary source, stated as such.
      expect(byKey['2026-02-28-other-us-russia-claim']).toMatchObject({ confidence: 'low', titleEn: expect.stringMatching(/claim/) });
      expect(byKey['2026-02-17-meeting-us-geneva']).toMatchObject({ confidence: 'low', titleEn: expect.stringMatching(/one secondary source/) });
      expect(byKey['2025-11-28-pledge-de']!.partners).toEqual(['DE']);
      expect(byKey['2025-12-18-pledge-eu']!.partners).toEqual(['EU']);
      expect(byKey['2026-02-12-other-decree']!.titleUk).toMatch(/111\/2026/);
    });

    it('writes the Ukrainian apostrophe as ’ (U+2019) everywhere', () => {
      const uk: string[] = [];
      const walk = (n: unknown): void => {
        if (Array.isArray(n)) n.forEach(walk);
        else if (n && typeof n === 'object')
          for (const [k, v] of Object.entries(n)) {
            if (k.endsWith('Uk') && typeof v === 'string') uk.push(v);
            else if (k.endsWith('Uk') && Array.isArray(v)) uk.push(...v.map(String));
            else walk(v);
          }
      };
      walk(data);
      expect(uk.length).toBeGreaterThan(300);
      for (const s of uk) expect(s, s).not.toMatch(/[А-Яа-яІіЇїЄєҐґ]['ʼ`][А-Яа-яІіЇїЄєҐґ]/);
      expect(uk.some((s) => s.includes('’'))).toBe(true);
    });

    it('is in date order', () => {
      const dates = data.events.map((e) => e.occurredOn);
      expect([...dates].sort()).toEqual(dates);
    });
  });

  it('every source URL is http(s)', () => {
    const urls = sourceUrls(data);
    expect(urls.length).toBeGreaterThan(150);
    for (const u of urls) {
      expect(u).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
      expect(() => new URL(u)).not.toThrow();
    }
  });
});
