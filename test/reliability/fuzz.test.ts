/**
 * Fuzzing the bot in-process (bot.handleUpdate, as Telegraf's own tests do) with fast-check:
 * random and adversarial text — huge, empty, control characters, RTL marks, zero-width joiners,
 * emoji, HTML and markdown metacharacters, SQL-looking strings — to every command (as a user and
 * as an owner), to plain messages in private chats and groups, forged and stale callback data
 * (also on inline-mode messages), and inline queries.
 *
 * The Bot API is answered in memory (Telegram.prototype.callApi), which checks every call as
 * Telegram would: a message's text is valid Telegram HTML (only the allowed tags, balanced,
 * entities escaped) and at most 4096 characters once parsed; every callback and inline query is
 * answered exactly once. No handler may fail (bot.catch would log 'handler failed'), and the bot
 * still answers afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import pino from 'pino';
import { Telegram, TelegramError, type Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app.js';
import type { BotContext } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/create-bot.js';
import type { Db } from '../../src/db/client.js';
import { createServices, createStores } from '../../src/services/index.js';
import { parseTelegramHtml } from '../support/fake-telegram.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5200);
const OWNER = 4_000_001;
const BOT = {
  id: 4_999_999,
  is_bot: true,
  first_name: 'Guarantor',
  username: 'guarantor_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
} as const;

let dir: string;
let db: Db;
let bot: Telegraf<BotContext>;
const errors: string[] = [];
const problems: string[] = [];
const answered = new Map<string, number>();
let messageId = 1;
const original = Telegram.prototype.callApi;
const stats = { updates: 0, calls: 0, messages: 0, callbacks: 0, inline: 0 };

function checkText(method: string, text: unknown): void {
  if (typeof text !== 'string' || text.length === 0) return void problems.push(`${method}: empty or missing text`);
  try {
    const parsed = parseTelegramHtml(text);
    if (parsed.text.length > 4096) problems.push(`${method}: ${parsed.text.length} characters`);
    if (parsed.text.trim().length === 0) problems.push(`${method}: text empty once parsed`);
  } catch (err) {
    problems.push(`${method}: ${(err as Error).message} in ${JSON.stringify(text.slice(0, 300))}`);
  }
}

/** The Bot API, in memory, strict where Telegram is. */
async function fakeApi(method: string, payload: Record<string, unknown>): Promise<unknown> {
  stats.calls++;
  const chatId = payload.chat_id as number | undefined;
  const message = (text: unknown) => ({ message_id: messageId++, date: 1, chat: { id: chatId, type: (chatId ?? 0) < 0 ? 'supergroup' : 'private' }, text });
  switch (method) {
    case 'sendMessage':
      stats.messages++;
      if (payload.parse_mode === 'HTML') checkText(method, payload.text);
      else if (typeof payload.text !== 'string' || payload.text.length > 4096 || !payload.text.trim()) problems.push(`sendMessage: bad plain text`);
      return message(payload.text);
    case 'editMessageText':
      stats.messages++;
      if (payload.parse_mode === 'HTML') checkText(method, payload.text);
      return payload.inline_message_id ? true : message(payload.text);
    case 'editMessageReplyMarkup':
    case 'deleteMessage':
    case 'sendChatAction':
    case 'setMyCommands':
    case 'setChatMenuButton':
      return true;
    case 'sendDocument':
    case 'sendPhoto':
      if (payload.caption !== undefined && payload.parse_mode === 'HTML') checkText(method, payload.caption);
      return { ...message(undefined), document: { file_id: 'f', file_unique_id: 'u' } };
    case 'answerCallbackQuery': {
      const id = String(payload.callback_query_id);
      answered.set(id, (answered.get(id) ?? 0) + 1);
      if (typeof payload.text === 'string' && payload.text.length > 200) problems.push(`answerCallbackQuery: text of ${payload.text.length}`);
      return true;
    }
    case 'answerInlineQuery': {
      const id = String(payload.inline_query_id);
      answered.set(id, (answered.get(id) ?? 0) + 1);
      const results = (typeof payload.results === 'string' ? JSON.parse(payload.results) : payload.results) as Array<{
        input_message_content?: { message_text?: string; parse_mode?: string };
      }>;
      if (results.length > 50) problems.push('answerInlineQuery: more than 50 results');
      for (const r of results) if (r.input_message_content?.parse_mode === 'HTML') checkText('inline result', r.input_message_content.message_text);
      return true;
    }
    case 'getChatMember':
      return { status: payload.user_id === OWNER ? 'creator' : 'member', user: { id: payload.user_id, is_bot: false, first_name: 'x' } };
    case 'getChatAdministrators':
      return [];
    case 'getChat': {
      // As Telegram: a numeric id or a public @username; anything else is not a chat.
      const c = payload.chat_id;
      if (typeof c === 'number') return { id: c, type: c < 0 ? 'supergroup' : 'private' };
      if (typeof c === 'string' && /^@[A-Za-z][A-Za-z0-9_]{4,31}$/.test(c))
        return { id: -1_001_000_000_000 - c.length, type: 'channel', title: c, username: c.slice(1) };
      throw new TelegramError({ error_code: 400, description: 'Bad Request: chat not found' });
    }
    case 'getFile':
      return { file_id: 'f', file_unique_id: 'u', file_size: 10 };
    default:
      problems.push(`unexpected method ${method}`);
      return true;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'guarantor-fuzz-'));
  const databaseUrl = `file:${path.join(dir, 'fuzz.db')}`;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        const entry = JSON.parse(line) as { level: number; msg?: string; err?: { message?: string; stack?: string } };
        if (entry.level >= 50) errors.push(`${entry.msg}: ${entry.err?.stack ?? entry.err?.message ?? ''}`.slice(0, 2000));
      }
      done();
    },
  });
  const logger = pino({ level: 'warn' }, sink);
  db = await prepareDatabase({ databaseUrl }, logger);
  const services = createServices(createStores(db), { adminIds: [BigInt(OWNER)], adminChatId: undefined }, { logger });
  bot = createBot({ token: '4999999:FUZZ', apiRoot: 'http://127.0.0.1:9', services, logger, botInfo: BOT, flood: false });
  Telegram.prototype.callApi = function (method: string, payload: Record<string, unknown>) {
    return fakeApi(method, payload ?? {});
  } as typeof Telegram.prototype.callApi;
}, 120_000);

