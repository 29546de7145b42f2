/**
 * The delivery worker: the only sender of broadcast messages. It takes due outbox rows, sends their
 * parts through the rate limiter, and records each confirmed part at once (partsSent), so a
 * process killed mid-broadcast resumes where it stopped: rows left in 'sending' go back to
 * 'pending' and only their unconfirmed parts are sent. The one residual ambiguity is a message
 * whose HTTP request had left when the process died: Telegram may or may not have delivered it and
 * offers no way to ask, so that part is sent again (at-least-once for at most one part per row in
 * flight; the worker keeps `concurrency` rows in flight).
 */
import type { Logger } from '../logger.js';
import type { OutboxRepository, DeliveryRow } from '../db/repositories/outbox.js';
import type { SubscriptionRepository } from '../db/repositories/subscriptions.js';
import { type DeliveryPayload, parsePayload } from '../domain/payload.js';
import type { RateLimiter } from './rate-limiter.js';
import { classifyTelegramError } from './telegram-errors.js';

export interface ApiCaller {
  callApi(method: 'sendMessage', payload: Record<string, unknown>): Promise<unknown>;
}

export interface DeliveryWorkerDeps {
  outbox: OutboxRepository;
  subscriptions: Pick<SubscriptionRepository, 'setReachable' | 'strike' | 'migrateChat' | 'advance'>;
  api: ApiCaller;
  limiter: RateLimiter;
  logger: Logger;
  paidBroadcast?: boolean;
  /** Before a digest's first part: render it from the events still published. undefined = unchanged; null = nothing left. */
  refresh?: (p: DeliveryPayload) => Promise<DeliveryPayload | null | undefined>;
  /** Rows in flight at once (default 4). */
  concurrency?: number;
  /** Idle poll for rows whose retry time came (default 1000 ms). */
  pollMs?: number;
  /** Give up on a row after this many failed attempts (429s excepted; default 8). */
  maxAttempts?: number;
  /** Strikes of the transient 403 before a chat is marked unreachable (default 3). */
  maxStrikes?: number;
  now?: () => Date;
  /** Pause before the first send after start (default 1100 ms). */
  coldStartMs?: number;
}

export interface DeliveryWorker {
  start(): Promise<void>;
  /** New rows are waiting: look now. */
  wake(): void;
  /** Stops taking rows, lets the in-flight sends finish, then resolves. */
  stop(): Promise<void>;
  /** Resolves when nothing is due and nothing is in flight (tests, bench). */
  drained(): Promise<void>;
  stats(): { sent: number; failed: number; retried: number; rateLimited: number };
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const now = deps.now ?? (() => new Date());
  const concurrency = deps.concurrency ?? 4;
  const pollMs = deps.pollMs ?? 1000;
  const maxAttempts = deps.maxAttempts ?? 8;
  const maxStrikes = deps.maxStrikes ?? 3;
  const log = deps.logger;
  const stats = { sent: 0, failed: 0, retried: 0, rateLimited: 0 };
  const inflight = new Map<number, Promise<void>>();
  const abort = new AbortController();
  let running = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let idleWaiters: Array<() => void> = [];
  let idle = false;
  let buffer: DeliveryRow[] = [];

  const wake = () => {
    const w = wakeUp;
    wakeUp = undefined;
    w?.();
  };

