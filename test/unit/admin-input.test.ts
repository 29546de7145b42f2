import { beforeAll, describe, expect, it } from 'vitest';
import {
  parseAddAgreement,
  parseAddEvent,
  parseAddPartner,
  parseAddPledge,
  parseAmount,
  parseDate,
  parseEditEvent,
  parseEntityRef,
  parseJoin,
  validateEventField,
} from '../../src/domain/admin/input.js';
import type { Catalog } from '../../src/domain/catalog.js';
import { loadSeededCatalog } from '../support/catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
});

describe('parseDate', () => {
  it.each([
    ['2024-02-16', '2024-02-16'],
    ['16.02.2024', '2024-02-16'],
    ['1.3.2026', '2026-03-01'],
    ['29.02.2024', '2024-02-29'],
    [' 2026-12-31 ', '2026-12-31'],
  ])('accepts %s', (input, iso) => expect(parseDate(input)).toEqual({ ok: true, iso }));

  it.each([
    ['31.02.2024', 'date-invalid'],
    ['29.02.2023', 'date-invalid'],
    ['2024-04-31', 'date-invalid'],
    ['2024-00-10', 'date-invalid'],
    ['1899-01-01', 'date-invalid'],
    ['2024/02/16', 'date-format'],
    ['16-02-2024', 'date-format'],
    ['February 16, 2024', 'date-format'],
    ['', 'date-format'],
  ])('rejects %s (%s)', (input, code) => expect(parseDate(input)).toEqual({ ok: false, code }));
});

describe('parseAmount', () => {
  it.each([
    ['7.1bn EUR', 7.1e9, 'EUR'],
    ['500m usd', 500e6, 'USD'],
    ['EUR 250000', 250000, 'EUR'],
    ['1,5 bn GBP', 1.5e9, 'GBP'],
    ['-', null, null],
  ])('%s', (input, amount, currency) => expect(parseAmount(input)).toEqual({ amount, currency }));
  it.each(['lots', '5bn', 'EUR 5 USD', '5 euros'])('rejects %s', (input) => expect(parseAmount(input)).toBeUndefined());
});

describe('parseAddEvent', () => {
  it('parses the documented syntax with names, flags and codes', () => {
    const r = parseAddEvent(catalog, '01.03.2026 | Ratification | Germany, 🇫🇷, jp | Title | Заголовок | https://example.org/a | Body | Текст');
    expect(r).toEqual({
      ok: true,
      value: {
        occurredOn: '2026-03-01',
        kind: 'ratification',
        partners: ['DE', 'FR', 'JP'],
        titleEn: 'Title',
        titleUk: 'Заголовок',
        sourceUrl: 'https://example.org/a',
        bodyEn: 'Body',
        bodyUk: 'Текст',
      },
    });
  });

  it('names every bad field at once', () => {
    const r = parseAddEvent(catalog, '31.02.2024 | nope | ZZ | <b>x</b> |  | mailto:a@b.c');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'date:date-invalid',
      'kind:unknown-kind',
      'partners:unknown-partner',
      'titleEn:markup',
      'titleUk:required',
      'sourceUrl:url',
    ]);
    expect(r.errors.find((e) => e.field === 'partners')?.value).toBe('ZZ');
  });

  it('limits lengths and wants both languages of the body', () => {
    const long = parseAddEvent(catalog, `2026-03-01 | other | - | ${'x'.repeat(301)} | Т | https://example.org`);
    expect(!long.ok && long.errors[0]).toMatchObject({ field: 'titleEn', code: 'too-long', max: 300 });
    const half = parseAddEvent(catalog, '2026-03-01 | other | - | T | Т | https://example.org | only english');
    expect(!half.ok && half.errors[0]).toMatchObject({ field: 'bodyUk', code: 'required' });
  });

  it('counts the fields', () => {
    const r = parseAddEvent(catalog, '2026-03-01 | other');
    expect(!r.ok && r.errors[0]).toMatchObject({ field: 'line', code: 'parts' });
  });
});

