/** The guided /newevent dialog, walked through to a published event and cancelled midway. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../src/domain/dataset.js';
import { type Harness, startHarness } from '../support/harness.js';
import { EDITOR, OWNER, STRANGER, ask, button, buttons, counts, press, text } from './admin-support.js';

let h: Harness;
/** /newevent is a form: the kind buttons are its choices, `adm:wf:<index>`. */
const kindButton = (kind: (typeof EVENT_KINDS)[number]) => `adm:wf:${EVENT_KINDS.indexOf(kind)}`;
beforeAll(async () => {
  h = await startHarness({ ADMIN_IDS: String(OWNER.id) });
  await h.fake.waitForPolling();
  await ask(h, OWNER, `/grant ${EDITOR.id}`);
});
afterAll(() => h.close());

describe('/newevent', () => {
  it('walks an editor through every step, re-asks after a bad answer, and publishes after the preview', async () => {
    let q = await ask(h, EDITOR, '/newevent');
    expect(text(q)).toContain('1/8');
    expect(buttons(q)).toEqual(['adm:wc']);

    q = await ask(h, EDITOR, '31.02.2026');
    expect(text(q)).toContain('такої дати в календарі немає');
    expect(text(q)).toContain('Надішліть цю відповідь ще раз');
    q = await ask(h, EDITOR, '05.03.2026');
    expect(text(q)).toContain('2/8');
    expect(buttons(q)).toContain(kindButton('ratification'));

    q = await press(h, EDITOR, q, kindButton('ratification'));
    expect(text(q)).toContain('3/8');
    expect(buttons(q)).toContain('adm:ws');

    q = await ask(h, EDITOR, 'Атлантида');
    expect(text(q)).toContain('невідомий партнер «Атлантида»');
    q = await ask(h, EDITOR, 'Німеччина, PL');
    expect(text(q)).toContain('4/8');

    // Another admin command mid-dialog is not taken as an answer; the dialog says how to leave.
    q = await ask(h, EDITOR, '/audit');
    expect(text(q)).toContain('/cancel');

    q = await ask(h, EDITOR, 'Germany and Poland ratify');
    expect(text(q)).toContain('5/8');
    q = await ask(h, EDITOR, 'Німеччина та Польща ратифікували');
    expect(text(q)).toContain('6/8');
    q = await ask(h, EDITOR, 'not a link');
    expect(text(q)).toContain('https://');
    q = await ask(h, EDITOR, 'https://example.org/ratified');
    expect(text(q)).toContain('7/8');
    q = await ask(h, EDITOR, 'Both parliaments voted.');
    expect(text(q)).toContain('8/8');

    const before = await counts(h);
    const preview = await ask(h, EDITOR, 'Обидва парламенти проголосували.');
    expect(text(preview)).toContain('Попередній перегляд');
    expect(text(preview)).toContain('— Germany and Poland ratify');
    expect(text(preview)).toContain('• <b>5 березня 2026 р.</b> — ');
    expect(text(preview)).toContain('🇩🇪 Німеччина, 🇵🇱 Польща');
    expect(text(preview)).toContain('Both parliaments voted.');
    expect(await counts(h)).toEqual(before);

    const done = await press(h, EDITOR, preview, button(preview, 'adm:pub:'));
    expect(text(done)).toContain('Опубліковано');
    const id = Number(/№(\d+)/.exec(text(done))?.[1]);
    const row = await h.app.db.event.findUniqueOrThrow({ where: { id }, include: { partners: true } });
    expect(row).toMatchObject({
      occurredOn: '2026-03-05',
      kind: 'ratification',
      titleUk: 'Німеччина та Польща ратифікували',
      bodyUk: 'Обидва парламенти проголосували.',
    });
    expect(row.partners.map((p) => p.partnerCode).sort()).toEqual(['DE', 'PL']);

    // The dialog is over: text is no longer taken as an answer.
    expect(text(await ask(h, EDITOR, '/cancel'))).toBe('Немає чого скасовувати.');
  });

  it('can skip the optional steps', async () => {
    await ask(h, OWNER, '/newevent');
    let q = await ask(h, OWNER, '2026-03-06');
    q = await press(h, OWNER, q, kindButton('meeting'));
    q = await press(h, OWNER, q, 'adm:ws');
    expect(text(q)).toContain('4/8');
    await ask(h, OWNER, 'Coalition meets in Paris');
    await ask(h, OWNER, 'Коаліція зустрілася в Парижі');
    q = await ask(h, OWNER, 'https://example.org/paris');
    const preview = await press(h, OWNER, q, 'adm:ws');
    expect(text(preview)).toContain('Preview');
    expect(text(preview)).toContain('— Coalition meets in Paris');
    await press(h, OWNER, preview, button(preview, 'adm:no:'));
  });

  it('is cancelled with the button or /cancel at any step, and nothing is saved', async () => {
    const before = await counts(h);
    await ask(h, EDITOR, '/newevent');
    let q = await ask(h, EDITOR, '2026-03-07');
    q = await press(h, EDITOR, q, kindButton('pledge'));
    expect(text(await press(h, EDITOR, q, 'adm:wc'))).toBe('Скасовано. Нічого не збережено.');

    await ask(h, OWNER, '/newevent');
    await ask(h, OWNER, '2026-03-07');
    expect(text(await ask(h, OWNER, '/cancel'))).toBe('Cancelled. Nothing was saved.');
    // After cancelling, ordinary messages are not answers any more.
    expect(text(await ask(h, OWNER, 'Some title'))).not.toContain('5/8');
    expect(await counts(h)).toEqual(before);
  });

  it('is refused to a stranger', async () => {
    expect(text(await ask(h, STRANGER, '/newevent'))).toBe('⛔ This command is for admins.');
  });
});

