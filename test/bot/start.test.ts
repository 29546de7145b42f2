import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, users } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const text = (c: { params: Record<string, unknown> }) => String(c.params.text);

describe('/start', () => {
  it('greets a Ukrainian-speaking user in Ukrainian, with their name escaped', async () => {
    h.fake.sendText({ ...users.olena, first_name: 'Олена <script>' }, '/start');
    const reply = await h.fake.waitForMessage(users.olena.id);
    expect(text(reply)).toContain('Вітаю, Олена &lt;script&gt;!');
    expect(reply.params.parse_mode).toBe('HTML');
    expect(reply.ok).toBe(true);
  });

  it('greets an English-speaking user in English', async () => {
    h.fake.sendText(users.john, '/start');
    expect(text(await h.fake.waitForMessage(users.john.id))).toContain('Hello, John!');
  });

  it('answers other Telegram languages in English, ru/be in Ukrainian, and no language in Ukrainian', async () => {
    h.fake.sendText(users.hans, '/start');
    h.fake.sendText(users.ivan, '/start');
    h.fake.sendText(users.anon, '/start');
    expect(text(await h.fake.waitForMessage(users.hans.id))).toContain('Hello, Hans!');
    expect(text(await h.fake.waitForMessage(users.ivan.id))).toContain('Вітаю, Іван!');
    expect(text(await h.fake.waitForMessage(users.anon.id))).toContain('Вітаю, Anon!');
  });
});

describe('/start with a deep link', () => {
  it('greets as usual and says politely that an unknown link was not recognised, in both languages', async () => {
    const jane = { id: 2101, first_name: 'Jane', language_code: 'en' };
    const oksana = { id: 2102, first_name: 'Оксана', language_code: 'uk' };
    for (const [user, payload, welcome, note] of [
      [jane, 'foo_bar', 'Hello, Jane!', 'I did not recognise the link you followed, so here is the usual welcome.'],
      [jane, 'country_XX', 'Hello, Jane!', 'I did not recognise the link you followed'],
      [jane, 'nonsense', 'Hello, Jane!', 'I did not recognise the link you followed'],
      // Deep-link prefixes are looked up by own keys only: Object's properties are unknown links.
      [jane, 'constructor_x', 'Hello, Jane!', 'I did not recognise the link you followed'],
      [jane, 'tostring_x', 'Hello, Jane!', 'I did not recognise the link you followed'],
      [jane, 'hasownproperty_country', 'Hello, Jane!', 'I did not recognise the link you followed'],
      [oksana, 'foo_bar', 'Вітаю, Оксана!', 'Я не впізнав посилання, за яким ви перейшли, тож ось звичайне привітання.'],
      [oksana, 'pillar_nothing', 'Вітаю, Оксана!', 'Я не впізнав посилання'],
    ] as const) {
      const since = h.fake.mark();
      h.fake.sendText(user, `/start ${payload}`);
      const reply = text(await h.fake.waitForMessage(user.id, undefined, undefined, { since }));
      expect(reply).toContain(welcome);
      expect(reply).toContain(note);
    }
  });

  it('adds no note to a plain /start or a link that works', async () => {
    const user = { id: 2103, first_name: 'Jim', language_code: 'en' };
    let since = h.fake.mark();
    h.fake.sendText(user, '/start');
    expect(text(await h.fake.waitForMessage(user.id, undefined, undefined, { since }))).not.toContain('did not recognise');
    since = h.fake.mark();
    h.fake.sendText(user, '/start country_DE');
    const card = text(await h.fake.waitForMessage(user.id, undefined, undefined, { since }));
    expect(card).toContain('<b>Germany</b>');
    expect(card).not.toContain('did not recognise');
  });
});

