/**
 * A fake Telegram Bot API server for tests.
 *
 * A real HTTP server (node:http) on 127.0.0.1 and an ephemeral port that the bot under test talks
 * to through `telegram.apiRoot`: `POST ${apiRoot}/bot${token}/${method}` with a JSON,
 * multipart/form-data or urlencoded body (GET with a query string works too). Every call is
 * recorded; updates are injected by the test and handed out by `getUpdates` (long polling);
 * faults, blocked chats, latency and rate limits can be switched on per test.
 *
 * Answers follow the Bot API: `{ ok: true, result }` or
 * `{ ok: false, error_code, description, parameters? }`, with the HTTP status equal to error_code.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type {
  BotCommand,
  CallbackQuery,
  Chat,
  ChatMember,
  File as TgFile,
  Message,
  MessageEntity,
  Update,
  User,
  UserFromGetMe,
} from 'telegraf/types';

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Public types

export const DEFAULT_FAKE_TOKEN = '123456:TEST-token_abcdefghijklmnopqrstuvwxyz';

/** What a file part of a multipart request is recorded as (in `params[field]` and in `files`). */
export interface UploadedFileInfo {
  field: string;
  file_name: string;
  mime_type: string;
  size: number;
}

export interface ApiErrorPayload {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** The error envelope recorded in `RecordedCall.response` (and sent) when a call fails. */
export interface ApiErrorResponse extends ApiErrorPayload {
  ok: false;
}

export interface RecordedCall {
  /** Monotonic sequence number (never reset), see `mark()` and the `since` option of the waiters. */
  seq: number;
  /** Canonical method name (e.g. 'sendMessage' even if called as 'sendmessage'). */
  method: string;
  /** Request parameters: JSON fields such as reply_markup parsed to objects, numeric ids as numbers. */
  params: Record<string, unknown>;
  /** The token from the URL. */
  token: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** true if answered with `ok: true`. */
  ok: boolean;
  /** The result on success, the error envelope (`ApiErrorResponse`) on failure. */
  response: unknown;
  /** Uploaded files (multipart only). */
  files: UploadedFileInfo[];
}

export interface SentMessage {
  chat_id: number | string;
  /** The `text` parameter as sent (HTML source when parse_mode is HTML). */
  text: string;
  params: Record<string, unknown>;
  message_id: number;
}

export interface FakeUserInput {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_bot?: boolean;
  is_premium?: true;
}

/** A message the tests can point at: a Message, a recorded call that returned one, or a sentMessages() entry. */
export type MessageRef = { chat: { id: number }; message_id: number } | { chat_id: number | string; message_id: number } | RecordedCall;

export interface RateLimits {
  globalPerSecond?: number;
  perChatPerSecond?: number;
  perGroupPerMinute?: number;
  /** Fixed retry_after to answer; by default the seconds until the sliding window frees up (≥ 1). */
  retryAfter?: number;
}

export interface WaitOptions {
  /** Only consider calls with `seq >= since` (see `mark()`). Default: every call recorded since the last reset(). */
  since?: number;
}

export interface StartFakeTelegramOptions {
  token?: string;
  botUser?: Partial<UserFromGetMe>;
  /** update_id of the first injected update (default 10000). */
  firstUpdateId?: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An update without its update_id (assigned by the fake). */
export type NewUpdate = DistributiveOmit<Update, 'update_id'>;

type Json = Record<string, unknown>;

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Constants

const DEFAULT_TIMEOUT_MS = 5000;
const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;

const METHODS = [
  'getMe',
  'logOut',
  'close',
  'getUpdates',
  'setWebhook',
  'deleteWebhook',
  'getWebhookInfo',
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendChatAction',
  'copyMessage',
  'forwardMessage',
  'editMessageText',
  'editMessageCaption',
  'editMessageReplyMarkup',
  'deleteMessage',
  'pinChatMessage',
  'unpinChatMessage',
  'answerCallbackQuery',
  'answerInlineQuery',
  'setMyCommands',
  'deleteMyCommands',
  'getMyCommands',
  'setMyDescription',
  'getMyDescription',
  'setMyShortDescription',
  'getMyShortDescription',
  'setMyName',
  'getMyName',
  'setChatMenuButton',
  'getChatMenuButton',
  'getChat',
  'getChatMember',
  'getChatAdministrators',
  'getChatMemberCount',
  'leaveChat',
  'getFile',
] as const;
type MethodName = (typeof METHODS)[number];
const METHOD_BY_LOWER = new Map<string, MethodName>(METHODS.map((m) => [m.toLowerCase(), m]));

/** Methods that need a chat_id (edit methods only when inline_message_id is absent; handled separately). */
const CHAT_REQUIRED = new Set<string>([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendChatAction',
  'copyMessage',
  'forwardMessage',
  'deleteMessage',
  'pinChatMessage',
  'unpinChatMessage',
  'getChat',
  'getChatMember',
  'getChatAdministrators',
  'getChatMemberCount',
  'leaveChat',
]);
const EDIT_METHODS = new Set<string>(['editMessageText', 'editMessageCaption', 'editMessageReplyMarkup']);
/** Methods that write to a chat: refused with 403 when the chat is blocked. */
const WRITE_METHODS = new Set<string>([
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'sendChatAction',
  'copyMessage',
  'forwardMessage',
  'deleteMessage',
  'pinChatMessage',
  'unpinChatMessage',
  ...EDIT_METHODS,
]);
/** Methods that produce or change messages: subject to enforceRateLimits(). */
const RATE_LIMITED = new Set<string>(['sendMessage', 'sendPhoto', 'sendDocument', 'copyMessage', 'forwardMessage', ...EDIT_METHODS]);

const JSON_FIELDS = new Set([
  'reply_markup',
  'results',
  'entities',
  'caption_entities',
  'link_preview_options',
  'reply_parameters',
  'commands',
  'scope',
  'menu_button',
  'allowed_updates',
  'media',
  'button',
]);
const INT_FIELDS = new Set([
  'chat_id',
  'from_chat_id',
  'message_id',
  'user_id',
  'offset',
  'limit',
  'timeout',
  'reply_to_message_id',
  'cache_time',
  'message_thread_id',
  'max_connections',
]);
const BOOL_FIELDS = new Set([
  'disable_notification',
  'protect_content',
  'show_alert',
  'is_personal',
  'drop_pending_updates',
  'disable_web_page_preview',
  'allow_sending_without_reply',
  'disable_content_type_detection',
  'has_spoiler',
  'show_caption_above_media',
]);
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);
const DEFAULT_UPDATE_TYPES_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);
const INLINE_BUTTON_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];
const MIME_BY_EXT: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  zip: 'application/zip',
  html: 'text/html',
  xml: 'application/xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const QUERY_TOO_OLD = 'query is too old and response timeout expired or query ID is invalid';

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Errors and small helpers

class BotApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: ApiErrorPayload['parameters'],
  ) {
    super(description);
  }
  toResponse(): ApiErrorResponse {
    const r: ApiErrorResponse = { ok: false, error_code: this.error_code, description: this.description };
    if (this.parameters) r.parameters = this.parameters;
    return r;
  }
}

const bad = (what: string): BotApiError => new BotApiError(400, `Bad Request: ${what}`);

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

