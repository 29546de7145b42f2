/**
 * Ports: what the domain and the bot need from the outside, declared here and implemented elsewhere.
 * BroadcastPort is implemented by the delivery side (src/services/broadcasts.ts): it puts messages in
 * the outbox, so they share its rate limits and exactly-once guarantee.
 */
export interface BroadcastPort {
  /** Sends just-published urgent events to instant subscribers now. */
  publishUrgent(eventIds: number[]): Promise<{ recipients: number }>;
  /** A one-off announcement to every reachable subscriber, each in their language. */
  announce(text: { en: string; uk: string }, opts: { byUserId: bigint }): Promise<{ recipients: number }>;
  /** How many chats an announcement would reach now. */
  countAnnouncementRecipients(): Promise<number>;
}
