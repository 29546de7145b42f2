/**
 * The browsing commands end to end: updates into the fake Bot API, the real bot polling it, and the
 * API calls it makes checked as a user would see them — in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-telegram.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

let nextId = 5000;
const en = () => ({ id: nextId++, first_name: 'Jane', language_code: 'en' });
const uk = () => ({ id: nextId++, first_name: 'Оксана', language_code: 'uk' });
const text = (c: RecordedCall) => String(c.params.text);
type Button = { text: string; callback_data?: string };
const buttons = (c: RecordedCall): Button[] => ((c.params.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

/** Sends a message and returns every message the bot sent to that chat until it went quiet. */
async function ask(user: { id: number }, message: string, chatId = user.id, opts: Parameters<Harness['fake']['sendText']>[2] = {}) {
  const since = h.fake.mark();
  h.fake.sendText(user, message, opts);
  const first = await h.fake.waitForMessage(chatId, undefined, undefined, { since });
  await h.fake.updatesConsumed();
  await new Promise((r) => setTimeout(r, 60));
  return { first, since };
}

function messagesSince(chatId: number, since: number): RecordedCall[] {
  return h.fake.calls.filter((c) => c.seq >= since && c.ok && c.method === 'sendMessage' && c.params.chat_id === chatId);
}

describe('/country', () => {
  it('shows the card for Germany in English', async () => {
    const u = en();
    const { first } = await ask(u, '/country Germany');
    expect(first.params.parse_mode).toBe('HTML');
    expect(text(first)).toContain('🇩🇪 <b>Germany</b>');
    expect(text(first)).toContain('Signed 16 February 2024 in Berlin, Germany');
    expect(text(first)).toContain('Data as of 25 June 2026.');
  });

  it('accepts Ukrainian names, codes, aliases and flags, answering in Ukrainian', async () => {
    for (const [q, name] of [
      ['Німеччина', 'Німеччина'],
      ['DE', 'Німеччина'],
      ['UK', 'Велика Британія'],
      ['🇯🇵', 'Японія'],
    ]) {
      const { first } = await ask(uk(), `/country ${q}`);
      expect(text(first)).toContain(`<b>${name}</b>`);
      expect(text(first)).toContain('Дані станом на 25 червня 2026 р.');
    }
  });

  it('is honest about Ireland, Croatia and Bulgaria', async () => {
    expect(text((await ask(uk(), '/country Ірландія')).first)).toContain('точна дата невідома, не пізніше 2 серпня 2023 р.');
    expect(text((await ask(en(), '/country Croatia')).first)).toContain('Related to, but not part of');
    expect(text((await ask(en(), '/country Bulgaria')).first)).toContain('No bilateral security agreement with Ukraine is recorded up to 25 June 2026.');
  });

  it('explains that Ukraine is the recipient, not a partner, in both languages', async () => {
    for (const q of ['Ukraine', 'UA', '🇺🇦']) {
      const { first } = await ask(en(), `/country ${q}`);
      expect(text(first)).toContain('Ukraine is the recipient of these commitments, not a partner.');
      expect(text(first)).toContain('/signatories');
      expect(text(first)).toContain('<code>/country Germany</code>');
      expect(buttons(first).find((b) => b.callback_data === 'page:countries:1')?.text).toBe('📋 All partners');
    }
    for (const q of ['Україна', 'UA']) {
      const { first } = await ask(uk(), `/country ${q}`);
      expect(text(first)).toContain('Україна — сторона, яка отримує ці зобов’язання, а не партнер.');
      expect(text(first)).toContain('<code>/country Німеччина</code>');
    }
  });

  it("words Ukrainian lines without guessing the partner's gender", async () => {
    expect(text((await ask(uk(), '/country Хорватія')).first)).toContain('• Коаліція охочих — 24 лютого 2026 р. (дата неточна)');
    expect(text((await ask(uk(), '/country Угорщина')).first)).toContain(
      'Угорщина не входить до партнерів у наших даних (станом на 25 червня 2026 р.): не є учасником Спільної декларації',
    );
  });

  it('answers an unknown name politely with a hint and a button to the list, in both languages', async () => {
    const u = en();
    const { first } = await ask(u, '/country Atlantis <b>');
    expect(text(first)).toContain('I don’t know a partner called “Atlantis &lt;b&gt;”.');
    expect(text(first)).toContain('Send /country without a name');
    const list = buttons(first).find((b) => b.callback_data === 'page:countries:1');
    expect(list?.text).toBe('📋 All partners');
    const since = h.fake.mark();
    h.fake.pressButton(u, first, 'page:countries:1');
    const edited = await h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === u.id, undefined, { since });
    expect(text(edited)).toContain('34 partners');
    const ua = await ask(uk(), '/country Атлантида');
    expect(text(ua.first)).toContain('Я не знаю партнера з назвою «Атлантида».');
  });

  it('without a name lists partners with pages; buttons open cards and turn pages in place', async () => {
    const u = uk();
    const { first } = await ask(u, '/country');
    expect(text(first)).toContain('<b>34 партнери</b>');
    expect(text(first)).toContain('Сторінка 1 з 3');
    const b = buttons(first);
    expect(b.filter((x) => x.callback_data?.startsWith('country:')).length).toBe(12);
    expect(b.map((x) => x.callback_data)).toContain('page:countries:2');
    expect(b.map((x) => x.callback_data)).not.toContain('page:countries:0');

    let since = h.fake.mark();
    h.fake.pressButton(u, first, 'page:countries:3');
    const page3 = await h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === u.id, undefined, { since });
    expect(page3.params.message_id).toBe(first.response && (first.response as { message_id: number }).message_id);
    expect(text(page3)).toContain('Сторінка 3 з 3');
    expect(buttons(page3).map((x) => x.callback_data)).toContain('country:HR');
    expect(buttons(page3).map((x) => x.callback_data)).toContain('page:countries:2');
    await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });

    since = h.fake.mark();
    h.fake.pressButton(u, first, 'country:BG');
    const card = await h.fake.waitForMessage(u.id, (t) => t.includes('Болгарія'), undefined, { since });
    expect(text(card)).toContain('Двосторонньої безпекової угоди з Україною в наших даних немає (станом на 25 червня 2026 р.).');
    await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
  });

  it('offers a choice when a name is ambiguous, and the buttons open the cards', async () => {
    // No seeded name is ambiguous with exact matching: give two partners the same alias, as an admin could.
    await h.app.db.partnerAlias.createMany({
      data: [
        { partnerCode: 'DK', lang: 'en', text: 'Scandinavia' },
        { partnerCode: 'NO', lang: 'en', text: 'Scandinavia' },
      ],
    });
    h.app.repos.catalog.invalidate();
    try {
      const u = en();
      const { first } = await ask(u, '/country Scandinavia');
      expect(text(first)).toBe('“Scandinavia” could mean several partners. Which one?');
      expect(buttons(first).map((b) => [b.text, b.callback_data])).toEqual([
        ['🇩🇰 Denmark', 'country:DK'],
        ['🇳🇴 Norway', 'country:NO'],
      ]);
      const since = h.fake.mark();
      h.fake.pressButton(u, first, 'country:NO');
      expect(text(await h.fake.waitForMessage(u.id, undefined, undefined, { since }))).toContain('🇳🇴 <b>Norway</b>');
      const ua = await ask(uk(), '/country Scandinavia');
      expect(text(ua.first)).toBe('«Scandinavia» може означати кількох партнерів. Кого саме?');
      expect(buttons(ua.first).map((b) => b.text)).toEqual(['🇩🇰 Данія', '🇳🇴 Норвегія']);
    } finally {
      await h.app.db.partnerAlias.deleteMany({ where: { text: 'Scandinavia' } });
      h.app.repos.catalog.invalidate();
    }
  });

  it('ends a card with buttons: subscribe to this partner, its pillars, back to the list', async () => {
    const u = en();
    const { since } = await ask(u, '/country Germany');
    const last = messagesSince(u.id, since).at(-1)!;
    const rows = (last.params.reply_markup as { inline_keyboard: Array<Array<Button & { url?: string }>> }).inline_keyboard;
    const subscribe = rows[0]![0]!;
    expect(subscribe.text).toBe('🔔 Subscribe to news about this partner');
    expect(subscribe.url).toMatch(/^https:\/\/t\.me\/guarantor_test_bot\?start=sub_DE$/);
    const pillarButtons = rows.slice(1, -1).flat();
    expect(pillarButtons.length).toBeGreaterThan(0);
    expect(pillarButtons.every((b) => /^pillar:[a-z-]+$/.test(b.callback_data!))).toBe(true);
    expect(pillarButtons.map((b) => b.callback_data)).toContain('pillar:military');
    expect(rows.at(-1)).toEqual([expect.objectContaining({ text: '◀️ Back to the list', callback_data: 'page:countries:1' })]);

    // The subscribe link works as Telegram would open it; a pillar button opens the pillar.
    const sub = await ask(u, '/start sub_DE');
    expect(text(sub.first)).toContain('Germany');
    let press = h.fake.mark();
    h.fake.pressButton(u, last, 'pillar:military');
    await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since: press });
    expect(text(await h.fake.waitForMessage(u.id, undefined, undefined, { since: press }))).toMatch(/military/i);
    // Back to the list edits the card's last message into the first page.
    press = h.fake.mark();
    h.fake.pressButton(u, last, 'page:countries:1');
    const list = await h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === u.id, undefined, { since: press });
    expect(buttons(list).some((b) => b.callback_data === 'country:DE')).toBe(true);

    const ua = uk();
    const card = await ask(ua, '/country Німеччина');
    const uaRows = (messagesSince(ua.id, card.since).at(-1)!.params.reply_markup as { inline_keyboard: Button[][] }).inline_keyboard;
    expect(uaRows[0]![0]!.text).toBe('🔔 Підписатися на новини про цього партнера');
    expect(uaRows.at(-1)![0]!.text).toBe('◀️ Назад до списку');
  });

  it('answers forged button data politely, never crashing', async () => {
    const u = en();
    const { first } = await ask(u, '/country');
    const forged = ['country:ZZ', 'page:countries:999', 'page:timeline:999', 'page:countries:01', 'pillar:nothing'];
    for (const data of [...forged, 'pillar:constructor', 'pillar:__proto__', 'country:constructor', 'constructor', '__proto__', 'toString']) {
      const since = h.fake.mark();
      h.fake.pressButton(u, first, data);
      const answer = await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
      // One polite answer, from one place (unhandled.ts), and nothing else.
      expect(answer.params.text, data).toBe('This button is no longer active. Please send the command again.');
      await h.fake.updatesConsumed();
      expect(h.fake.calls.filter((c) => c.seq >= since && c.method === 'answerCallbackQuery')).toHaveLength(1);
      expect(h.fake.calls.filter((c) => c.seq >= since && ['sendMessage', 'editMessageText'].includes(c.method))).toHaveLength(0);
    }
    const since = h.fake.mark();
    h.fake.pressButton(uk(), first, 'country:ZZ');
    expect((await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since })).params.text).toContain('неактивна');
    expect(h.fake.calls.filter((c) => c.method === 'sendMessage' && String(c.params.text).includes('went wrong'))).toEqual([]);
  });

  it('works in group chats, including /country@botname', async () => {
    const u = en();
    const group = { id: -100123, type: 'group' as const, title: 'Analysts' };
    const { first } = await ask(u, '/country@guarantor_test_bot Japan', group.id, { chat: group });
    expect(text(first)).toContain('🇯🇵 <b>Japan</b>');
    const { first: list } = await ask(u, '/timeline@guarantor_test_bot', group.id, { chat: group });
    expect(text(list)).toContain('Timeline:');
  });
});

