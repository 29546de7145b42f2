import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDigest } from '../../src/domain/digest.js';
import { type Harness, startHarness } from '../support/harness.js';
import { ADMIN_CHAT_ID, EDITOR, OWNER, type RecordingBroadcast, ask, button, counts, press, recordingBroadcast, text } from './admin-support.js';

let h: Harness;
let broadcast: RecordingBroadcast;
beforeAll(async () => {
  broadcast = recordingBroadcast(3);
  h = await startHarness({ ADMIN_IDS: String(OWNER.id), ADMIN_CHAT_ID: String(ADMIN_CHAT_ID) }, { broadcast });
  await h.fake.waitForPolling();
});
afterAll(() => h.close());

const URL_1 = 'https://example.org/news/1';
const GOOD = '2026-03-01 | ratification | DE | Germany ratifies the agreement | Німеччина ратифікувала угоду | https://example.org/news/1';

describe('/addevent', () => {
  it('shows a preview in both languages, then publishes on Publish with an audit entry', async () => {
    const before = await counts(h);
    const preview = await ask(h, OWNER, `/addevent ${GOOD} | The Bundestag voted & approved | Бундестаг проголосував`);
    const t = text(preview);
    expect(t).toContain('Preview');
    expect(t).toContain('— Germany ratifies the agreement');
    expect(t).toContain('— Німеччина ратифікувала угоду');
    expect(t).toContain('1 March 2026');
    expect(t).toContain('1 березня 2026 р.');
    expect(t).toContain('🇩🇪 Germany');
    expect(t).toContain('🇩🇪 Німеччина');
    expect(t).toContain('The Bundestag voted &amp; approved');
    expect(t).toContain('<a href="https://example.org/news/1">source</a>');
    expect(t).toContain('<a href="https://example.org/news/1">джерело</a>');
    // The same text subscribers get: the digest's heading and data date.
    expect(t).toContain('Guarantor digest');
    expect(t).toContain('Дані станом на');
    // Nothing is saved before the decision.
    expect(await counts(h)).toEqual(before);

    const done = await press(h, OWNER, preview, button(preview, 'adm:pub:'));
    const id = Number(/#(\d+)/.exec(text(done))?.[1]);
    expect(text(done)).toContain(`Published as event #${id}`);
    const row = await h.app.db.event.findUniqueOrThrow({ where: { id }, include: { partners: true } });
    expect(row.origin).toBe('admin');
    expect(row.publishedAt).not.toBeNull();
    expect(row.urgent).toBe(false);
    expect(row.createdById).toBe(BigInt(OWNER.id));
    expect(row.partners.map((p) => p.partnerCode)).toEqual(['DE']);
    expect(row.bodyEn).toBe('The Bundestag voted & approved');
    const audit = await h.app.db.auditLog.findFirstOrThrow({ where: { entity: 'event', entityId: String(id) } });
    expect(audit.action).toBe('event.create');
    expect(audit.actorId).toBe(BigInt(OWNER.id));
    expect(JSON.parse(audit.after!).titleEn).toBe('Germany ratifies the agreement');
    // The answers reflect it at once, and "data as of" moved forward.
    const catalog = await h.app.services.facts.catalog();
    expect(catalog.events.some((e) => e.id === id)).toBe(true);
    expect(catalog.dataAsOf >= '2026-03-01' || catalog.dataAsOf === new Date().toISOString().slice(0, 10)).toBe(true);
    expect(broadcast.urgent).toEqual([]);
  });

  it('accepts dd.mm.yyyy and names, and sends an urgent item to instant subscribers', async () => {
    const preview = await ask(
      h,
      OWNER,
      '/addevent 02.03.2026 | pledge | France, Japan | France and Japan pledge | Франція та Японія пообіцяли | https://example.org/2',
    );
    expect(text(preview)).toContain('2 March 2026');
    const done = await press(h, OWNER, preview, button(preview, 'adm:urg:'));
    const id = Number(/#(\d+)/.exec(text(done))?.[1]);
    expect(text(done)).toContain('Sent to 3 instant subscribers now');
    expect(broadcast.urgent).toContainEqual([id]);
    const row = await h.app.db.event.findUniqueOrThrow({ where: { id }, include: { partners: true } });
    expect(row.urgent).toBe(true);
    expect(row.occurredOn).toBe('2026-03-02');
    expect(row.partners.map((p) => p.partnerCode).sort()).toEqual(['FR', 'JP']);
  });

  it("shows in the preview the 'data as of' date subscribers will get once it is published", async () => {
    const asOf = (t: string, label: RegExp) => label.exec(t)?.[1];
    const preview = await ask(
      h,
      OWNER,
      '/addevent 2026-11-20 | agreement | JP | Japan extends its support | Японія продовжує підтримку | https://example.org/jp',
    );
    const shownEn = asOf(text(preview), /Data as of ([^<]+)</);
    const shownUk = asOf(text(preview), /Дані станом на ([^<]+)</);
    const done = await press(h, OWNER, preview, button(preview, 'adm:pub:'));
    const id = Number(/#(\d+)/.exec(text(done))?.[1]);
    const catalog = await h.app.services.facts.catalog();
    const event = catalog.events.find((e) => e.id === id)!;
    const deliveredEn = formatDigest(catalog, [event], h.app.services.i18n.translator('en')).join('\n');
    const deliveredUk = formatDigest(catalog, [event], h.app.services.i18n.translator('uk')).join('\n');
    expect(shownEn).toBeTruthy();
    expect(shownUk).toBeTruthy();
    expect(asOf(deliveredEn, /Data as of ([^<]+)</)).toBe(shownEn);
    expect(asOf(deliveredUk, /Дані станом на ([^<]+)</)).toBe(shownUk);
    expect(catalog.dataAsOf).toBe(
      h.app.services.now().toISOString().slice(0, 10) < '2026-11-20' ? h.app.services.now().toISOString().slice(0, 10) : '2026-11-20',
    );
    await ask(h, OWNER, '/undo');
  });

  it('saves nothing when the preview is cancelled, and a second press finds the preview gone', async () => {
    const before = await counts(h);
    const preview = await ask(h, OWNER, `/addevent ${GOOD}`);
    const cancelled = await press(h, OWNER, preview, button(preview, 'adm:no:'));
    expect(text(cancelled)).toBe('Cancelled. Nothing was saved.');
    const since = h.fake.mark();
    h.fake.pressButton(OWNER, preview, button(preview, 'adm:pub:'));
    const answer = await h.fake.waitForCall('answerCallbackQuery', undefined, 5000, { since });
    expect(answer.params.text).toContain('expired');
    await ask(h, OWNER, '/audit 1'); // a later update: the press is fully handled by now
    // The buttons are gone already: no edit that Telegram would refuse with "message is not modified".
    expect(h.fake.callsTo('editMessageReplyMarkup').filter((c) => c.seq >= since)).toEqual([]);
    expect(await counts(h)).toEqual(before);
  });

  it('escapes admin text so no one can break the formatting (preview and published card)', async () => {
    // Tags are refused outright; stray < > & are escaped.
    const preview = await ask(h, OWNER, '/addevent 2026-03-03 | meeting | - | 5 > 3 & "quotes" | 5 > 3 і «лапки» | https://example.org/x?a=1&b=2');
    expect(text(preview)).toContain('— 5 &gt; 3 &amp; &quot;quotes&quot;. <a');
    expect(text(preview)).toContain('href="https://example.org/x?a=1&amp;b=2"');
    await press(h, OWNER, preview, button(preview, 'adm:no:'));
  });

  it('splits a preview longer than one message, with the buttons on its last part', async () => {
    const body = `${'word '.repeat(399)}end`;
    const since = h.fake.mark();
    h.fake.sendText(OWNER, `/addevent 2026-03-04 | other | - | ${'T'.repeat(300)} | ${'Т'.repeat(300)} | ${URL_1} | ${body} | ${body}`);
    const parts = await h.fake.waitForCalls('sendMessage', 2, 5000, { since });
    expect(parts.every((p) => String(p.params.text).length <= 4096)).toBe(true);
    expect(parts[0]!.params.reply_markup).toBeUndefined();
    const last = parts[1]!;
    expect(String(last.params.text)).toContain('джерело');
    await press(h, OWNER, last, button(last, 'adm:no:'));
  });

  it('answers a command without arguments with its syntax and an example', async () => {
    const reply = await ask(h, OWNER, '/addevent');
    expect(text(reply)).toContain('/addevent</b> DATE | KIND | PARTNERS');
    expect(text(reply)).toContain('/newevent');
  });
});

describe('/editevent, /delete, /restore, /undo, /audit', () => {
  it('edits, deletes and restores an event, undoes the last change, and lists it all in /audit', async () => {
    const preview = await ask(h, OWNER, `/addevent ${GOOD}`);
    const id = Number(/#(\d+)/.exec(text(await press(h, OWNER, preview, button(preview, 'adm:pub:'))))?.[1]);

    const editPreview = await ask(h, OWNER, `/editevent ${id} | titleEn | Germany ratifies the security agreement`);
    expect(text(editPreview)).toContain('— Germany ratifies the security agreement');
    expect(text(await press(h, OWNER, editPreview, button(editPreview, 'adm:pub:')))).toContain(`Event #${id} updated`);
    expect((await h.app.db.event.findUniqueOrThrow({ where: { id } })).titleEn).toBe('Germany ratifies the security agreement');

    // Undo reverts the edit.
    expect(text(await ask(h, OWNER, '/undo'))).toContain('Undone');
    expect((await h.app.db.event.findUniqueOrThrow({ where: { id } })).titleEn).toBe('Germany ratifies the agreement');

    expect(text(await ask(h, OWNER, `/delete event ${id}`))).toContain(`Deleted event ${id}`);
    expect((await h.app.db.event.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await h.app.services.facts.catalog()).events.some((e) => e.id === id)).toBe(false);
    expect(text(await ask(h, OWNER, `/delete event ${id}`))).toContain('already deleted');
    expect(text(await ask(h, OWNER, `/restore event ${id}`))).toContain(`Restored event ${id}`);
    expect((await h.app.services.facts.catalog()).events.some((e) => e.id === id)).toBe(true);

    // Undoing the restore deletes it again; undoing the publication withdraws it from the digests.
    await ask(h, OWNER, '/undo');
    expect((await h.app.db.event.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    await ask(h, OWNER, '/undo'); // the delete
    await ask(h, OWNER, '/undo'); // (the edit was undone already) → the creation
    const row = await h.app.db.event.findUniqueOrThrow({ where: { id } });
    expect(row.deletedAt).not.toBeNull();

    const audit = text(await ask(h, OWNER, '/audit 20'));
    expect(audit).toContain('Latest changes');
    expect(audit).toContain('<b>changed</b> event');
    expect(audit).toContain('<b>deleted</b> event');
    expect(audit).toContain('<b>restored</b> event');
    expect(audit).not.toContain('event.update');
    expect(audit).toContain('(undone)');
    expect(text(await ask(h, OWNER, '/audit abc'))).toContain('/audit</b> [N]');
  });

  it('says so when there is nothing to undo (in Ukrainian for a Ukrainian editor)', async () => {
    await ask(h, OWNER, `/grant ${EDITOR.id}`);
    expect(text(await ask(h, EDITOR, '/undo'))).toBe('У вас немає змін, які можна скасувати.');
    const audit = text(await ask(h, EDITOR, '/audit 50'));
    expect(audit).toContain('<b>створено</b>: подія');
    expect(audit).not.toContain('event.create');
    expect(text(await ask(h, EDITOR, '/audit abc'))).toContain('останні N змін');
  });
});

describe('/addpartner, /join, /addagreement, /addpledge', () => {
  it('adds a partner with aliases, records its joining, its agreement and a pledge, each with an event', async () => {
    const p = await ask(h, OWNER, '/addpartner MT | country | Malta | Мальта | Republic of Malta | Республіка Мальта');
    expect(text(p)).toContain('New partner');
    expect(text(await press(h, OWNER, p, button(p, 'adm:pub:')))).toContain('Partner MT added');
    const partner = await h.app.db.partner.findUniqueOrThrow({ where: { code: 'MT' }, include: { aliases: true } });
    expect(partner.nameUk).toBe('Мальта');
    expect(partner.aliases.map((a) => a.text).sort()).toEqual(['Republic of Malta', 'Республіка Мальта']);

    const j = await ask(h, OWNER, '/join Malta | joint-declaration | 01.03.2026 | https://example.org/mt');
    expect(text(j)).toContain('Malta joined the G7 Joint Declaration');
    expect(text(await press(h, OWNER, j, button(j, 'adm:pub:')))).toContain('Published');
    expect(await h.app.db.membership.findFirst({ where: { partnerCode: 'MT', frameworkId: 'joint-declaration' } })).not.toBeNull();
    expect(text(await ask(h, OWNER, '/join MT | joint-declaration | 01.03.2026 | https://example.org/mt'))).toContain('already recorded');

    const a = await ask(
      h,
      OWNER,
      '/addagreement MT | 2026-03-02 | Valletta | Валлетта | Robert Abela and Volodymyr Zelenskyy | Роберт Абела і Володимир Зеленський | 10 | military, financial | https://example.org/mt-a',
    );
    expect(text(a)).toContain('Signed in Valletta by Robert Abela and Volodymyr Zelenskyy. Duration: 10 years.');
    expect(text(a)).toContain('Строк: 10 років');
    await press(h, OWNER, a, button(a, 'adm:pub:'));
    const ag = await h.app.db.agreement.findFirstOrThrow({ where: { partnerCode: 'MT' }, include: { pillars: true } });
    expect(ag.expiresOn).toBe('2036-03-02');
    expect(ag.pillars.map((x) => x.pillarId).sort()).toEqual(['financial', 'military']);

    const pl = await ask(h, OWNER, '/addpledge MT | 25m EUR | 2026 | Demining equipment | Обладнання для розмінування | https://example.org/mt-p');
    expect(text(pl)).toContain('New pledge by Malta: EUR 25 million');
    await press(h, OWNER, pl, button(pl, 'adm:pub:'));
    const pledge = await h.app.db.pledge.findFirstOrThrow({ where: { partnerCode: 'MT' } });
    expect(pledge).toMatchObject({ amount: 25e6, currency: 'EUR', yearFrom: 2026, yearTo: 2026, agreementId: ag.id });

    const catalog = await h.app.services.facts.catalog();
    expect(catalog.partner('MT')?.nameEn).toBe('Malta');
    expect(catalog.agreementsOf('MT')[0]?.pledges).toHaveLength(1);

    // Undo of the pledge removes the pledge and its event together.
    const undone = text(await ask(h, OWNER, '/undo'));
    expect(undone).toContain('2 changes made together');
    expect((await h.app.services.facts.catalog()).agreementsOf('MT')[0]?.pledges).toHaveLength(0);
  });

  it('refuses a pledge or a ratification for a partner without an agreement', async () => {
    const p = await ask(h, OWNER, '/addpartner SM | country | San Marino | Сан-Марино');
    await press(h, OWNER, p, button(p, 'adm:pub:'));
    expect(text(await ask(h, OWNER, '/addpledge SM | 1m EUR | 2026 | Aid | Допомога | https://example.org/sm'))).toBe('This partner has no agreement yet.');
    expect(text(await ask(h, OWNER, '/ratify SM | 2026-03-01 | ratified | https://example.org/sm'))).toBe('This partner has no agreement yet.');
  });

  it('edits an existing partner through /addpartner', async () => {
    const p = await ask(h, OWNER, '/addpartner MT | country | Malta | Мальта | Malta; Republic of Malta | Республіка Мальта');
    expect(text(p)).toContain('Change partner');
    expect(text(await press(h, OWNER, p, button(p, 'adm:pub:')))).toContain('Partner MT updated');
  });
});

describe('error reports', () => {
  it('reach the admin chat, once per kind of fault', async () => {
    h.fake.setChat({ id: ADMIN_CHAT_ID, type: 'supergroup', title: 'Admins' });
    const since = h.fake.mark();
    // The reply to /admins fails: the handler throws, bot.catch reports it.
    h.fake.failNext(
      'sendMessage',
      { error_code: 400, description: 'Bad Request: simulated' },
      2,
      (p) => p.chat_id === OWNER.id && String(p.text).includes('Admins'),
    );
    h.fake.sendText(OWNER, '/admins');
    const report = await h.fake.waitForMessage(ADMIN_CHAT_ID, undefined, 5000, { since });
    expect(text(report)).toContain('Guarantor');
    expect(text(report)).toContain('simulated');
    const since2 = h.fake.mark();
    h.fake.sendText(OWNER, '/admins');
    // The same fault again: the user is told, the admin chat is not flooded.
    expect(text(await h.fake.waitForMessage(OWNER.id, (t) => t.startsWith('Sorry'), 5000, { since: since2 }))).toContain('went wrong');
    expect(h.fake.sentMessages(ADMIN_CHAT_ID).filter((m) => m.text.includes('simulated'))).toHaveLength(1);
  });
});
