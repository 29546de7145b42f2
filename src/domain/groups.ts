/**
 * Groups of countries that questions restrict to ("which G7 country…", "EU members", "хто з НАТО…"):
 * static membership lists by ISO 3166-1 alpha-2 code. Memberships change rarely; update with a source.
 *
 * Sources (as of early 2026):
 * - G7: https://www.g7italy.it/en/il-g7/ (Canada, France, Germany, Italy, Japan, the UK, the US; the EU
 *   takes part but is not a member country).
 * - EU, 27 member states: https://european-union.europa.eu/principles-countries-history/eu-countries_en
 * - NATO, 32 allies (Sweden joined on 7 March 2024): https://www.nato.int/cps/en/natohq/nato_countries.htm
 * - Nordic-Baltic Eight (NB8): https://www.norden.org/en/information/nordic-baltic-cooperation-nb8
 * - Nordic countries: https://www.norden.org/en/information/facts-about-nordic-countries
 * - Baltic states: Estonia, Latvia, Lithuania.
 * - European countries: UN geoscheme region Europe (https://unstats.un.org/unsd/methodology/m49/) plus
 *   Kosovo (XK), Cyprus and Türkiye; Russia and Belarus are listed but are never partners.
 */
import { ub } from './names/normalise.js';

export type GroupId = 'g7' | 'eu' | 'nato' | 'nb8' | 'nordic' | 'baltic' | 'europe';

export const GROUPS: Record<GroupId, readonly string[]> = {
  g7: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US'],
  eu: [
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
  ],
  nato: [
    'AL',
    'BE',
    'BG',
    'CA',
    'HR',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IS',
    'IT',
    'LV',
    'LT',
    'LU',
    'ME',
    'NL',
    'MK',
    'NO',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
    'TR',
    'GB',
    'US',
  ],
  nb8: ['DK', 'EE', 'FI', 'IS', 'LV', 'LT', 'NO', 'SE'],
  nordic: ['DK', 'FI', 'IS', 'NO', 'SE'],
  baltic: ['EE', 'LV', 'LT'],
  europe: [
    'AL',
    'AD',
    'AT',
    'BY',
    'BE',
    'BA',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IS',
    'IE',
    'IT',
    'XK',
    'LV',
    'LI',
    'LT',
    'LU',
    'MT',
    'MD',
    'MC',
    'ME',
    'NL',
    'MK',
    'NO',
    'PL',
    'PT',
    'RO',
    'RU',
    'SM',
    'RS',
    'SK',
    'SI',
    'ES',
    'SE',
    'CH',
    'TR',
    'UA',
    'GB',
    'VA',
  ],
};

export function inGroup(group: GroupId, code: string): boolean {
  return GROUPS[group].includes(code);
}

const COUNTRY_WORD = String.raw`(?:countr\w*|members?|states?|nations?|allies|ally|partners?|країн\w*|член\w*|держав\w*|учасни\w*|партнер\w*)`;

/**
 * The group a (normalised) question restricts to, if any. "EU" alone is the European Union as a
 * partner; it is a group only with a word for its members ("EU countries", "країни ЄС", "з членів ЄС").
 */
const EU = String.raw`(?:eu|єс|євросоюз\w*|european union|європейськ\w* союз\w*)`;

const GROUP_RX: Array<[GroupId, RegExp, RegExp?]> = [
  ['nb8', ub(/\bnb8\b|nordic baltic|nordic and baltic|північно балтійськ|північних і балтійських/)],
  // "the G7 declaration" is the Joint Declaration, not a restriction to the G7
  ['g7', ub(/\bg ?7\b|\bг ?7\b|велик\S* сімк|group of seven/), /декларац|declaration/],
  // "the NATO summit" is a place
  ['nato', ub(/\bnato\b|\bнато\b/), /summit|саміт/],
  ['eu', ub(new RegExp(String.raw`\b${EU}\s+${COUNTRY_WORD}|${COUNTRY_WORD}\s+(?:of the |of |in the |in |з |із )?${EU}\b`))],
  ['nordic', ub(/\bnordic\b|скандинав|північн\S* країн/)],
  ['baltic', ub(/\bbaltic\b|балтійськ|прибалт/)],
  ['europe', ub(/\beuropean (?:countr|state|nation|partner)|\bin europe\b|європейськ\S* (?:країн|держав|партнер)|з європ|країн\S* європ/)],
];

/**
 * The group a (normalised) question restricts to, if any. "EU" alone is the European Union as a
 * partner; it is a group only with a word for its members ("EU countries", "країни ЄС", "з членів ЄС").
 */
export function groupIn(norm: string): GroupId | undefined {
  for (const [id, rx, unless] of GROUP_RX) if (rx.test(norm) && !unless?.test(norm)) return id;
  return undefined;
}