afterAll(async () => {
  Telegram.prototype.callApi = original;
  await db?.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

// ── arbitraries ─────────────────────────────────────────────────────────────────────────────────

const nasty = fc.constantFrom(
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&bogus;',
  '<b>',
  '</b>',
  '<i>',
  '<a href="javascript:alert(1)">',
  '<script>',
  '</code>',
  '<pre>',
  '"',
  "'",
  '\u202E',
  '\u200F',
  '\u200E',
  '\u200D',
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\n',
  '\r\n',
  '\t',
  '👨‍👩‍👧‍👦',
  '🇩🇪',
  '🇺🇦',
  '🏳️‍🌈',
  '\uD83D',
  'é',
  '̀',
  '*',
  '_',
  '__',
  '`',
  '```',
  '[x](http://e)',
  '~',
  '||',
  '|',
  '\\',
  '/',
  '@',
  '#',
  '\'; DROP TABLE "Subscription"; --',
  "' OR '1'='1",
  '%s%n%x',
  '${process.exit()}',
  '{$name}',
  '{{x}}',
  'NaN',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '2026-02-31',
  '31.02.2024',
  'https://example.org/x',
  'Germany',
  'Німеччина',
  'DE',
  'de',
  'JP',
  '🇯🇵',
  'military',
  'daily',
  'weekly',
  'instant',
  'en',
  'uk',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'true',
);

const textArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 })
      .map((a) => a.join(fc.sample(fc.constantFrom(' ', '', ' | ', ','), 1)[0])),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(nasty, fc.integer({ min: 200, max: 1200 })).map(([s, n]) => s.repeat(n).slice(0, 4096)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 3000, maxLength: 4096 }) },
);

const COMMANDS = [
  'start',
  'help',
  'country',
  'pillar',
  'signatories',
  'countries',
  'timeline',
  'stats',
  'frameworks',
  'sources',
  'language',
  'subscribe',
  'settings',
  'digest',
  'unsubscribe',
  'timezone',
  'cancel',
  'adminhelp',
  'admins',
  'announce',
  'export',
  'newevent',
  'new',
  'grant',
  'revoke',
  'audit',
  'import',
  'undo',
  'addevent',
  'addpartner',
  'join',
  'addagreement',
  'extend',
  'addpledge',
  'delete',
  'restore',
  'nosuch',
];
const DATA = [
  'country:DE',
  'country:XX',
  'country:',
  'page:countries:0',
  'page:countries:-1',
  'page:countries:99999',
  'page:timeline:3',
  'pillar:military',
  'pillar:__proto__',
  'lang:en',
  'lang:uk',
  'lang:xx',
  'settings:freq:daily',
  'settings:hour:25',
  'settings:silent',
  'sub:on',
  'sub:off',
  'admin:publish:1',
  'admin:cancel:1',
  'import:apply:x',
  'announce:send:x',
  'noop',
  'constructor',
  '__proto__:x',
  'toString',
];

