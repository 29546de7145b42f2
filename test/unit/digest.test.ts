import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogEvent } from '../../src/domain/catalog.js';
import { buildCatalog } from '../../src/domain/catalog.js';
import { NO_FILTERS, createDigestComposer, formatDigest, kindGroup, selectEvents } from '../../src/domain/digest.js';
import { ITEM_MARK } from '../../src/domain/format/digest.js';
import { inQuietHours, lastDueMoment, zonedInstant } from '../../src/domain/schedule.js';
import { classifyTelegramError } from '../../src/delivery/telegram-errors.js';
import { createRateLimiter } from '../../src/delivery/rate-limiter.js';
import { loadI18n } from '../../src/i18n/index.js';
import { loadSeededCatalog } from '../support/catalog.js';

const i18n = loadI18n();
let seeded: Catalog;
let catalog: Catalog;
const T0 = new Date('2026-03-01T10:00:00Z');

function event(id: number, over: Partial<CatalogEvent>): CatalogEvent {
  return {
    id,
    occurredOn: '2026-02-28',
    kind: 'ratification',
    frameworkId: null,
    partnerCodes: ['DE'],
    titleEn: `Event ${id}`,
    titleUk: `Подія ${id}`,
    bodyEn: null,
    bodyUk: null,
    sourceUrl: `https://example.org/${id}`,
    confidence: 'high',
    status: null,
    dueOn: null,
    origin: 'admin',
    publishedAt: new Date(T0.getTime() + (id % 1000) * 1000),
    ...over,
  };
}

beforeAll(async () => {
  seeded = await loadSeededCatalog();
  catalog = buildCatalog({
    ...seeded,
    events: [
      ...seeded.events,
      event(9001, { partnerCodes: ['DE'], kind: 'ratification' }),
      event(9002, { partnerCodes: ['FR'], kind: 'joined', frameworkId: 'coalition-of-the-willing' }),
      event(9003, { partnerCodes: ['JP'], kind: 'agreement', titleEn: 'Japan <signs>' }),
      event(9004, { partnerCodes: ['DE'], kind: 'pledge', publishedAt: null }),
    ],
  });
});

describe('selecting a digest', () => {
  const window = { from: new Date(T0.getTime()), to: new Date(T0.getTime() + 60_000) };
  it('takes what was published in the window, never the seeded baseline or drafts', () => {
    const ids = selectEvents(catalog, window, { partners: [], pillars: [], kinds: [] }).map((e) => e.id);
    expect(ids).toEqual([9001, 9002, 9003]);
    expect(selectEvents(catalog, { from: new Date(T0.getTime() + 1500), to: window.to }, { partners: [], pillars: [], kinds: [] }).map((e) => e.id)).toEqual([
      9002, 9003,
    ]);
  });
  it('ORs values of one filter type and ANDs types', () => {
    expect(selectEvents(catalog, window, { partners: ['DE', 'FR'], pillars: [], kinds: [] }).map((e) => e.id)).toEqual([9001, 9002]);
    expect(selectEvents(catalog, window, { partners: ['DE', 'FR'], pillars: [], kinds: ['members'] }).map((e) => e.id)).toEqual([9002]);
    expect(selectEvents(catalog, window, { partners: [], pillars: [], kinds: ['agreements'] }).map((e) => e.id)).toEqual([9003]);
    // pillars: through the partners' agreements (Germany's covers military support)
    expect(selectEvents(catalog, window, { partners: [], pillars: ['military'], kinds: [] }).map((e) => e.id)).toContain(9001);
  });
  it('groups kinds for filters: only joining is a new member (a Coalition meeting is not)', () => {
    expect(kindGroup('joined')).toBe('members');
    expect(kindGroup('coalition')).toBe('milestones');
    expect(kindGroup('compact')).toBe('milestones');
    expect(kindGroup('agreement')).toBe('agreements');
    expect(kindGroup('renewal')).toBe('milestones');
  });
});

// ── formatting ──────────────────────────────────────────────────────────────────────────────────

