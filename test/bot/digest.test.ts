/**
 * Subscriptions and digests end to end through the fake Bot API: subscribe (buttons, deep links) in
 * both languages → an admin-published milestone → the cron ticks (seconds-field crons, and a clock
 * the test moves a day forward so daily subscribers' hour comes round) → the right subscribers get
 * the right text in their language, once; blocked chats become unreachable; 429s are honoured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../support/fake-telegram.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const DAY = 86_400_000;

beforeAll(async () => {
  h = await startHarness({ DIGEST_CRON: '* * * * * *', INSTANT_CRON: '* * * * * *', BROADCAST_RATE: '30' }, { now: clock });
});
afterAll(() => h.close());

const text = (c: { params: Record<string, unknown> }) => String(c.params.text);
const db = () => h.app.db;

async function publish(e: { partners: string[]; kind: string; titleEn: string; titleUk: string; frameworkId?: string }): Promise<number> {
  const row = await db().event.create({
    data: {
      occurredOn: '2026-03-01',
      kind: e.kind,
      frameworkId: e.frameworkId ?? null,
      titleEn: e.titleEn,
      titleUk: e.titleUk,
      sourceUrl: 'https://example.org/source?a=1&b=2',
      origin: 'admin',
      publishedAt: clock(),
      partners: { create: e.partners.map((partnerCode) => ({ partnerCode })) },
    },
  });
  h.app.repos.catalog.invalidate();
  return row.id;
}

async function command(user: { id: number; first_name: string; language_code?: string }, cmd: string): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.sendText(user, cmd);
  return h.fake.waitForMessage(user.id, undefined, 5000, { since });
}

async function press(user: { id: number; first_name: string }, msg: RecordedCall, data: string): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.pressButton(user, msg, data);
  await h.fake.waitForCall('answerCallbackQuery', undefined, 5000, { since });
  return h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === user.id, 5000, { since });
}

/** Waits until every subscription has been considered by a scheduled run (lastRunAt set). */
async function settled(chatIds: number[]): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const rows = await db().subscription.findMany({ where: { chatId: { in: chatIds.map(BigInt) } } });
    if (rows.every((r) => r.lastRunAt !== null)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('subscriptions were never considered by a digest run');
}

const digestsTo = (chatId: number, since: number) =>
  h.fake.callsTo('sendMessage').filter((c) => c.seq >= since && c.ok && c.params.chat_id === chatId && /Guarantor|Гаранта/.test(text(c)));

const olena = { id: 3001, first_name: 'Олена', language_code: 'uk' };
const john = { id: 3002, first_name: 'John', language_code: 'en' };
const hans = { id: 3003, first_name: 'Hans', language_code: 'de' };
const ivan = { id: 3004, first_name: 'Іван', language_code: 'uk' };
const gone = { id: 3005, first_name: 'Gone', language_code: 'en' };
const blocker = { id: 3006, first_name: 'Blocker', language_code: 'en' };

