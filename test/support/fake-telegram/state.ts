/**
 * The fake Telegram server's state and its Bot API: chats, users, messages and files; the update
 * queue and getUpdates long polling; recorded calls; and fault injection (errors with parameters
 * such as retry_after or migrate_to_chat_id, blocked and missing chats, slow answers, answers that
 * are not JSON, sliding-window rate limits). Transport-free: `execute()` takes one request already
 * parsed and returns the answer; http.ts and in-process.ts carry requests to it.
 *
 * Only the methods the bot calls are implemented (see METHODS); any other method answers 404
 * 'Not Found: method not found', as Telegram does for an unknown method.
 */
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { BotCommand, Chat, ChatMember, File as TgFile, MessageEntity, Update, UserFromGetMe } from 'telegraf/types';
import { checkInlineResults, checkMarkup, formatText, MAX_CAPTION, MAX_TEXT } from './html.js';
import {
  type ApiErrorPayload,
  type ApiErrorResponse,
  bad,
  BotApiError,
  clone,
  codePoints,
  DEFAULT_FAKE_TOKEN,
  type FakeUserInput,
  isObject,
  type Json,
  type MessageRef,
  mimeFor,
  nowSec,
  type RateLimits,
  type RawAnswer,
  type RecordedCall,
  type StartFakeTelegramOptions,
  toInt,
  updateType,
  type UploadedFileInfo,
} from './types.js';

/** The Bot API methods the bot (and the transports' tests) use; nothing else is answered. */
export const METHODS = [
  'getMe',
  'getUpdates',
  'setWebhook',
  'deleteWebhook',
  'getWebhookInfo',
  'sendMessage',
  'sendPhoto',
  'sendDocument',
  'editMessageText',
  'editMessageReplyMarkup',
  'editMessageMedia',
  'answerCallbackQuery',
  'answerInlineQuery',
  'setMyCommands',
  'setMyDescription',
  'setMyShortDescription',
  'getChat',
  'getChatMember',
  'getFile',
] as const;
type MethodName = (typeof METHODS)[number];
const METHOD_BY_LOWER = new Map<string, MethodName>(METHODS.map((m) => [m.toLowerCase(), m]));

/** Methods that need a chat_id (edit methods only when inline_message_id is absent; handled separately). */
const CHAT_REQUIRED = new Set<string>(['sendMessage', 'sendPhoto', 'sendDocument', 'getChat', 'getChatMember']);
const EDIT_METHODS = new Set<string>(['editMessageText', 'editMessageReplyMarkup', 'editMessageMedia']);
/** Methods that write to a chat: refused with 403 when the chat is blocked. */
const WRITE_METHODS = new Set<string>(['sendMessage', 'sendPhoto', 'sendDocument', ...EDIT_METHODS]);
/** Methods that produce or change messages: subject to enforceRateLimits(). */
const RATE_LIMITED = new Set<string>(['sendMessage', 'sendPhoto', 'sendDocument', ...EDIT_METHODS]);
const DEFAULT_UPDATE_TYPES_EXCLUDED = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
const QUERY_TOO_OLD = 'query is too old and response timeout expired or query ID is invalid';

export interface StoredMessage {
  message: Json;
  fromBot: boolean;
}

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  file_name: string;
  mime_type: string;
  content: Buffer;
}

interface Fault {
  method: string;
  error: ApiErrorPayload | { raw: RawAnswer };
  remaining: number;
  predicate?: (params: Record<string, unknown>) => boolean;
}

interface Poller {
  limit: number;
  finish(result: Update[] | BotApiError): void;
}

/** One Bot API request, parsed by a transport. */
export interface ApiRequest {
  token: string;
  /** The method name as it appeared in the URL. */
  method: string;
  params: Json;
  files: UploadedFileInfo[];
  /** Aborted when the client goes away (ends a held long poll). */
  signal: AbortSignal;
  /** performance.now() when the request arrived (rate limits are measured on it). */
  arrival: number;
  /** The transport could not parse the request: answered with this error (and recorded). */
  rejected?: BotApiError;
}

/** What the transport sends back: the Bot API's JSON envelope, or a raw non-JSON answer. */
export type ApiAnswer = { status: number; json: { ok: true; result: unknown } | ApiErrorResponse } | { status: number; raw: RawAnswer };