function nowSec(): number {
  return Math.floor(Date.now() / 1000);
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Guesses a MIME type from the extension (multipart parts from Telegraf carry no content-type). */
function mimeFor(fileName: string, fallback?: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = ext === undefined ? undefined : MIME_BY_EXT[ext];
  // undici reports 'text/plain' for parts without a content-type header: not informative.
  return known ?? (fallback && fallback !== 'text/plain' ? fallback : 'application/octet-stream');
}

function updateType(u: Update): string {
  return Object.keys(u).find((k) => k !== 'update_id') ?? 'unknown';
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function randomDigits(n: number): string {
  let s = String(1 + Math.floor(Math.random() * 9));
  while (s.length < n) s += String(Math.floor(Math.random() * 10));
  return s;
}

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Telegram HTML parse mode

const HTML_TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const ENTITY_RE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/y;

/**
 * Parses Telegram's HTML parse mode into plain text + entities (offsets in UTF-16 code units, as
 * the Bot API reports them). Stricter than Telegram in one respect: an `&name;` other than &lt;
 * &gt; &amp; &quot; is rejected (Telegram would show it literally — which is a bug in the bot).
 * Numeric entities (&#39; &#x27;) are accepted; a lone `&` not forming an entity is plain text.
 */
export function parseTelegramHtml(src: string): { text: string; entities: MessageEntity[] } {
  const fail = (what: string): never => {
    throw bad(`can't parse entities: ${what}`);
  };
  const at = (i: number): number => Buffer.byteLength(src.slice(0, i), 'utf8');
  const decodeEntityAt = (s: string, i: number, offsetBase: number): { value: string; end: number } | undefined => {
    ENTITY_RE.lastIndex = i;
    const m = ENTITY_RE.exec(s);
    if (!m) return undefined;
    const body = m[1] ?? '';
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) fail(`Invalid numeric HTML entity "${m[0]}" at byte offset ${offsetBase}`);
      return { value: String.fromCodePoint(cp), end: i + m[0].length };
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) {
      fail(`Unsupported HTML entity "${m[0]}" at byte offset ${offsetBase}: only &lt; &gt; &amp; &quot; and numeric entities are supported`);
    }
    return { value: named ?? '', end: i + m[0].length };
  };
  const decodeAttr = (raw: string, base: number): string => {
    let out = '';
    for (let k = 0; k < raw.length; ) {
      if (raw[k] === '&') {
        const d = decodeEntityAt(raw, k, base);
        if (d) {
          out += d.value;
          k = d.end;
          continue;
        }
      }
      out += raw[k];
      k++;
    }
    return out;
  };

  interface Open {
    tag: string;
    start: number;
    byteOffset: number;
    attrs: Map<string, string>;
    language?: string;
  }
  const stack: Open[] = [];
  const entities: Json[] = [];
  let text = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '<') {
      if (src[i + 1] === '/') {
        const end = src.indexOf('>', i + 2);
        if (end < 0) fail(`Unclosed end tag at byte offset ${at(i)}`);
        const name = src.slice(i + 2, end).trim().toLowerCase();
        const top = stack.pop();
        if (!top) fail(`Unexpected end tag at byte offset ${at(i)}`);
        else {
          if (top.tag !== name) fail(`Unmatched end tag at byte offset ${at(i)}, expected "</${top.tag}>", found "</${name}>"`);
          const length = text.length - top.start;
          const parent = stack[stack.length - 1];
          const type = HTML_TAGS[top.tag] ?? 'bold';
          if (length > 0) {
            const e: Json = { type, offset: top.start, length };
            let keep = true;
            if (top.tag === 'a') {
              const href = top.attrs.get('href');
              const mention = href ? /^tg:\/\/user\?id=(\d+)$/.exec(href) : null;
              if (!href) keep = false;
              else if (mention) {
                e.type = 'text_mention';
                e.user = { id: Number(mention[1]), is_bot: false, first_name: '' };
              } else e.url = href;
            } else if (top.tag === 'code' && parent?.tag === 'pre') {
              const cls = top.attrs.get('class');
              if (cls?.startsWith('language-')) parent.language = cls.slice('language-'.length);
              keep = false;
            } else if (top.tag === 'pre') {
              if (top.language) e.language = top.language;
            } else if (top.tag === 'blockquote') {
              if (top.attrs.has('expandable')) e.type = 'expandable_blockquote';
            } else if (top.tag === 'tg-emoji') {
              e.custom_emoji_id = top.attrs.get('emoji-id');
            }
            if (keep) entities.push(e);
          }
        }
        i = end + 1;
        continue;
      }
      // start tag
      const tagOffset = at(i);
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9-]/.test(src[j] ?? '')) j++;
      const name = src.slice(i + 1, j).toLowerCase();
      if (!(name in HTML_TAGS)) fail(`Unsupported start tag "${name}" at byte offset ${tagOffset}`);
      const attrs = new Map<string, string>();
      for (;;) {
        while (j < src.length && /\s/.test(src[j] ?? '')) j++;
        if (j >= src.length) fail(`Unclosed start tag at byte offset ${tagOffset}`);
        if (src[j] === '>') {
          j++;
          break;
        }
        const nameStart = j;
        while (j < src.length && /[A-Za-z0-9_-]/.test(src[j] ?? '')) j++;
        const attrName = src.slice(nameStart, j).toLowerCase();
        if (!attrName) fail(`Empty attribute name in the tag "${name}" at byte offset ${at(j)}`);
        while (j < src.length && /\s/.test(src[j] ?? '')) j++;
        if (src[j] !== '=') {
          attrs.set(attrName, '');
          continue;
        }
        j++;
        while (j < src.length && /\s/.test(src[j] ?? '')) j++;
        const quote = src[j];
        let raw: string;
        if (quote === '"' || quote === "'") {
          const close = src.indexOf(quote, j + 1);
          if (close < 0) fail(`Unclosed start tag at byte offset ${tagOffset}`);
          raw = src.slice(j + 1, close);
          j = close + 1;
        } else {
          const vs = j;
          while (j < src.length && !/[\s>]/.test(src[j] ?? '')) j++;
          raw = src.slice(vs, j);
        }
        attrs.set(attrName, decodeAttr(raw, at(j)));
      }
      if (name === 'span' && attrs.get('class') !== 'tg-spoiler') fail(`Tag "span" must have class "tg-spoiler" at byte offset ${tagOffset}`);
      if (name === 'tg-emoji' && !attrs.get('emoji-id')) fail(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${tagOffset}`);
      stack.push({ tag: name, start: text.length, byteOffset: tagOffset, attrs });
      i = j;
      continue;
    }
    if (ch === '&') {
      const d = decodeEntityAt(src, i, at(i));
      if (d) {
        text += d.value;
        i = d.end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  const open = stack[stack.length - 1];
  if (open) fail(`Can't find end tag corresponding to start tag "${open.tag}"`);
  entities.sort((a, b) => (a.offset as number) - (b.offset as number) || (b.length as number) - (a.length as number));
  return { text, entities: entities as unknown as MessageEntity[] };
}

function formatText(raw: string, parseMode: unknown, entities: unknown): { text: string; entities: MessageEntity[] } {
  if (parseMode === undefined || parseMode === null || parseMode === '') {
    return { text: raw, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
  }
  if (typeof parseMode !== 'string') throw bad('unsupported parse_mode');
  switch (parseMode.toLowerCase()) {
    case 'html':
      return parseTelegramHtml(raw);
    case 'markdown':
    case 'markdownv2':
      // Not parsed: the text is kept as sent.
      return { text: raw, entities: [] };
    default:
      throw bad('unsupported parse_mode');
  }
}

/** Validates reply_markup; returns the inline keyboard to echo in the Message (other keyboards are not echoed). */
function checkMarkup(markup: unknown): Json | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (!isObject(markup)) throw bad("can't parse reply keyboard markup JSON object");
  if (!('inline_keyboard' in markup)) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      if (!isObject(button) || typeof button.text !== 'string') throw bad("can't parse inline keyboard button: Text must be a String");
      if (!INLINE_BUTTON_ACTIONS.some((k) => k in button)) throw bad('text buttons are unallowed in the inline keyboard');
      if ('callback_data' in button) {
        const data = button.callback_data;
        if (typeof data !== 'string' || data.length === 0 || Buffer.byteLength(data, 'utf8') > 64) throw bad('BUTTON_DATA_INVALID');
      }
      if ('url' in button) {
        const url = button.url;
        let okUrl = false;
        if (typeof url === 'string') {
          try {
            okUrl = ['http:', 'https:', 'tg:'].includes(new URL(url).protocol);
          } catch {
            okUrl = false;
          }
        }
        if (!okUrl) throw bad('BUTTON_URL_INVALID');
      }
    }
  }
  return markup;
}

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Request parsing

