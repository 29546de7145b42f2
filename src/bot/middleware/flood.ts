/**
 * Flood protection: a token bucket per user. Someone sending dozens of messages or button presses
 * a second gets one polite note (in their Telegram language) and their further updates are dropped
 * until the bucket refills; nothing of theirs reaches the database or the answer path meanwhile,
 * so other users' answers are not slowed. Inline queries (Telegram sends one per keystroke) and
 * chat-member updates are not counted. A dropped button press is still answered (silently), so
 * the user's client stops spinning.
 */
import type { Context, MiddlewareFn } from 'telegraf';
import { type I18n, negotiateLanguage } from '../../i18n/index.js';

export interface FloodOptions {
  /** Updates a user may send at once (default 20). */
  burst?: number;
  /** Updates a second a user may keep sending (default 3). */
  perSecond?: number;
  now?: () => number;
  /** Called for each dropped update (metrics, logs). */
  onDrop?: (userId: number) => void;
  /** Users never throttled: the owners (ADMIN_IDS), who may paste a batch of admin commands. */
  exempt?: (userId: number) => boolean;
}

interface Bucket {
  tokens: number;
  at: number;
  noted: boolean;
}

export interface FloodControl {
  middleware: MiddlewareFn<Context>;
  dropped(): number;
}

export function createFloodControl(i18n: I18n, opts: FloodOptions = {}): FloodControl {
  const burst = opts.burst ?? 20;
  const rate = opts.perSecond ?? 3;
  const now = opts.now ?? (() => performance.now());
  const buckets = new Map<number, Bucket>();
  let dropped = 0;

  const take = (userId: number): 'ok' | 'note' | 'drop' => {
    const t = now();
    let b = buckets.get(userId);
    if (!b) {
      if (buckets.size > 100_000) {
        // Forget users whose bucket is full again (they are no different from new ones).
        for (const [k, v] of buckets) if (v.tokens + ((t - v.at) / 1000) * rate >= burst) buckets.delete(k);
      }
      b = { tokens: burst, at: t, noted: false };
      buckets.set(userId, b);
    }
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * rate);
    b.at = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      if (b.tokens >= burst / 2) b.noted = false;
      return 'ok';
    }
    if (b.noted) return 'drop';
    b.noted = true;
    return 'note';
  };

  const middleware: MiddlewareFn<Context> = async (ctx, next) => {
    const from = ctx.from;
    if (!from || ctx.inlineQuery || ctx.myChatMember || ctx.chatMember || opts.exempt?.(from.id)) return next();
    const verdict = take(from.id);
    if (verdict === 'ok') return next();
    dropped++;
    opts.onDrop?.(from.id);
    const t = i18n.translator(negotiateLanguage(null, from.language_code)).t;
    if (ctx.callbackQuery) {
      await ctx.answerCbQuery(verdict === 'note' ? t('flood-slow-down') : undefined).catch(() => undefined);
      return;
    }
    if (verdict === 'note' && ctx.chat) await ctx.reply(t('flood-slow-down')).catch(() => undefined);
  };
  return { middleware, dropped: () => dropped };
}