describe('deep links', () => {
  it('open a card or a pillar; a bad argument falls back to the greeting', async () => {
    expect(text((await ask(en(), '/start country_DE')).first)).toContain('🇩🇪 <b>Germany</b>');
    expect(text((await ask(uk(), '/start country_jp')).first)).toContain('<b>Японія</b>');
    expect(text((await ask(en(), '/start pillar_military')).first)).toContain('<b>Defence and deterrence (military support)</b>');
    expect(text((await ask(en(), '/start country_ZZ')).first)).toContain('Hello, Jane!');
    expect(text((await ask(uk(), '/start pillar_nothing')).first)).toContain('Вітаю, Оксана!');
  });
});

describe('/pillar', () => {
  it('without a name lists the 8 pillars with buttons that open one', async () => {
    const u = en();
    const { first } = await ask(u, '/pillar');
    expect(text(first)).toContain('<b>8 pillars of support</b>');
    expect(buttons(first).map((b) => b.callback_data)).toEqual([
      'pillar:military',
      'pillar:consultations',
      'pillar:economic',
      'pillar:financial',
      'pillar:accountability',
      'pillar:reforms',
      'pillar:intelligence',
      'pillar:cyber',
    ]);
    const since = h.fake.mark();
    h.fake.pressButton(u, first, 'pillar:cyber');
    const msg = await h.fake.waitForMessage(u.id, (t) => t.includes('Cyber defence and security'), undefined, { since });
    expect(text(msg)).toContain('Covered by 14 partners');
    expect(text(msg)).toContain('No pledge in the data is tied to this pillar.');
  });

  it('with a name shows the partners and their pledges, split into messages under 4096', async () => {
    const u = uk();
    const { first, since } = await ask(u, '/pillar військова');
    expect(text(first)).toContain('<b>Оборона і стримування (військова підтримка)</b>');
    expect(text(first)).toContain('Охоплюють угоди 28 партнерів');
    const all = messagesSince(u.id, since);
    expect(all.length).toBeGreaterThanOrEqual(1);
    expect(all.map(text).join('\n')).toContain('🇩🇪 Німеччина: Окремий пакет військової допомоги на 1,1 млрд євро');
    for (const m of all) expect(text(m).length).toBeLessThanOrEqual(4096);
  });

  it('answers an unknown pillar politely', async () => {
    const { first } = await ask(en(), '/pillar space');
    expect(text(first)).toContain('I don’t know a pillar called “space”.');
    expect(buttons(first).length).toBe(8);
  });
});