interface ParsedBody {
  params: Json;
  files: Array<UploadedFileInfo & { content: Buffer }>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function coerceStringField(key: string, value: string): unknown {
  if (JSON_FIELDS.has(key)) {
    const t = value.trim();
    if (t.startsWith('{') || t.startsWith('[')) {
      try {
        return JSON.parse(t) as unknown;
      } catch {
        return value;
      }
    }
    return value;
  }
  if (INT_FIELDS.has(key) && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  if (BOOL_FIELDS.has(key) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

async function parseRequest(req: IncomingMessage, url: URL): Promise<ParsedBody> {
  const params: Json = {};
  const files: ParsedBody['files'] = [];
  for (const [k, v] of url.searchParams) params[k] = coerceStringField(k, v);
  const body = await readBody(req);
  if (body.length === 0) return { params, files };
  const contentType = String(req.headers['content-type'] ?? '').toLowerCase();
  if (contentType.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw bad("can't parse JSON object");
    }
    if (!isObject(parsed)) throw bad('parameters must be a JSON object');
    for (const [k, v] of Object.entries(parsed)) params[k] = typeof v === 'string' && JSON_FIELDS.has(k) ? coerceStringField(k, v) : v;
  } else if (contentType.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Request('http://fake.invalid/', {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']) },
        body: new Uint8Array(body),
      }).formData();
    } catch (err) {
      throw bad(`can't parse multipart body: ${(err as Error).message}`);
    }
    for (const [k, v] of form) {
      if (typeof v === 'string') {
        // Telegraf repeats the method name in the form.
        if (k === 'method') continue;
        params[k] = coerceStringField(k, v);
      } else {
        const content = Buffer.from(await v.arrayBuffer());
        const info: UploadedFileInfo = { field: k, file_name: v.name, mime_type: mimeFor(v.name, v.type), size: content.length };
        files.push({ ...info, content });
        params[k] = { file_name: info.file_name, mime_type: info.mime_type, size: info.size };
      }
    }
  } else {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = coerceStringField(k, v);
  }
  return { params, files };
}

// ────────────────────────────────────────────────────────────────────────────────────────────────
// The fake

interface StoredMessage {
  message: Json;
  fromBot: boolean;
}

interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_name: string;
  mime_type: string;
  content: Buffer;
}

interface Fault {
  method: string;
  error: ApiErrorPayload;
  remaining: number;
  predicate?: (params: Record<string, unknown>) => boolean;
}

interface Poller {
  limit: number;
  finish(result: Update[] | BotApiError): void;
}

interface CallContext {
  arrival: number;
  signal: AbortSignal;
  files: ParsedBody['files'];
}

export class FakeTelegram {
  readonly apiRoot: string;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every call, in order (cleared by reset()). */
  calls: RecordedCall[] = [];
  stats: { tooManyRequests: number; requests: number } = { tooManyRequests: 0, requests: 0 };

  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly inflight = new Set<Promise<void>>();
  private readonly events = new EventEmitter();
  private closed = false;
  private closing: Promise<void> | undefined;
  private seq = 0;

  // updates
  private queue: Update[] = [];
  private nextUpdateId: number;
  private readonly pollers = new Set<Poller>();
  private allowedUpdates: string[] = [];
  private webhookUrl: string | undefined;

  // chats, users, messages, files
  private readonly chats = new Map<number, Json>();
  private readonly users = new Map<number, Json>();
  private readonly messages = new Map<string, StoredMessage>();
  private readonly lastMessageId = new Map<number, number>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private fileCounter = 0;
  private readonly members = new Map<string, string>();
  private readonly callbackQueries = new Map<string, { answered: boolean }>();
  private readonly inlineQueries = new Map<string, { answered: boolean }>();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly descriptions = new Map<string, string>();
  private readonly menuButtons = new Map<string, unknown>();

  // faults and limits
  private faults: Fault[] = [];
  private readonly blocked = new Map<number, string>();
  private readonly missing = new Set<number>();
  private latencyAll = 0;
  private readonly latencyBy = new Map<string, number>();
  private readonly sleepers = new Set<() => void>();
  private limits: RateLimits | null = null;
  private globalHits: number[] = [];
  private readonly chatHits = new Map<number, number[]>();

