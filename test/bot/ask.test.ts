/**
 * Plain-language questions end to end: text in through the fake Bot API, the answer out, in both
 * languages; group chats answer only when addressed; unrecognised and over-long text get replies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../support/fake-telegram.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const en = { id: 3001, first_name: 'Ann', language_code: 'en' };
const uk = { id: 3002, first_name: 'Оксана', language_code: 'uk' };

async function ask(user: typeof en, text: string): Promise<string> {
  const since = h.fake.mark();
  h.fake.sendText(user, text);
  // A long answer may come in several messages; the last one ends with the data date (or is a short reply).
  const last = await h.fake.waitForMessage(
    user.id,
    (t) => /Data as of|Дані станом|too long|задовге|<i>|understand|зрозумів|not a partner of|не є партнером/.test(t),
    undefined,
    { since },
  );
  const parts = h.fake.calls.filter((c) => c.seq >= since && c.seq <= last.seq && c.ok && c.method === 'sendMessage' && c.params.chat_id === user.id);
  for (const p of parts) {
    expect(p.params.parse_mode).toBe('HTML');
    expect(String(p.params.text).length).toBeLessThanOrEqual(4096);
  }
  return parts.map((p) => String(p.params.text)).join('\n');
}

// [language, question, facts the answer must contain]
const table: Array<['en' | 'uk', string, string[]]> = [
  ['en', 'When did Japan sign?', ['13 June 2024', 'Fasano', 'Kishida', 'Data as of 25 June 2026']],
  ['en', 'When was the agreement with Japan signed?', ['13 June 2024']],
  ['en', 'when did germny sign', ['16 February 2024', 'Berlin']],
  ['en', 'When did the UK sign its agreement?', ['12 January 2024', 'Kyiv', 'Sunak']],
  ['en', 'Who signed for Italy?', ['Meloni', '24 February 2024']],
  ['en', 'Has Hungary joined?', ['Hungary is not among the partners', '25 June 2026']],
  ['en', 'Has Austria joined the declaration?', ['Austria is not among the partners']],
  ['en', 'Has Kosovo joined the declaration?', ['Yes', 'Kosovo', '20 August 2023']],
  ['en', 'Has the US joined the Ukraine Compact?', ['Yes', 'Ukraine Compact', '11 July 2024']],
  ['en', 'Has Croatia joined the declaration?', ['No', 'Croatia', 'related bilateral agreement', '9 October 2024']],
  ['en', 'When did Croatia sign?', ['9 October 2024', 'Dubrovnik', 'not one of its series']],
  ['en', 'Which countries signed in June 2024?', ['June 2024', '5 countries', 'Japan', 'United States', 'Estonia', 'Lithuania', 'European Union']],
  ['en', 'Which countries signed between March and May 2024?', ['9 countries', 'Netherlands', 'Sweden']],
  ['en', 'Who signed in 2025?', ['one country', 'Albania', '21 January 2025']],
  ['en', 'What did Germany pledge for 2024?', ['Germany', 'for 2024', '€7.1bn', 'promised']],
  ['en', 'What did Japan pledge?', ['US$4.5bn for Ukraine in 2024', '(promised)']],
  ['en', 'How many countries have agreements?', ['<b>29</b> partners', '28 of them', 'Croatia']],
  ['en', 'How many countries joined the declaration?', ['<b>33</b> partners have joined']],
  ['en', 'Who signed first?', ['United Kingdom', '12 January 2024']],
  ['en', 'Who signed the most recent agreement?', ['Albania', '21 January 2025', 'Davos']],
  ['en', 'How long is the agreement with France?', ['10 years', '16 February 2034']],
  ['en', "Is Greece's agreement ratified?", ['awaiting ratification', 'Greece']],
  ['en', "Which pillars does Canada's agreement cover?", ['4 pillars', 'Intelligence sharing']],
  ['en', 'Does the Polish agreement cover cyber?', ['No', 'Poland', 'Cyber defence']],
  ['en', 'Does the Danish agreement cover cyber security?', ['Yes', 'Denmark']],
  ['en', 'Which frameworks has Germany joined?', ['Ukraine Compact', 'Coalition of the Willing']],
  ['en', 'Who is in the Coalition of the Willing?', ['At least 17 members are named in our sources', '26 countries', 'France', 'Sweden']],
  ['en', 'Ukraine Compact members', ['23 members', 'Romania']],
  ['en', 'When did Atlantis sign?', ['know a partner called “Atlantis”', '/country lists all partners']],
  ['en', '🇯🇵 when?', ['13 June 2024']],
  ['en', 'Germany', ['16 February 2024', 'Frameworks joined', 'Ukraine Compact']],
  ['uk', 'Японія', ['13 червня 2024 р.', 'Участь у форматах:', 'Український компакт']],
  ['en', 'When did Germany and France sign?', ['Berlin', 'Paris', '16 February 2024']],
  ['en', 'Which countries signed in May?', ['May 2024', '6 countries', 'Spain']],
  ['uk', 'Коли Франція підписала угоду?', ['16 лютого 2024 р.', 'Париж', 'Макрон', 'Дані станом на 25 червня 2026 р.']],
  ['uk', 'Коли підписали угоду з Японією?', ['13 червня 2024 р.', 'Фазано']],
  ['uk', 'Хто підписав угоду від Італії?', ['Мелоні', '24 лютого 2024 р.']],
  ['uk', 'Хто підписав угоди в червні 2024?', ['Червень 2024', '5 країн', 'Японія', 'Естонія']],
  ['uk', 'Які країни підписали угоди у травні 2024 року?', ['6 країн', 'Іспанія', 'Норвегія']],
  ['uk', 'Хто підписав угоди в 2025 році?', ['1 країна', 'Албанія']],
  ['uk', 'Що пообіцяла Німеччина на 2024 рік?', ['Зобов’язання 🇩🇪 <b>Німеччини</b> на 2024 рік', '7,1 млрд євро']],
  ['uk', 'Скільки країн підписали угоди?', ['<b>29</b> партнерів', 'Хорватія']],
  ['uk', 'Скільки країн приєдналися до декларації?', ['<b>33</b> учасники']],
  ['uk', 'Чи приєдналася Угорщина до декларації?', ['Угорщина не входить до партнерів']],
  ['uk', 'Коли закінчується угода з Грецією?', ['10 років', '17 жовтня 2034 р.']],
  ['uk', 'Чи ратифікована угода з Грецією?', ['з 🇬🇷 <b>Грецією</b>', 'ще очікувала ратифікації']],
  ['uk', 'Чи ратифікована угода з Німеччиною?', ['чи ратифіковано угоду з 🇩🇪 <b>Німеччиною</b>', '(підписану 16 лютого 2024 р.)']],
  ['uk', 'Чи охоплює угода з Польщею кібербезпеку?', ['Ні', 'з 🇵🇱 <b>Польщею</b>', 'Кіберзахист']],
  ['uk', 'Які напрями охоплює угода з Канадою?', ['4 напрями']],
  ['uk', 'До яких форматів приєдналася Естонія?', ['🇪🇪 <b>Естонія</b> приєдналася до таких форматів:', 'Український компакт']],
  ['uk', 'Хто підписав першим?', ['Велика Британія', '12 січня 2024 р.']],
  ['uk', 'Хто входить до Коаліції охочих?', ['щонайменше 17', 'це не повний перелік', '26 країн']],
  ['uk', 'Коли Хорватія підписала угоду?', ['9 жовтня 2024 р.', 'не належить до її серії']],
  ['uk', 'Коли підписала угоду Нимеччина?', ['16 лютого 2024 р.']],
  ['uk', 'коли США підписали', ['13 червня 2024 р.', 'між Україною та 🇺🇸 <b>Сполученими Штатами Америки</b>']],
  ['uk', 'Чи є Литва в Коаліції охочих?', ['Так', '<b>Литва</b> приєдналася до <i>Коаліції охочих</i>', '24 лютого 2026 р.']],
  ['uk', 'Що пообіцяла Данія?', ['Зобов’язання 🇩🇰 <b>Данії</b>', '1,8 млрд євро', '8,5 млрд євро']],
  ['en', 'When did Ireland join?', ['Ireland', 'exact date unknown, on or before 2 August 2023']],
  ['uk', 'Коли Ірландія приєдналася до декларації?', ['Ірландія', 'точна дата невідома, не пізніше 2 серпня 2023 р.']],
  ['en', 'What is the Coalition of the Willing?', ['<b>Coalition of the Willing</b>', '2 March 2025', 'At least 17 members']],
  ['uk', 'Що таке Коаліція охочих?', ['<b>Коаліція охочих</b>', '2 березня 2025 р.', 'щонайменше 17']],
  ['en', '🇩🇪', ['Germany', '16 February 2024']],
  ['en', 'When did Bulgaria sign?', ['joined the G7 <i>Joint Declaration of Support for Ukraine</i> (16 August 2023)', 'recorded up to 25 June 2026']],
];

describe('plain-language questions in a private chat', () => {
  it('has a table of at least 40 questions', () => expect(table.length).toBeGreaterThanOrEqual(40));

  it.each(table)('[%s] %s', async (lang, question, facts) => {
    const answer = await ask(lang === 'en' ? en : uk, question);
    for (const fact of facts) expect(answer).toContain(fact);
    // Every answer names its source and freshness.
    expect(answer).toMatch(lang === 'en' ? /Source|Data as of/ : /Джерел|Дані станом/);
    expect(answer.length).toBeLessThanOrEqual(4096);
  });

  it('answers about Russia with one sober line in both languages, as /country does', async () => {
    expect(await ask(en, 'Has Russia signed?')).toBe('🇷🇺 Russia is the state waging the war against Ukraine; it is not a partner of these commitments.');
    expect(await ask(uk, 'Чи приєдналася Росія до декларації?')).toBe('🇷🇺 Росія — держава, яка веде війну проти України; вона не є партнером цих зобов’язань.');
    expect(await ask(en, '/country Russia')).toBe('🇷🇺 Russia is the state waging the war against Ukraine; it is not a partner of these commitments.');
    expect(await ask(uk, '/country Білорусь')).toMatch(/^🇧🇾 Білорусь .*не є партнером цих зобов’язань\.$/);
  });

  it('answers unrecognised text with example questions in the user language', async () => {
    expect(await ask(en, 'hello there')).toContain('When did Japan sign?');
    expect(await ask(uk, 'Привіт, як справи?')).toContain('Коли Японія підписала угоду?');
  });

  it('answers "when did … join?" with the date, not with "Yes:"', async () => {
    const enAnswer = await ask(en, 'When did Japan join the declaration?');
    expect(enAnswer).toMatch(/^🇯🇵 <b>Japan<\/b> joined the <i>Joint Declaration of Support for Ukraine<\/i> on <b>12 July 2023<\/b>/);
    expect(await ask(en, 'Has Japan joined the declaration?')).toMatch(/^Yes: /);
    expect(await ask(uk, 'Коли Японія приєдналася до декларації?')).not.toContain('Так:');
  });

  it('explains that Ukraine is the recipient when a question names it as a partner', async () => {
    expect(await ask(en, 'When did Ukraine sign?')).toContain('Ukraine is the country these commitments are made to');
    expect(await ask(uk, 'Коли Україна приєдналася до декларації?')).toContain('Ці зобов’язання партнери беруть перед Україною');
    // "Support for Ukraine" in a framework's name is not a question about Ukraine.
    expect(await ask(en, 'Which countries joined the Joint Declaration of Support for Ukraine?')).toContain('33 members');
  });

  it('opens the card of a pillar named on its own, as /pillar does', async () => {
    expect(await ask(en, 'cyber')).toContain('Key pledges under this pillar');
    expect(await ask(uk, 'кібербезпека')).toContain('Основні внески за цим напрямом');
  });

  it('answers over-long text politely', async () => {
    expect(await ask(en, 'a'.repeat(600))).toContain('too long');
    expect(await ask(uk, 'я'.repeat(600))).toContain('задовге');
  });

  it('leaves unknown commands to the unhandled reply', async () => {
    expect(await ask(en, '/nonsense')).toContain('I did not understand that');
  });
});

describe('in a group', () => {
  const group = { id: -1009001, type: 'supergroup' as const, title: 'Analysts' };

  it('answers only when mentioned or replied to', async () => {
    const since = h.fake.mark();
    h.fake.sendText(en, 'When did Japan sign?', { chat: group });
    h.fake.sendText(en, '@guarantor_test_bot When did France sign?', { chat: group });
    const reply = await h.fake.waitForMessage(group.id, undefined, undefined, { since });
    expect(String(reply.params.text)).toContain('16 February 2024');
    expect(String(reply.params.text)).not.toContain('Japan');

    const since2 = h.fake.mark();
    h.fake.sendText(uk, 'Коли підписала Естонія?', { chat: group, replyTo: reply.response as Message });
    const reply2 = await h.fake.waitForMessage(group.id, undefined, undefined, { since: since2 });
    expect(String(reply2.params.text)).toContain('27 червня 2024 р.');

    // Plain chatter, and a reply to someone else's message, get nothing.
    const since3 = h.fake.mark();
    h.fake.sendText(en, 'lunch anyone?', { chat: group });
    h.fake.sendText(uk, 'Коли підписала Литва?', { chat: group, replyTo: { message_id: 1, chat: group, date: 0, from: en, text: 'x' } as unknown as Message });
    h.fake.sendText(en, '@guarantor_test_bot has Hungary joined?', { chat: group });
    const reply3 = await h.fake.waitForMessage(group.id, undefined, undefined, { since: since3 });
    expect(String(reply3.params.text)).toContain('Hungary is not among the partners');
    const sent = h.fake.calls.filter((c) => c.seq >= since3 && c.method === 'sendMessage' && c.params.chat_id === group.id);
    expect(sent).toHaveLength(1);
  });
});

describe('follow-ups, small talk and inline mode', () => {
  it('a bare mention in a group gets a greeting with example questions, not "I didn\'t understand"', async () => {
    const group = { id: -1009002, type: 'supergroup' as const, title: 'Friends' };
    const since = h.fake.mark();
    h.fake.sendText(en, '@guarantor_test_bot', { chat: group });
    const reply = String((await h.fake.waitForMessage(group.id, undefined, undefined, { since })).params.text);
    expect(reply).toContain('Hello!');
    expect(reply).toContain('When did Japan sign?');
    expect(reply).not.toMatch(/didn't understand/);
  });

  it('remembers the last subject of the chat: "where was it signed?" after a question about Poland', async () => {
    const user = { id: 3101, first_name: 'Maks', language_code: 'uk' };
    expect(await ask(user as typeof en, 'Коли підписала Польща?')).toContain('8 липня 2024 р.');
    expect(await ask(user as typeof en, 'Скільки вона пообіцяла?')).toContain('Польщ');
    expect(await ask(user as typeof en, 'а Франція?')).toContain('3 млрд');
  });

  it('offers the partner for a flag, and the "nothing found" button opens a welcome that explains inline mode', async () => {
    let since = h.fake.mark();
    h.fake.inlineQuery({ id: 3201, first_name: 'Ann', language_code: 'en' }, '🇯🇵');
    let call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    expect((call.params.results as Array<{ title: string }>).map((r) => r.title)).toEqual(['🇯🇵 Japan']);

    since = h.fake.mark();
    h.fake.inlineQuery({ id: 3201, first_name: 'Ann', language_code: 'en' }, 'Atlantis');
    call = await h.fake.waitForCall('answerInlineQuery', undefined, undefined, { since });
    const button = call.params.button as { start_parameter: string };
    since = h.fake.mark();
    h.fake.sendText({ id: 3201, first_name: 'Ann', language_code: 'en' }, `/start ${button.start_parameter}`);
    const welcome = String((await h.fake.waitForMessage(3201, undefined, undefined, { since })).params.text);
    expect(welcome).toContain('Nothing matched your inline search');
    expect(welcome).not.toContain('did not recognise the link');
  });
});
