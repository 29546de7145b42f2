/**
 * The fake Bot API as tests use it: a FakeTelegramState (state.ts) on a transport (HTTP on
 * 127.0.0.1, or in-process), plus the test helpers — injecting updates as Telegram would send them
 * (texts, button presses, inline queries, documents, membership changes), reading what the bot
 * sent, and waiting for calls with readable failure messages.
 */
import type { CallbackQuery, Chat, Message, MessageEntity, Update } from 'telegraf/types';
import { serveHttp } from './http.js';
import { serveInProcess } from './in-process.js';
import { commandEntities, FakeTelegramState, memberObject, type StoredMessage, withoutReply } from './state.js';
import {
  type ApiErrorResponse,
  clone,
  type FakeUserInput,
  type Json,
  type MessageRef,
  type NewUpdate,
  type RawAnswer,
  nowSec,
  randomDigits,
  type RecordedCall,
  type SentMessage,
  type StartFakeTelegramOptions,
  truncate,
  updateType,
  type WaitOptions,
} from './types.js';

const DEFAULT_TIMEOUT_MS = 5000;

export type Transport = 'http' | 'in-process';

export class FakeTelegram extends FakeTelegramState {
  /** The Bot API root to give the bot: `http://127.0.0.1:<port>`, or a private origin for the in-process transport. */
  apiRoot = '';
  transport: Transport = 'http';
  private closeTransport: () => Promise<void> = () => Promise.resolve();
  private closing: Promise<void> | undefined;
  /** Called with every injected update (see `onUpdate`). */
  private updateListener: ((u: Update) => void) | undefined;

  /** Use startFakeTelegram(). */
  constructor(opts: StartFakeTelegramOptions = {}) {
    super(opts);
  }

  /** @internal Wires the transport (startFakeTelegram does). */
  attach(transport: Transport, apiRoot: string, close: () => Promise<void>): void {
    this.transport = transport;
    this.apiRoot = apiRoot;
    this.closeTransport = close;
  }

  /**
   * Hands every injected update to `listener` instead of queueing it for getUpdates — for a bot
   * driven by `bot.handleUpdate()`. The listener calls `consumed(update)` when it has been handled.
   */
  onUpdate(listener: ((u: Update) => void) | undefined): void {
    this.updateListener = listener;
    this.pollingDisabled = listener !== undefined;
  }

  /** Marks an update delivered outside getUpdates as handled (updatesConsumed() waits for this). */
  consumed(u: Update): void {
    const before = this.queue.length;
    this.queue = this.queue.filter((q) => q !== u);
    if (this.queue.length !== before) this.events.emit('queue');
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
    if (this.updateListener) this.updateListener(u);
    else this.flushPollers();
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
  myChatMember(from: FakeUserInput, chat: number | (Partial<Chat> & { id: number }), oldStatus: string, newStatus: string): Update.MyChatMemberUpdate {
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
  waitForCall(method: string, predicate?: (c: RecordedCall) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS, opts: WaitOptions = {}): Promise<RecordedCall> {
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
      const outcome = c.ok
        ? 'ok'
        : (() => {
            const e = c.response as ApiErrorResponse | RawAnswer;
            return 'body' in e ? `${e.status} (not JSON) ${truncate(e.body, 60)}` : `${e.error_code} ${e.description}`;
          })();
      return `  #${c.seq} ${c.method} ${truncate(JSON.stringify(c.params), 200)} → ${outcome}`;
    });
    return `${head}; the last ${recent.length}:\n${lines.join('\n')}`;
  }

  /** Clears calls, faults, blocked/missing/migrated chats, latency, rate limits and stats. Pending updates, messages, files and chat state stay. */
  reset(): void {
    this.calls = [];
    this.faults = [];
    this.blocked.clear();
    this.missing.clear();
    this.migrated.clear();
    this.latencyAll = 0;
    this.latencyBy.clear();
    this.enforceRateLimits(null);
    this.stats.tooManyRequests = 0;
    this.stats.requests = 0;
  }

  /** Answers pending long polls (with no updates), then closes the transport (every connection and the server). */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.closed = true;
    this.closing = (async () => {
      for (const p of [...this.pollers]) p.finish([]);
      this.pollers.clear();
      for (const wake of [...this.sleepers]) wake();
      this.events.emit('close');
      await this.closeTransport();
    })();
    return this.closing;
  }
}

/**
 * Starts a fake Bot API. `transport: 'http'` (the default) serves it on 127.0.0.1 and an ephemeral
 * port; `'in-process'` answers the same requests without a socket (see in-process.ts).
 */
export async function startFakeTelegram(opts: StartFakeTelegramOptions & { transport?: Transport } = {}): Promise<FakeTelegram> {
  const fake = new FakeTelegram(opts);
  if (opts.transport === 'in-process') {
    const t = serveInProcess(fake);
    fake.attach('in-process', t.apiRoot, () => t.close());
  } else {
    const t = await serveHttp(fake);
    fake.attach('http', t.apiRoot, () => t.close());
  }
  return fake;
}