describe('/signatories, /countries', () => {
  it('counts members and agreements with Ukrainian plurals', async () => {
    const { first } = await ask(uk(), '/signatories');
    expect(text(first)).toContain('До Спільної декларації G7 приєдналися 33 країни та організації');
    expect(text(first)).toContain('За нею підписано 28 двосторонніх угод');
    expect(text(first)).toContain('1 пов’язана угода поза серією');
    expect(text(first)).toContain('🇩🇪 Німеччина — 16 лютого 2024 р.');
    const { first: e } = await ask(en(), '/countries');
    expect(text(e)).toContain('28 bilateral agreements signed under it');
    expect(text(e)).toContain('Germany — 16 February 2024');
  });
});

describe('/timeline', () => {
  it('pages newest first with ◀️ ▶️ editing the message in place', async () => {
    const u = en();
    const { first } = await ask(u, '/timeline');
    expect(text(first)).toMatch(/Page 1 of \d+/);
    expect(buttons(first).map((b) => b.callback_data)).toEqual(['page:timeline:2', 'pic:timeline']);
    let since = h.fake.mark();
    h.fake.pressButton(u, first, 'page:timeline:2');
    const p2 = await h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === u.id, undefined, { since });
    expect(text(p2)).toMatch(/Page 2 of \d+/);
    expect(buttons(p2).map((b) => b.callback_data)).toEqual(['page:timeline:1', 'page:timeline:3', 'pic:timeline']);
    expect(buttons(p2).map((b) => b.text)).toEqual(['◀️ Back', 'Next ▶️', '📊 Chart']);
    // Pressing the same page twice is harmless ("message is not modified" is swallowed).
    since = h.fake.mark();
    h.fake.pressButton(u, first, 'page:timeline:2');
    await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
    await h.fake.updatesConsumed();
    await new Promise((r) => setTimeout(r, 50));
    expect(messagesSince(u.id, since)).toEqual([]);
  });

  it('speaks Ukrainian', async () => {
    const { first } = await ask(uk(), '/timeline');
    expect(text(first)).toMatch(/Хронологія: \d+ (подій|події|подія)/);
    expect(text(first)).toContain('25 червня 2026 р.');
  });
});