const en = i18n.translator('en');
const uk = i18n.translator('uk');
const PLEDGE_URL = 'https://example.org/pledge-de-2026';

/** The seeded catalog with Germany's EUR 11.5bn pledge for 2026 recorded, and the given events. */
function withEvents(events: CatalogEvent[], dataAsOf = '2026-03-01'): Catalog {
  const agreements = seeded.agreements.map((a) => ({ ...a, pledges: [...a.pledges] }));
  const de = agreements.filter((a) => a.partnerCode === 'DE').at(-1)!;
  de.pledges.push({
    id: 777_777,
    partnerCode: 'DE',
    agreementId: de.id,
    pillarId: null,
    textEn: 'Military aid in 2026',
    textUk: 'Військова допомога у 2026 році',
    amount: 11.5e9,
    currency: 'EUR',
    yearFrom: 2026,
    yearTo: 2026,
    level: 'promised',
    annual: false,
    countInTotals: true,
    note: null,
    sourceUrl: PLEDGE_URL,
  });
  return buildCatalog({ ...seeded, agreements, dataAsOf, events: [...events, ...seeded.events] });
}

const ofKind = (id: number, kind: string, over: Partial<CatalogEvent> = {}) => event(id, { kind, ...over });
const pledgeDE = (id: number, over: Partial<CatalogEvent> = {}) =>
  event(id, {
    kind: 'pledge',
    partnerCodes: ['DE'],
    sourceUrl: PLEDGE_URL,
    occurredOn: '2026-02-20',
    titleEn: 'New pledge by Germany: EUR 11.5 billion',
    titleUk: 'Німеччина: нове зобов’язання — 11,5 млрд EUR',
    bodyEn: 'Military aid in 2026',
    bodyUk: 'Військова допомога у 2026 році',
    ...over,
  });
const coalitionKyiv = (id: number) =>
  event(id, {
    kind: 'coalition',
    frameworkId: 'coalition-of-the-willing',
    partnerCodes: ['GB', 'FR'],
    occurredOn: '2026-02-25',
    titleEn: 'Coalition of the Willing leaders met in Kyiv',
    titleUk: 'Лідери коаліції охочих зібралися в Києві',
  });
/** An event as an admin command records it: its title generated by the command (admin-auto-*), in both languages. */
function gen(id: number, kind: 'agreement' | 'ratification' | 'renewal' | 'joined' | 'pledge', code: string, over: Partial<CatalogEvent> = {}): CatalogEvent {
  const p = seeded.partners.find((x) => x.code === code)!;
  const f = over.frameworkId ? seeded.frameworks.find((x) => x.id === over.frameworkId)! : undefined;
  const key = {
    agreement: 'admin-auto-agreement',
    ratification: 'admin-auto-ratified',
    renewal: 'admin-auto-extended',
    joined: 'admin-auto-join',
    pledge: 'admin-auto-pledge',
  }[kind];
  const title = (tr: typeof en, name: string, fw: string | undefined) =>
    tr
      .t(key, { partner: name, framework: fw ?? '', until: tr.date('2036-02-16'), amount: '' })
      .replace(/\s+:/, ':')
      .replace(/[\s:—]+$/, '');
  return event(id, { kind, partnerCodes: [code], titleEn: title(en, p.nameEn, f?.nameEn), titleUk: title(uk, p.nameUk, f?.nameUk), ...over });
}

/** The items of a digest part by the section they are under (section heading → item lines). */
function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const heading = /^\S+ <b>([^<]+)<\/b>$/.exec(line);
    if (heading && !line.startsWith('📬')) out.set(heading[1]!, (current = out.get(heading[1]!) ?? []));
    else if (line.startsWith(`${ITEM_MARK} `)) current!.push(line);
  }
  return out;
}
const all = (composer: ReturnType<typeof createDigestComposer>, lang: 'en' | 'uk', style: 'daily' | 'weekly' | 'instant' = 'daily') =>
  composer.compose({ from: T0, to: new Date(T0.getTime() + 3_600_000) }, NO_FILTERS, lang, style);