export class FakeTelegramState {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every call, in order (cleared by reset()). */
  calls: RecordedCall[] = [];
  stats: { tooManyRequests: number; requests: number } = { tooManyRequests: 0, requests: 0 };

  protected readonly events = new EventEmitter();
  protected closed = false;
  protected seq = 0;

  // updates
  protected queue: Update[] = [];
  protected nextUpdateId: number;
  protected readonly pollers = new Set<Poller>();
  /** Updates are handed to a listener (bot.handleUpdate), never to getUpdates. */
  protected pollingDisabled = false;
  private allowedUpdates: string[] = [];
  private webhookUrl: string | undefined;

  // chats, users, messages, files
  protected readonly chats = new Map<number, Json>();
  protected readonly users = new Map<number, Json>();
  protected readonly messages = new Map<string, StoredMessage>();
  private readonly lastMessageId = new Map<number, number>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private fileCounter = 0;
  protected readonly members = new Map<string, string>();
  protected readonly callbackQueries = new Map<string, { answered: boolean }>();
  protected readonly inlineQueries = new Map<string, { answered: boolean }>();
  private readonly commands = new Map<string, BotCommand[]>();
  private readonly descriptions = new Map<string, string>();

  // faults and limits
  protected faults: Fault[] = [];
  protected readonly blocked = new Map<number, string>();
  protected readonly missing = new Set<number>();
  protected readonly migrated = new Map<number, number>();
  protected latencyAll = 0;
  protected readonly latencyBy = new Map<string, number>();
  protected readonly sleepers = new Set<() => void>();
  private limits: RateLimits | null = null;
  private globalHits: number[] = [];
  private readonly chatHits = new Map<number, number[]>();