describe('subscribing', () => {
  it('subscribes with buttons in Ukrainian, restores preferences after /unsubscribe, and rejects forged buttons', async () => {
    const panel = await command(olena, '/subscribe');
    expect(text(panel)).toContain('Підписку оформлено');
    expect(text(panel)).toContain('Теми: усе');
    let edited = await press(olena, panel, 'sub:t');
    expect(text(edited)).toContain('Про що має бути ваш дайджест?');
    edited = await press(olena, panel, 'sub:pp:0');
    edited = await press(olena, panel, 'sub:p:DE:0');
    expect(text(edited)).toContain('Партнери');
    edited = await press(olena, panel, 'sub:m');
    expect(text(edited)).toContain('Партнери: 🇩🇪 Німеччина');

    await command(olena, '/unsubscribe');
    const again = await command(olena, '/subscribe');
    expect(text(again)).toContain('Підписку відновлено');
    expect(text(again)).toContain('Партнери: 🇩🇪 Німеччина');

    const since = h.fake.mark();
    h.fake.pressButton(olena, panel, 'sub:p:ZZ:0');
    const answer = await h.fake.waitForCall('answerCallbackQuery', undefined, 5000, { since });
    expect(answer.params.text).toBe('Ця кнопка вже неактивна. Надішліть, будь ласка, команду ще раз.');
  });

  it('subscribes in one tap through a deep link, in English', async () => {
    const reply = await command(hans, '/start sub_FR');
    expect(text(reply)).toContain('Subscribed to news about <b>France</b>');
    expect(text(reply)).toContain('Partners: 🇫🇷 France');
  });

  it('confirms a deep-link subscription in Ukrainian without declining the name', async () => {
    const reply = await command({ id: 3007, first_name: 'Марія', language_code: 'uk' }, '/start sub_FR');
    expect(text(reply)).toContain('✅ Ви підписалися на новини. Тема: <b>Франція</b>.');
  });

  it('changes frequency, quiet hours and silent delivery with buttons', async () => {
    const panel = await command(ivan, '/subscribe');
    let edited = await press(ivan, panel, 'sub:f:i');
    expect(text(edited)).toContain('одразу після публікації');
    edited = await press(ivan, panel, 'sub:s');
    expect(text(edited)).toContain('Без звуку: увімк.');
    const sub = await db().subscription.findUnique({ where: { chatId: BigInt(ivan.id) } });
    expect(sub?.frequency).toBe('instant');
    expect(sub?.silent).toBe(true);
  });

  it('checks that the requester administers a group', async () => {
    const group = { id: -4001, type: 'group' as const, title: 'Analysts' };
    h.fake.setChatMember(group.id, john.id, 'member');
    let since = h.fake.mark();
    h.fake.sendText(john, '/subscribe', { chat: group });
    let reply = await h.fake.waitForMessage(group.id, undefined, 5000, { since });
    expect(text(reply)).toBe('Only an administrator of this chat can change its subscription.');
    h.fake.setChatMember(group.id, john.id, 'administrator');
    since = h.fake.mark();
    h.fake.sendText(john, '/subscribe', { chat: group });
    reply = await h.fake.waitForMessage(group.id, undefined, 5000, { since });
    expect(text(reply)).toContain('This chat’s digest subscription');
    await command(john, '/unsubscribe'); // john's private chat is not subscribed
  });
});

