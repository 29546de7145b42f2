/**
 * A fake Telegram Bot API for tests — the public face of test/support/fake-telegram/:
 *
 * - types.ts       the vocabulary: recorded calls, uploads, errors, options
 * - html.ts        Telegram's content checks: HTML parse mode, text/caption limits, keyboards, inline results
 * - state.ts       the server's state and Bot API methods: chats, messages, files, the update queue and
 *                  getUpdates, recorded calls, faults (429 retry_after, 5xx, 403, 400 chat not found,
 *                  migrate_to_chat_id, latency, non-JSON answers) and rate limits
 * - http.ts        routing and body parsing (JSON, multipart, urlencoded) and the HTTP server on 127.0.0.1
 * - in-process.ts  the same requests answered without a socket (Telegraf's node-fetch and the global fetch)
 * - fake.ts        FakeTelegram: injecting updates, reading what the bot sent, waiting for calls
 *
 * Answers follow the Bot API: `{ ok: true, result }` or `{ ok: false, error_code, description,
 * parameters? }`, with the HTTP status equal to error_code. Only the methods the bot calls are
 * implemented; any other answers 404 'Not Found: method not found'.
 */
export { FakeTelegram, startFakeTelegram, type Transport } from './fake-telegram/fake.js';
export { parseTelegramHtml } from './fake-telegram/html.js';
export { METHODS } from './fake-telegram/state.js';
export {
  type ApiErrorPayload,
  type ApiErrorResponse,
  DEFAULT_FAKE_TOKEN,
  type FakeUserInput,
  type MessageRef,
  type NewUpdate,
  type RateLimits,
  type RawAnswer,
  type RecordedCall,
  type SentMessage,
  type StartFakeTelegramOptions,
  type UploadedFileInfo,
  type WaitOptions,
} from './fake-telegram/types.js';
export type { Chat, Message, Update, User } from 'telegraf/types';