  constructor(opts: StartFakeTelegramOptions = {}) {
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

  /**
   * The next `times` calls to `method` get an answer that is not the Bot API's JSON — e.g.
   * `{ status: 413, body: '<html>…Request Entity Too Large…</html>' }` from a proxy, or a 502 page.
   * Recorded with ok: false and the RawAnswer as response.
   */
  failNextRaw(method: string, answer: RawAnswer, times = 1, predicate?: (params: Record<string, unknown>) => boolean): void {
    const fault: Fault = { method: method === '*' ? '*' : this.canonical(method), error: { raw: answer }, remaining: times };
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

  /**
   * The group `chatId` became the supergroup `toChatId`: writes to the old id answer 400 'Bad Request:
   * group chat was upgraded to a supergroup chat' with parameters.migrate_to_chat_id.
   */
  migrateChat(chatId: number, toChatId: number): void {
    this.migrated.set(chatId, toChatId);
  }

  /** Delays answers by `ms` (0 to clear); for one method, or for all methods except getUpdates. */
  setLatency(ms: number, method?: string): void {
    if (method === undefined) this.latencyAll = Math.max(0, ms);
    else if (ms > 0) this.latencyBy.set(this.canonical(method), ms);
    else this.latencyBy.delete(this.canonical(method));
  }

  /**
   * Sliding-window limits on message-producing methods (send*, editMessage*), measured on the
   * arrival time of accepted requests. Exceeding answers 429 'Too Many Requests: retry after N' with
   * parameters.retry_after = N. null switches them off.
   */
  enforceRateLimits(opts: RateLimits | null): void {
    this.limits = opts;
    this.globalHits = [];
    this.chatHits.clear();
  }

  // ── one request ────────────────────────────────────────────────────────────────────────────

  /** Runs one Bot API request: records it and returns what the transport should answer. */
  async execute(req: ApiRequest): Promise<ApiAnswer> {
    const at = Date.now();
    const method = METHOD_BY_LOWER.get(req.method.toLowerCase());
    let answer: ApiAnswer;
    try {
      if (req.rejected) throw req.rejected;
      if (req.token !== this.token) throw new BotApiError(401, 'Unauthorized');
      if (!method) throw new BotApiError(404, 'Not Found: method not found');
      const latency = this.latencyBy.get(method) ?? (method === 'getUpdates' ? 0 : this.latencyAll);
      if (latency > 0) await this.sleep(latency);
      const raw = this.takeFault(method, req.params);
      const result = raw ?? (await this.dispatch(method, req.params, req));
      answer = raw ? { status: raw.status, raw } : { status: 200, json: { ok: true, result } };
    } catch (err) {
      const e = err instanceof BotApiError ? err : new BotApiError(500, `Internal Server Error: ${(err as Error).message}`);
      if (e.error_code === 429) this.stats.tooManyRequests++;
      answer = { status: httpStatus(e.error_code), json: e.toResponse() };
    }
    this.stats.requests++;
    const ok = 'json' in answer && answer.json.ok;
    const call: RecordedCall = {
      seq: this.seq++,
      method: method ?? req.method,
      params: req.params,
      token: req.token,
      at,
      ok,
      response: 'raw' in answer ? answer.raw : answer.json.ok ? answer.json.result : answer.json,
      files: req.files,
    };
    this.calls.push(call);
    this.events.emit('call', call);
    return answer;
  }

  /** A file by its path, as served at `${apiRoot}/file/bot${token}/${file_path}`. */
  fileByPath(path: string): StoredFile | undefined {
    return this.filesByPath.get(path);
  }

  /** The commands set for a scope and language (what getMyCommands would answer). */
  myCommands(opts: { scope?: Json; language_code?: string } = {}): BotCommand[] {
    return clone(this.commands.get(commandsKey(opts)) ?? []);
  }

  /** The description, short description set for a language ('' for the default). */
  myDescription(kind: 'description' | 'short_description', languageCode = ''): string | undefined {
    return this.descriptions.get(`${kind}|${languageCode}`);
  }

  protected sleep(ms: number): Promise<void> {
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

  private async dispatch(method: MethodName, p: Json, req: ApiRequest): Promise<unknown> {
    // chat checks
    let chatId: number | undefined;
    const needsChat = CHAT_REQUIRED.has(method) || (EDIT_METHODS.has(method) && p.inline_message_id === undefined);
    if (needsChat || p.chat_id !== undefined) {
      if (p.chat_id === undefined || p.chat_id === '') throw bad('chat_id is empty');
      chatId = this.resolveChat(p.chat_id);
    }
    if (chatId !== undefined && WRITE_METHODS.has(method)) {
      const to = this.migrated.get(chatId);
      if (to !== undefined) throw new BotApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to });
      const reason = this.blocked.get(chatId);
      if (reason !== undefined) throw new BotApiError(403, reason);
    }
    if (RATE_LIMITED.has(method)) this.checkRateLimit(chatId, req.arrival);

    switch (method) {
      case 'getMe':
        return this.botInfo;
      case 'getUpdates':
        return this.getUpdates(p, req.signal);
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
        return this.sendMedia(method, chatId as number, p, req.files);
      case 'editMessageText':
      case 'editMessageReplyMarkup':
      case 'editMessageMedia':
        return this.editMessage(method, chatId, p, req.files);
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
      case 'setMyDescription':
        return this.setDescription('description', p.description, 512, p.language_code);
      case 'setMyShortDescription':
        return this.setDescription('short_description', p.short_description, 120, p.language_code);
      case 'getChat':
        return { accent_color_id: 0, ...this.chatFor(chatId as number) };
      case 'getChatMember': {
        const userId = toInt(p.user_id);
        if (userId === undefined) throw bad('user_id is empty');
        return memberObject(this.userObject(userId), this.members.get(`${chatId}:${userId}`) ?? 'member');
      }
      case 'getFile': {
        const f = typeof p.file_id === 'string' ? this.files.get(p.file_id) : undefined;
        if (!f) throw bad('invalid file_id');
        const file: TgFile = { file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.content.length, file_path: f.file_path };
        return file;
      }
    }
  }

  /** Consumes a matching fault: throws a Bot API error, or returns a raw answer to send as is. */
  private takeFault(method: MethodName, p: Json): RawAnswer | undefined {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      if (f.method !== method && !(f.method === '*' && method !== 'getUpdates')) continue;
      if (f.predicate && !f.predicate(p)) continue;
      f.remaining--;
      this.faults = this.faults.filter((x) => x.remaining > 0);
      if ('raw' in f.error) return f.error.raw;
      throw new BotApiError(f.error.error_code, f.error.description, f.error.parameters);
    }
    return undefined;
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
    if (this.webhookUrl)
      throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
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
    if (this.queue.length && !this.pollingDisabled) return this.queue.slice(0, limit);
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

  protected flushPollers(): void {
    if (!this.pollers.size || this.pollingDisabled) return;
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

  private sendMedia(method: 'sendPhoto' | 'sendDocument', chatId: number, p: Json, uploads: UploadedFileInfo[]): Json {
    const field = method === 'sendPhoto' ? 'photo' : 'document';
    const stored = this.fileParam(field, p[field], uploads, method === 'sendPhoto' ? 'photos' : 'documents');
    const content: Json = method === 'sendPhoto' ? { photo: photoSizes(stored) } : { document: this.documentOf(stored) };
    this.applyCaption(content, p);
    const markup = checkMarkup(p.reply_markup);
    return this.newBotMessage(chatId, p, content, markup);
  }

  /** A file parameter: an upload (its own field or attach://name), a known file_id, or an HTTP URL. */
  private fileParam(field: string, value: unknown, uploads: UploadedFileInfo[], dir: string): StoredFile {
    const attached = typeof value === 'string' && value.startsWith('attach://') ? value.slice('attach://'.length) : undefined;
    const upload = uploads.find((f) => f.field === (attached ?? field));
    if (upload) return this.storeFile(dir, upload.file_name, upload.mime_type, upload.content);
    if (attached !== undefined) throw bad(`file ${attached} not found in the request`);
    if (typeof value === 'string' && value !== '') {
      const known = this.files.get(value);
      if (known) return known;
      if (/^https?:\/\//.test(value)) {
        const name = decodeURIComponent(new URL(value).pathname.split('/').pop() || 'file');
        return this.storeFile(dir, name, mimeFor(name), Buffer.alloc(0));
      }
      throw bad('wrong file identifier/HTTP URL specified');
    }
    throw bad(`there is no ${field} in the request`);
  }

  private applyCaption(content: Json, p: Json): void {
    if (p.caption === undefined || p.caption === '') return;
    const { text, entities } = formatText(String(p.caption), p.parse_mode, p.caption_entities);
    if (codePoints(text) > MAX_CAPTION) throw bad('message caption is too long');
    content.caption = text;
    if (entities.length) content.caption_entities = entities;
  }

  private editMessage(
    method: 'editMessageText' | 'editMessageReplyMarkup' | 'editMessageMedia',
    chatId: number | undefined,
    p: Json,
    uploads: UploadedFileInfo[],
  ): Json | true {
    let text: { text: string; entities: MessageEntity[] } | undefined;
    if (method === 'editMessageText') {
      const raw = typeof p.text === 'string' ? p.text : '';
      if (raw.trim() === '') throw bad('message text is empty');
      text = formatText(raw, p.parse_mode, p.entities);
      if (text.text.trim() === '') throw bad('message text is empty');
      if (codePoints(text.text) > MAX_TEXT) throw bad('message is too long');
    }
    let media: Json | undefined;
    if (method === 'editMessageMedia') {
      media = p.media as Json;
      if (!isObject(media) || (media.type !== 'photo' && media.type !== 'document')) throw bad("can't parse InputMedia: media type is not supported");
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
    } else if (media) {
      if (msg.photo === undefined && msg.document === undefined) throw bad('there is no media in the message to edit');
      const type = media.type as 'photo' | 'document';
      const file = this.fileParam('media', media.media, uploads, type === 'photo' ? 'photos' : 'documents');
      for (const k of ['photo', 'document', 'caption', 'caption_entities']) delete next[k];
      if (type === 'photo') next.photo = photoSizes(file);
      else next.document = this.documentOf(file);
      this.applyCaption(next, media);
    }
    if (markup) next.reply_markup = markup;
    else delete next.reply_markup;
    const same = (k: string): boolean => JSON.stringify(msg[k]) === JSON.stringify(next[k]);
    if (['text', 'entities', 'photo', 'document', 'caption', 'caption_entities', 'reply_markup'].every(same)) throw bad(NOT_MODIFIED);
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

  // ── registries ─────────────────────────────────────────────────────────────────────────────

  protected canonical(method: string): string {
    return METHOD_BY_LOWER.get(method.toLowerCase()) ?? method;
  }

  protected key(chatId: number, messageId: number): string {
    return `${chatId}:${messageId}`;
  }

  protected callsSince(since: number | undefined): RecordedCall[] {
    return since === undefined ? this.calls : this.calls.filter((c) => c.seq >= since);
  }

  protected chatIdOf(c: RecordedCall): number | string | undefined {
    const v = c.params.chat_id;
    const n = toInt(v);
    if (n !== undefined) return n;
    if (typeof v === 'string') {
      for (const chat of this.chats.values()) if (`@${String(chat.username)}` === v) return chat.id as number;
      return v;
    }
    return undefined;
  }

  protected resolveChat(v: unknown): number {
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

  protected allocMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  protected botUser(): Json {
    return { id: this.botInfo.id, is_bot: true, first_name: this.botInfo.first_name, username: this.botInfo.username };
  }

  protected userFor(from: FakeUserInput): Json {
    const user: Json = { id: from.id, is_bot: from.is_bot ?? false, first_name: from.first_name ?? `User ${from.id}` };
    if (from.last_name !== undefined) user.last_name = from.last_name;
    if (from.username !== undefined) user.username = from.username;
    if (from.language_code !== undefined) user.language_code = from.language_code;
    if (from.is_premium) user.is_premium = true;
    this.users.set(from.id, user);
    return user;
  }

  protected userObject(id: number): Json {
    if (id === this.botInfo.id) return this.botUser();
    return this.users.get(id) ?? { id, is_bot: false, first_name: `User ${id}` };
  }

  protected chatFor(chatId: number): Json {
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

  protected chatForInject(user: Json, partial: Partial<Chat> | undefined): Json {
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

  protected refOf(ref: MessageRef): { chatId: number; messageId: number } {
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

  protected register(u: Update): void {
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
      if (k === 'callback_query' && isObject(v) && typeof v.id === 'string' && !this.callbackQueries.has(v.id))
        this.callbackQueries.set(v.id, { answered: false });
      if (k === 'inline_query' && isObject(v) && typeof v.id === 'string' && !this.inlineQueries.has(v.id)) this.inlineQueries.set(v.id, { answered: false });
    }
  }

  protected storeFile(dir: string, fileName: string, mimeType: string, content: Buffer): StoredFile {
    const n = ++this.fileCounter;
    const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1] ?? (dir === 'photos' ? 'jpg' : 'dat');
    const f: StoredFile = {
      // Unique per upload and stable (no randomness); file_unique_id is the same for the same bytes, as on Telegram.
      file_id: `${dir === 'photos' ? 'AgACAgIAAxkBAAI' : 'BQACAgIAAxkBAAI'}${n.toString(36).padStart(6, '0')}`,
      file_unique_id: `AQAD${createHash('sha256').update(content).digest('base64url').slice(0, 12)}`,
      file_path: `${dir}/file_${n}.${ext}`,
      file_name: fileName,
      mime_type: mimeType,
      content,
    };
    this.files.set(f.file_id, f);
    this.filesByPath.set(f.file_path, f);
    return f;
  }

  protected documentOf(f: StoredFile): Json {
    return { file_name: f.file_name, mime_type: f.mime_type, file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.content.length };
  }
}

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Helpers that need no state

function httpStatus(code: number): number {
  return code >= 400 && code <= 599 ? code : 400;
}

export function commandEntities(text: string): MessageEntity[] {
  const m = /^\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,64})?/.exec(text);
  return m ? [{ type: 'bot_command', offset: 0, length: m[0].length }] : [];
}

export function withoutReply(m: Json): Json {
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

export function memberObject(user: Json, status: string): ChatMember {
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

/** One photo size (Telegram answers several); a PNG's width and height are read from its header. */
function photoSizes(f: StoredFile): Json[] {
  const png = f.content.length >= 24 && f.content.readUInt32BE(0) === 0x89504e47;
  const [width, height] = png ? [f.content.readUInt32BE(16), f.content.readUInt32BE(20)] : [320, 240];
  return [{ file_id: f.file_id, file_unique_id: f.file_unique_id, file_size: f.content.length, width, height }];
}