describe('the digest', () => {
  it('reaches exactly the right subscribers, in their language, once; blocked chats become unreachable', async () => {
    await command(john, '/subscribe');
    await command(gone, '/subscribe');
    await command(blocker, '/subscribe');
    // the group subscribed above: it wants everything too
    await settled([olena.id, john.id, hans.id, gone.id, blocker.id, -4001]);

    // A user blocks the bot: my_chat_member pauses before any send fails.
    h.fake.myChatMember(gone, gone.id, 'member', 'kicked');
    await h.fake.updatesConsumed();
    await expect.poll(async () => (await db().subscriber.findUnique({ where: { chatId: BigInt(gone.id) } }))?.reachable).toBe(false);
    // Another blocked without us hearing about it: the 403 tells us.
    h.fake.blockChat(blocker.id);

    const since = h.fake.mark();
    await publish({ partners: ['DE'], kind: 'ratification', titleEn: 'Bundestag <ratifies> the agreement', titleUk: 'Бундестаг ратифікував угоду' });
    // Ivan (instant, everything) gets it within a second or two, silently.
    const instant = await h.fake.waitForMessage(ivan.id, (t) => t.includes('Бундестаг ратифікував угоду'), 5000, { since });
    expect(instant.params.disable_notification).toBe(true);
    // Daily subscribers: not before their hour…
    await new Promise((r) => setTimeout(r, 1200));
    expect(digestsTo(olena.id, since)).toHaveLength(0);
    // …which comes round when the clock moves a day.
    offsetMs += DAY;
    const uk = await h.fake.waitForMessage(olena.id, (t) => t.includes('Бундестаг ратифікував угоду'), 8000, { since });
    expect(text(uk)).toContain('Дайджест «Гаранта»');
    expect(text(uk)).toContain('<a href="https://example.org/source?a=1&amp;b=2">джерело</a>');
    expect(text(uk)).toContain('Дані станом на');
    const en = await h.fake.waitForMessage(john.id, (t) => t.includes('Bundestag &lt;ratifies&gt; the agreement'), 8000, { since });
    expect(text(en)).toContain('Guarantor digest');
    expect(text(en)).toContain('🇩🇪 Germany');
    // a group has no language_code: Ukrainian, the default
    await h.fake.waitForMessage(-4001, (t) => t.includes('Бундестаг ратифікував угоду'), 8000, { since });
    await expect.poll(async () => (await db().subscriber.findUnique({ where: { chatId: BigInt(blocker.id) } }))?.reachable, { timeout: 8000 }).toBe(false);
    await h.app.worker.drained();
    await new Promise((r) => setTimeout(r, 1500)); // more ticks: nothing is sent twice
    expect(digestsTo(olena.id, since)).toHaveLength(1);
    expect(digestsTo(john.id, since)).toHaveLength(1);
    expect(digestsTo(hans.id, since)).toHaveLength(0); // France only
    expect(h.fake.callsTo('sendMessage').filter((c) => c.seq >= since && c.params.chat_id === gone.id)).toHaveLength(0);
  });

  it('/digest previews without marking anything delivered; withdrawn events never go out', async () => {
    const since = h.fake.mark();
    await publish({ partners: ['FR'], kind: 'pledge', titleEn: 'France pledges more air defence', titleUk: 'Франція обіцяє більше ППО' });
    const withdrawn = await publish({ partners: ['FR'], kind: 'meeting', titleEn: 'A meeting that was entered by mistake', titleUk: 'Помилкова зустріч' });
    const preview = await command(hans, '/digest');
    expect(text(preview)).toContain('Preview');
    const body = await h.fake.waitForMessage(hans.id, (t) => t.includes('France pledges more air defence'), 5000, { since });
    expect(text(body)).toContain('A meeting that was entered by mistake');
    await db().event.update({ where: { id: withdrawn }, data: { deletedAt: clock() } });
    h.app.repos.catalog.invalidate();
    const afterPreview = h.fake.mark();
    offsetMs += DAY;
    const digest = await h.fake.waitForMessage(hans.id, (t) => t.includes('Guarantor digest'), 8000, { since: afterPreview });
    expect(text(digest)).toContain('France pledges more air defence');
    expect(text(digest)).not.toContain('entered by mistake');
  });

  it('honours a 429: the queue waits retry_after and the message goes once', async () => {
    await h.app.worker.drained();
    const since = h.fake.mark();
    h.fake.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } },
      1,
      (p) => p.chat_id === john.id,
    );
    await publish({ partners: ['GB'], kind: 'renewal', titleEn: 'UK renews its agreement', titleUk: 'Британія подовжила угоду' });
    offsetMs += DAY;
    const ok = await h.fake.waitForMessage(john.id, (t) => t.includes('UK renews its agreement'), 10_000, { since });
    const refused = h.fake.callsTo('sendMessage').find((c) => c.seq >= since && !c.ok && c.params.chat_id === john.id);
    expect(refused).toBeDefined();
    expect(ok.at - refused!.at).toBeGreaterThanOrEqual(950);
    expect(digestsTo(john.id, since)).toHaveLength(1);
  });

  it('sends urgent items to instant subscribers and announcements to everyone through the outbox', async () => {
    await h.app.worker.drained();
    const before = await h.app.services.broadcast.countAnnouncementRecipients();
    expect(before).toBeGreaterThanOrEqual(4);
    const since = h.fake.mark();
    const id = await publish({ partners: ['US'], kind: 'other', titleEn: 'Urgent: US statement', titleUk: 'Терміново: заява США' });
    const r = await h.app.services.broadcast.publishUrgent([id]);
    expect(r.recipients + digestsTo(ivan.id, since).length).toBeGreaterThanOrEqual(1);
    await h.fake.waitForMessage(ivan.id, (t) => t.includes('Терміново: заява США'), 5000, { since });

    const a = await h.app.services.broadcast.announce({ en: 'Maintenance <tonight>', uk: 'Технічні роботи <сьогодні>' }, { byUserId: 1n });
    expect(a.recipients).toBe(before);
    expect(text(await h.fake.waitForMessage(john.id, (t) => t.includes('Maintenance'), 8000, { since }))).toContain('Maintenance &lt;tonight&gt;');
    expect(text(await h.fake.waitForMessage(olena.id, (t) => t.includes('Технічні роботи'), 8000, { since }))).toContain('Технічні роботи &lt;сьогодні&gt;');
  });

  it('pauses, then resumes with one catch-up digest', async () => {
    await h.app.worker.drained();
    const panel = await command(john, '/settings');
    expect(text(await press(john, panel, 'sub:pause'))).toContain('Paused');
    const since = h.fake.mark();
    await publish({ partners: ['IT'], kind: 'pledge', titleEn: 'Italy pledges while John is paused', titleUk: 'Італія обіцяє' });
    offsetMs += DAY;
    await new Promise((r) => setTimeout(r, 1500));
    expect(digestsTo(john.id, since)).toHaveLength(0);
    expect(text(await press(john, panel, 'sub:resume'))).toContain('Resume how?');
    expect(text(await press(john, panel, 'sub:r:c'))).toContain('Resumed.');
    await h.fake.waitForMessage(john.id, (t) => t.includes('Italy pledges while John is paused'), 8000, { since });
    await new Promise((r) => setTimeout(r, 1200));
    expect(digestsTo(john.id, since)).toHaveLength(1);
  });

  it('follows a group that became a supergroup and resends there', async () => {
    await h.app.worker.drained();
    const since = h.fake.mark();
    h.fake.failNext(
      'sendMessage',
      { error_code: 400, description: 'Bad Request: group chat was upgraded to a supergroup chat', parameters: { migrate_to_chat_id: -1009999 } },
      1,
      (p) => p.chat_id === -4001,
    );
    await publish({ partners: ['CA'], kind: 'agreement', titleEn: 'Canada signs', titleUk: 'Канада підписала угоду' });
    offsetMs += DAY;
    await h.fake.waitForMessage(-1009999, (t) => t.includes('Канада підписала угоду'), 8000, { since });
    expect((await db().subscription.findUnique({ where: { chatId: -1009999n } }))?.active).toBe(true);
    expect(await db().subscription.findUnique({ where: { chatId: -4001n } })).toBeNull();
  });

  it('a user who unblocks the bot is reachable again', async () => {
    h.fake.myChatMember(gone, gone.id, 'kicked', 'member');
    await h.fake.updatesConsumed();
    await expect.poll(async () => (await db().subscriber.findUnique({ where: { chatId: BigInt(gone.id) } }))?.reachable).toBe(true);
  });
});