describe('digest counts', () => {
  it('count every kind of item by what it is, zeros omitted, in both languages', () => {
    const kinds = ['declaration', 'joined', 'agreement', 'ratification', 'pledge', 'renewal', 'compact', 'coalition', 'meeting', 'other'];
    const events = kinds.map((k, i) => ofKind(20_000 + i, k, k === 'joined' ? { frameworkId: 'coalition-of-the-willing', partnerCodes: ['FR'] } : {}));
    const c = withEvents(events);
    const [enText] = formatDigest(c, events, en);
    expect(enText!.split('\n')[1]).toBe(
      '<i>Guarantor digest: 1 new member · 1 agreement signed · 1 ratification · 1 renewal · 1 pledge · 1 meeting · 4 other updates</i>',
    );
    const [ukText] = formatDigest(c, events, uk);
    expect(ukText!.split('\n')[1]).toBe(
      '<i>Дайджест «Гаранта»: 1 новий учасник · 1 підписана угода · 1 ратифікація · 1 продовження угоди · 1 зобов’язання · 1 зустріч · 4 інші новини</i>',
    );
    // sections follow the same order and hold exactly the counted items
    const s = sections(enText!);
    expect([...s.keys()]).toEqual(['New members', 'Agreements signed', 'Ratifications', 'Renewals', 'Pledges', 'Meetings', 'Other news']);
    expect([...s.values()].map((v) => v.length)).toEqual([1, 1, 1, 1, 1, 1, 4]);
  });

  it('never counts a Coalition meeting as a new member (the reported bug)', () => {
    const events = [coalitionKyiv(21_001), pledgeDE(21_002)];
    const [ukText] = formatDigest(withEvents(events), events, uk);
    expect(ukText).toContain('Дайджест «Гаранта»: 1 зобов’язання · 1 інша новина');
    expect(ukText).not.toContain('учасник');
    expect(ukText).not.toMatch(/: 0|· 0/);
  });

  it('use the plural forms of each language (uk: one/few/many)', () => {
    const cases: [number, string, string, string][] = [
      [1, '1 pledge', '1 зобов’язання', '1 зустріч'],
      [2, '2 pledges', '2 зобов’язання', '2 зустрічі'],
      [5, '5 pledges', '5 зобов’язань', '5 зустрічей'],
      [11, '11 pledges', '11 зобов’язань', '11 зустрічей'],
      [21, '21 pledges', '21 зобов’язання', '21 зустріч'],
      [22, '22 pledges', '22 зобов’язання', '22 зустрічі'],
    ];
    for (const [n, enPledges, ukPledges, ukMeetings] of cases) {
      const events = [...Array.from({ length: n }, (_, i) => pledgeDE(22_000 + i)), ...Array.from({ length: n }, (_, i) => ofKind(23_000 + i, 'meeting'))];
      const c = withEvents(events);
      expect(formatDigest(c, events, en)[0]!.split('\n')[1]).toContain(`${enPledges} · ${n} meeting${n === 1 ? '' : 's'}`);
      expect(formatDigest(c, events, uk)[0]!.split('\n')[1]).toContain(`${ukPledges} · ${ukMeetings}`);
    }
  });
});

