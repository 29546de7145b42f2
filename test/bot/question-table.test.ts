/**
 * The question table (test/support/question-table.ts) through the real bot: each question (or
 * conversation) is an update handled by the bot end to end — features, the questions service with
 * its per-chat memory, the domain, the seeded database — and the replies are read from the fake Bot
 * API. Prints answered / partly / fallback / wrong per language; fails on any wrong answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from 'telegraf/types';
import { type Harness, startHarness } from '../support/harness.js';
import { QUESTION_TABLE, type QuestionCase } from '../support/question-table.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Outcome = 'answered' | 'partly' | 'fallback' | 'wrong';

/** Replies that do not claim to know: help, small talk's examples aside, clarifying questions, "I don't know". */
const FALLBACK = [
  /I didn['’]t understand|не зрозумів/,
  /Which one do you mean|Кого саме ви маєте на увазі|Which partner do you mean|Про якого партнера йдеться/,
  /I don['’]t know a partner called|не знаю партнера/,
];

let updateId = 9_000_000;

/** One message from the user, handled by the bot to completion (its replies are recorded by the fake API). */
async function ask(chatId: number, lang: 'en' | 'uk', text: string): Promise<void> {
  const from = { id: chatId, is_bot: false, first_name: 'Table', language_code: lang };
  const chat = { id: chatId, type: 'private' as const, first_name: 'Table' };
  h.fake.setChat(chat);
  const update = { update_id: ++updateId, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), from, chat, text } } as Update;
  await h.app.bot.handleUpdate(update);
}

function judge(c: QuestionCase, reply: string): Outcome {
  const isFallback = FALLBACK.some((rx) => rx.test(reply));
  if (c.not?.some((s) => reply.includes(s))) return 'wrong';
  if (c.expect === 'fallback') return isFallback ? 'fallback' : 'wrong';
  if (isFallback) return 'fallback';
  const found = c.expect.filter((s) => reply.includes(s));
  if (found.length === c.expect.length) return 'answered';
  return reply.includes(c.expect[0]!) ? 'partly' : 'wrong';
}

describe('the question table through the bot', () => {
  it('has at least 100 questions per language', () => {
    expect(QUESTION_TABLE.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(100);
    expect(QUESTION_TABLE.filter((c) => c.lang === 'uk').length).toBeGreaterThanOrEqual(100);
  });

  it('answers with 0 wrong answers', async () => {
    const tally: Record<'en' | 'uk', Record<Outcome, number>> = {
      en: { answered: 0, partly: 0, fallback: 0, wrong: 0 },
      uk: { answered: 0, partly: 0, fallback: 0, wrong: 0 },
    };
    const wrong: string[] = [];
    const notAnswered: string[] = [];
    let chatId = 700_000;
    for (const c of QUESTION_TABLE) {
      const id = ++chatId;
      const texts = Array.isArray(c.q) ? c.q : [c.q];
      let reply = '';
      for (const text of texts) {
        const before = h.fake.sentMessages(id).length;
        await ask(id, c.lang, text);
        reply = h.fake
          .sentMessages(id)
          .slice(before)
          .map((m) => m.text)
          .join('\n');
      }
      const outcome = judge(c, reply);
      tally[c.lang][outcome]++;
      const line = `[${c.lang}] ${c.cls}: ${texts.join(' → ')}\n    ${reply.replace(/\s+/g, ' ').slice(0, 300)}`;
      if (outcome === 'wrong') wrong.push(line);
      else if (outcome !== 'answered' && c.expect !== 'fallback') notAnswered.push(`(${outcome}) ${line}`);
    }
    const summary = (['en', 'uk'] as const)
      .map((l) => `${l}: answered ${tally[l].answered}, partly ${tally[l].partly}, fallback ${tally[l].fallback}, wrong ${tally[l].wrong}`)
      .join('\n');
    console.log(`Question table (${QUESTION_TABLE.length} questions)\n${summary}`);
    if (process.env.QUESTION_TABLE_VERBOSE) console.log(notAnswered.join('\n'));
    expect(wrong, wrong.join('\n')).toEqual([]);
  }, 120_000);
});