describe('what a digest says', () => {
  const dora = { id: 3301, first_name: 'Dora', language_code: 'en' };
  const dmytro = { id: 3302, first_name: 'Дмитро', language_code: 'uk' };
  const KINDS = ['members', 'agreements', 'ratifications', 'renewals', 'pledges', 'meetings', 'news'] as const;

  /** The header's counts by kind, read back through the same translations the bot uses. */
  function headerCounts(message: string, lang: 'en' | 'uk'): Record<string, number> {
    const tr = h.app.services.i18n.translator(lang);
    const line = message.split('\n')[1]!.replace(/^<i>|<\/i>$/g, '');
    const segments = line.slice(line.indexOf(': ') + 2).split(' · ');
    const out: Record<string, number> = {};
    for (const seg of segments) {
      const n = Number(/^\d+/.exec(seg)?.[0]);
      const kind = KINDS.find((k) => tr.t(`digest-count-${k}`, { n }) === seg);
      expect(kind, `"${seg}" is a count the bot writes`).toBeDefined();
      out[kind!] = n;
    }
    return out;
  }

  /** The items under each kind's heading. */
  function itemsByKind(message: string, lang: 'en' | 'uk'): Record<string, number> {
    const tr = h.app.services.i18n.translator(lang);
    const out: Record<string, number> = {};
    let current: string | undefined;
    for (const line of message.split('\n')) {
      const heading = KINDS.find((k) => line.endsWith(`<b>${tr.t(`digest-section-${k}`)}</b>`));
      if (heading) current = heading;
      else if (line.startsWith('• ')) out[current!] = (out[current!] ?? 0) + 1;
    }
    return out;
  }

  it('counts in the header exactly the items of each kind delivered, in both languages (a meeting is never a new member)', async () => {
    await command(dora, '/subscribe');
    await command(dmytro, '/subscribe');
    await settled([dora.id, dmytro.id]);
    await h.app.worker.drained();
    const since = h.fake.mark();
    // Titles as /join and /addagreement generate them: the digest writes them as sentences.
    const catalog = await h.app.services.facts.catalog();
    const coalition = catalog.framework('coalition-of-the-willing')!;
    const [en, uk] = [h.app.services.i18n.translator('en').t, h.app.services.i18n.translator('uk').t];
    const generated = (key: string, code: string, framework?: typeof coalition) => ({
      titleEn: en(key, { partner: catalog.partner(code)!.nameEn, ...(framework ? { framework: framework.nameEn } : {}) }),
      titleUk: uk(key, { partner: catalog.partner(code)!.nameUk, ...(framework ? { framework: framework.nameUk } : {}) }),
    });
    await publish({ partners: ['FR'], kind: 'joined', frameworkId: 'coalition-of-the-willing', ...generated('admin-auto-join', 'FR', coalition) });
    await publish({
      partners: ['GB', 'FR'],
      kind: 'coalition',
      frameworkId: 'coalition-of-the-willing',
      titleEn: 'Coalition of the Willing leaders met in Kyiv',
      titleUk: 'Лідери коаліції охочих зібралися в Києві',
    });
    await publish({ partners: ['DE'], kind: 'pledge', titleEn: 'Germany adds air defence', titleUk: 'Німеччина додає ППО' });
    await publish({ partners: ['NL'], kind: 'pledge', titleEn: 'The Netherlands add drones', titleUk: 'Нідерланди додають дрони' });
    await publish({ partners: ['PT'], kind: 'agreement', ...generated('admin-auto-agreement', 'PT') });
    await publish({ partners: ['IT'], kind: 'meeting', titleEn: 'Talks in Rome', titleUk: 'Переговори в Римі' });
    offsetMs += DAY;
    const expected = { members: 1, agreements: 1, pledges: 2, meetings: 1, news: 1 };
    for (const [user, lang] of [
      [dora, 'en'],
      [dmytro, 'uk'],
    ] as const) {
      const msg = text(await h.fake.waitForMessage(user.id, (t) => t.includes(lang === 'en' ? 'Talks in Rome' : 'Переговори в Римі'), 10_000, { since }));
      expect(headerCounts(msg, lang)).toEqual(expected);
      expect(itemsByKind(msg, lang)).toEqual(expected);
      // the first line tells the news, the weightiest first
      expect(msg.split('\n')[0]).toBe(
        lang === 'en'
          ? '📬 <b>France joined the Coalition of the Willing. Portugal signed a security agreement with Ukraine.</b>'
          : '📬 <b>Франція приєдналася до коаліції охочих. Португалія підписала безпекову угоду з Україною.</b>',
      );
      // each partner links to its card
      expect(msg).toContain('<a href="https://t.me/guarantor_test_bot?start=country_PT">🇵🇹');
    }
  });
});