describe('the headline', () => {
  it('tells the news in the first line (the notification preview), in both languages', () => {
    const events = [coalitionKyiv(24_001), pledgeDE(24_002)];
    const c = withEvents(events);
    expect(formatDigest(c, events, en)[0]!.split('\n')[0]).toBe(
      '📬 <b>Germany pledged EUR 11.5 billion for 2026. Coalition of the Willing leaders met in Kyiv.</b>',
    );
    expect(formatDigest(c, events, uk)[0]!.split('\n')[0]).toBe(
      '📬 <b>Німеччина пообіцяла 11,5 млрд EUR на 2026 рік. Лідери коаліції охочих зібралися в Києві.</b>',
    );
  });

  it('makes Ukrainian verbs agree with the partner (feminine, masculine, neuter, plural), in the past tense', () => {
    const said = (e: CatalogEvent, tr = uk) => formatDigest(withEvents([e]), [e], tr)[0]!.split('\n')[0];
    expect(said(gen(25_001, 'agreement', 'DE'))).toBe('📬 <b>Німеччина підписала безпекову угоду з Україною.</b>');
    expect(said(gen(25_002, 'agreement', 'EU'))).toBe('📬 <b>Європейський Союз підписав безпекову угоду з Україною.</b>');
    expect(said(gen(25_003, 'agreement', 'XK'))).toBe('📬 <b>Косово підписало безпекову угоду з Україною.</b>');
    expect(said(gen(25_004, 'ratification', 'NL'))).toBe('📬 <b>Нідерланди ратифікували безпекову угоду з Україною.</b>');
    // /ratify … | in-force: said as such, whatever the agreement's state when previewed
    const inForce = ofKind(25_010, 'ratification', {
      partnerCodes: ['FI'],
      titleEn: en.t('admin-auto-in-force', { partner: 'Finland' }),
      titleUk: uk.t('admin-auto-in-force', { partner: 'Фінляндія' }),
    });
    expect(said(inForce)).toBe('📬 <b>Фінляндія: безпекова угода з Україною набула чинності.</b>');
    expect(said(inForce, en)).toBe('📬 <b>Finland: the security agreement with Ukraine entered into force.</b>');
    expect(said(gen(25_005, 'joined', 'US', { frameworkId: 'coalition-of-the-willing' }))).toBe(
      '📬 <b>Сполучені Штати Америки приєдналися до коаліції охочих.</b>',
    );
    expect(said(gen(25_006, 'joined', 'CY', { frameworkId: 'ukraine-compact' }), en)).toBe('📬 <b>Cyprus joined the Ukraine Compact.</b>');
    // the agreement's new end date, from the catalog, when this is the latest renewal
    expect(said(gen(25_007, 'renewal', 'GB'), en)).toBe('📬 <b>United Kingdom extended its security agreement with Ukraine until 12 January 2034.</b>');
    // one full stop after the date's own «р.»
    expect(said(gen(25_008, 'renewal', 'LU'))).toBe('📬 <b>Люксембург продовжив безпекову угоду з Україною до 10 липня 2034 р.</b>');
    // a pledge not (yet) on record, as in the admin's preview: the generated title, which carries the amount
    expect(said(gen(25_009, 'pledge', 'DE', { sourceUrl: 'https://example.org/unknown', titleUk: 'Німеччина: нове зобов’язання — 5 млн EUR' }))).toBe(
      '📬 <b>Німеччина: нове зобов’язання — 5 млн EUR.</b>',
    );
  });

  it('names at most two items; the counts line says what else there is', () => {
    const events = [ofKind(26_001, 'meeting', { titleEn: 'Talks in Rome' }), pledgeDE(26_002), gen(26_003, 'joined', 'FR', { frameworkId: 'ukraine-compact' })];
    const first = formatDigest(withEvents(events), events, en)[0]!.split('\n')[0];
    // the weightiest first: a new member, then the pledge; the meeting waits in the list
    expect(first).toBe('📬 <b>France joined the Ukraine Compact. Germany pledged EUR 11.5 billion for 2026.</b>');
  });
});