describe('/language', () => {
  it('switches language with a button, remembers it, and sets the chat command menu', async () => {
    const user = { id: 2001, first_name: 'Taras', language_code: 'uk' };
    const since = h.fake.mark();
    h.fake.sendText(user, '/language');
    const prompt = await h.fake.waitForMessage(user.id, undefined, undefined, { since });
    expect(text(prompt)).toBe('Оберіть мову:');
    h.fake.pressButton(user, prompt, 'lang:en');
    const edited = await h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === user.id, undefined, { since });
    expect(text(edited)).toBe('Done: I will speak English with you.');
    await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
    const menu = await h.fake.waitForCall('setMyCommands', (c) => (c.params.scope as { chat_id?: number } | undefined)?.chat_id === user.id, undefined, {
      since,
    });
    expect((menu.params.commands as Array<{ command: string; description: string }>).find((c) => c.command === 'help')?.description).toBe(
      'What the bot can do',
    );

    const since2 = h.fake.mark();
    h.fake.sendText(user, '/help');
    expect(text(await h.fake.waitForMessage(user.id, undefined, undefined, { since: since2 }))).toContain('What I can do');
  });

  it('answers a forged language button politely and changes nothing, in both languages', async () => {
    const db = h.app.db;
    for (const [user, answer] of [
      [{ id: 2011, first_name: 'Kate', language_code: 'en' }, 'This button is no longer active. Please send the command again.'],
      [{ id: 2012, first_name: 'Ольга', language_code: 'uk' }, 'Ця кнопка вже неактивна. Надішліть, будь ласка, команду ще раз.'],
    ] as const) {
      let since = h.fake.mark();
      h.fake.sendText(user, '/language');
      const prompt = await h.fake.waitForMessage(user.id, undefined, undefined, { since });
      const before = await db.subscriber.findUnique({ where: { chatId: BigInt(user.id) } });
      since = h.fake.mark();
      h.fake.pressButton(user, prompt, 'lang:xx');
      const answered = await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
      expect(answered.params.text).toBe(answer);
      await h.fake.updatesConsumed();
      expect(h.fake.calls.filter((c) => c.seq >= since && ['editMessageText', 'setMyCommands', 'sendMessage'].includes(c.method))).toHaveLength(0);
      expect((await db.subscriber.findUnique({ where: { chatId: BigInt(user.id) } }))?.language).toBe(before?.language);
      // still alive, still in the user's language
      since = h.fake.mark();
      h.fake.sendText(user, '/help');
      expect(text(await h.fake.waitForMessage(user.id, undefined, undefined, { since }))).toContain(
        user.language_code === 'en' ? 'What I can do' : 'Що я вмію',
      );
    }
  });
});

describe('/language in a group', () => {
  it('lets only the group administrators change the language; others get one polite note, in the group language', async () => {
    const group = { id: -2301, type: 'group' as const, title: 'Аналітики' };
    const member = { id: 2301, first_name: 'Петро', language_code: 'uk' };
    const admin = { id: 2302, first_name: 'Anna', language_code: 'en' };
    h.fake.setChatMember(group.id, member.id, 'member');
    h.fake.setChatMember(group.id, admin.id, 'administrator');
    let since = h.fake.mark();
    h.fake.sendText(member, '/language', { chat: group });
    expect(text(await h.fake.waitForMessage(group.id, undefined, undefined, { since }))).toBe('Змінювати мову цієї групи можуть лише її адміністратори.');

    since = h.fake.mark();
    h.fake.sendText(admin, '/language', { chat: group });
    const prompt = await h.fake.waitForMessage(group.id, undefined, undefined, { since });
    expect(text(prompt)).toBe('Choose your language:');

    // A member presses the administrator's button: refused, nothing stored.
    since = h.fake.mark();
    h.fake.pressButton(member, prompt, 'lang:en');
    const refused = await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
    expect(refused.params.text).toBe('Змінювати мову цієї групи можуть лише її адміністратори.');
    await h.fake.updatesConsumed();
    expect(h.fake.calls.filter((c) => c.seq >= since && ['editMessageText', 'sendMessage'].includes(c.method))).toHaveLength(0);
    expect((await h.app.db.subscriber.findUnique({ where: { chatId: BigInt(group.id) } }))?.language ?? null).toBeNull();

    // The administrator's press switches the whole group.
    since = h.fake.mark();
    h.fake.pressButton(admin, prompt, 'lang:en');
    await h.fake.waitForCall('editMessageText', (c) => c.params.chat_id === group.id, undefined, { since });
    expect((await h.app.db.subscriber.findUnique({ where: { chatId: BigInt(group.id) } }))?.language).toBe('en');
    since = h.fake.mark();
    h.fake.sendText(member, '/language', { chat: group });
    expect(text(await h.fake.waitForMessage(group.id, undefined, undefined, { since }))).toBe("Only this group's administrators can change its language.");
  });
});

describe('the command menu and profile', () => {
  it('are registered per language at start-up', async () => {
    const menus = await h.fake.waitForCalls('setMyCommands', 5);
    const byCode = new Map(menus.map((c) => [c.params.language_code ?? 'default', c.params.commands as Array<{ command: string; description: string }>]));
    expect(byCode.get('en')?.find((c) => c.command === 'help')?.description).toBe('What the bot can do');
    expect(byCode.get('uk')?.find((c) => c.command === 'help')?.description).toBe('Що вміє бот');
    expect(byCode.get('default')?.find((c) => c.command === 'help')?.description).toBe('Що вміє бот');
    await h.fake.waitForCall('setMyDescription', (c) => c.params.language_code === 'uk');
    await h.fake.waitForCall('setMyShortDescription', (c) => c.params.language_code === 'en');
  });
});

describe('stray input', () => {
  it('answers a stale button press and an unknown private message politely', async () => {
    const user = { id: 2002, first_name: 'Sam', language_code: 'en' };
    const since = h.fake.mark();
    h.fake.pressButton(user, { chat: { id: user.id }, message_id: 1 }, 'nothing:here');
    const answer = await h.fake.waitForCall('answerCallbackQuery', undefined, undefined, { since });
    expect(answer.params.text).toBe('This button is no longer active. Please send the command again.');
  });
});
