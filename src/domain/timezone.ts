/**
 * What a user types for /timezone, understood: an IANA zone or alias in any letter case
 * (`Europe/Kyiv` is kept as typed, not turned into `Europe/Kiev`), a city in English or Ukrainian
 * (`berlin`, `Київ`, `Варшава`, `new york`), or an offset from UTC (`UTC+2`, `GMT-5`, `+03:00`,
 * stored as the Etc/GMT zone and shown as `UTC+2`). Pure: Intl only.
 */
import type { Lang } from '../i18n/index.js';
import { isTimeZone } from './schedule.js';

export type ZoneParse = { ok: true; zone: string } | { ok: false; reason: 'empty' | 'unknown' | 'minutes' | 'out-of-range' };

export const MAX_ZONE_INPUT = 64;

interface City {
  zone: string;
  en: string;
  uk: string;
  /** Other spellings, lower case (transliterations, older names, the Ukrainian genitive-free forms). */
  also?: string[];
}

/** Cities people are likely to type, with their names in both languages; the first ones get buttons. */
export const CITIES: readonly City[] = [
  {
    zone: 'Europe/Kyiv',
    en: 'Kyiv',
    uk: 'Київ',
    also: ['kiev', 'kiew', 'kijow', 'kijów', 'ukraine', 'україна', 'kharkiv', 'харків', 'lviv', 'львів', 'odesa', 'odessa', 'одеса', 'dnipro', 'дніпро'],
  },
  { zone: 'Europe/Warsaw', en: 'Warsaw', uk: 'Варшава', also: ['warszawa', 'poland', 'польща'] },
  { zone: 'Europe/Berlin', en: 'Berlin', uk: 'Берлін', also: ['germany', 'німеччина'] },
  { zone: 'Europe/London', en: 'London', uk: 'Лондон', also: ['uk', 'united kingdom', 'британія', 'велика британія'] },
  { zone: 'Europe/Paris', en: 'Paris', uk: 'Париж', also: ['france', 'франція'] },
  { zone: 'America/New_York', en: 'New York', uk: 'Нью-Йорк', also: ['washington', 'вашингтон', 'nyc'] },
  { zone: 'America/Toronto', en: 'Toronto', uk: 'Торонто', also: ['ottawa', 'оттава'] },
  { zone: 'America/Los_Angeles', en: 'Los Angeles', uk: 'Лос-Анджелес', also: ['san francisco', 'сан-франциско'] },
  { zone: 'Asia/Tokyo', en: 'Tokyo', uk: 'Токіо', also: ['japan', 'японія'] },
  { zone: 'Europe/Rome', en: 'Rome', uk: 'Рим', also: ['roma', 'italy', 'італія'] },
  { zone: 'Europe/Madrid', en: 'Madrid', uk: 'Мадрид' },
  { zone: 'Europe/Brussels', en: 'Brussels', uk: 'Брюссель', also: ['bruxelles'] },
  { zone: 'Europe/Amsterdam', en: 'Amsterdam', uk: 'Амстердам', also: ['the hague', 'гаага'] },
  { zone: 'Europe/Prague', en: 'Prague', uk: 'Прага', also: ['praha'] },
  { zone: 'Europe/Vilnius', en: 'Vilnius', uk: 'Вільнюс' },
  { zone: 'Europe/Riga', en: 'Riga', uk: 'Рига' },
  { zone: 'Europe/Tallinn', en: 'Tallinn', uk: 'Таллінн', also: ['таллін'] },
  { zone: 'Europe/Helsinki', en: 'Helsinki', uk: 'Гельсінкі' },
  { zone: 'Europe/Stockholm', en: 'Stockholm', uk: 'Стокгольм' },
  { zone: 'Europe/Oslo', en: 'Oslo', uk: 'Осло' },
  { zone: 'Europe/Copenhagen', en: 'Copenhagen', uk: 'Копенгаген' },
  { zone: 'Europe/Bucharest', en: 'Bucharest', uk: 'Бухарест' },
  { zone: 'Europe/Chisinau', en: 'Chișinău', uk: 'Кишинів', also: ['chisinau', 'kishinev'] },
  { zone: 'Europe/Lisbon', en: 'Lisbon', uk: 'Лісабон', also: ['lisboa'] },
  { zone: 'Europe/Istanbul', en: 'Istanbul', uk: 'Стамбул', also: ['ankara', 'анкара'] },
  { zone: 'Asia/Kolkata', en: 'Kolkata', uk: 'Колката', also: ['calcutta', 'delhi', 'new delhi', 'mumbai', 'india', 'делі', 'нью-делі', 'індія'] },
  { zone: 'Australia/Sydney', en: 'Sydney', uk: 'Сідней', also: ['canberra', 'канберра'] },
];