describe('digest items', () => {
  it('say who did what and when (the event’s own date), with the details, a deep link to each partner’s card and the source', () => {
    const events = [pledgeDE(27_001, { occurredOn: '2026-02-20' }), coalitionKyiv(27_002)];
    const c = withEvents(events);
    const composer = createDigestComposer(withEvents(events), (l) => i18n.translator(l), { botUsername: 'GuarantorBot' });
    const [enText] = composer.recompose([27_001, 27_002], 'en')!.parts;
    expect(enText).toContain(
      '• <b>20 February 2026</b> — <a href="https://t.me/GuarantorBot?start=country_DE">🇩🇪 Germany</a> pledged <b>EUR 11.5 billion</b> for 2026. Military aid in 2026. <a href="https://example.org/pledge-de-2026">source</a>',
    );
    expect(enText).toContain(
      'Partners: <a href="https://t.me/GuarantorBot?start=country_GB">🇬🇧 United Kingdom</a>, <a href="https://t.me/GuarantorBot?start=country_FR">🇫🇷 France</a>.',
    );
    const [ukText] = composer.recompose([27_001, 27_002], 'uk')!.parts;
    expect(ukText).toContain(
      '• <b>20 лютого 2026 р.</b> — <a href="https://t.me/GuarantorBot?start=country_DE">🇩🇪 Німеччина</a> пообіцяла <b>11,5 млрд EUR</b> на 2026 рік. Військова допомога у 2026 році.',
    );
    expect(ukText).toContain('<a href="https://example.org/pledge-de-2026">джерело</a>');
    // without the bot's name the partners are named, not linked
    expect(formatDigest(c, events, en)[0]).not.toContain('t.me');
    expect(formatDigest(c, events, en)[0]).toContain('🇩🇪 Germany pledged');
  });

  it('write what a command generated, and keep an admin’s own title as written (with the partners linked after it)', () => {
    const auto = gen(27_050, 'ratification', 'DE');
    expect(auto.titleEn).toBe('Germany ratified its security agreement with Ukraine');
    const own = ofKind(27_051, 'ratification', {
      partnerCodes: ['FR'],
      titleEn: 'The Assemblée nationale voted 400 to 100',
      titleUk: 'Національні збори проголосували 400 голосами проти 100',
    });
    const c = withEvents([auto, own]);
    const [enText] = formatDigest(c, [auto, own], en);
    expect(enText).toContain('— 🇩🇪 Germany ratified its security agreement with Ukraine. <a');
    expect(enText).toContain('— The Assemblée nationale voted 400 to 100. Partners: 🇫🇷 France. <a');
    const [ukText] = formatDigest(c, [auto, own], uk);
    expect(ukText).toContain('— 🇩🇪 Німеччина ратифікувала безпекову угоду з Україною. <a');
    expect(ukText).toContain('— Національні збори проголосували 400 голосами проти 100. Партнери: 🇫🇷 Франція. <a');
    // the generated "New pledge by Germany: …" becomes a sentence with the amount and the years
    const p = pledgeDE(27_052);
    expect(formatDigest(withEvents([p]), [p], en)[0]).not.toContain('New pledge by');
  });

  it('escape what admins typed', () => {
    const e = ofKind(27_100, 'meeting', { titleEn: 'Japan <signs> & "more"', bodyEn: '5 > 3' });
    const [text] = formatDigest(withEvents([e]), [e], en);
    expect(text).toContain('Japan &lt;signs&gt; &amp; &quot;more&quot;');
    expect(text).toContain('5 &gt; 3.');
    expect(text).not.toContain('<signs>');
  });

  it('split many items below 4096 characters, never cutting an item, the headline first', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      event(30_000 + i, {
        kind: ['meeting', 'pledge', 'agreement', 'other'][i % 4]!,
        partnerCodes: [seeded.partners[i % 30]!.code],
        titleEn: `A long headline number ${i} `.repeat(3),
        bodyEn: 'Details '.repeat(20),
      }),
    );
    const c = withEvents(many);
    const parts = formatDigest(c, many, en);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096);
    expect(parts[0]!.startsWith('📬 <b>')).toBe(true);
    // every item is whole in exactly one part, and the header counted them all
    const itemLines = parts.flatMap((p) => p.split('\n').filter((l) => l.startsWith(`${ITEM_MARK} `)));
    expect(itemLines).toHaveLength(150);
    for (const e of many) {
      const whole = itemLines.filter((l) => l.includes(`https://example.org/${e.id}"`));
      expect(whole).toHaveLength(1);
      expect(whole[0]).toMatch(/<\/a>$/);
    }
    expect(parts[0]!.split('\n')[1]).toBe('<i>Guarantor digest: 37 agreements signed · 38 pledges · 38 meetings · 37 other updates</i>');
    // the data date closes the last part only
    expect(parts.at(-1)).toMatch(/Data as of/);
    expect(parts.slice(0, -1).join('\n')).not.toMatch(/Data as of/);
  });
});