  /** Use startFakeTelegram(). */
  constructor(server: Server, opts: StartFakeTelegramOptions = {}) {
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.apiRoot = `http://127.0.0.1:${port}`;
    this.token = opts.token ?? DEFAULT_FAKE_TOKEN;
    const id = Number(/^(\d+):/.exec(this.token)?.[1] ?? 123456);
    this.botInfo = {
      id,
      is_bot: true,
      first_name: 'Guarantor',
      username: 'guarantor_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
      ...opts.botUser,
    };
    this.nextUpdateId = opts.firstUpdateId ?? 10000;
    this.events.setMaxListeners(0);
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const done = this.onRequest(req, res).catch((err: unknown) => {
        this.sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${(err as Error).message}` });
      });
      // 'close' is emitted once the answer has been handed to the socket, or the client went away.
      const tracked = new Promise<void>((resolve) => {
        res.on('close', () => resolve());
        void done.then(() => {
          if (res.destroyed || res.writableFinished) resolve();
        });
      });
      this.inflight.add(tracked);
      void tracked.then(() => this.inflight.delete(tracked));
    });
  }

  // ── queries ────────────────────────────────────────────────────────────────────────────────

  callsTo(method: string): RecordedCall[] {
    const m = this.canonical(method);
    return this.calls.filter((c) => c.method === m);
  }

  /** sendMessage calls that succeeded (optionally to one chat). `text` is the parameter as sent. */
  sentMessages(chatId?: number): SentMessage[] {
    return this.calls
      .filter((c) => c.method === 'sendMessage' && c.ok && (chatId === undefined || this.chatIdOf(c) === chatId))
      .map((c) => ({
        chat_id: c.params.chat_id as number | string,
        text: String(c.params.text ?? ''),
        params: c.params,
        message_id: (c.response as { message_id: number }).message_id,
      }));
  }

  /** The current state of a message in the fake's store (bot's or user's), after edits. */
  getMessage(chatId: number, messageId: number): Message | undefined {
    return clone(this.messages.get(this.key(chatId, messageId))?.message) as Message | undefined;
  }

  /** The latest message the bot sent to (and has not deleted from) a chat. */
  lastBotMessage(chatId: number): Message | undefined {
    let best: StoredMessage | undefined;
    for (const m of this.messages.values()) {
      if (!m.fromBot || (m.message.chat as Json).id !== chatId) continue;
      if (!best || (m.message.message_id as number) > (best.message.message_id as number)) best = m;
    }
    return clone(best?.message) as Message | undefined;
  }

  /** The seq the next recorded call will get: pass as `{ since }` to the waiters. */
  mark(): number {
    return this.seq;
  }

  /** Updates injected but not yet confirmed by a getUpdates offset. */
  pendingUpdates(): Update[] {
    return [...this.queue];
  }

  // ── injecting updates ──────────────────────────────────────────────────────────────────────

  /** Injects a raw update (update_id is assigned). Messages in it are registered in the fake's store. */
  pushUpdate(update: NewUpdate): Update {
    if (this.closed) throw new Error('FakeTelegram: pushUpdate after close()');
    const u = { ...(update as object), update_id: this.nextUpdateId++ } as Update;
    this.register(u);
    this.queue.push(u);
    this.flushPollers();
    return u;
  }

  /** A text message from a user (private chat unless opts.chat). A leading /command gets a bot_command entity. */
  sendText(
    from: FakeUserInput,
    text: string,
    opts: { chat?: Partial<Chat>; replyTo?: Message | Json; entities?: MessageEntity[] } = {},
  ): Update.MessageUpdate<Message.TextMessage> {
    const user = this.userFor(from);
    const chat = this.chatForInject(user, opts.chat);
    const message: Json = { message_id: this.allocMessageId(chat.id as number), from: user, chat, date: nowSec(), text };
    const entities = opts.entities ?? commandEntities(text);
    if (entities.length) message.entities = entities;
    if (opts.replyTo) message.reply_to_message = withoutReply(opts.replyTo as Json);
    return this.pushUpdate({ message } as unknown as NewUpdate) as Update.MessageUpdate<Message.TextMessage>;
  }

  /** A press on an inline button of `message` (a message the bot sent) with the given callback data. */
  pressButton(from: FakeUserInput, message: MessageRef, data: string): Update.CallbackQueryUpdate<CallbackQuery.DataQuery> {
    const user = this.userFor(from);
    const { chatId, messageId } = this.refOf(message);
    const stored = this.messages.get(this.key(chatId, messageId));
    // An unknown message is reported as inaccessible (date 0), as Telegram does for old messages.
    const msg = stored ? clone(stored.message) : { message_id: messageId, chat: this.chatFor(chatId), date: 0 };
    const id = randomDigits(19);
    this.callbackQueries.set(id, { answered: false });
    const callback_query = { id, from: user, message: msg, chat_instance: String(-Math.abs(chatId * 7919 + 104729)), data };
    return this.pushUpdate({ callback_query } as unknown as NewUpdate) as Update.CallbackQueryUpdate<CallbackQuery.DataQuery>;
  }

  inlineQuery(from: FakeUserInput, query: string, offset = ''): Update.InlineQueryUpdate {
    const user = this.userFor(from);
    const id = randomDigits(19);
    this.inlineQueries.set(id, { answered: false });
    return this.pushUpdate({ inline_query: { id, from: user, query, offset, chat_type: 'sender' } } as unknown as NewUpdate) as Update.InlineQueryUpdate;
  }

  /** A document from a user; the file can then be fetched with getFile + `${apiRoot}/file/bot${token}/${file_path}`. */
  sendDocument(
    from: FakeUserInput,
    file: { file_name: string; mime_type: string; content: Buffer | string },
    opts: { caption?: string; caption_entities?: MessageEntity[]; chat?: Partial<Chat> } = {},
  ): Update.MessageUpdate<Message.DocumentMessage> {
    const user = this.userFor(from);
    const chat = this.chatForInject(user, opts.chat);
    const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    const stored = this.storeFile('documents', file.file_name, file.mime_type, content);
    const message: Json = {
      message_id: this.allocMessageId(chat.id as number),
      from: user,
      chat,
      date: nowSec(),
      document: this.documentOf(stored),
    };
    if (opts.caption !== undefined) message.caption = opts.caption;
    if (opts.caption_entities) message.caption_entities = opts.caption_entities;
    return this.pushUpdate({ message } as unknown as NewUpdate) as Update.MessageUpdate<Message.DocumentMessage>;
  }

  /**
   * The bot's membership changed in a chat. Side effects, as on Telegram: in a private chat 'kicked'
   * blocks the chat (403 'Forbidden: bot was blocked by the user') and 'member' unblocks it; in groups
   * 'kicked'/'left' block with the matching 403 and any other status unblocks. getChatMember for the
   * bot reports the new status.
   */
  myChatMember(
    from: FakeUserInput,
    chat: number | (Partial<Chat> & { id: number }),
    oldStatus: string,
    newStatus: string,
  ): Update.MyChatMemberUpdate {
    const user = this.userFor(from);
    const chatObj = typeof chat === 'number' ? this.chatFor(chat) : this.chatForInject(user, chat);
    const chatId = chatObj.id as number;
    this.chats.set(chatId, chatObj);
    const botUser = this.botUser();
    this.members.set(`${chatId}:${this.botInfo.id}`, newStatus);
    const type = chatObj.type as string;
    if (type === 'private') {
      if (newStatus === 'kicked') this.blocked.set(chatId, 'Forbidden: bot was blocked by the user');
      else if (newStatus === 'member') this.blocked.delete(chatId);
    } else if (type !== 'channel') {
      const kind = type === 'supergroup' ? 'supergroup' : 'group';
      if (newStatus === 'kicked') this.blocked.set(chatId, `Forbidden: bot was kicked from the ${kind} chat`);
      else if (newStatus === 'left') this.blocked.set(chatId, `Forbidden: bot is not a member of the ${kind} chat`);
      else this.blocked.delete(chatId);
    }
    const my_chat_member = {
      chat: chatObj,
      from: user,
      date: nowSec(),
      old_chat_member: memberObject(botUser, oldStatus),
      new_chat_member: memberObject(botUser, newStatus),
    };
    return this.pushUpdate({ my_chat_member } as unknown as NewUpdate) as Update.MyChatMemberUpdate;
  }

  // ── state setters ──────────────────────────────────────────────────────────────────────────

  /** getChatMember(chatId, userId) will report this status ('creator', 'administrator', 'member', 'restricted', 'left', 'kicked'). */
  setChatMember(chatId: number, userId: number, status: string): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  /** Registers (or updates) a chat as getChat and messages will report it. */
  setChat(chat: Partial<Chat> & { id: number }): void {
    this.chats.set(chat.id, { ...this.chatFor(chat.id), ...(chat as Json) });
  }

  // ── waiting ────────────────────────────────────────────────────────────────────────────────

  /** The first recorded call to `method` (any outcome) matching the predicate; waits for it if needed. */
  waitForCall(
    method: string,
    predicate?: (c: RecordedCall) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    opts: WaitOptions = {},
  ): Promise<RecordedCall> {
    const m = this.canonical(method);
    return this.waitUntil(
      `a call to ${m}${predicate ? ' matching the predicate' : ''}`,
      () => this.callsSince(opts.since).find((c) => c.method === m && (!predicate || predicate(c))),
      timeoutMs,
      m === 'getUpdates',
    );
  }

  /**
   * The first successful sendMessage or editMessageText to `chatId` whose text matches. `text` is the
   * text parameter as sent (HTML source when parse_mode is HTML).
   */
  waitForMessage(
    chatId: number,
    predicate?: (text: string, c: RecordedCall) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    opts: WaitOptions = {},
  ): Promise<RecordedCall> {
    return this.waitUntil(
      `a message to chat ${chatId}${predicate ? ' matching the predicate' : ''}`,
      () =>
        this.callsSince(opts.since).find(
          (c) =>
            c.ok &&
            (c.method === 'sendMessage' || c.method === 'editMessageText') &&
            this.chatIdOf(c) === chatId &&
            (!predicate || predicate(String(c.params.text ?? ''), c)),
        ),
      timeoutMs,
    );
  }

  /** Resolves with the first `count` calls to `method` once that many have been recorded. */
  waitForCalls(method: string, count: number, timeoutMs = DEFAULT_TIMEOUT_MS, opts: WaitOptions = {}): Promise<RecordedCall[]> {
    const m = this.canonical(method);
    return this.waitUntil(
      `${count} calls to ${m}`,
      () => {
        const found = this.callsSince(opts.since).filter((c) => c.method === m);
        return found.length >= count ? found.slice(0, count) : undefined;
      },
      timeoutMs,
      m === 'getUpdates',
    );
  }

  /** true while a getUpdates long poll is being held open (i.e. the bot is polling and idle). */
  isPolling(): boolean {
    return this.pollers.size > 0;
  }

  /**
   * Resolves once a getUpdates long poll is held open — e.g. after launching a bot. (A held poll is
   * only recorded in `calls` when it is answered, so waitForCall('getUpdates') would wait for that.)
   */
  waitForPolling(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    if (this.pollers.size > 0) return Promise.resolve();
    return this.waitUntil('a getUpdates long poll', () => (this.pollers.size > 0 ? true : undefined), timeoutMs, true, 'poll').then(() => undefined);
  }

  /** Resolves when every injected update has been fetched and confirmed (a later getUpdates offset moved past it). */
  updatesConsumed(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.queue.length === 0) {
          cleanup();
          resolve();
        }
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error('FakeTelegram: closed while waiting for updates to be consumed'));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(
            `FakeTelegram: timed out after ${timeoutMs} ms waiting for updates to be consumed; pending update_ids: ${this.queue
              .map((u) => `${u.update_id} (${updateType(u)})`)
              .join(', ')}. Is the bot polling?\n${this.describeRecentCalls(true)}`,
          ),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.events.off('queue', check);
        this.events.off('close', onClose);
      };
      this.events.on('queue', check);
      this.events.on('close', onClose);
    });
  }

  // ── faults and limits ──────────────────────────────────────────────────────────────────────

  /**
   * The next `times` calls to `method` (matching `predicate`, if given) fail with `error`. Method '*'
   * matches every method except getUpdates. A 429 counts in stats.tooManyRequests.
   */
  failNext(method: string, error: ApiErrorPayload, times = 1, predicate?: (params: Record<string, unknown>) => boolean): void {
    const fault: Fault = { method: method === '*' ? '*' : this.canonical(method), error, remaining: times };
    if (predicate) fault.predicate = predicate;
    this.faults.push(fault);
  }

  blockChat(chatId: number, description = 'Forbidden: bot was blocked by the user'): void {
    this.blocked.set(chatId, description);
  }

  unblockChat(chatId: number): void {
    this.blocked.delete(chatId);
  }

  /** Every call with this chat_id answers 400 'Bad Request: chat not found'. */
  setMissingChat(chatId: number): void {
    this.missing.add(chatId);
  }

  /** Delays answers by `ms` (0 to clear); for one method, or for all methods except getUpdates. */
  setLatency(ms: number, method?: string): void {
    if (method === undefined) this.latencyAll = Math.max(0, ms);
    else if (ms > 0) this.latencyBy.set(this.canonical(method), ms);
    else this.latencyBy.delete(this.canonical(method));
  }

  /**
   * Sliding-window limits on message-producing methods (send*, copyMessage, forwardMessage, editMessage*;
   * not sendChatAction), measured on the arrival time of accepted requests. Exceeding answers 429
   * 'Too Many Requests: retry after N' with parameters.retry_after = N. null switches them off.
   */
  enforceRateLimits(opts: RateLimits | null): void {
    this.limits = opts;
    this.globalHits = [];
    this.chatHits.clear();
  }

  /** Clears calls, faults, blocked/missing chats, latency, rate limits and stats. Pending updates, messages, files and chat state stay. */
  reset(): void {
    this.calls = [];
    this.faults = [];
    this.blocked.clear();
    this.missing.clear();
    this.latencyAll = 0;
    this.latencyBy.clear();
    this.enforceRateLimits(null);
    this.stats.tooManyRequests = 0;
    this.stats.requests = 0;
  }

  /** Answers pending long polls (with no updates), closes every connection and the server. */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    this.closing = (async () => {
      for (const p of [...this.pollers]) p.finish([]);
      this.pollers.clear();
      for (const wake of [...this.sleepers]) wake();
      this.events.emit('close');
      // Let in-flight answers reach the sockets (bounded).
      if (this.inflight.size) {
        await Promise.race([Promise.allSettled([...this.inflight]), new Promise((r) => setTimeout(r, 1000).unref())]);
      }
      await new Promise<void>((resolve) => {
        this.server.close(() => resolve());
        this.server.closeAllConnections();
        for (const s of this.sockets) s.destroy();
      });
    })();
    return this.closing;
  }

  // ── HTTP ───────────────────────────────────────────────────────────────────────────────────

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrival = performance.now();
    const at = Date.now();
    const url = new URL(req.url ?? '/', this.apiRoot);
    const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileMatch && (req.method === 'GET' || req.method === 'HEAD')) {
      req.resume();
      return this.serveFile(res, decodeURIComponent(fileMatch[1] ?? ''), decodeURIComponent(fileMatch[2] ?? ''), req.method === 'HEAD');
    }
    const m = /^\/bot([^/]+)\/(?:test\/)?([^/]*)$/.exec(url.pathname);
    if (!m) {
      req.resume();
      return this.sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    }
    const token = decodeURIComponent(m[1] ?? '');
    const rawMethod = decodeURIComponent(m[2] ?? '');
    const method = METHOD_BY_LOWER.get(rawMethod.toLowerCase());
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });

    let params: Json = {};
    let files: ParsedBody['files'] = [];
    let outcome: { ok: true; result: unknown } | ApiErrorResponse;
    try {
      ({ params, files } = await parseRequest(req, url));
      if (token !== this.token) throw new BotApiError(401, 'Unauthorized');
      if (!method) throw new BotApiError(404, 'Not Found: method not found');
      const latency = this.latencyBy.get(method) ?? (method === 'getUpdates' ? 0 : this.latencyAll);
      if (latency > 0) await this.sleep(latency);
      const result = await this.dispatch(method, params, { arrival, signal: abort.signal, files });
      outcome = { ok: true, result };
    } catch (err) {
      const e = err instanceof BotApiError ? err : new BotApiError(500, `Internal Server Error: ${(err as Error).message}`);
      if (e.error_code === 429) this.stats.tooManyRequests++;
      outcome = e.toResponse();
    }
    this.stats.requests++;
    const call: RecordedCall = {
      seq: this.seq++,
      method: method ?? rawMethod,
      params,
      token,
      at,
      ok: outcome.ok,
      response: outcome.ok ? outcome.result : outcome,
      files: files.map(({ content: _content, ...info }) => info),
    };
    this.calls.push(call);
    this.sendJson(res, outcome.ok ? 200 : httpStatus(outcome.error_code), outcome);
    this.events.emit('call', call);
  }

  private serveFile(res: ServerResponse, token: string, path: string, head: boolean): void {
    if (token !== this.token) return this.sendJson(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const f = this.filesByPath.get(path);
    if (!f) return this.sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    res.writeHead(200, { 'content-type': f.mime_type || 'application/octet-stream', 'content-length': f.content.length });
    res.end(head ? undefined : f.content);
  }

  private sendJson(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed || res.writableEnded || res.headersSent) return;
    const data = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
    res.end(data);
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  // ── dispatch ───────────────────────────────────────────────────────────────────────────────

  private async dispatch(method: MethodName, p: Json, ctx: CallContext): Promise<unknown> {
    this.checkFaults(method, p);

    // chat checks
    let chatId: number | undefined;
    const needsChat = CHAT_REQUIRED.has(method) || (EDIT_METHODS.has(method) && p.inline_message_id === undefined);
    if (needsChat || p.chat_id !== undefined) {
      if (p.chat_id === undefined || p.chat_id === '') throw bad('chat_id is empty');
      chatId = this.resolveChat(p.chat_id);
    }
    if (method === 'copyMessage' || method === 'forwardMessage') {
      if (p.from_chat_id === undefined || p.from_chat_id === '') throw bad('from_chat_id is empty');
      this.resolveChat(p.from_chat_id);
    }
    if (chatId !== undefined && WRITE_METHODS.has(method)) {
      const reason = this.blocked.get(chatId);
      if (reason !== undefined) throw new BotApiError(403, reason);
    }
    if (RATE_LIMITED.has(method)) this.checkRateLimit(chatId, ctx.arrival);

    switch (method) {
      case 'getMe':
        return this.botInfo;
      case 'logOut':
      case 'close':
        return true;
      case 'getUpdates':
        return this.getUpdates(p, ctx.signal);
      case 'setWebhook': {
        if (typeof p.url !== 'string') throw bad('bad webhook: URL must be provided for webhook');
        this.webhookUrl = p.url || undefined;
        if (p.drop_pending_updates === true) this.dropAllPending();
        return true;
      }
      case 'deleteWebhook':
        this.webhookUrl = undefined;
        if (p.drop_pending_updates === true) this.dropAllPending();
        return true;
      case 'getWebhookInfo':
        return { url: this.webhookUrl ?? '', has_custom_certificate: false, pending_update_count: this.queue.length };
      case 'sendMessage':
        return this.sendMessage(chatId as number, p);
      case 'sendPhoto':
      case 'sendDocument':
        return this.sendMedia(method, chatId as number, p, ctx.files);
      case 'sendChatAction':
        if (typeof p.action !== 'string' || !CHAT_ACTIONS.has(p.action)) throw bad('wrong parameter action in request');
        return true;
      case 'copyMessage':
      case 'forwardMessage':
        return this.copyMessage(method, chatId as number, p);
      case 'editMessageText':
      case 'editMessageCaption':
      case 'editMessageReplyMarkup':
        return this.editMessage(method, chatId, p);
      case 'deleteMessage': {
        const k = this.key(chatId as number, toInt(p.message_id) ?? 0);
        if (!this.messages.has(k)) throw bad('message to delete not found');
        this.messages.delete(k);
        return true;
      }
      case 'pinChatMessage':
        if (!this.messages.has(this.key(chatId as number, toInt(p.message_id) ?? 0))) throw bad('message to pin not found');
        return true;
      case 'unpinChatMessage':
      case 'leaveChat':
        return true;
      case 'answerCallbackQuery':
        return this.answerQuery(this.callbackQueries, p.callback_query_id, () => {
          if (typeof p.text === 'string' && codePoints(p.text) > 200) throw bad('MESSAGE_TOO_LONG');
        });
      case 'answerInlineQuery':
        return this.answerQuery(this.inlineQueries, p.inline_query_id, () => checkInlineResults(p.results));
      case 'setMyCommands': {
        const cmds = p.commands;
        if (!Array.isArray(cmds)) throw bad('parameter "commands" is required');
        if (cmds.length > 100) throw bad('too many commands');
        for (const c of cmds as unknown[]) {
          if (!isObject(c) || typeof c.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c.command)) throw bad('BOT_COMMAND_INVALID');
          if (typeof c.description !== 'string' || c.description.trim() === '') throw bad('command description is empty');
          if (codePoints(c.description) > 256) throw bad('BOT_COMMAND_DESCRIPTION_INVALID');
        }
        this.commands.set(commandsKey(p), clone(cmds as BotCommand[]));
        return true;
      }
      case 'deleteMyCommands':
        this.commands.delete(commandsKey(p));
        return true;
      case 'getMyCommands':
        return clone(this.commands.get(commandsKey(p)) ?? []);
      case 'setMyDescription':
        return this.setDescription('description', p.description, 512, p.language_code);
      case 'setMyShortDescription':
        return this.setDescription('short_description', p.short_description, 120, p.language_code);
      case 'setMyName':
        return this.setDescription('name', p.name, 64, p.language_code);
      case 'getMyDescription':
        return { description: this.descriptions.get(`description|${String(p.language_code ?? '')}`) ?? '' };
      case 'getMyShortDescription':
        return { short_description: this.descriptions.get(`short_description|${String(p.language_code ?? '')}`) ?? '' };
      case 'getMyName':
        return { name: this.descriptions.get(`name|${String(p.language_code ?? '')}`) ?? this.botInfo.first_name };
      case 'setChatMenuButton': {
        const button = p.menu_button ?? { type: 'default' };
        if (!isObject(button) || typeof button.type !== 'string') throw bad("can't parse menu button JSON object");
        this.menuButtons.set(String(chatId ?? ''), button);
        return true;
      }
      case 'getChatMenuButton':
        return this.menuButtons.get(String(chatId ?? '')) ?? { type: 'default' };
      case 'getChat': {
        return { accent_color_id: 0, ...this.chatFor(chatId as number) };
      }
      case 'getChatMember': {
        const userId = toInt(p.user_id);
        if (userId === undefined) throw bad('user_id is empty');
        return memberObject(this.userObject(userId), this.members.get(`${chatId}:${userId}`) ?? 'member');
      }
      case 'getChatAdministrators': {
        const admins: ChatMember[] = [];
        for (const [k, status] of this.members) {
          const [c, u] = k.split(':');
          if (Number(c) === chatId && (status === 'administrator' || status === 'creator')) admins.push(memberObject(this.userObject(Number(u)), status));
        }
        return admins;
      }
      case 'getChatMemberCount': {
        let n = 0;
        for (const [k, status] of this.members) if (Number(k.split(':')[0]) === chatId && status !== 'left' && status !== 'kicked') n++;
        return Math.max(2, n);
      }
      case 'getFile': {
        const f = typeof p.file_id === 'string' ? this.files.get(p.file_id) : undefined;
        if (!f) throw bad('invalid file_id');
        const file: TgFile = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.content.length, file_path: f.file_path };
        return file;
      }
    }
  }

  private checkFaults(method: MethodName, p: Json): void {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      if (f.method !== method && !(f.method === '*' && method !== 'getUpdates')) continue;
      if (f.predicate && !f.predicate(p)) continue;
      f.remaining--;
      this.faults = this.faults.filter((x) => x.remaining > 0);
      throw new BotApiError(f.error.error_code, f.error.description, f.error.parameters);
    }
  }

  private checkRateLimit(chatId: number | undefined, t: number): void {
    const lim = this.limits;
    if (!lim) return;
    const waits: number[] = [];
    const windowWait = (hits: number[], max: number | undefined, windowMs: number): void => {
      if (max === undefined) return;
      const inWindow = hits.filter((h) => h > t - windowMs).sort((a, b) => a - b);
      if (inWindow.length >= max) waits.push((inWindow[inWindow.length - max] ?? t) + windowMs - t);
    };
    this.globalHits = this.globalHits.filter((h) => h > t - 1000);
    windowWait(this.globalHits, lim.globalPerSecond, 1000);
    let chatHits: number[] | undefined;
    if (chatId !== undefined) {
      chatHits = (this.chatHits.get(chatId) ?? []).filter((h) => h > t - 60_000);
      this.chatHits.set(chatId, chatHits);
      windowWait(chatHits, lim.perChatPerSecond, 1000);
      if (chatId < 0) windowWait(chatHits, lim.perGroupPerMinute, 60_000);
    }
    if (waits.length) {
      const retry = lim.retryAfter ?? Math.max(1, Math.ceil(Math.max(...waits) / 1000));
      throw new BotApiError(429, `Too Many Requests: retry after ${retry}`, { retry_after: retry });
    }
    this.globalHits.push(t);
    chatHits?.push(t);
  }

  // ── getUpdates ─────────────────────────────────────────────────────────────────────────────

  private getUpdates(p: Json, signal: AbortSignal): Promise<Update[]> | Update[] {
    if (this.webhookUrl) throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = toInt(p.offset) ?? 0;
    const limit = Math.min(100, Math.max(1, toInt(p.limit) ?? 100));
    const timeout = Math.max(0, typeof p.timeout === 'number' ? p.timeout : Number(p.timeout ?? 0) || 0);
    if (Array.isArray(p.allowed_updates)) this.allowedUpdates = (p.allowed_updates as unknown[]).map(String);
    // Telegram terminates an earlier long poll when a new getUpdates arrives.
    for (const other of [...this.pollers]) {
      other.finish(new BotApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'));
    }
    this.pollers.clear();
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    else if (offset < 0) this.queue = this.queue.slice(offset);
    this.dropDisallowed();
    this.events.emit('queue');
    if (this.queue.length) return this.queue.slice(0, limit);
    if (timeout === 0 || this.closed || signal.aborted) return [];
    return new Promise<Update[]>((resolve, reject) => {
      const poller: Poller = {
        limit,
        finish: (result) => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          this.pollers.delete(poller);
          if (result instanceof BotApiError) reject(result);
          else resolve(result);
        },
      };
      const onAbort = (): void => poller.finish([]);
      const timer = setTimeout(() => poller.finish([]), timeout * 1000);
      timer.unref();
      signal.addEventListener('abort', onAbort);
      this.pollers.add(poller);
      this.events.emit('poll');
    });
  }

  private flushPollers(): void {
    if (!this.pollers.size) return;
    this.dropDisallowed();
    if (!this.queue.length) return;
    for (const p of [...this.pollers]) p.finish(this.queue.slice(0, p.limit));
  }

  private dropDisallowed(): void {
    const allowed = this.allowedUpdates;
    const before = this.queue.length;
    this.queue = this.queue.filter((u) => {
      const t = updateType(u);
      return allowed.length ? allowed.includes(t) : !DEFAULT_UPDATE_TYPES_EXCLUDED.has(t);
    });
    if (this.queue.length !== before) this.events.emit('queue');
  }

  private dropAllPending(): void {
    this.queue = [];
    this.events.emit('queue');
  }

  // ── messages ───────────────────────────────────────────────────────────────────────────────

  private sendMessage(chatId: number, p: Json): Json {
    const raw = typeof p.text === 'string' ? p.text : typeof p.text === 'number' ? String(p.text) : '';
    if (raw.trim() === '') throw bad('message text is empty');
    const { text, entities } = formatText(raw, p.parse_mode, p.entities);
    if (text.trim() === '') throw bad('message text is empty');
    if (codePoints(text) > MAX_TEXT) throw bad('message is too long');
    const markup = checkMarkup(p.reply_markup);
    const content: Json = { text };
    if (entities.length) content.entities = entities;
    if (isObject(p.link_preview_options)) content.link_preview_options = p.link_preview_options;
    return this.newBotMessage(chatId, p, content, markup);
  }

  private sendMedia(method: 'sendPhoto' | 'sendDocument', chatId: number, p: Json, uploads: ParsedBody['files']): Json {
    const field = method === 'sendPhoto' ? 'photo' : 'document';
    const value = p[field];
    let stored: StoredFile | undefined;
    const upload = uploads.find((f) => f.field === field) ?? (typeof value === 'string' && value.startsWith('attach://') ? uploads.find((f) => f.field === value.slice(9)) : undefined);
    if (upload) {
      stored = this.storeFile(method === 'sendPhoto' ? 'photos' : 'documents', upload.file_name, upload.mime_type, upload.content);
    } else if (typeof value === 'string' && value !== '') {
      stored = this.files.get(value);
      if (!stored && /^https?:\/\//.test(value)) {
        const name = decodeURIComponent(new URL(value).pathname.split('/').pop() || 'file');
        stored = this.storeFile(method === 'sendPhoto' ? 'photos' : 'documents', name, mimeFor(name), Buffer.alloc(0));
      }
      if (!stored) throw bad('wrong file identifier/HTTP URL specified');
    } else {
      throw bad(`there is no ${field} in the request`);
    }
    const content: Json = {};
    if (method === 'sendPhoto') {
      content.photo = [
        { file_id: stored.file_id, file_unique_id: stored.file_unique_id, file_size: stored.content.length, width: 320, height: 240 },
      ];
    } else {
      content.document = this.documentOf(stored);
    }
    this.applyCaption(content, p);
    const markup = checkMarkup(p.reply_markup);
    return this.newBotMessage(chatId, p, content, markup);
  }

  private applyCaption(content: Json, p: Json): void {
    if (p.caption === undefined || p.caption === '') return;
    const { text, entities } = formatText(String(p.caption), p.parse_mode, p.caption_entities);
    if (codePoints(text) > MAX_CAPTION) throw bad('message caption is too long');
    content.caption = text;
    if (entities.length) content.caption_entities = entities;
  }

  private copyMessage(method: 'copyMessage' | 'forwardMessage', chatId: number, p: Json): Json {
    const fromChat = this.resolveChat(p.from_chat_id);
    const src = this.messages.get(this.key(fromChat, toInt(p.message_id) ?? 0));
    if (!src) throw bad(method === 'copyMessage' ? 'message to copy not found' : 'message to forward not found');
    const content: Json = {};
    for (const k of ['text', 'entities', 'document', 'photo', 'caption', 'caption_entities']) {
      if (src.message[k] !== undefined) content[k] = clone(src.message[k]);
    }
    if (method === 'copyMessage') {
      if (p.caption !== undefined) {
        delete content.caption;
        delete content.caption_entities;
        this.applyCaption(content, p);
      }
      const markup = checkMarkup(p.reply_markup);
      const msg = this.newBotMessage(chatId, p, content, markup);
      return { message_id: msg.message_id };
    }
    content.forward_origin = { type: 'user', sender_user: src.message.from, date: src.message.date };
    return this.newBotMessage(chatId, p, content, undefined);
  }

  private editMessage(method: 'editMessageText' | 'editMessageCaption' | 'editMessageReplyMarkup', chatId: number | undefined, p: Json): Json | true {
    let text: { text: string; entities: MessageEntity[] } | undefined;
    if (method === 'editMessageText') {
      const raw = typeof p.text === 'string' ? p.text : '';
      if (raw.trim() === '') throw bad('message text is empty');
      text = formatText(raw, p.parse_mode, p.entities);
      if (text.text.trim() === '') throw bad('message text is empty');
      if (codePoints(text.text) > MAX_TEXT) throw bad('message is too long');
    }
    const markup = checkMarkup(p.reply_markup);
    if (chatId === undefined) {
      if (typeof p.inline_message_id !== 'string' || p.inline_message_id === '') throw bad('chat_id is empty');
      return true;
    }
    const stored = this.messages.get(this.key(chatId, toInt(p.message_id) ?? 0));
    if (!stored) throw bad('message to edit not found');
    if (!stored.fromBot) throw bad("message can't be edited");
    const msg = stored.message;
    const next: Json = { ...msg };
    if (method === 'editMessageText') {
      if (msg.text === undefined) throw bad('there is no text in the message to edit');
      next.text = text?.text;
      if (text?.entities.length) next.entities = text.entities;
      else delete next.entities;
    } else if (method === 'editMessageCaption') {
      if (msg.document === undefined && msg.photo === undefined) throw bad('there is no caption in the message to edit');
      delete next.caption;
      delete next.caption_entities;
      this.applyCaption(next, p);
    }
    if (markup) next.reply_markup = markup;
    else delete next.reply_markup;
    const same = (k: string): boolean => JSON.stringify(msg[k]) === JSON.stringify(next[k]);
    if (same('text') && same('entities') && same('caption') && same('caption_entities') && same('reply_markup')) {
      throw bad(NOT_MODIFIED);
    }
    next.edit_date = nowSec();
    stored.message = next;
    return clone(next);
  }

  private newBotMessage(chatId: number, p: Json, content: Json, markup: Json | undefined): Json {
    const reply = this.replyTarget(chatId, p);
    const message: Json = { message_id: this.allocMessageId(chatId), from: this.botUser(), chat: this.chatFor(chatId), date: nowSec() };
    if (reply) message.reply_to_message = withoutReply(reply);
    Object.assign(message, content);
    if (markup) message.reply_markup = clone(markup);
    this.messages.set(this.key(chatId, message.message_id as number), { message, fromBot: true });
    return clone(message);
  }

  private replyTarget(chatId: number, p: Json): Json | undefined {
    let id = toInt(p.reply_to_message_id);
    let allowMissing = p.allow_sending_without_reply === true;
    let target = chatId;
    if (isObject(p.reply_parameters)) {
      id = toInt(p.reply_parameters.message_id) ?? id;
      if (p.reply_parameters.allow_sending_without_reply === true) allowMissing = true;
      if (p.reply_parameters.chat_id !== undefined) target = this.resolveChat(p.reply_parameters.chat_id);
    }
    if (id === undefined) return undefined;
    const stored = this.messages.get(this.key(target, id));
    if (!stored) {
      if (allowMissing) return undefined;
      throw bad('message to be replied not found');
    }
    return stored.message;
  }

  private answerQuery(map: Map<string, { answered: boolean }>, id: unknown, validate: () => void): true {
    const q = typeof id === 'string' || typeof id === 'number' ? map.get(String(id)) : undefined;
    if (!q || q.answered) throw bad(QUERY_TOO_OLD);
    validate();
    q.answered = true;
    return true;
  }

  private setDescription(kind: string, value: unknown, max: number, lang: unknown): true {
    const text = value === undefined || value === null ? '' : String(value);
    if (codePoints(text) > max) throw bad(`${kind === 'name' ? 'name' : 'description'} is too long`);
    const key = `${kind}|${String(lang ?? '')}`;
    if (text === '') this.descriptions.delete(key);
    else this.descriptions.set(key, text);
    return true;
  }

  // ── registries ─────────────────────────────────────────────────────────────────────────────

  private canonical(method: string): string {
    return METHOD_BY_LOWER.get(method.toLowerCase()) ?? method;
  }

  private key(chatId: number, messageId: number): string {
    return `${chatId}:${messageId}`;
  }

  private callsSince(since: number | undefined): RecordedCall[] {
    return since === undefined ? this.calls : this.calls.filter((c) => c.seq >= since);
  }

  private chatIdOf(c: RecordedCall): number | string | undefined {
    const v = c.params.chat_id;
    const n = toInt(v);
    if (n !== undefined) return n;
    if (typeof v === 'string') {
      for (const chat of this.chats.values()) if (`@${String(chat.username)}` === v) return chat.id as number;
      return v;
    }
    return undefined;
  }

  private resolveChat(v: unknown): number {
    const n = toInt(v);
    if (n !== undefined) {
      if (this.missing.has(n) || n === 0) throw bad('chat not found');
      return n;
    }
    if (typeof v === 'string' && v.startsWith('@')) {
      for (const chat of this.chats.values()) {
        if (typeof chat.username === 'string' && `@${chat.username}`.toLowerCase() === v.toLowerCase()) {
          const id = chat.id as number;
          if (this.missing.has(id)) throw bad('chat not found');
          return id;
        }
      }
    }
    throw bad('chat not found');
  }

  private allocMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  private botUser(): Json {
    return { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username };
  }

  private userFor(from: FakeUserInput): Json {
    const user: Json = { id: from.id, is_bot: from.is_bot ?? false, first_name: from.first_name ?? `User ${from.id}` };
    if (from.last_name !== undefined) user.last_name = from.last_name;
    if (from.username !== undefined) user.username = from.username;
    if (from.language_code !== undefined) user.language_code = from.language_code;
    if (from.is_premium) user.is_premium = true;
    this.users.set(from.id, user);
    return user;
  }

  private userObject(id: number): Json {
    if (id === this.botInfo.id) return this.botUser();
    return this.users.get(id) ?? { id, is_bot: false, first_name: `User ${id}` };
  }

  private chatFor(chatId: number): Json {
    const known = this.chats.get(chatId);
    if (known) return { ...known };
    if (chatId > 0) {
      const u = this.users.get(chatId);
      const chat: Json = { id: chatId, first_name: (u?.first_name as string | undefined) ?? `User ${chatId}`, type: 'private' };
      if (u?.last_name !== undefined) chat.last_name = u.last_name;
      if (u?.username !== undefined) chat.username = u.username;
      return chat;
    }
    const supergroup = chatId <= -1_000_000_000_000;
    return { id: chatId, title: `${supergroup ? 'Supergroup' : 'Group'} ${chatId}`, type: supergroup ? 'supergroup' : 'group' };
  }

  private chatForInject(user: Json, partial: Partial<Chat> | undefined): Json {
    if (!partial) {
      const chat: Json = { id: user.id, first_name: user.first_name, type: 'private' };
      if (user.last_name !== undefined) chat.last_name = user.last_name;
      if (user.username !== undefined) chat.username = user.username;
      this.chats.set(user.id as number, chat);
      return { ...chat };
    }
    const id = partial.id ?? (user.id as number);
    const chat = { ...this.chatFor(id), ...(partial as Json), id };
    this.chats.set(id, chat);
    return { ...chat };
  }

  private refOf(ref: MessageRef): { chatId: number; messageId: number } {
    if ('seq' in ref) {
      const r = ref.response;
      if (!isObject(r) || !isObject(r.chat) || typeof r.message_id !== 'number') {
        throw new Error(`FakeTelegram: call #${ref.seq} (${ref.method}) did not return a message`);
      }
      return { chatId: r.chat.id as number, messageId: r.message_id };
    }
    if ('chat' in ref) return { chatId: ref.chat.id, messageId: ref.message_id };
    const chatId = toInt(ref.chat_id);
    if (chatId === undefined) throw new Error(`FakeTelegram: cannot resolve chat_id ${String(ref.chat_id)}`);
    return { chatId, messageId: ref.message_id };
  }

