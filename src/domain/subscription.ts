/**
 * A chat's subscription as the application sees it, and the changes a subscriber can make to it.
 * Pure types: the repository stores them, the subscription service applies changes, the bot shows them.
 */
import type { DigestFilters } from './digest.js';

export const FREQUENCIES = ['instant', 'daily', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export type FilterType = 'partner' | 'pillar' | 'kind';

export interface SubscriptionView {
  chatId: bigint;
  active: boolean;
  pausedAt: Date | null;
  frequency: Frequency;
  deliveryHour: number;
  weekday: number;
  timezone: string;
  quietFrom: number | null;
  quietTo: number | null;
  silent: boolean;
  linkPreviews: boolean;
  /** Send a short "nothing new" note when a daily or weekly period brought nothing. */
  notifyEmpty: boolean;
  deliveredUpTo: Date;
  lastRunAt: Date | null;
  filters: DigestFilters;
}

export type SubscriptionPatch = Partial<
  Pick<SubscriptionView, 'frequency' | 'deliveryHour' | 'weekday' | 'timezone' | 'quietFrom' | 'quietTo' | 'silent' | 'linkPreviews' | 'notifyEmpty'>
>;

/** One change a subscriber (or a chat's administrator) makes to a subscription. */
export type SubscriptionChange =
  | { kind: 'patch'; patch: SubscriptionPatch }
  | { kind: 'toggle'; setting: 'silent' | 'linkPreviews' | 'notifyEmpty' }
  | { kind: 'toggleFilter'; type: FilterType; value: string }
  | { kind: 'addFilter'; type: FilterType; value: string }
  | { kind: 'clearFilters' }
  | { kind: 'pause' }
  | { kind: 'resume'; mode: 'catchup' | 'now' };

/** A chat as Telegram shows it, recorded when it writes to the bot. */
export interface ChatSeen {
  chatId: bigint;
  chatType: string;
  title?: string | null;
  username?: string | null;
  /** The user's Telegram language_code (private chats only). */
  telegramLanguage?: string | null;
}