describe('/stats, /frameworks, /sources', () => {
  it('/stats totals per currency and year in both languages', async () => {
    const { first } = await ask(en(), '/stats');
    expect(text(first)).toContain('Bilateral agreements: 29 (28 in the declaration’s series, 1 related)');
    expect(text(first)).toContain('• 2028: ISK 4 billion');
    const { first: u } = await ask(uk(), '/stats');
    expect(text(u)).toContain('Суми за валютами');
    expect(text(u)).toContain('• 2028: 4 млрд ISK');
  });

  it('/frameworks lists members with counts', async () => {
    const { first } = await ask(en(), '/frameworks');
    expect(text(first)).toContain('Joint Declaration of Support for Ukraine');
    expect(text(first)).toContain('33 members:');
    // Where the sources name only some members, never a bare count.
    expect(text(first)).toContain('At least 17 members are named in our sources; the list is not complete.');
    const { first: u } = await ask(uk(), '/frameworks');
    expect(text(u)).toContain('33 учасники:');
    expect(text(u)).toContain('Учасників, названих у наших джерелах: щонайменше 8; це не повний перелік.');
  });

  it('/sources names publishers and the data date', async () => {
    const { first } = await ask(en(), '/sources');
    expect(text(first)).toContain('most cited publishers');
    expect(text(first)).toContain('Data as of 25 June 2026.');
    const { first: u } = await ask(uk(), '/sources');
    expect(text(u)).toContain('Дані станом на 25 червня 2026 р.');
  });
});

