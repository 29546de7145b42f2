import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildExport,
  buildExportCsv,
  csvCell,
  csvEventKey,
  jsonElementLines,
  parseCsv,
  parseImportCsv,
  jsonSyntaxError,
  parseImportJson,
} from '../../src/domain/admin/exchange.js';
import type { Catalog } from '../../src/domain/catalog.js';
import { datasetSchema } from '../../src/domain/dataset.js';
import { loadSeededCatalog } from '../support/catalog.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadSeededCatalog();
});

describe('export', () => {
  it('is a valid dataset that imports back as the same items', () => {
    const data = buildExport(catalog, '2026-03-01');
    expect(datasetSchema.safeParse(data).success).toBe(true);
    const back = parseImportJson(JSON.stringify(data), catalog);
    expect(back.ok && back.items).toBe(data.partners.length + data.memberships.length + data.agreements.length + data.events.length);
    // Seeded events keep their stable keys.
    expect(data.events.every((e) => !e.key.startsWith('event-'))).toBe(true);
  });

  it('CSV escapes quotes, commas, new lines and spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    const csv = buildExportCsv(catalog);
    const rows = parseCsv(csv);
    expect(rows[0]?.cells).toEqual(['type', 'partner', 'date', 'title_en', 'title_uk', 'amount', 'currency', 'source']);
    expect(rows.every((r) => r.cells.length === 8)).toBe(true);
  });
});

describe('import parsing', () => {
  it('finds the line where each array element starts', () => {
    const text = '{\n  "partners": [],\n  "events": [\n    {"a": "[{,}]"},\n    {\n      "b": 1\n    }, {"c": "\\"x"}\n  ]\n}';
    expect(jsonElementLines(text).get('events')).toEqual([4, 5, 7]);
    expect(jsonElementLines(text).get('partners')).toEqual([]);
  });

  it('accepts a bare array of events and checks references', () => {
    const r = parseImportJson(
      JSON.stringify([
        {
          key: 'k',
          occurredOn: '2026-03-01',
          kind: 'pledge',
          framework: 'nato',
          partners: ['DE'],
          titleEn: 'A',
          titleUk: 'А',
          confidence: 'high',
          sourceUrl: 'https://example.org',
        },
      ]),
      catalog,
    );
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['unknown-framework']);
  });

  it('rejects a file with none of the known arrays', () => {
    const r = parseImportJson('{"hello": 1}', catalog);
    expect(!r.ok && r.errors[0]?.code).toBe('columns');
  });

  it('parses RFC 4180 CSV with quoted new lines and records where each record starts', () => {
    expect(parseCsv('a,b\r\n"x\ny",2\n\n3,"q""q"\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', '2'] },
      { line: 5, cells: ['3', 'q"q'] },
    ]);
  });

  it('CSV events get a stable key, so the same file imports once', () => {
    const csv = 'kind,date,partners,title_en,title_uk,source_url\npledge,2026-03-01,DE;FR,T,Т,https://example.org';
    const r = parseImportCsv(csv, catalog);
    expect(r.ok && r.data.events[0]).toMatchObject({ key: csvEventKey('2026-03-01', 'pledge', 'T'), partners: ['DE', 'FR'] });
  });
});

describe('jsonSyntaxError', () => {
  it('names the line and column where the JSON breaks', () => {
    expect(jsonSyntaxError('{\n  x', 'Unexpected token \'x\', "{\n  x" is not valid JSON at position 4')).toEqual({
      line: 2,
      field: 'file',
      code: 'json',
      value: '3',
    });
    expect(jsonSyntaxError('{"a":', 'Unexpected end of JSON input')).toEqual({ line: 1, field: 'file', code: 'json', value: '6' });
  });
  it('is what parseImportJson reports for a file that is not JSON', () => {
    const r = parseImportJson('{not json', catalog);
    expect(r).toEqual({ ok: false, errors: [{ line: 1, field: 'file', code: 'json', value: '2' }] });
  });
});
