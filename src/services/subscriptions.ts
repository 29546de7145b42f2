/**
 * Subscriptions: a chat's subscription and its settings (frequency, hour, quiet hours, topics,
 * pause/resume), subscribing and unsubscribing, reachability, and the chat's chosen language.
 * Chat ids are Telegram's (numbers); the clock is the one passed in.
 */
import type { Repositories } from '../db/repositories/index.js';
import type { FilterType, SubscriptionPatch, SubscriptionView } from '../db/repositories/subscriptions.js';
import type { Lang } from '../i18n/index.js';

export type { FilterType, SubscriptionPatch, SubscriptionView };

export function createSubscriptionService(deps: { repos: Pick<Repositories, 'subscriptions' | 'subscribers'>; now: () => Date }) {
  const { subscriptions: repo, subscribers } = deps.repos;
  const id = (chatId: number | bigint) => BigInt(chatId);
  return {
    /** The chat's subscription (also after /unsubscribe, inactive), or null if it never had one. */
    get: (chatId: number | bigint): Promise<SubscriptionView | null> => repo.get(id(chatId)),
    /** Subscribes the chat (restoring its earlier settings if it had some). */
    async subscribe(chatId: number | bigint, by: number | null): Promise<'new' | 'restored' | 'already'> {
      const r = await repo.subscribe(id(chatId), deps.now(), by === null ? null : BigInt(by));
      return r.created ? 'new' : r.reactivated ? 'restored' : 'already';
    },
    /** False when the chat was not subscribed. */
    unsubscribe: (chatId: number | bigint): Promise<boolean> => repo.unsubscribe(id(chatId)),
    updateSettings: (chatId: number | bigint, patch: SubscriptionPatch): Promise<void> => repo.update(id(chatId), patch),
    toggleFilter: (chatId: number | bigint, type: FilterType, value: string): Promise<void> => repo.toggleFilter(id(chatId), type, value),
    addFilter: (chatId: number | bigint, type: FilterType, value: string): Promise<void> => repo.addFilter(id(chatId), type, value),
    clearFilters: (chatId: number | bigint): Promise<void> => repo.clearFilters(id(chatId)),
    pause: (chatId: number | bigint): Promise<void> => repo.pause(id(chatId), deps.now()),
    resume: (chatId: number | bigint, mode: 'catchup' | 'now'): Promise<void> => repo.resume(id(chatId), mode, deps.now()),
    setReachable: (chatId: number | bigint, reachable: boolean, why: string | null): Promise<void> => repo.setReachable(id(chatId), reachable, why),
    /** The language the chat chose with /language (null: none chosen). */
    language: (chatId: number | bigint): Promise<string | null> => subscribers.language(id(chatId)),
    setLanguage: (chatId: number | bigint, lang: Lang): Promise<void> => subscribers.setLanguage(id(chatId), lang),
  };
}

export type SubscriptionService = ReturnType<typeof createSubscriptionService>;