describe('other one-line commands', () => {
  it('/editevent changes one field and validates the result', () => {
    const current = {
      occurredOn: '2026-03-01',
      kind: 'other' as const,
      partners: ['DE'],
      titleEn: 'T',
      titleUk: 'Т',
      sourceUrl: 'https://example.org',
      bodyEn: null,
      bodyUk: null,
    };
    const ok = parseEditEvent(catalog, '5 | date | 02.03.2026', () => current);
    expect(ok.ok && ok.value).toEqual({ id: 5, input: { ...current, occurredOn: '2026-03-02' } });
    const bad = parseEditEvent(catalog, '5 | colour | red', () => current);
    expect(!bad.ok && bad.errors[0]).toMatchObject({ field: 'field', code: 'unknown-field' });
    const missing = parseEditEvent(catalog, '6 | date | 02.03.2026', () => undefined);
    expect(!missing.ok && missing.errors[0]).toMatchObject({ field: 'id', code: 'id' });
  });

  it('/addpartner', () => {
    expect(parseAddPartner('mt | Country | Malta | Мальта | Republic of Malta; Malta | Мальта')).toEqual({
      ok: true,
      value: { code: 'MT', kind: 'country', nameEn: 'Malta', nameUk: 'Мальта', aliasesEn: ['Republic of Malta', 'Malta'], aliasesUk: ['Мальта'] },
    });
    const bad = parseAddPartner('MLT | state | Malta | Мальта');
    expect(!bad.ok && bad.errors.map((e) => e.code)).toEqual(['code', 'partner-kind']);
  });

  it('/join', () => {
    expect(parseJoin(catalog, 'Germany | joint-declaration | 12.07.2023 | https://example.org')).toEqual({
      ok: true,
      value: { partner: 'DE', framework: 'joint-declaration', joinedOn: '2023-07-12', sourceUrl: 'https://example.org' },
    });
    const bad = parseJoin(catalog, 'DE, FR | nato | 2023-07-12 | https://example.org');
    expect(!bad.ok && bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['partner:unknown-partner', 'framework:unknown-framework']);
  });

  it('/addagreement', () => {
    const r = parseAddAgreement(catalog, 'DE | 16.02.2024 | Berlin | Берлін | Olaf Scholz | Олаф Шольц | 10 | military, economic | https://example.org');
    expect(r.ok && r.value).toMatchObject({ partner: 'DE', signedOn: '2024-02-16', durationYears: 10, pillars: ['military', 'economic'], titleEn: null });
    const bad = parseAddAgreement(catalog, 'DE | 16.02.2024 | Berlin | Берлін | Olaf Scholz | Олаф Шольц | 0 | spaceships | https://example.org');
    expect(!bad.ok && bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['durationYears:number', 'pillars:unknown-pillar']);
  });

  it('/addpledge', () => {
    const r = parseAddPledge(catalog, 'DE | 7.1bn EUR | 2024-2027 | Text | Текст | https://example.org');
    expect(r.ok && r.value).toEqual({
      partner: 'DE',
      amount: 7.1e9,
      currency: 'EUR',
      yearFrom: 2024,
      yearTo: 2027,
      textEn: 'Text',
      textUk: 'Текст',
      sourceUrl: 'https://example.org',
      date: null,
    });
  });

  it('/addpledge takes an optional trailing date (the day it was pledged), in either format', () => {
    const line = 'DE | 11.5bn EUR | 2026 | Text | Текст | https://example.org';
    expect(parseAddPledge(catalog, `${line} | 2026-11-28`)).toMatchObject({ ok: true, value: { date: '2026-11-28', amount: 11.5e9 } });
    expect(parseAddPledge(catalog, `${line} | 28.11.2026`)).toMatchObject({ ok: true, value: { date: '2026-11-28' } });
    expect(parseAddPledge(catalog, `${line} | -`)).toMatchObject({ ok: true, value: { date: null } });
    const bad = parseAddPledge(catalog, `${line} | 31.02.2026`);
    expect(!bad.ok && bad.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['date:date-invalid']);
    const junk = parseAddPledge(catalog, `${line} | yesterday`);
    expect(!junk.ok && junk.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['date:date-format']);
    expect(parseAddPledge(catalog, `${line} | 2026-11-28 | extra`).ok).toBe(false);
  });

  it('/delete and /restore references', () => {
    expect(parseEntityRef('event 42')).toEqual({ ok: true, value: { entity: 'event', id: '42' } });
    expect(parseEntityRef('partner mt')).toEqual({ ok: true, value: { entity: 'partner', id: 'MT' } });
    expect(parseEntityRef('partner 42').ok).toBe(false);
    expect(parseEntityRef('42').ok).toBe(false);
  });

  it('validates one field at a time for the guided dialog', () => {
    expect(validateEventField(catalog, 'occurredOn', '01.03.2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(validateEventField(catalog, 'partners', '')).toEqual({ ok: true, value: [] });
    const bad = validateEventField(catalog, 'occurredOn', '31.02.2026');
    expect(!bad.ok && bad.errors[0]).toMatchObject({ field: 'date', code: 'date-invalid' });
  });
});
