/**
 * Chats and their subscriptions: recording a chat, its language, subscribing (here, a channel, or
 * with a filter from a deep link), changing settings, pausing and resuming, and reachability.
 * Knows nothing of Telegraf: permission checks (is this user a chat administrator?) stay in the bot.
 */
import type { Repositories } from '../db/repositories/index.js';
import type { Lang } from '../i18n/index.js';
import { isLang } from '../i18n/index.js';
import type { ChatSeen, FilterType, SubscriptionChange, SubscriptionView } from '../domain/subscription.js';

export type SubscribeOutcome = 'new' | 'restored' | 'already';

export function createSubscriptionService(deps: { repos: Pick<Repositories, 'subscribers' | 'subscriptions'>; now: () => Date }) {
  const { subscribers, subscriptions } = deps.repos;

  async function subscribe(chatId: bigint, by: bigint | null): Promise<SubscribeOutcome> {
    const r = await subscriptions.subscribe(chatId, deps.now(), by);
    return r.created ? 'new' : r.reactivated ? 'restored' : 'already';
  }

  return {
    /** Records a chat that wrote to the bot; returns its stored language choice, if any. */
    seen: (chat: ChatSeen): Promise<{ isNew: boolean; language: string | null }> => subscribers.touch(chat),

    /** The chat's stored language choice (null: none, negotiate from Telegram). */
    async language(chatId: bigint): Promise<Lang | null> {
      const stored = await subscribers.language(chatId);
      return isLang(stored) ? stored : null;
    },
    setLanguage: (chatId: bigint, lang: Lang): Promise<void> => subscribers.setLanguage(chatId, lang),

    get: (chatId: bigint): Promise<SubscriptionView | null> => subscriptions.get(chatId),

    subscribe,

    /** A channel (or group) subscribed from elsewhere by its administrator. */
    async subscribeChat(chat: ChatSeen, by: bigint): Promise<SubscribeOutcome> {
      await subscribers.touch(chat);
      return subscribe(chat.chatId, by);
    },

    /** Subscribes (if needed) and adds one filter, or clears them all for `everything`. */
    async subscribeTo(chatId: bigint, by: bigint | null, target: { type: FilterType; value: string } | 'everything'): Promise<SubscribeOutcome> {
      const outcome = await subscribe(chatId, by);
      if (target === 'everything') await subscriptions.clearFilters(chatId);
      else await subscriptions.addFilter(chatId, target.type, target.value);
      return outcome;
    },

    /** Stops digests; the preferences are kept for a later /subscribe. False when there was none. */
    unsubscribe: (chatId: bigint): Promise<boolean> => subscriptions.unsubscribe(chatId),

    /**
     * Applies one change to an active subscription; returns the subscription after it, or null when
     * the chat has no active subscription (nothing is changed then).
     */
    async change(chatId: bigint, change: SubscriptionChange): Promise<SubscriptionView | null> {
      const sub = await subscriptions.get(chatId);
      if (!sub || !sub.active) return null;
      switch (change.kind) {
        case 'patch':
          await subscriptions.update(chatId, change.patch);
          break;
        case 'toggle':
          await subscriptions.update(chatId, { [change.setting]: !sub[change.setting] });
          break;
        case 'toggleFilter':
          await subscriptions.toggleFilter(chatId, change.type, change.value);
          break;
        case 'addFilter':
          await subscriptions.addFilter(chatId, change.type, change.value);
          break;
        case 'clearFilters':
          await subscriptions.clearFilters(chatId);
          break;
        case 'pause':
          await subscriptions.pause(chatId, deps.now());
          break;
        case 'resume':
          await subscriptions.resume(chatId, change.mode, deps.now());
          break;
      }
      return subscriptions.get(chatId);
    },

    /** The bot was blocked or removed (unreachable: digests pause), or allowed back. */
    setReachable: (chatId: bigint, reachable: boolean, why: string | null): Promise<void> => subscriptions.setReachable(chatId, reachable, why),
  };
}

export type SubscriptionService = ReturnType<typeof createSubscriptionService>;