describe('alerts', () => {
  it('a single urgent item reads as that item — its kind, who, what, source — not as a one-item digest', () => {
    const e = pledgeDE(28_001, { publishedAt: new Date(T0.getTime() + 1000) });
    const c = createDigestComposer(withEvents([e]), (l) => i18n.translator(l), { botUsername: 'GuarantorBot' });
    const [enText] = all(c, 'en', 'instant')!.parts;
    const lines = enText!.split('\n');
    expect(lines[0]).toBe('⚡ <b>Germany pledged EUR 11.5 billion for 2026</b>');
    expect(lines[1]).toBe('<i>Pledge · 20 February 2026</i>');
    expect(enText).toContain('Military aid in 2026');
    expect(enText).toContain('<a href="https://example.org/pledge-de-2026">Source</a>');
    expect(enText).toContain('<a href="https://t.me/GuarantorBot?start=country_DE">🇩🇪 Germany</a>');
    expect(enText).not.toContain('digest');
    const [ukText] = all(c, 'uk', 'instant')!.parts;
    expect(ukText!.split('\n').slice(0, 2)).toEqual(['⚡ <b>Німеччина пообіцяла 11,5 млрд EUR на 2026 рік</b>', '<i>Зобов’язання · 20 лютого 2026 р.</i>']);
    expect(ukText).toContain('Сповіщення «Гаранта»');
    // the same item in a daily digest is a digest
    expect(all(c, 'en', 'daily')!.parts[0]).toContain('Guarantor digest: 1 pledge');
  });

  it('several instant items at once are a digest', () => {
    const events = [pledgeDE(28_101, { publishedAt: new Date(T0.getTime() + 1000) }), coalitionKyiv(28_102)];
    const c = createDigestComposer(withEvents(events), (l) => i18n.translator(l));
    expect(all(c, 'en', 'instant')!.parts[0]).toContain('Guarantor digest: 1 pledge · 1 other update');
  });
});

describe('weekly digests', () => {
  it('end with "in numbers" (agreements in force, pledges added this week) and the data date; daily ones do not', () => {
    const events = [pledgeDE(29_001, { publishedAt: new Date(T0.getTime() + 1000) }), pledgeDE(29_002, { publishedAt: new Date(T0.getTime() + 2000) })];
    const catalogW = withEvents(events);
    const inForce = catalogW.agreements.filter(
      (a) => a.ratification !== 'pending' && a.signedOn <= '2026-03-01' && (!a.expiresOn || a.expiresOn >= '2026-03-01'),
    ).length;
    expect(inForce).toBeGreaterThan(0);
    const c = createDigestComposer(catalogW, (l) => i18n.translator(l));
    const weeklyEn = all(c, 'en', 'weekly')!.parts.at(-1)!.split('\n');
    expect(weeklyEn.slice(-2)).toEqual([
      `📊 In numbers: ${inForce} security agreements in force · 2 pledges added this week`,
      '<i>Data as of 1 March 2026.</i>',
    ]);
    const weeklyUk = all(c, 'uk', 'weekly')!.parts.at(-1)!.split('\n');
    expect(weeklyUk.slice(-2)).toEqual([
      `📊 У цифрах: чинних безпекових угод — ${inForce} · нових зобов’язань за тиждень — 2`,
      '<i>Дані станом на 1 березня 2026 р.</i>',
    ]);
    expect(all(c, 'en', 'daily')!.parts.join('\n')).not.toContain('In numbers');
  });
});

