/**
 * The broadcast port for other features (admin publishing, announcements): everything goes through
 * the outbox and the delivery worker, so rate limits, retries and exactly-once apply to it too.
 */
import type { Repositories } from '../db/repositories/index.js';
import type { DigestService } from './digests.js';

export interface Broadcast {
  /**
   * Urgent publications: instant subscribers whose filters match (and who are outside their quiet
   * hours) get what was published since their last alert now — these events included. Subscribers
   * in quiet hours get them when the hours end; daily and weekly subscribers in their next digest.
   */
  publishUrgent(eventIds: number[]): Promise<{ recipients: number }>;
  /** A one-off announcement to every active subscriber, in their language (plain text, escaped). */
  announce(text: { en: string; uk: string }, opts: { byUserId: bigint }): Promise<{ recipients: number }>;
  /** How many chats an announcement would reach now. */
  countAnnouncementRecipients(): Promise<number>;
}

export function createBroadcast(deps: { digests: DigestService; repos: Pick<Repositories, 'subscriptions'>; now: () => Date }): Broadcast {
  return {
    async publishUrgent(eventIds) {
      const r = await deps.digests.composeInstant(deps.now(), `urgent-${eventIds.slice(0, 5).join('-')}`);
      return { recipients: r.recipients };
    },
    announce: (text, opts) => deps.digests.announce(text, opts.byUserId, deps.now()),
    countAnnouncementRecipients: () => deps.repos.subscriptions.countRecipients(),
  };
}
