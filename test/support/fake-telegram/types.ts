/**
 * The fake Bot API's vocabulary: public types, the Bot API error and small helpers shared by the
 * state, the HTML checker and the transports.
 */
import type { Update, UserFromGetMe } from 'telegraf/types';

export const DEFAULT_FAKE_TOKEN = '123456:TEST-token_abcdefghijklmnopqrstuvwxyz';

/** What a file part of a multipart request is recorded as (`params[field]` holds the same without `content`). */
export interface UploadedFileInfo {
  field: string;
  file_name: string;
  mime_type: string;
  size: number;
  /** The uploaded bytes. */
  content: Buffer;
}

/**
 * An answer that is not the Bot API's JSON: what a proxy or load balancer in front of Telegram
 * sends (e.g. HTTP 413 with an HTML page, or 502 with plain text). See `failNextRaw()`.
 */
export interface RawAnswer {
  status: number;
  body: string;
  /** Default 'text/html; charset=utf-8'. */
  contentType?: string;
}

export interface ApiErrorPayload {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** The error envelope recorded in `RecordedCall.response` (and sent) when a call fails. */
export interface ApiErrorResponse extends ApiErrorPayload {
  ok: false;
}

export interface RecordedCall {
  /** Monotonic sequence number (never reset), see `mark()` and the `since` option of the waiters. */
  seq: number;
  /** Canonical method name (e.g. 'sendMessage' even if called as 'sendmessage'). */
  method: string;
  /** Request parameters: JSON fields such as reply_markup parsed to objects, numeric ids as numbers. */
  params: Record<string, unknown>;
  /** The token from the URL. */
  token: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** true if answered with `ok: true`. */
  ok: boolean;
  /** The result on success, the error envelope (`ApiErrorResponse`) on failure; for a raw fault, the RawAnswer. */
  response: unknown;
  /** Uploaded files with their bytes (multipart only). */
  files: UploadedFileInfo[];
}

export interface SentMessage {
  chat_id: number | string;
  /** The `text` parameter as sent (HTML source when parse_mode is HTML). */
  text: string;
  params: Record<string, unknown>;
  message_id: number;
}

export interface FakeUserInput {
  id: number;
  first_name?: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_bot?: boolean;
  is_premium?: true;
}

/** A message the tests can point at: a Message, a recorded call that returned one, or a sentMessages() entry. */
export type MessageRef = { chat: { id: number }; message_id: number } | { chat_id: number | string; message_id: number } | RecordedCall;

export interface RateLimits {
  globalPerSecond?: number;
  perChatPerSecond?: number;
  perGroupPerMinute?: number;
  /** Fixed retry_after to answer; by default the seconds until the sliding window frees up (≥ 1). */
  retryAfter?: number;
}

export interface WaitOptions {
  /** Only consider calls with `seq >= since` (see `mark()`). Default: every call recorded since the last reset(). */
  since?: number;
}

export interface StartFakeTelegramOptions {
  token?: string;
  botUser?: Partial<UserFromGetMe>;
  /** update_id of the first injected update (default 10000). */
  firstUpdateId?: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An update without its update_id (assigned by the fake). */
export type NewUpdate = DistributiveOmit<Update, 'update_id'>;

export type Json = Record<string, unknown>;

// ────────────────────────────────────────────────────────────────────────────────────────────────
// Errors and small helpers

export class BotApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: ApiErrorPayload['parameters'],
  ) {
    super(description);
  }
  toResponse(): ApiErrorResponse {
    const r: ApiErrorResponse = { ok: false, error_code: this.error_code, description: this.description };
    if (this.parameters) r.parameters = this.parameters;
    return r;
  }
}

export const bad = (what: string): BotApiError => new BotApiError(400, `Bad Request: ${what}`);

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function toInt(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

export function nowSec(): number {
  return Math.floor(Date.now() / 1000);
}

export function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

const MIME_BY_EXT: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  html: 'text/html',
  xml: 'application/xml',
};

/** Guesses a MIME type from the extension (multipart parts from Telegraf carry no content-type). */
export function mimeFor(fileName: string, fallback?: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const known = ext === undefined ? undefined : MIME_BY_EXT[ext];
  // undici reports 'text/plain' for parts without a content-type header: not informative.
  return known ?? (fallback && fallback !== 'text/plain' ? fallback : 'application/octet-stream');
}

export function updateType(u: Update): string {
  return Object.keys(u).find((k) => k !== 'update_id') ?? 'unknown';
}

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function randomDigits(n: number): string {
  let s = String(1 + Math.floor(Math.random() * 9));
  while (s.length < n) s += String(Math.floor(Math.random() * 10));
  return s;
}
