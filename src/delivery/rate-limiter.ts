/**
 * The broadcast rate limiter: a sliding window over the whole bot (N messages a second), at most
 * one message a second per chat and 20 a minute per group, and a global pause (a 429's retry_after
 * blocks the whole bot). Written here rather than taken from a library: the three limits plus the
 * pause are forty lines, and the window keeps a small margin (`windowMs`, default 1030 ms) so that
 * jitter between our clock and the server's never makes 31 arrivals fall into one second.
 */
export interface RateLimiterOptions {
  perSecond: number;
  /** Minimum gap between two messages to one chat. */
  perChatMs?: number;
  /** Messages a minute to one group (negative chat id). */
  perGroupPerMinute?: number;
  windowMs?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface RateLimiter {
  /** Waits until a message to this chat may go, and books it. */
  acquire(chatId: number | bigint, signal?: AbortSignal): Promise<void>;
  /** Nothing goes out for this long (429 retry_after). */
  pause(ms: number): void;
  pausedUntil(): number;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export function createRateLimiter(opts: RateLimiterOptions): RateLimiter {
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? defaultSleep;
  const perSecond = Math.max(1, Math.floor(opts.perSecond));
  const windowMs = opts.windowMs ?? 1030;
  const perChatMs = opts.perChatMs ?? 1050;
  const perGroup = opts.perGroupPerMinute ?? 20;
  // ring of the last `perSecond` send times
  const ring = new Array<number>(perSecond).fill(-Infinity);
  let head = 0;
  let pauseUntil = -Infinity;
  const chatNext = new Map<string, number>();
  const groupHits = new Map<string, number[]>();

  const waitFor = (key: string, isGroup: boolean, t: number): number => {
    let wait = Math.max(pauseUntil - t, ring[head]! + windowMs - t, (chatNext.get(key) ?? -Infinity) - t);
    if (isGroup) {
      const hits = (groupHits.get(key) ?? []).filter((h) => h > t - 60_000 - 100);
      groupHits.set(key, hits);
      if (hits.length >= perGroup) wait = Math.max(wait, hits[hits.length - perGroup]! + 60_000 + 100 - t);
    }
    return wait;
  };

  return {
    async acquire(chatId, signal) {
      const key = String(chatId);
      const isGroup = key.startsWith('-');
      for (;;) {
        if (signal?.aborted) throw new Error('aborted');
        const t = now();
        const wait = waitFor(key, isGroup, t);
        if (wait <= 0) {
          ring[head] = t;
          head = (head + 1) % perSecond;
          chatNext.set(key, t + perChatMs);
          if (isGroup) groupHits.get(key)!.push(t);
          if (chatNext.size > 50_000) {
            for (const [k, v] of chatNext) if (v < t) chatNext.delete(k);
          }
          return;
        }
        await sleep(Math.max(1, Math.ceil(wait)), signal);
      }
    },
    pause(ms) {
      pauseUntil = Math.max(pauseUntil, now() + ms);
    },
    pausedUntil: () => pauseUntil,
  };
}