/** Zones offered as buttons by /timezone. */
export const COMMON_ZONES = ['Europe/Kyiv', 'Europe/Warsaw', 'Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Tokyo'] as const;

const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\s_]+/g, ' ')
    .trim();

let cityIndex: Map<string, string> | undefined;
/** Every city name (ours in both languages, and the city part of each IANA zone) → its zone. */
function cities(): Map<string, string> {
  if (cityIndex) return cityIndex;
  const index = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const city = zone.split('/').pop()!;
    if (zone.includes('/') && !zone.startsWith('Etc/')) index.set(norm(city), zone);
  }
  for (const c of CITIES) for (const name of [c.en, c.uk, ...(c.also ?? [])]) index.set(norm(name), c.zone);
  index.set(norm('kyiv'), 'Europe/Kyiv');
  cityIndex = index;
  return index;
}

/** The zone's id as the user would read it: `Etc/GMT-2` → `UTC+2`, `Etc/UTC` → `UTC`. */
export function zoneLabel(zone: string): string {
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)([+-]0)?$/i.test(zone)) return 'UTC';
  const m = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (m) return `UTC${m[1] === '+' ? '-' : '+'}${Number(m[2])}`;
  return zone;
}

/** A city's name in the language, for the zone buttons (the zone itself if it is not one of ours). */
export function cityName(zone: string, lang: Lang): string {
  const c = CITIES.find((x) => x.zone === zone);
  return c ? c[lang] : zone;
}

const OFFSET = /^(?:(?:utc|gmt)\s*)?([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** The zone the text names, or why it names none. */
export function parseTimeZone(input: string): ZoneParse {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_ZONE_INPUT) return { ok: false, reason: 'unknown' };
  if (/^(utc|gmt|z)$/i.test(text)) return { ok: true, zone: 'UTC' };
  const offset = OFFSET.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? 1 : -1;
    const hours = Number(offset[2]);
    if (offset[3] !== undefined && offset[3] !== '00') return { ok: false, reason: 'minutes' };
    if ((sign > 0 && hours > 14) || (sign < 0 && hours > 12)) return { ok: false, reason: 'out-of-range' };
    // POSIX-style Etc zones have the sign reversed: UTC+2 is Etc/GMT-2.
    return { ok: true, zone: hours === 0 ? 'UTC' : `Etc/GMT${sign > 0 ? '-' : '+'}${hours}` };
  }
  if (text.includes('/')) {
    if (!isTimeZone(text)) return { ok: false, reason: 'unknown' };
    const listed = Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === text.toLowerCase());
    if (listed) return { ok: true, zone: listed };
    // An alias the list does not carry (Europe/Kyiv): the user's spelling, with the usual capitals.
    return { ok: true, zone: titleCase(text.toLowerCase()) };
  }
  const zone = cities().get(norm(text));
  return zone && isTimeZone(zone) ? { ok: true, zone } : { ok: false, reason: 'unknown' };
}

function titleCase(zone: string): string {
  return zone.replace(/(^|[/_-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
