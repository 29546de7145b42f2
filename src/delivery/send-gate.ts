/**
 * The one send path: every Bot API call that sends — replies, edits, callback and inline answers
 * (through the per-update client Telegraf makes, see installSendPath), error reports, and the
 * delivery worker's broadcasts — passes this gate.
 *
 * - One global budget (`globalPerSecond`, Telegram's 30 messages a second; more with paid
 *   broadcasts) counted, as in rate-limiter.ts, from the moment each request *completes*.
 * - Two lanes. Interactive calls (answers to a user) go first: while one waits, no broadcast
 *   message starts, so a broadcast yields within one free slot (≈ 1/30 s at the limit). While no
 *   broadcast is under way (none in flight or in the last window) answers are not held to the
 *   budget at all — the bot answers as fast as it can — but they are counted in it, so a
 *   broadcast that starts leaves them their share.
 *   Broadcasts additionally keep to their own rate (`broadcastPerSecond`, BROADCAST_RATE), one
 *   message a second per chat and 20 a minute per group. An answer waits for the gap a broadcast
 *   left in its chat; while a broadcast is under way it also keeps one message a second per chat
 *   (a multi-part answer is spaced), otherwise a user's own burst of answers goes at once.
 * - A 429 pauses everything for `retry_after`, as Telegram demands; an interactive call that met
 *   it (or a 5xx, or a network failure) is retried after the wait, not dropped. Errors are
 *   classified once, by classifyTelegramError (telegram-errors.ts).
 */
import type { Telegram } from 'telegraf';
import { type RateLimiter, defaultSleep } from './rate-limiter.js';
import { classifyTelegramError } from './telegram-errors.js';

export type Lane = 'interactive' | 'broadcast';