describe('/new', () => {
  it('offers every dialog and walks through adding a partner with buttons and skips', async () => {
    const menu = await ask(h, OWNER, '/new');
    expect(buttons(menu)).toEqual(['adm:wn:event', 'adm:wn:partner', 'adm:wn:join', 'adm:wn:agreement', 'adm:wn:ratify', 'adm:wn:extend', 'adm:wn:pledge']);
    let q = await press(h, OWNER, menu, 'adm:wn:partner');
    expect(text(q)).toContain('1/6 · The partner');
    q = await ask(h, OWNER, 'Malta');
    expect(text(q)).toContain('<b>Code</b>: expected a two-letter code');
    expect(text(q)).toContain('Please send this answer again');
    q = await ask(h, OWNER, 'mt');
    expect(text(q)).toContain('2/6');
    expect(buttons(q)).toEqual(['adm:wf:0', 'adm:wf:1', 'adm:wc']);
    q = await press(h, OWNER, q, 'adm:wf:0');
    q = await ask(h, OWNER, 'Malta | Gozo');
    expect(text(q)).toContain('must not contain the | character');
    q = await ask(h, OWNER, 'Malta');
    q = await ask(h, OWNER, 'Мальта');
    expect(text(q)).toContain('5/6');
    q = await ask(h, OWNER, 'Republic of Malta');
    const preview = await press(h, OWNER, q, 'adm:ws');
    expect(text(preview)).toContain('New partner');
    expect(text(preview)).toContain('Republic of Malta');
    expect(text(await press(h, OWNER, preview, button(preview, 'adm:pub:')))).toContain('Partner MT added');
    expect((await h.app.services.facts.catalog()).partner('MT')?.aliasesEn).toEqual(['Republic of Malta']);
  });

  it('records an agreement step by step in Ukrainian; skipping the English title skips the Ukrainian one', async () => {
    const menu = await ask(h, EDITOR, '/new');
    let q = await press(h, EDITOR, menu, 'adm:wn:agreement');
    expect(text(q)).toContain('1/11 · Який партнер?');
    for (const answer of ['Мальта', '02.03.2026', 'Valletta', 'Валлетта', 'Robert Abela', 'Роберт Абела']) q = await ask(h, EDITOR, answer);
    expect(text(q)).toContain('7/11');
    q = await ask(h, EDITOR, 'десять');
    expect(text(q)).toContain('<b>Строк у роках</b>');
    q = await ask(h, EDITOR, '10');
    q = await ask(h, EDITOR, 'military, financial');
    q = await ask(h, EDITOR, 'https://example.org/mt');
    expect(text(q)).toContain('10/11');
    const preview = await press(h, EDITOR, q, 'adm:ws');
    expect(text(preview)).toContain('Мальта підписала безпекову угоду з Україною');
    expect(text(preview)).toContain('Malta signed a security agreement with Ukraine');
    await press(h, EDITOR, preview, button(preview, 'adm:pub:'));
    const ag = await h.app.db.agreement.findFirstOrThrow({ where: { partnerCode: 'MT' } });
    expect(ag).toMatchObject({ signedOn: '2026-03-02', durationYears: 10, titleOrigin: 'inferred', ratification: 'unknown' });

    // Then its ratification, in one line; /undo puts the status back.
    const r = await ask(h, EDITOR, '/ratify MT | 2026-03-20 | in-force | https://example.org/mt-r');
    expect(text(r)).toContain('Мальта: безпекова угода з Україною набула чинності');
    await press(h, EDITOR, r, button(r, 'adm:pub:'));
    expect((await h.app.db.agreement.findUniqueOrThrow({ where: { id: ag.id } })).ratification).toBe('in-force');
    // The answer now cites the ratification's source and date, not the signing's.
    const asked = await ask(h, EDITOR, 'Чи ратифіковано угоду з Мальтою?', (t) => t.includes('Дані станом'));
    expect(text(asked)).toContain('Угода з 🇲🇹 <b>Мальтою</b> (підписана 2 березня 2026 р.) набула чинності <b>20 березня 2026 р.</b>');
    expect(text(asked)).toContain('<a href="https://example.org/mt-r">example.org</a>');
    expect(text(asked)).not.toContain('https://example.org/mt"');
    await ask(h, EDITOR, '/undo');
    expect((await h.app.db.agreement.findUniqueOrThrow({ where: { id: ag.id } })).ratification).toBe('unknown');

    // And its extension.
    const bad = await ask(h, EDITOR, '/extend MT | 2026-04-01 | 2026-03-01 | https://example.org/mt-e');
    expect(text(bad)).toContain('<b>Діє до</b>');
    const x = await ask(h, EDITOR, '/extend MT | 2026-04-01 | 16.02.2040 | https://example.org/mt-e');
    expect(text(x)).toContain('Malta extended its security agreement with Ukraine until 16 February 2040');
    expect(text(x)).toContain('Мальта: безпекову угоду з Україною продовжено до 16 лютого 2040 р.');
    await press(h, EDITOR, x, button(x, 'adm:pub:'));
    expect((await h.app.db.agreement.findUniqueOrThrow({ where: { id: ag.id } })).expiresOn).toBe('2040-02-16');
    expect((await h.app.services.facts.catalog()).agreementsOf('MT')[0]?.expiresOn).toBe('2040-02-16');
  });

  it('is cancelled from any form step', async () => {
    const before = await counts(h);
    const menu = await ask(h, OWNER, '/new');
    let q = await press(h, OWNER, menu, 'adm:wn:join');
    q = await ask(h, OWNER, 'DE');
    expect(buttons(q)).toContain('adm:wf:0');
    expect(text(await press(h, OWNER, q, 'adm:wc'))).toBe('Cancelled. Nothing was saved.');
    expect(await counts(h)).toEqual(before);
  });
});