describe('inline mode', () => {
  it("offers the country card in the inline user's language", async () => {
    const since = h.fake.mark();
    h.fake.inlineQuery({ id: 7001, first_name: 'Ann', language_code: 'uk' }, 'Німеччина');
    const call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect(call.ok).toBe(true);
    const results = call.params.results as Array<{ title: string; input_message_content: { message_text: string; parse_mode: string } }>;
    expect(results).toHaveLength(1);
    expect(results[0]!.title).toBe('🇩🇪 Німеччина');
    expect(results[0]!.input_message_content.parse_mode).toBe('HTML');
    expect(results[0]!.input_message_content.message_text).toContain('Підписано 16 лютого 2024 р.');
    expect(call.params.is_personal).toBe(true);
    expect(Number(call.params.cache_time)).toBeLessThanOrEqual(60);
  });

  it('describes a declaration-only partner without a gendered verb, in Ukrainian', async () => {
    const since = h.fake.mark();
    h.fake.inlineQuery({ id: 7003, first_name: 'Ann', language_code: 'uk' }, 'Болгарія');
    const call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    const results = call.params.results as Array<{ title: string; description: string }>;
    expect(results[0]!.title).toBe('🇧🇬 Болгарія');
    expect(results[0]!.description).toBe('Приєднання до Декларації G7: 16 серпня 2023 р.; двосторонньої угоди немає');
  });

  it('answers Russia with the same one line as /country and the questions, in the user language', async () => {
    const since = h.fake.mark();
    h.fake.inlineQuery({ id: 7004, first_name: 'Ann', language_code: 'en' }, 'Russia');
    const call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    const results = call.params.results as Array<{ title: string; description: string; input_message_content: { message_text: string } }>;
    expect(results).toHaveLength(1);
    expect(results[0]!.input_message_content.message_text).toBe(
      '🇷🇺 Russia is the state waging the war against Ukraine; it is not a partner of these commitments.',
    );
    const s2 = h.fake.mark();
    h.fake.inlineQuery({ id: 7004, first_name: 'Ann', language_code: 'uk' }, 'Росія');
    const uk = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since: s2 });
    expect((uk.params.results as typeof results)[0]!.description).toContain('Росія — держава, яка веде війну проти України');
  });

  it('matches name prefixes, lists the latest agreements for an empty query, and answers nothing found with a button', async () => {
    let since = h.fake.mark();
    h.fake.inlineQuery({ id: 7002, first_name: 'Bob', language_code: 'en' }, 'Ger');
    let call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect((call.params.results as Array<{ title: string }>).map((r) => r.title)).toEqual(['🇩🇪 Germany']);

    since = h.fake.mark();
    h.fake.inlineQuery({ id: 7002, first_name: 'Bob', language_code: 'en' }, '');
    call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    const titles = (call.params.results as Array<{ title: string; description: string }>).map((r) => r.title);
    expect(titles[0]).toBe('🇦🇱 Albania');
    expect(titles.length).toBe(10);

    since = h.fake.mark();
    h.fake.inlineQuery({ id: 7002, first_name: 'Bob', language_code: 'en' }, 'Atlantis');
    call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect(call.ok).toBe(true);
    expect(call.params.results).toEqual([]);
    expect((call.params.button as { text: string }).text).toBe('Nothing found — open the bot');
  });
});

describe('/help and the command menu', () => {
  it('list the new commands in both languages', async () => {
    const { first } = await ask(en(), '/help');
    for (const c of ['/signatories', '/timeline', '/stats', '/map', '/frameworks', '/sources']) expect(text(first)).toContain(c);
    const menus = await h.fake.waitForCalls('setMyCommands', 5);
    const ukMenu = menus.find((c) => c.params.language_code === 'uk')!.params.commands as Array<{ command: string; description: string }>;
    expect(ukMenu.find((c) => c.command === 'timeline')?.description).toBe('Хронологія подій');
    const enMenu = menus.find((c) => c.params.language_code === 'en')!.params.commands as Array<{ command: string; description: string }>;
    expect(enMenu.map((c) => c.command)).toEqual([
      'start',
      'help',
      'country',
      'pillar',
      'signatories',
      'timeline',
      'stats',
      'map',
      'frameworks',
      'sources',
      'subscribe',
      'settings',
      'digest',
      'unsubscribe',
      'language',
    ]);
  });

  it('never sends a message over 4096 characters', () => {
    for (const c of h.fake.calls.filter((x) => x.method === 'sendMessage' || x.method === 'editMessageText')) {
      // The one failure allowed: the double tap on the same timeline page ("message is not modified").
      if (!c.ok) expect(JSON.stringify(c.response)).toContain('message is not modified');
      expect(text(c).length).toBeLessThanOrEqual(4096);
    }
  });
});