export interface SendGateOptions {
  /** The whole bot's messages a second (30; up to 1000 with paid broadcasts). */
  globalPerSecond?: number;
  /** Broadcast messages a second (BROADCAST_RATE; at most globalPerSecond). */
  broadcastPerSecond?: number;
  perChatMs?: number;
  perGroupPerMinute?: number;
  windowMs?: number;
  /** Attempts of an interactive call before its error is passed on (default 4). */
  interactiveAttempts?: number;
  /** A single wait (429 or backoff) longer than this is not worth a user's reply: give up (default 30 s). */
  maxInteractiveWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface SendGateStats {
  interactive: number;
  broadcast: number;
  retried: number;
  tooManyRequests: number;
  failed: number;
}

export interface SendGate {
  /** Waits for a slot in this lane and books it; call the returned function when the request completed. */
  acquire(chatId: number | bigint | string | null, lane: Lane, signal?: AbortSignal): Promise<() => void>;
  /** Nothing goes out for this long (429 retry_after). */
  pause(ms: number): void;
  pausedUntil(): number;
  /** Runs one Bot API call through the gate (retries interactive calls on 429, 5xx and network errors). */
  call<T>(lane: Lane, method: string, payload: Record<string, unknown> | undefined, send: () => Promise<T>): Promise<T>;
  /** The broadcast lane as the delivery worker's rate limiter. */
  broadcastLimiter(): RateLimiter;
  /** Interactive calls waiting for a slot right now. */
  waiting(): number;
  stats(): SendGateStats;
}

/** Methods that put a message in a chat: counted in the budgets. */
export function isMessageMethod(method: string): boolean {
  return /^(send|copy|forward|edit)/i.test(method) && !/^sendChatAction$/i.test(method);
}

/** Methods that answer a user without a message: not counted, but paused by a 429 and retried. */
const ANSWER_METHODS = new Set(['answerCallbackQuery', 'answerInlineQuery', 'deleteMessage', 'deleteMessages', 'sendChatAction']);

export function isGatedMethod(method: string): boolean {
  return isMessageMethod(method) || ANSWER_METHODS.has(method);
}

function chatOf(payload: Record<string, unknown> | undefined): string | null {
  const c = payload?.chat_id;
  return typeof c === 'number' || typeof c === 'string' || typeof c === 'bigint' ? String(c) : null;
}

export function createSendGate(opts: SendGateOptions = {}): SendGate {
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? defaultSleep;
  const globalPerSecond = Math.max(1, Math.floor(opts.globalPerSecond ?? 30));
  const broadcastPerSecond = Math.max(1, Math.min(globalPerSecond, Math.floor(opts.broadcastPerSecond ?? globalPerSecond)));
  const windowMs = opts.windowMs ?? 1005;
  const perChatMs = opts.perChatMs ?? 1005;
  const perGroup = opts.perGroupPerMinute ?? 20;
  const attempts = opts.interactiveAttempts ?? 4;
  const maxWait = opts.maxInteractiveWaitMs ?? 30_000;
  const stats: SendGateStats = { interactive: 0, broadcast: 0, retried: 0, tooManyRequests: 0, failed: 0 };

  // Rings of the last N completion times (Infinity while a request is in flight).
  const globalRing = new Array<number>(globalPerSecond).fill(-Infinity);
  let globalHead = 0;
  const bcastRing = new Array<number>(broadcastPerSecond).fill(-Infinity);
  let bcastHead = 0;
  let pauseUntil = -Infinity;
  /** The earliest next broadcast message per chat (set by any message to it). */
  const chatNext = new Map<string, number>();
  /** The gap a broadcast message left in its chat (interactive messages respect only this). */
  const chatBcastNext = new Map<string, number>();
  const groupHits = new Map<string, number[]>();
  let interactiveWaiting = 0;
  let bcastInflight = 0;
  let bcastActiveUntil = -Infinity;

  const ringWait = (ring: number[], head: number, t: number) => {
    const oldest = ring[head]!;
    return oldest === Infinity ? 5 : oldest + windowMs - t;
  };

  const waitFor = (key: string | null, lane: Lane, counted: boolean, t: number): number => {
    let wait = pauseUntil - t;
    if (!counted) return wait;
    if (lane === 'interactive') {
      // Without a broadcast under way an answer waits only for a gap a broadcast left in its chat;
      // during one, answers keep to the shared budget and to one message a second per chat, too.
      if (bcastInflight === 0 && t >= bcastActiveUntil) return key === null ? wait : Math.max(wait, (chatBcastNext.get(key) ?? -Infinity) - t);
      wait = Math.max(wait, ringWait(globalRing, globalHead, t));
      return key === null ? wait : Math.max(wait, (chatNext.get(key) ?? -Infinity) - t);
    }
    wait = Math.max(wait, ringWait(globalRing, globalHead, t));
    if (key === null) return wait;
    // Broadcasts: yield to any waiting answer, keep to their own rate, the chat's and the group's.
    if (interactiveWaiting > 0) wait = Math.max(wait, 2);
    wait = Math.max(wait, ringWait(bcastRing, bcastHead, t), (chatNext.get(key) ?? -Infinity) - t);
    if (key.startsWith('-')) {
      const hits = (groupHits.get(key) ?? []).filter((h) => h > t - 60_000 - 100);
      groupHits.set(key, hits);
      if (hits.length >= perGroup) wait = Math.max(wait, hits[hits.length - perGroup]! + 60_000 + 100 - t);
    }
    return wait;
  };

  const prune = (t: number) => {
    if (chatNext.size > 50_000) for (const [k, v] of chatNext) if (v < t) chatNext.delete(k);
    if (chatBcastNext.size > 50_000) for (const [k, v] of chatBcastNext) if (v < t) chatBcastNext.delete(k);
    if (groupHits.size > 10_000) for (const [k, v] of groupHits) if (!v.length || v[v.length - 1]! < t - 61_000) groupHits.delete(k);
  };

  async function acquireSlot(chat: number | bigint | string | null, lane: Lane, counted: boolean, signal?: AbortSignal): Promise<() => void> {
    const key = chat === null ? null : String(chat);
    const interactive = lane === 'interactive';
    if (interactive && counted) interactiveWaiting++;
    try {
      for (;;) {
        if (signal?.aborted) throw new Error('aborted');
        const t = now();
        const wait = waitFor(key, lane, counted, t);
        if (wait <= 0) {
          if (!counted) return () => undefined;
          const g = globalHead;
          globalRing[g] = Infinity;
          globalHead = (globalHead + 1) % globalPerSecond;
          let b = -1;
          if (!interactive) {
            b = bcastHead;
            bcastRing[b] = Infinity;
            bcastHead = (bcastHead + 1) % broadcastPerSecond;
            bcastInflight++;
            if (key !== null) chatNext.set(key, Infinity);
          }
          prune(t);
          let done = false;
          return () => {
            if (done) return;
            done = true;
            const end = now();
            globalRing[g] = end;
            if (b >= 0) {
              bcastRing[b] = end;
              bcastInflight--;
              bcastActiveUntil = Math.max(bcastActiveUntil, end + windowMs);
            }
            if (key === null) return;
            chatNext.set(key, end + perChatMs);
            if (!interactive) chatBcastNext.set(key, end + perChatMs);
            if (key.startsWith('-')) {
              const hits = groupHits.get(key) ?? [];
              hits.push(end);
              groupHits.set(key, hits);
            }
          };
        }
        await sleep(Math.max(1, Math.ceil(Math.min(wait, interactive ? 50 : 60_000))), signal);
      }
    } finally {
      if (interactive && counted) interactiveWaiting--;
    }
  }

  const gate: SendGate = {
    acquire: (chat, lane, signal) => acquireSlot(chat, lane, true, signal),
    pause(ms) {
      pauseUntil = Math.max(pauseUntil, now() + ms);
    },
    pausedUntil: () => pauseUntil,
    waiting: () => interactiveWaiting,
    stats: () => ({ ...stats }),

    async call(lane, method, payload, send) {
      if (!isGatedMethod(method)) return send();
      const counted = isMessageMethod(method);
      const chat = chatOf(payload);
      for (let attempt = 1; ; attempt++) {
        const release = await acquireSlot(chat, lane, counted);
        try {
          const r = await send();
          release();
          stats[lane]++;
          return r;
        } catch (err) {
          release();
          const v = classifyTelegramError(err, attempt);
          if (v.kind !== 'retry') throw err;
          if (v.global) {
            stats.tooManyRequests++;
            gate.pause(v.afterMs);
          }
          // Broadcasts are retried by the worker (it records each attempt); answers are retried here.
          if (lane !== 'interactive' || attempt >= attempts || v.afterMs > maxWait) {
            stats.failed++;
            throw err;
          }
          stats.retried++;
          if (!v.global) await sleep(Math.min(v.afterMs, 250 * 2 ** (attempt - 1)));
        }
      }
    },

    broadcastLimiter: () => ({
      acquire: (chatId, signal) => acquireSlot(chatId, 'broadcast', true, signal),
      pause: (ms) => gate.pause(ms),
      pausedUntil: () => pauseUntil,
    }),
  };
  return gate;
}

const installed = new WeakSet<object>();

/**
 * Puts a Telegram client's calls through the gate (idempotent). Telegraf makes a new client for
 * each update, so the bot's first middleware installs it on ctx.telegram; the bot's own client
 * (error reports, menus) gets it once.
 */
export function installSendPath(telegram: Telegram, gate: SendGate, lane: Lane = 'interactive', onSent?: (method: string) => void): void {
  if (installed.has(telegram)) return;
  installed.add(telegram);
  const raw = telegram.callApi.bind(telegram) as (m: string, p: unknown, o?: unknown) => Promise<unknown>;
  telegram.callApi = (async (method: string, payload: Record<string, unknown>, options?: unknown) => {
    const r = await gate.call(lane, method, payload, () => raw(method, payload, options));
    onSent?.(method);
    return r;
  }) as Telegram['callApi'];
}
