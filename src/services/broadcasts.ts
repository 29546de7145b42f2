/**
 * The broadcast port for other features (admin publishing, announcements): everything goes through
 * the outbox and the delivery worker, so rate limits, retries and exactly-once apply to it too.
 */
import type { Repositories } from '../db/repositories/index.js';
import type { DigestService } from './digests.js';
import type { BroadcastPort } from '../domain/ports.js';

/** The delivery side's implementation of the broadcast port (src/domain/ports.ts). */
export type Broadcast = BroadcastPort;

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
