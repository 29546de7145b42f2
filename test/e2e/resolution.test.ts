/**
 * Name resolution as people meet it: every case of the shared table sent as `/country <input>`
 * through the fake Bot API to the real bot, and the card (or the polite refusal) checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog.js';
import { type Harness, startHarness } from '../support/harness.js';
import { resolutionCases } from '../support/resolution-cases.js';

let h: Harness;
let catalog: Catalog;
beforeAll(async () => {
  h = await startHarness();
  catalog = await h.app.services.facts.catalog();
});
afterAll(() => h.close());

const user = { id: 9100, first_name: 'Res', language_code: 'en' };

describe('/country resolves what people type', () => {
  // Blank input is /country without a name (the list), tested with the browsing commands.
  const cases = resolutionCases.filter((c) => c.input.trim() !== '');

  it(`answers all ${cases.length} inputs of the table correctly`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const failures: string[] = [];
    for (const { input, expected } of cases) {
      const since = h.fake.mark();
      h.fake.sendText(user, `/country ${input}`);
      const reply = String((await h.fake.waitForMessage(user.id, undefined, 5000, { since })).params.text);
      const firstLine = reply.split('\n')[0]!;
      let ok: boolean;
      if (/^[A-Z]{2}$/.test(expected)) {
        ok = firstLine.includes(`<b>${catalog.partner(expected)!.nameEn}</b>`);
      } else if (expected.startsWith('non-partner:')) {
        ok = reply.includes('is not among the partners');
      } else if (expected === 'ambiguous') {
        ok = reply.includes('Which one');
      } else {
        ok = reply.includes('I don’t know a partner called');
      }
      if (!ok) failures.push(`${input} → expected ${expected}, got: ${firstLine.slice(0, 80)}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