const userArb = fc.record({
  id: fc.oneof(fc.integer({ min: 4_100_000, max: 4_100_400 }), fc.constant(OWNER)),
  language_code: fc.option(fc.constantFrom('uk', 'en', 'de', 'ru', ''), { nil: undefined }),
  first_name: fc.oneof(
    fc.constant('Fuzz'),
    textArb.map((s) => s.slice(0, 64) || 'x'),
  ),
});
const chatArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('private' as const) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }).map((n) => -1_000_000_000_000 - n) },
);

let updateId = 1;
const updateArb = fc
  .tuple(
    fc.constantFrom('command', 'command', 'command', 'text', 'callback', 'callback', 'inline'),
    userArb,
    chatArb,
    fc.constantFrom(...COMMANDS),
    fc.boolean(),
    textArb,
    fc.oneof(
      fc.constantFrom(...DATA),
      fc.string({ unit: 'binary', maxLength: 64 }),
      fc.tuple(fc.constantFrom(...DATA), textArb).map(([d, t]) => `${d}${t}`.slice(0, 64)),
    ),
    fc.boolean(),
  )
  .map(([kind, u, chatKind, command, mention, text, data, inlineMessage]): Update => {
    const from = { id: u.id, is_bot: false, first_name: u.first_name, ...(u.language_code ? { language_code: u.language_code } : {}) };
    const chat =
      chatKind === 'private' ? { id: u.id, type: 'private' as const, first_name: u.first_name } : { id: chatKind, type: 'supergroup' as const, title: 'Group' };
    const update_id = updateId++;
    if (kind === 'inline') return { update_id, inline_query: { id: `iq${update_id}`, from, query: text.slice(0, 256), offset: '', chat_type: 'sender' } };
    if (kind === 'callback') {
      const base = { id: `cb${update_id}`, from, chat_instance: '1', data };
      if (inlineMessage && chatKind === 'private') return { update_id, callback_query: { ...base, inline_message_id: 'inl' + update_id } } as Update;
      return { update_id, callback_query: { ...base, message: { message_id: 1 + (update_id % 50), date: 1, chat, from: BOT, text: 'old message' } } } as Update;
    }
    const head = kind === 'command' ? `/${command}${mention ? `@${BOT.username}` : ''}` : '';
    const body = kind === 'command' ? `${head} ${text}`.slice(0, 4096) : text || '?';
    const entities = kind === 'command' ? [{ type: 'bot_command' as const, offset: 0, length: head.length }] : undefined;
    return {
      update_id,
      message: { message_id: update_id, date: Math.floor(Date.now() / 1000), chat, from, text: body, ...(entities ? { entities } : {}) },
    } as Update;
  });

describe('fuzzing every way in', () => {
  it(`survives ${RUNS} adversarial updates: no handler fails, every message is valid HTML under 4096, every query answered once`, async () => {
    await fc.assert(
      fc.asyncProperty(updateArb, async (update) => {
        stats.updates++;
        const before = problems.length + errors.length;
        await bot.handleUpdate(update);
        if ('callback_query' in update) {
          stats.callbacks++;
          const n = answered.get(update.callback_query.id) ?? 0;
          if (n !== 1) problems.push(`callback ${JSON.stringify((update.callback_query as { data?: string }).data)} answered ${n} times`);
        }
        if ('inline_query' in update) {
          stats.inline++;
          const n = answered.get(update.inline_query.id) ?? 0;
          if (n !== 1) problems.push(`inline query ${JSON.stringify(update.inline_query.query.slice(0, 40))} answered ${n} times`);
        }
        if (problems.length + errors.length > before) {
          throw new Error(`${[...problems, ...errors].slice(before).join('\n')}\nupdate: ${JSON.stringify(update).slice(0, 600)}`);
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // Still answering afterwards.
    const before = stats.messages;
    await bot.handleUpdate({
      update_id: updateId++,
      message: {
        message_id: 1,
        date: 1,
        chat: { id: 4_200_000, type: 'private', first_name: 'After' },
        from: { id: 4_200_000, is_bot: false, first_name: 'After', language_code: 'en' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    } as Update);
    expect(stats.messages).toBe(before + 1);
    console.log(
      `[reliability] fuzz: ${stats.updates} updates (${stats.callbacks} button presses, ${stats.inline} inline queries), ${stats.calls} API calls, ${stats.messages} messages checked, 0 failures`,
    );
    expect(stats.updates).toBeGreaterThanOrEqual(5000);
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  }, 600_000);
});
