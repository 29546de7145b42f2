/**
 * Telegram API errors, classified in one place:
 * - retry: 429 (wait retry_after; the whole bot is blocked that long, so the whole queue pauses),
 *   5xx and network errors (back off);
 * - gone: 403 blocked / deactivated / kicked / not a member, 400 chat not found — the recipient is
 *   unreachable: mark it so, keep its record, stop sending;
 * - strike: the transient 403 "bot can't send messages to the user" — count strikes first;
 * - migrate: 400 with migrate_to_chat_id — the group became a supergroup: move and resend;
 * - fatal: anything else (a bad request we made): do not retry this message.
 */
export type Verdict =
  | { kind: 'retry'; afterMs: number; global: boolean; reason: string }
  | { kind: 'gone'; reason: string }
  | { kind: 'strike'; reason: string }
  | { kind: 'migrate'; toChatId: number; reason: string }
  | { kind: 'fatal'; reason: string };

interface ApiErrorShape {
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

function apiError(err: unknown): ApiErrorShape | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const r = (err as { response?: unknown }).response;
  if (typeof r === 'object' && r !== null && typeof (r as ApiErrorShape).error_code === 'number') return r as ApiErrorShape;
  return undefined;
}

const GONE_403 = [/blocked by the user/i, /user is deactivated/i, /bot was kicked/i, /not a member/i, /chat not found/i, /have no rights to send/i];
const STRIKE_403 = [/can't send messages to the user/i, /can't initiate conversation/i];

/** Backoff for retryable failures that name no wait: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

export function classifyTelegramError(err: unknown, attempt = 1): Verdict {
  const e = apiError(err);
  if (!e) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { kind: 'retry', afterMs: backoffMs(attempt), global: false, reason: `network: ${reason}` };
  }
  const code = e.error_code ?? 0;
  const description = e.description ?? '';
  const reason = `${code} ${description}`;
  if (code === 429) {
    const seconds = Math.max(1, e.parameters?.retry_after ?? 1);
    return { kind: 'retry', afterMs: seconds * 1000, global: true, reason };
  }
  if (code >= 500) return { kind: 'retry', afterMs: backoffMs(attempt), global: false, reason };
  if (code === 400 && e.parameters?.migrate_to_chat_id !== undefined) {
    return { kind: 'migrate', toChatId: e.parameters.migrate_to_chat_id, reason };
  }
  if (code === 403) {
    if (STRIKE_403.some((r) => r.test(description))) return { kind: 'strike', reason };
    if (GONE_403.some((r) => r.test(description))) return { kind: 'gone', reason };
    return { kind: 'gone', reason };
  }
  if (code === 400 && /chat not found|user not found|group chat was deactivated|PEER_ID_INVALID/i.test(description)) {
    return { kind: 'gone', reason };
  }
  return { kind: 'fatal', reason };
}