  private register(u: Update): void {
    const any = u as unknown as Json;
    for (const k of ['message', 'edited_message', 'channel_post', 'edited_channel_post']) {
      const msg = any[k];
      if (!isObject(msg) || !isObject(msg.chat) || typeof msg.message_id !== 'number') continue;
      const chatId = msg.chat.id as number;
      if (!this.chats.has(chatId)) this.chats.set(chatId, { ...msg.chat });
      if (isObject(msg.from) && typeof msg.from.id === 'number' && msg.from.id !== this.botInfo.id) this.users.set(msg.from.id, { ...msg.from });
      const fromBot = isObject(msg.from) && msg.from.id === this.botInfo.id;
      this.messages.set(this.key(chatId, msg.message_id), { message: clone(msg), fromBot });
      if ((this.lastMessageId.get(chatId) ?? 0) < msg.message_id) this.lastMessageId.set(chatId, msg.message_id);
    }
    for (const k of ['callback_query', 'inline_query', 'my_chat_member', 'chat_member']) {
      const v = any[k];
      if (isObject(v) && isObject(v.from) && typeof v.from.id === 'number' && !this.users.has(v.from.id)) this.users.set(v.from.id, { ...v.from });
      if (k === 'callback_query' && isObject(v) && typeof v.id === 'string' && !this.callbackQueries.has(v.id)) this.callbackQueries.set(v.id, { answered: false });
      if (k === 'inline_query' && isObject(v) && typeof v.id === 'string' && !this.inlineQueries.has(v.id)) this.inlineQueries.set(v.id, { answered: false });
    }
  }