describe('composing for a subscriber', () => {
  const two = () => [pledgeDE(31_001, { publishedAt: new Date(T0.getTime() + 1000) }), coalitionKyiv(31_002)];
  it('with filters: only what they follow, and the counts say so', () => {
    const c = createDigestComposer(withEvents(two()), (l) => i18n.translator(l));
    const d = c.compose({ from: T0, to: new Date(T0.getTime() + 3_600_000) }, { partners: ['DE'], pillars: [], kinds: [] }, 'en')!;
    expect(d.eventIds).toEqual([31_001]);
    expect(d.parts[0]!.split('\n').slice(0, 2)).toEqual(['📬 <b>Germany pledged EUR 11.5 billion for 2026.</b>', '<i>Guarantor digest: 1 pledge</i>']);
    expect(d.parts.join('\n')).not.toContain('Kyiv');
    const meetings = c.compose({ from: T0, to: new Date(T0.getTime() + 3_600_000) }, { partners: [], pillars: [], kinds: ['milestones'] }, 'uk')!;
    expect(meetings.eventIds).toEqual([31_001, 31_002]);
    expect(c.compose({ from: T0, to: new Date(T0.getTime() + 3_600_000) }, { partners: ['FR'], pillars: [], kinds: ['members'] }, 'uk')).toBeNull();
  });
  it('an empty period gives nothing (and a "nothing new" note only when asked for)', () => {
    const c = createDigestComposer(withEvents(two()), (l) => i18n.translator(l));
    expect(c.compose({ from: new Date(T0.getTime() + 3_600_000), to: new Date(T0.getTime() + 7_200_000) }, NO_FILTERS, 'en')).toBeNull();
    expect(c.nothingNew('en', 'weekly')[0]).toContain('Nothing new this week.');
    expect(c.nothingNew('uk', 'daily')[0]).toContain('Від учорашнього дайджесту нічого нового.');
  });
  it('reuses texts and re-formats without withdrawn events', () => {
    const c = createDigestComposer(catalog, (l) => i18n.translator(l));
    const a = c.compose({ from: T0, to: new Date(T0.getTime() + 60_000) }, NO_FILTERS, 'en')!;
    const b = c.compose({ from: T0, to: new Date(T0.getTime() + 60_000) }, NO_FILTERS, 'en')!;
    expect(a.parts).toBe(b.parts);
    expect(c.recompose([9001, 424242], 'en')!.eventIds).toEqual([9001]);
    expect(c.recompose([424242], 'en')).toBeNull();
    expect(c.compose({ from: new Date(T0.getTime() + 60_000), to: new Date(T0.getTime() + 120_000) }, NO_FILTERS, 'uk')).toBeNull();
  });
});

describe('schedules', () => {
  it("finds the last daily and weekly due moments in the subscriber's zone, across DST", () => {
    // 2026-03-29 is the EU DST switch; 09:00 Kyiv is 06:00Z after it, 07:00Z before.
    expect(lastDueMoment(new Date('2026-03-30T08:00:00Z'), { frequency: 'daily', hour: 9, weekday: 1, timezone: 'Europe/Kyiv' }).toISOString()).toBe(
      '2026-03-30T06:00:00.000Z',
    );
    expect(lastDueMoment(new Date('2026-03-27T06:30:00Z'), { frequency: 'daily', hour: 9, weekday: 1, timezone: 'Europe/Kyiv' }).toISOString()).toBe(
      '2026-03-26T07:00:00.000Z',
    );
    // weekly, Monday 09:00 New York; 2026-03-04 is a Wednesday
    expect(lastDueMoment(new Date('2026-03-04T12:00:00Z'), { frequency: 'weekly', hour: 9, weekday: 1, timezone: 'America/New_York' }).toISOString()).toBe(
      '2026-03-02T14:00:00.000Z',
    );
    expect(zonedInstant('Asia/Tokyo', 2026, 1, 1, 0).toISOString()).toBe('2025-12-31T15:00:00.000Z');
  });
  it('knows quiet hours, wrapping midnight', () => {
    const at = (iso: string) => new Date(iso);
    expect(inQuietHours(at('2026-03-01T21:30:00Z'), 'Europe/Kyiv', 22, 8)).toBe(true); // 23:30 Kyiv
    expect(inQuietHours(at('2026-03-01T07:30:00Z'), 'Europe/Kyiv', 22, 8)).toBe(false); // 09:30
    expect(inQuietHours(at('2026-03-01T03:00:00Z'), 'UTC', 1, 5)).toBe(true);
    expect(inQuietHours(at('2026-03-01T03:00:00Z'), 'UTC', null, null)).toBe(false);
  });
});