describe('/digest for a paused or cancelled subscription', () => {
  const paula = { id: 3101, first_name: 'Paula', language_code: 'en' };
  const petro = { id: 3102, first_name: 'Петро', language_code: 'uk' };
  const ursula = { id: 3103, first_name: 'Ursula', language_code: 'en' };

  it('says first that the subscription is paused and how to resume, in both languages', async () => {
    for (const [user, note, resume] of [
      [paula, '⏸ <b>Your subscription is paused</b>', 'open /settings and tap ▶️ Resume'],
      [petro, '⏸ <b>Підписку призупинено</b>', 'відкрийте /settings і натисніть ▶️ Відновити'],
    ] as const) {
      const panel = await command(user, '/subscribe');
      expect(text(await command(user, '/digest'))).not.toContain(note); // active: no note
      await press(user, panel, 'sub:pause');
      const preview = text(await command(user, '/digest'));
      expect(preview.startsWith(note)).toBe(true);
      expect(preview).toContain(resume);
    }
    // with something to show, the note heads the preview's header
    await publish({ partners: ['PL'], kind: 'pledge', titleEn: 'Poland pledges while Paula is paused', titleUk: 'Польща обіцяє' });
    const since = h.fake.mark();
    const header = text(await command(paula, '/digest'));
    expect(header.startsWith('⏸ <b>Your subscription is paused</b>')).toBe(true);
    expect(header).toContain('<b>Preview</b> of your next digest');
    await h.fake.waitForMessage(paula.id, (t) => t.includes('Poland pledges while Paula is paused'), 5000, { since });
  });

  it('an unsubscribed chat is told it is not subscribed, as one that never subscribed', async () => {
    await command(ursula, '/subscribe');
    await command(ursula, '/unsubscribe');
    expect(text(await command(ursula, '/digest'))).toBe('You are not subscribed. Send /subscribe to get digests.');
  });
});

