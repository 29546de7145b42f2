import { describe, expect, it } from 'vitest';
import { pick } from '../../src/domain/bilingual.js';
import { COMMON_ZONES, cityName, parseTimeZone, zoneLabel } from '../../src/domain/timezone.js';
import { isTimeZone } from '../../src/domain/schedule.js';

const zone = (input: string) => {
  const r = parseTimeZone(input);
  return r.ok ? r.zone : `!${r.reason}`;
};

describe('parseTimeZone', () => {
  it('keeps an IANA zone or alias as typed (Europe/Kyiv stays Europe/Kyiv), fixing only the letter case', () => {
    expect(zone('Europe/Kyiv')).toBe('Europe/Kyiv');
    expect(zone('europe/kyiv')).toBe('Europe/Kyiv');
    expect(zone('EUROPE/KYIV')).toBe('Europe/Kyiv');
    expect(zone('Europe/Kiev')).toBe('Europe/Kiev');
    expect(zone('america/new_york')).toBe('America/New_York');
    expect(zone('  Asia/Tokyo ')).toBe('Asia/Tokyo');
  });

  it('understands cities in English', () => {
    expect(zone('berlin')).toBe('Europe/Berlin');
    expect(zone('Kyiv')).toBe('Europe/Kyiv');
    expect(zone('kiev')).toBe('Europe/Kyiv');
    expect(zone('New York')).toBe('America/New_York');
    expect(zone('new_york')).toBe('America/New_York');
    expect(zone('Washington')).toBe('America/New_York');
    expect(zone('Tokyo')).toBe('Asia/Tokyo');
    expect(zone('Lisbon')).toBe('Europe/Lisbon');
    expect(zone('Kolkata')).toBe('Asia/Kolkata');
  });

  it('understands cities in Ukrainian', () => {
    expect(zone('Київ')).toBe('Europe/Kyiv');
    expect(zone('київ')).toBe('Europe/Kyiv');
    expect(zone('Варшава')).toBe('Europe/Warsaw');
    expect(zone('Берлін')).toBe('Europe/Berlin');
    expect(zone('Нью-Йорк')).toBe('America/New_York');
    expect(zone('Львів')).toBe('Europe/Kyiv');
    expect(zone('Токіо')).toBe('Asia/Tokyo');
    expect(zone('Кишинів')).toBe('Europe/Chisinau');
  });

  it('turns whole-hour offsets into Etc/GMT zones (sign reversed), shown as UTC±N', () => {
    expect(zone('UTC+2')).toBe('Etc/GMT-2');
    expect(zone('utc+2')).toBe('Etc/GMT-2');
    expect(zone('GMT-5')).toBe('Etc/GMT+5');
    expect(zone('+03:00')).toBe('Etc/GMT-3');
    expect(zone('UTC +3')).toBe('Etc/GMT-3');
    expect(zone('−4')).toBe('Etc/GMT+4');
    expect(zone('UTC+14')).toBe('Etc/GMT-14');
    expect(zone('UTC-12')).toBe('Etc/GMT+12');
    expect(zone('UTC')).toBe('UTC');
    expect(zone('GMT+0')).toBe('UTC');
    expect(zoneLabel('Etc/GMT-2')).toBe('UTC+2');
    expect(zoneLabel('Etc/GMT+5')).toBe('UTC-5');
    expect(zoneLabel('UTC')).toBe('UTC');
    expect(zoneLabel('Europe/Kyiv')).toBe('Europe/Kyiv');
    for (const input of ['UTC+2', 'GMT-5', '+03:00', 'UTC+14', 'UTC-12']) expect(isTimeZone(zone(input))).toBe(true);
  });

  it('says why it understands nothing', () => {
    expect(zone('')).toBe('!empty');
    expect(zone('   ')).toBe('!empty');
    expect(zone('Mars/Olympus')).toBe('!unknown');
    expect(zone('Атлантида')).toBe('!unknown');
    expect(zone('constructor')).toBe('!unknown');
    expect(zone('__proto__')).toBe('!unknown');
    expect(zone('+5:30')).toBe('!minutes');
    expect(zone('UTC+05:45')).toBe('!minutes');
    expect(zone('UTC+15')).toBe('!out-of-range');
    expect(zone('GMT-13')).toBe('!out-of-range');
    expect(zone('x'.repeat(65))).toBe('!unknown');
  });

  it('names the common zones by their city in both languages', () => {
    expect(COMMON_ZONES.map((z) => cityName(z, 'uk'))).toEqual(['Київ', 'Варшава', 'Берлін', 'Лондон', 'Нью-Йорк', 'Токіо']);
    expect(COMMON_ZONES.map((z) => cityName(z, 'en'))).toEqual(['Kyiv', 'Warsaw', 'Berlin', 'London', 'New York', 'Tokyo']);
    for (const z of COMMON_ZONES) expect(isTimeZone(z)).toBe(true);
  });
});

describe('pick', () => {
  it('reads the field of the language, and null as empty', () => {
    const p = { nameEn: 'Germany', nameUk: 'Німеччина', bodyEn: null, bodyUk: null };
    expect(pick(p, 'name', 'uk')).toBe('Німеччина');
    expect(pick(p, 'name', 'en')).toBe('Germany');
    expect(pick(p, 'body', 'en')).toBe('');
  });
});