  async function processRow(row: DeliveryRow): Promise<void> {
    const { outbox } = deps;
    // The row stays 'pending' while it is worked on: what makes a resumed row exact is partsSent.
    const attempt = row.attempts + 1;
    let payload = parsePayload(row.payload);
    if (!payload) return outbox.markFinal(row.id, 'failed', 'unreadable payload');
    let chatId = row.chatId;
    if (!row.subscriber.reachable) return outbox.markFinal(row.id, 'skipped', 'chat unreachable');
    if (row.partsSent === 0 && payload.eventIds && deps.refresh) {
      // Rendered now from the events still published: withdrawn ones drop out.
      const fresh = await deps.refresh(payload);
      if (fresh === null) {
        // Everything in it was withdrawn before it went: nothing to send, the window is done.
        if (row.windowTo) await deps.subscriptions.advance([chatId], row.windowTo);
        return outbox.markFinal(row.id, 'skipped', 'all events withdrawn');
      }
      if (fresh) {
        payload = fresh;
        // Freeze a multi-part text before its first part goes (a resumed row must send the same parts).
        if ((fresh.parts?.length ?? 0) > 1) await outbox.setPayload(row.id, JSON.stringify(fresh));
      }
    }
    const parts = payload.parts;
    if (!parts?.length) return outbox.markFinal(row.id, 'failed', 'nothing to send');
    let migrated = false;
    for (let k = row.partsSent; k < parts.length; k++) {
      let release: () => void;
      try {
        release = await deps.limiter.acquire(chatId, abort.signal);
      } catch {
        // stopping: not sent, goes again at the next start
        return outbox.markRetry(row.id, now(), 'stopped before sending', false);
      }
      try {
        await deps.api.callApi('sendMessage', {
          chat_id: Number(chatId),
          text: parts[k]!,
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: !payload.linkPreviews },
          ...(payload.silent ? { disable_notification: true } : {}),
          ...(deps.paidBroadcast ? { allow_paid_broadcast: true } : {}),
        });
        release();
      } catch (err) {
        release();
        const v = classifyTelegramError(err, attempt);
        const at = now();
        switch (v.kind) {
          case 'retry':
            stats.retried++;
            if (v.global) {
              stats.rateLimited++;
              deps.limiter.pause(v.afterMs);
              log.warn({ retryAfterMs: v.afterMs, chatId: String(chatId) }, 'Telegram says too many requests: the whole queue waits');
            } else if (attempt >= maxAttempts) {
              stats.failed++;
              log.error({ chatId: String(chatId), reason: v.reason, attempt }, 'giving up on a delivery');
              return outbox.markFinal(row.id, 'failed', v.reason);
            }
            return outbox.markRetry(row.id, new Date(at.getTime() + v.afterMs), v.reason, !v.global);
          case 'gone':
            stats.failed++;
            log.info({ chatId: String(chatId), reason: v.reason }, 'recipient gone: marking the chat unreachable');
            await deps.subscriptions.setReachable(chatId, false, v.reason);
            return outbox.markFinal(row.id, 'failed', v.reason);
          case 'strike': {
            const strikes = await deps.subscriptions.strike(chatId);
            if (strikes >= maxStrikes) {
              stats.failed++;
              await deps.subscriptions.setReachable(chatId, false, v.reason);
              return outbox.markFinal(row.id, 'failed', v.reason);
            }
            stats.retried++;
            return outbox.markRetry(row.id, new Date(at.getTime() + 60_000 * strikes), v.reason);
          }
          case 'migrate':
            if (migrated) return outbox.markFinal(row.id, 'failed', v.reason);
            migrated = true;
            log.info({ from: String(chatId), to: v.toChatId }, 'group became a supergroup: moving its subscription');
            await deps.subscriptions.migrateChat(chatId, BigInt(v.toChatId));
            chatId = BigInt(v.toChatId);
            await outbox.setChat(row.id, chatId);
            k--;
            continue;
          case 'fatal':
            stats.failed++;
            log.error({ chatId: String(chatId), reason: v.reason }, 'delivery refused by Telegram');
            return outbox.markFinal(row.id, 'failed', v.reason);
        }
      }
      stats.sent++;
      if (k + 1 < parts.length) await outbox.markPart(row.id, k + 1);
    }
    await outbox.markSent(row.id, chatId, row.windowTo, parts.length, now(), row.subscriber.strikes > 0);
  }

  async function run(): Promise<void> {
    const recovered = await deps.outbox.recoverSending();
    if (recovered) log.warn({ rows: recovered }, 'resuming deliveries interrupted by a stop or crash');
    while (running) {
      const free = concurrency - inflight.size;
      let got = 0;
      if (free > 0) {
        // Rows are read in batches (one query for many sends), oldest first.
        if (buffer.length === 0) {
          try {
            buffer = await deps.outbox.due(now(), concurrency * 8, [...inflight.keys()]);
          } catch (err) {
            log.error({ err }, 'cannot read the outbox');
          }
        }
        const rows = buffer.splice(0, free);
        got = rows.length;
        for (const row of rows) {
          const p = processRow(row)
            .catch((err: unknown) => {
              log.error({ err, deliveryId: row.id }, 'delivery failed unexpectedly; will retry');
              return deps.outbox.markRetry(row.id, new Date(now().getTime() + 5000), String(err)).catch(() => undefined);
            })
            .finally(() => {
              inflight.delete(row.id);
              wake();
            });
          inflight.set(row.id, p);
        }
      }
      if (got === 0 && inflight.size === 0) {
        if (!idle) {
          idle = true;
          await deps.outbox.finishRuns(now()).catch(() => undefined);
        }
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      } else {
        idle = false;
      }
      if (got === 0 || inflight.size >= concurrency) {
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
          const t = setTimeout(resolve, inflight.size ? pollMs * 5 : pollMs);
          t.unref?.();
        });
        wakeUp = undefined;
      }
    }
  }

  return {
    async start() {
      if (running) return;
      running = true;
      // A process that just restarted cannot know what its predecessor sent in the last second:
      // wait one rate window before the first broadcast message.
      deps.limiter.pause(deps.coldStartMs ?? 1100);
      loop = run().catch((err: unknown) => log.fatal({ err }, 'delivery worker stopped'));
    },
    wake: () => {
      idle = false;
      wake();
    },
    async stop() {
      if (!running) return;
      running = false;
      buffer = [];
      abort.abort();
      wake();
      await loop;
      await Promise.allSettled([...inflight.values()]);
    },
    drained() {
      return new Promise<void>((resolve) => {
        idle = false;
        idleWaiters.push(resolve);
        wake();
      });
    },
    stats: () => ({ ...stats }),
  };
}
