/**
 * The facts service without Telegraf: propose → preview → decide, through the one writer, with the
 * broadcaster as a recording double. Includes the regression where an import changed an agreement's
 * duration but left its expiry behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportData } from '../../src/domain/admin/exchange.js';
import { type ServiceWorld, startServices } from '../support/services.js';

let w: ServiceWorld;
const editor = 1n;

beforeAll(async () => {
  w = await startServices({ adminIds: [editor] });
});
afterAll(async () => w?.close());

async function importOf(pick: (d: ImportData) => ImportData): Promise<ImportData> {
  const { data } = await w.services.facts.exportData();
  return pick({ partners: data.partners, memberships: data.memberships, agreements: data.agreements, events: data.events });
}

describe('facts service', () => {
  it('recomputes an agreement’s expiry when an import changes its duration (one rule for expiry)', async () => {
    const before = (await w.services.facts.catalog()).agreementsOf('DE')[0]!;
    expect(before.durationYears).toBe(10);
    expect(before.expiresOn).toBe('2034-02-16');
    const data = await importOf((d) => ({
      partners: [],
      memberships: [],
      events: [],
      agreements: d.agreements.filter((a) => a.partner === 'DE').map((a) => ({ ...a, durationYears: 3 })),
    }));

    const proposal = await w.services.facts.propose({ kind: 'import', data }, editor);
    expect(proposal.ok && proposal.preview).toMatchObject({ kind: 'import', report: { changed: { agreements: 1 }, unchanged: 0 } });
    // The dry run wrote nothing.
    expect((await w.services.facts.catalog()).agreementsOf('DE')[0]!.durationYears).toBe(10);

    const r = await w.services.facts.decide(proposal.ok ? proposal.id : '', editor, 'publish');
    expect(r).toMatchObject({ status: 'done', outcome: { kind: 'imported' } });
    const after = (await w.services.facts.catalog()).agreementsOf('DE')[0]!;
    expect(after.durationYears).toBe(3);
    expect(after.expiresOn).toBe('2027-02-16');

    // The same file again changes nothing; /undo restores the ten years and their expiry together.
    const again = await w.services.facts.propose({ kind: 'import', data }, editor);
    expect(again.ok && again.preview).toMatchObject({ kind: 'import', report: { unchanged: 1, changed: { agreements: 0 } } });
    await w.services.facts.undo(editor);
    const undone = (await w.services.facts.catalog()).agreementsOf('DE')[0]!;
    expect([undone.durationYears, undone.expiresOn]).toEqual([10, '2034-02-16']);
  });

  it('records a pledge with its auto-titled event in both languages and publishes it urgently', async () => {
    const proposal = await w.services.facts.propose(
      {
        kind: 'pledge',
        pledge: {
          partner: 'DE',
          amount: 11_500_000_000,
          currency: 'EUR',
          yearFrom: 2026,
          yearTo: 2026,
          textEn: 'Support in the 2026 budget',
          textUk: 'Підтримка в бюджеті на 2026 рік',
          sourceUrl: 'https://example.org/de',
        },
      },
      editor,
    );
    if (!proposal.ok) throw new Error(proposal.error);
    expect(proposal.urgentAllowed).toBe(true);
    expect(proposal.preview).toMatchObject({ kind: 'event', event: { kind: 'pledge', partners: ['DE'] } });
    const r = await w.services.facts.decide(proposal.id, editor, 'urgent');
    if (r.status !== 'done' || r.outcome.kind !== 'published') throw new Error(JSON.stringify(r));
    const { eventId, urgentRecipients } = r.outcome;
    expect(urgentRecipients).toBe(3);
    expect(w.broadcasts.urgent).toContainEqual([eventId]);
    const event = (await w.services.facts.catalog()).events.find((e) => e.id === eventId)!;
    expect(event.titleEn).toMatch(/Germany/);
    expect(event.titleUk).toMatch(/Німеччин/);
    expect((await w.services.facts.auditLog(5)).map((a) => a.action)).toEqual(expect.arrayContaining(['pledge.create', 'event.create']));
  });

  it('refuses changes that no longer fit the facts, at proposal and at decision', async () => {
    const join = { kind: 'join' as const, join: { partner: 'DE', framework: 'joint-declaration', joinedOn: '2023-07-12', sourceUrl: 'https://example.org' } };
    const catalog = await w.services.facts.catalog();
    expect(catalog.membershipsOf('DE').some((m) => m.frameworkId === join.join.framework)).toBe(true);
    expect(await w.services.facts.propose(join, editor)).toEqual({ ok: false, error: 'exists' });
    const partnerWithout = catalog.partners.find((p) => !catalog.agreementsOf(p.code).length)!;
    const ratify = {
      kind: 'ratify' as const,
      ratify: { partner: partnerWithout.code, date: '2026-03-01', status: 'ratified' as const, sourceUrl: 'https://example.org' },
    };
    expect(await w.services.facts.propose(ratify, editor)).toEqual({ ok: false, error: 'no-agreement' });
  });

  it('keeps a proposal for the admin who made it, once, and for an hour', async () => {
    const announce = { kind: 'announce' as const, text: { en: 'Hello', uk: 'Привіт' } };
    const p1 = await w.services.facts.propose(announce, editor);
    if (!p1.ok) throw new Error('refused');
    expect(p1.preview).toEqual({ kind: 'announce', text: announce.text, recipients: 5 });
    expect(await w.services.facts.decide(p1.id, 99n, 'publish')).toEqual({ status: 'not-yours' });
    expect(await w.services.facts.decide(p1.id, editor, 'publish')).toEqual({ status: 'done', outcome: { kind: 'announced', recipients: 5 } });
    expect(await w.services.facts.decide(p1.id, editor, 'publish')).toEqual({ status: 'expired' });
    expect(w.broadcasts.announced).toEqual([announce.text]);

    const p2 = await w.services.facts.propose(announce, editor);
    const saved = w.clock.now;
    w.clock.now = new Date(saved.getTime() + 61 * 60_000);
    expect(await w.services.facts.decide(p2.ok ? p2.id : '', editor, 'publish')).toEqual({ status: 'expired' });
    w.clock.now = saved;
    const p3 = await w.services.facts.propose(announce, editor);
    expect(await w.services.facts.decide(p3.ok ? p3.id : '', editor, 'cancel')).toEqual({ status: 'cancelled' });
    expect(w.broadcasts.announced).toHaveLength(1);
  });

  it('edits, deletes and restores an event', async () => {
    const p = await w.services.facts.propose(
      {
        kind: 'event',
        event: {
          occurredOn: '2026-11-30',
          kind: 'meeting',
          partners: ['FR'],
          titleEn: 'Leaders met',
          titleUk: 'Лідери зустрілися',
          sourceUrl: 'https://example.org/m',
          bodyEn: null,
          bodyUk: null,
        },
      },
      editor,
    );
    const r = await w.services.facts.decide(p.ok ? p.id : '', editor, 'publish');
    if (r.status !== 'done' || r.outcome.kind !== 'published') throw new Error(JSON.stringify(r));
    const id = r.outcome.eventId;
    const current = (await w.services.facts.getEvent(id))!;
    const edit = await w.services.facts.propose({ kind: 'edit-event', id, event: { ...current, titleEn: 'Leaders met in Paris' } }, editor);
    expect(edit.ok && edit.urgentAllowed).toBe(false);
    expect(await w.services.facts.decide(edit.ok ? edit.id : '', editor, 'publish')).toEqual({ status: 'done', outcome: { kind: 'updated', eventId: id } });
    expect((await w.services.facts.getEvent(id))?.titleEn).toBe('Leaders met in Paris');
    expect(await w.services.facts.setDeleted('event', String(id), editor, true)).toBe(true);
    expect(await w.services.facts.setDeleted('event', String(id), editor, true)).toBe(false);
    expect((await w.services.facts.catalog()).events.some((e) => e.id === id)).toBe(false);
    expect(await w.services.facts.setDeleted('event', String(id), editor, false)).toBe(true);
    expect((await w.services.facts.catalog()).events.some((e) => e.id === id)).toBe(true);
  });
});
