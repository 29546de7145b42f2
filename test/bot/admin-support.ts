/** Helpers for the admin tests: people with roles, a recording broadcast port, round trips. */
import type { RecordedCall } from '../support/fake-telegram.js';
import type { Harness } from '../support/harness.js';
import type { BroadcastPort } from '../../src/domain/ports.js';

export const OWNER = { id: 9001, first_name: 'Owner', language_code: 'en' };
export const EDITOR = { id: 9002, first_name: 'Редакторка', language_code: 'uk' };
export const STRANGER = { id: 9003, first_name: 'Stranger', language_code: 'en' };
export const STRANGER_UK = { id: 9004, first_name: 'Чужий', language_code: 'uk' };
export const ADMIN_CHAT_ID = -100500;

export interface RecordingBroadcast extends BroadcastPort {
  urgent: number[][];
  announcements: Array<{ text: { en: string; uk: string }; by: bigint }>;
}

/** A test double for the outbox boundary: records what it was asked to send. */
export function recordingBroadcast(recipients = 3): RecordingBroadcast {
  const b: RecordingBroadcast = {
    urgent: [],
    announcements: [],
    async publishUrgent(ids) {
      b.urgent.push(ids);
      return { recipients };
    },
    async announce(text, opts) {
      b.announcements.push({ text, by: opts.byUserId });
      return { recipients };
    },
    async countAnnouncementRecipients() {
      return recipients;
    },
  };
  return b;
}

export const text = (c: RecordedCall) => String(c.params.text ?? '');

/** Sends a message and returns the bot's first reply to that chat. */
export async function ask(h: Harness, user: { id: number }, message: string, pred?: (t: string) => boolean): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.sendText(user, message);
  return h.fake.waitForMessage(user.id, pred ? (t) => pred(t) : undefined, 5000, { since });
}

/** Presses a button of a message and returns the bot's next message to the chat. */
export async function press(h: Harness, user: { id: number }, message: RecordedCall, data: string, pred?: (t: string) => boolean): Promise<RecordedCall> {
  const since = h.fake.mark();
  h.fake.pressButton(user, message, data);
  await h.fake.waitForCall('answerCallbackQuery', undefined, 5000, { since });
  return h.fake.waitForMessage(user.id, pred ? (t) => pred(t) : (_t, c) => c.method === 'sendMessage', 5000, { since });
}

/** The callback data of the buttons of a sent message. */
export function buttons(c: RecordedCall): string[] {
  const markup = c.params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.callback_data ?? '');
}

export function button(c: RecordedCall, prefix: string): string {
  const b = buttons(c).find((d) => d.startsWith(prefix));
  if (!b) throw new Error(`no button ${prefix} in ${JSON.stringify(buttons(c))}`);
  return b;
}

/** Row counts of everything an admin can change. */
export type Counts = Record<'events' | 'partners' | 'aliases' | 'memberships' | 'agreements' | 'pledges' | 'audit', number>;

export async function counts(h: Harness): Promise<Counts> {
  const db = h.app.db;
  const [events, partners, aliases, memberships, agreements, pledges, audit] = await Promise.all([
    db.event.count(),
    db.partner.count(),
    db.partnerAlias.count(),
    db.membership.count(),
    db.agreement.count(),
    db.pledge.count(),
    db.auditLog.count(),
  ]);
  return { events, partners, aliases, memberships, agreements, pledges, audit };
}