describe('Telegram errors', () => {
  const err = (error_code: number, description: string, parameters?: object) => ({ response: { ok: false, error_code, description, parameters } });
  it('are classified once: retry, gone, strike, migrate, fatal', () => {
    expect(classifyTelegramError(err(429, 'Too Many Requests: retry after 7', { retry_after: 7 }))).toMatchObject({
      kind: 'retry',
      afterMs: 7000,
      global: true,
    });
    expect(classifyTelegramError(err(502, 'Bad Gateway'), 3)).toMatchObject({ kind: 'retry', afterMs: 4000, global: false });
    expect(classifyTelegramError(new Error('ECONNRESET'))).toMatchObject({ kind: 'retry' });
    expect(classifyTelegramError(err(403, 'Forbidden: bot was blocked by the user')).kind).toBe('gone');
    expect(classifyTelegramError(err(403, 'Forbidden: user is deactivated')).kind).toBe('gone');
    expect(classifyTelegramError(err(403, 'Forbidden: bot was kicked from the group chat')).kind).toBe('gone');
    expect(classifyTelegramError(err(400, 'Bad Request: chat not found')).kind).toBe('gone');
    expect(classifyTelegramError(err(403, "Forbidden: bot can't send messages to the user")).kind).toBe('strike');
    expect(classifyTelegramError(err(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }))).toMatchObject({
      kind: 'migrate',
      toChatId: -1001234,
    });
    expect(classifyTelegramError(err(400, "Bad Request: can't parse entities")).kind).toBe('fatal');
  });
});

describe('the rate limiter', () => {
  it('keeps N per window counted from completions, one per chat per second, and honours a pause', async () => {
    let t = 0;
    const limiter = createRateLimiter({ perSecond: 3, now: () => t, sleep: async (ms) => void (t += ms) });
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      const done = await limiter.acquire(100 + i);
      starts.push(t);
      t += 10; // the request takes 10 ms
      done();
    }
    expect(starts.slice(0, 3)).toEqual([0, 10, 20]);
    expect(starts[3]).toBeGreaterThanOrEqual(10 + 1005);
    expect(starts[6]! - starts[3]!).toBeGreaterThanOrEqual(20);
    const a = t;
    (await limiter.acquire(1))();
    const b = t;
    (await limiter.acquire(1))();
    expect(t - b).toBeGreaterThanOrEqual(1005);
    limiter.pause(5000);
    const before = t;
    (await limiter.acquire(2))();
    expect(t - before).toBeGreaterThanOrEqual(5000);
    expect(a).toBeLessThanOrEqual(b);
  });
});

describe('dataAsOfAfterPublishing', () => {
  it('moves forward to the fact date, never back and never past today', async () => {
    const { dataAsOfAfterPublishing } = await import('../../src/domain/catalog.js');
    expect(dataAsOfAfterPublishing('2026-02-13', '2026-11-20', '2026-11-29')).toBe('2026-11-20');
    expect(dataAsOfAfterPublishing('2026-02-13', '2027-01-01', '2026-11-29')).toBe('2026-11-29');
    expect(dataAsOfAfterPublishing('2026-02-13', '2025-01-01', '2026-11-29')).toBe('2026-02-13');
    expect(dataAsOfAfterPublishing('', '2025-01-01', '2026-11-29')).toBe('2025-01-01');
    expect(dataAsOfAfterPublishing('2026-02-13', null, '2026-11-29')).toBe('2026-02-13');
  });
});