  private storeFile(dir: string, fileName: string, mimeType: string, content: Buffer): StoredFile {
    const n = ++this.fileCounter;
    const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1] ?? (dir === 'photos' ? 'jpg' : 'dat');
    const f: StoredFile = {
      file_id: `BQACAgIAAxkBAAF${n.toString(36).padStart(4, '0')}${randomDigits(8)}`,
      file_unique_id: `AgAD${n.toString(36).padStart(4, '0')}`,
      file_path: `${dir}/file_${n}.${ext}`,
      file_name: fileName,
      mime_type: mimeType,
      content,
    };
    this.files.set(f.file_id, f);
    this.filesByPath.set(f.file_path, f);
    return f;
  }

  private documentOf(f: StoredFile): Json {
    return { file_name: f.file_name, mime_type: f.mime_type, file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.content.length };
  }

  // ── waiting internals ──────────────────────────────────────────────────────────────────────

  private waitUntil<T>(what: string, find: () => T | undefined, timeoutMs: number, includePolls = false, event = 'call'): Promise<T> {
    try {
      const found = find();
      if (found !== undefined) return Promise.resolve(found);
    } catch (err) {
      return Promise.reject(err);
    }
    if (this.closed) return Promise.reject(new Error(`FakeTelegram: closed; cannot wait for ${what}`));
    return new Promise<T>((resolve, reject) => {
      const onCall = (): void => {
        try {
          const found = find();
          if (found === undefined) return;
          cleanup();
          resolve(found);
        } catch (err) {
          cleanup();
          reject(err as Error);
        }
      };
      const onClose = (): void => {
        cleanup();
        reject(new Error(`FakeTelegram: closed while waiting for ${what}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`FakeTelegram: timed out after ${timeoutMs} ms waiting for ${what}.\n${this.describeRecentCalls(includePolls)}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.events.off(event, onCall);
        this.events.off('close', onClose);
      };
      this.events.on(event, onCall);
      this.events.on('close', onClose);
    });
  }

  /** A readable list of the latest calls (getUpdates left out unless includePolls), for failure messages. */
  describeRecentCalls(includePolls = false, n = 15): string {
    const relevant = includePolls ? this.calls : this.calls.filter((c) => c.method !== 'getUpdates');
    const polls = this.calls.length - relevant.length;
    const recent = relevant.slice(-n);
    const head = `Recorded ${this.calls.length} call(s)${polls && !includePolls ? ` (${polls} getUpdates not shown)` : ''}`;
    if (!recent.length) return `${head}.`;
    const lines = recent.map((c) => {
      const outcome = c.ok ? 'ok' : (() => {
        const e = c.response as ApiErrorResponse;
        return `${e.error_code} ${e.description}`;
      })();
      return `  #${c.seq} ${c.method} ${truncate(JSON.stringify(c.params), 200)} → ${outcome}`;
    });
    return `${head}; the last ${recent.length}:\n${lines.join('\n')}`;
  }
}

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Helpers that need no state

function httpStatus(code: number): number {
  return code >= 400 && code <= 599 ? code : 400;
}

function commandEntities(text: string): MessageEntity[] {
  const m = /^\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?/.exec(text);
  return m ? [{ type: 'bot_command', offset: 0, length: m[0].length }] : [];
}

function withoutReply(m: Json): Json {
  const copy = clone(m);
  delete copy.reply_to_message;
  return copy;
}

function commandsKey(p: Json): string {
  const scope = isObject(p.scope) ? p.scope : { type: 'default' };
  const parts = Object.keys(scope)
    .sort()
    .map((k) => `${k}=${String(scope[k])}`);
  return `${parts.join('&')}|${String(p.language_code ?? '')}`;
}

function memberObject(user: Json, status: string): ChatMember {
  switch (status) {
    case 'creator':
      return { user, status, is_anonymous: false } as unknown as ChatMember;
    case 'administrator':
      return {
        user,
        status,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: true,
        can_restrict_members: true,
        can_promote_members: false,
        can_change_info: true,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_pin_messages: true,
      } as unknown as ChatMember;
    case 'restricted':
      return {
        user,
        status,
        is_member: true,
        can_send_messages: false,
        can_send_audios: false,
        can_send_documents: false,
        can_send_photos: false,
        can_send_videos: false,
        can_send_video_notes: false,
        can_send_voice_notes: false,
        can_send_polls: false,
        can_send_other_messages: false,
        can_add_web_page_previews: false,
        can_change_info: false,
        can_invite_users: false,
        can_pin_messages: false,
        can_manage_topics: false,
        until_date: 0,
      } as unknown as ChatMember;
    case 'kicked':
      return { user, status, until_date: 0 } as unknown as ChatMember;
    default:
      return { user, status } as unknown as ChatMember;
  }
}

function checkInlineResults(results: unknown): void {
  if (!Array.isArray(results)) throw bad("can't parse inline query results JSON object");
  if (results.length > 50) throw bad('RESULTS_TOO_MUCH');
  const ids = new Set<string>();
  for (const r of results as unknown[]) {
    if (!isObject(r) || typeof r.type !== 'string' || (typeof r.id !== 'string' && typeof r.id !== 'number')) throw bad('RESULT_ID_INVALID');
    const id = String(r.id);
    if (id === '' || Buffer.byteLength(id) > 64) throw bad('RESULT_ID_INVALID');
    if (ids.has(id)) throw bad('RESULT_ID_DUPLICATE');
    ids.add(id);
    if (r.type === 'article' && !isObject(r.input_message_content)) throw bad('MESSAGE_EMPTY');
    if (isObject(r.input_message_content) && typeof r.input_message_content.message_text === 'string') {
      const c = r.input_message_content;
      const { text } = formatText(String(c.message_text), c.parse_mode, c.entities);
      if (text.trim() === '') throw bad('MESSAGE_EMPTY');
      if (codePoints(text) > MAX_TEXT) throw bad('MESSAGE_TOO_LONG');
    }
    if (r.reply_markup !== undefined) checkMarkup(r.reply_markup);
  }
}

/** Starts a fake Bot API server on 127.0.0.1 and an ephemeral port. */
export async function startFakeTelegram(opts: StartFakeTelegramOptions = {}): Promise<FakeTelegram> {
  // A keep-alive timeout well above the clients' (Node's agent closes idle sockets first), so a
  // client never reuses a socket the server is closing; close() destroys every socket anyway.
  const server = createServer({ keepAliveTimeout: 65_000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return new FakeTelegram(server, opts);
}

/** Type helpers re-exported for tests. */
export type { Update, Message, User, Chat };
