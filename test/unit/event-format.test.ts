import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog.js';
import { formatEventCard } from '../../src/domain/format/event.js';
import { loadI18n } from '../../src/i18n/index.js';

const i18n = loadI18n();
const catalog = buildCatalog({
  dataAsOf: '2026-02-13',
  frameworks: [],
  memberships: [],
  agreements: [],
  pillars: [],
  events: [],
  partners: [
    { code: 'DE', kind: 'country', nameEn: 'Germany', nameUk: 'Німеччина', aliasesEn: [], aliasesUk: [] },
    { code: 'EU', kind: 'organisation', nameEn: 'European Union', nameUk: 'Європейський Союз', aliasesEn: [], aliasesUk: [] },
  ],
});
const event = {
  occurredOn: '2026-03-01',
  kind: 'ratification',
  partners: ['DE', 'EU'],
  titleEn: 'Germany & the EU <ratify>',
  titleUk: 'Німеччина та ЄС ратифікували',
  bodyEn: 'Body "quoted"',
  bodyUk: 'Текст',
  sourceUrl: 'https://example.org/a?b=1&c=2',
};

describe('formatEventCard', () => {
  it('renders an event in English, escaping everything from the data', () => {
    expect(formatEventCard(event, catalog, i18n.translator('en'))).toBe(
      [
        '<b>Germany &amp; the EU &lt;ratify&gt;</b>',
        '📅 1 March 2026 · Ratification',
        '🇩🇪 Germany, 🇪🇺 European Union',
        '',
        'Body &quot;quoted&quot;',
        '',
        '🔗 <a href="https://example.org/a?b=1&amp;c=2">Source</a>',
      ].join('\n'),
    );
  });

  it('renders the same event in Ukrainian, without a body when there is none', () => {
    expect(formatEventCard({ ...event, bodyUk: null, partners: [] }, catalog, i18n.translator('uk'))).toBe(
      ['<b>Німеччина та ЄС ратифікували</b>', '📅 1 березня 2026 р. · Ратифікація', '', '🔗 <a href="https://example.org/a?b=1&amp;c=2">Джерело</a>'].join('\n'),
    );
  });
});
