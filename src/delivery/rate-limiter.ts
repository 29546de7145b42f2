/**
 * The broadcast rate limiter: a sliding window over the whole bot (N messages a second), at most
 * one message a second per chat and 20 a minute per group, and a global pause (a 429's retry_after
 * blocks the whole bot). Written here rather than taken from a library (bottleneck and friends
 * count *starts*): this window counts a message from the moment its request *completes*, so the
 * (N+1)th request starts at least a window after the 1st was answered — and so after Telegram
 * received it. A garbage-collection pause or a slow socket between our clock and Telegram's can
 * then never squeeze N+1 arrivals into one second. The cost is one round trip per window
 * (≈ 1% on a local network, a few per cent against api.telegram.org).
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
  /** Waits until a message to this chat may go and books it; call the returned function when the request has completed. */
  acquire(chatId: number | bigint, signal?: AbortSignal): Promise<() => void>;
  /** Nothing goes out for this long (429 retry_after). */
  pause(ms: number): void;
  pausedUntil(): number;
}

/** Waits `ms`, or less if `signal` aborts first (never rejects). */
export const defaultSleep = (ms: number, signal?: AbortSignal) =>
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
  const windowMs = opts.windowMs ?? 1005;
  const perChatMs = opts.perChatMs ?? 1005;
  const perGroup = opts.perGroupPerMinute ?? 20;
  // ring of the last `perSecond` send times
  const ring = new Array<number>(perSecond).fill(-Infinity);
  let head = 0;
  let pauseUntil = -Infinity;
  const chatNext = new Map<string, number>();
  const groupHits = new Map<string, number[]>();

  const waitFor = (key: string, isGroup: boolean, t: number): number => {
    // An entry still in flight (Infinity) frees when its request completes: look again shortly.
    const oldest = ring[head]!;
    let wait = Math.max(pauseUntil - t, oldest === Infinity ? 5 : oldest + windowMs - t, (chatNext.get(key) ?? -Infinity) - t);
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
          const slot = head;
          ring[slot] = Infinity;
          head = (head + 1) % perSecond;
          chatNext.set(key, Infinity);
          if (chatNext.size > 50_000) {
            for (const [k, v] of chatNext) if (v < t) chatNext.delete(k);
          }
          let done = false;
          return () => {
            if (done) return;
            done = true;
            const end = now();
            ring[slot] = end;
            chatNext.set(key, end + perChatMs);
            if (isGroup) {
              const hits = groupHits.get(key) ?? [];
              hits.push(end);
              groupHits.set(key, hits);
            }
          };
        }
        await sleep(Math.max(1, Math.ceil(Math.min(wait, 60_000))), signal);
      }
    },
    pause(ms) {
      pauseUntil = Math.max(pauseUntil, now() + ms);
    },
    pausedUntil: () => pauseUntil,
  };
}