describe('/timezone', () => {
  const tomas = { id: 3201, first_name: 'Tomas', language_code: 'en' };
  const taras = { id: 3202, first_name: 'Тарас', language_code: 'uk' };
  const zoneOf = async (id: number) => (await db().subscription.findUnique({ where: { chatId: BigInt(id) } }))?.timezone;

  it('answers a bad time zone with examples to copy, escaped, in both languages, and keeps the old one', async () => {
    await command(tomas, '/subscribe');
    const en = text(await command(tomas, '/timezone Mars/<Olympus>'));
    expect(en).toContain('“Mars/&lt;Olympus&gt;” is not a time zone I know.');
    expect(en).toContain('<code>/timezone Berlin</code>');
    expect(en).toContain('<code>/timezone Europe/Kyiv</code>');
    expect(en).toContain('<code>/timezone UTC+2</code>');
    await command(taras, '/subscribe');
    const uk = text(await command(taras, '/timezone Атлантида'));
    expect(uk).toContain('«Атлантида» — невідомий мені часовий пояс.');
    expect(uk).toContain('<code>/timezone Берлін</code>');
    expect(uk).toContain('<code>/timezone America/New_York</code>');
    expect(text(await command(taras, '/timezone +5:30'))).toContain('я приймаю лише зсуви на цілу кількість годин');
    expect(await zoneOf(taras.id)).toBe('Europe/Kyiv');
    expect(text(await command(taras, '/timezone America/New_York'))).toContain('Часовий пояс: America/New_York.');
  });

  it('keeps Europe/Kyiv as typed, understands cities in both languages and UTC offsets', async () => {
    expect(text(await command(tomas, '/timezone Europe/Kyiv'))).toContain('Time zone set to Europe/Kyiv.');
    expect(await zoneOf(tomas.id)).toBe('Europe/Kyiv');
    expect(text(await command(tomas, '/timezone berlin'))).toContain('Time zone set to Europe/Berlin.');
    expect(text(await command(taras, '/timezone Варшава'))).toContain('Часовий пояс: Europe/Warsaw.');
    const offset = text(await command(tomas, '/timezone UTC+2'));
    expect(offset).toContain('Time zone set to UTC+2.');
    expect(offset).not.toContain('Etc/GMT');
    expect(await zoneOf(tomas.id)).toBe('Etc/GMT-2');
  });

  it('offers the common zones as buttons, named in the language', async () => {
    const menu = await command(taras, '/timezone');
    expect(text(menu)).toContain('Ваш часовий пояс: Europe/Warsaw.');
    const rows = (menu.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
    const flat = rows.flat();
    expect(flat.map((b) => b.text)).toEqual(expect.arrayContaining(['▫️ Київ', '✅ Варшава', '▫️ Нью-Йорк', '▫️ Токіо']));
    const tokyo = flat.find((b) => b.text.endsWith('Токіо'))!;
    const panel = await press(taras, menu, tokyo.callback_data);
    expect(text(panel)).toContain('Asia/Tokyo');
    expect(await zoneOf(taras.id)).toBe('Asia/Tokyo');
  });
});
