/**
 * pino: JSON lines by default, pretty only on a terminal. Secrets (the bot token, the webhook secret,
 * the database URL) are redacted wherever they appear: in messages, in any string of a logged object,
 * in errors' messages and stacks and their nested causes — Telegraf's FetchError carries the request
 * URL `…/bot<TOKEN>/sendMessage` in its message.
 *
 * One redaction function, `redactSecrets`, serves every way out: the logger (hook and err
 * serializer), the admin-chat error reporter and the outbox's `Delivery.lastError`. Secrets are
 * registered once per process (`registerSecrets`, done by createLogger and the composition root), so
 * code that stores or shows an error text needs no token in hand to scrub it.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

const REDACTED = '[redacted]';
const registered = new Set<string>();

/** The forms a secret may take in text: as is, URL-encoded, and a bot token's secret half alone. */
function variants(secret: string): string[] {
  const out = new Set([secret, encodeURIComponent(secret)]);
  const token = /^(\d{3,20}):([A-Za-z0-9_-]{16,})$/.exec(secret);
  if (token) out.add(token[2]!);
  return [...out].filter((s) => s.length >= 8);
}

/** Adds secrets to the process-wide list `redactSecrets` scrubs (strings shorter than 8 are ignored). */
export function registerSecrets(secrets: Iterable<string | undefined>): void {
  for (const s of secrets) if (s && s.length >= 8) for (const v of variants(s)) registered.add(v);
}

function scrubWith(s: string, secrets: Iterable<string>): string {
  let out = s;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

/** The one redaction function: every registered secret (and `extra`) replaced by [redacted]. */
export function redactSecrets(text: string, extra: readonly string[] = []): string {
  let out = scrubWith(text, registered);
  if (extra.length) out = scrubWith(out, extra.flatMap(variants));
  return out;
}

/**
 * A loggable, secret-free copy of an error: message and stack including nested causes (as pino's
 * err serializer writes them), with every string property scrubbed.
 */
export function redactError(err: unknown, extra: readonly string[] = []): Record<string, unknown> {
  const serialized = err instanceof Error ? pino.stdSerializers.err(err) : typeof err === 'object' && err !== null ? err : { message: String(err) };
  return redactDeep(serialized, extra) as Record<string, unknown>;
}

/** The error's text for storing or showing (message, or stack when asked), secrets removed. */
export function redactedErrorText(err: unknown, opts: { stack?: boolean } = {}): string {
  if (err instanceof Error) {
    const s = pino.stdSerializers.err(err);
    return redactSecrets(opts.stack && s.stack ? s.stack : s.message);
  }
  return redactSecrets(typeof err === 'string' ? err : String(err));
}

/** Every string inside a value scrubbed (plain objects and arrays walked, errors serialized first). */
export function redactDeep(value: unknown, extra: readonly string[] = [], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactSecrets(value, extra);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  // An error becomes pino's serialized form (message and stack with causes), then is walked as data.
  const data = value instanceof Error ? pino.stdSerializers.err(value) : value;
  if (Array.isArray(data)) return data.map((v) => redactDeep(v, extra, depth + 1, seen));
  const proto = Object.getPrototypeOf(data) as unknown;
  // Dates, Buffers, class instances are left to pino (serialized errors have their own prototype).
  if (data === value && proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) out[k] = redactDeep(v, extra, depth + 1, seen);
  return out;
}

export function createLogger(opts: { level: string; secrets?: string[]; pretty?: boolean; destination?: pino.DestinationStream }): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 8);
  registerSecrets(secrets);
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && !opts.destination);
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: { app: 'guarantor' },
    redact: { paths: ['token', 'botToken', 'databaseUrl', '*.token', '*.botToken', '*.databaseUrl'], censor: REDACTED },
    formatters: {
      level: (label) => ({ level: label }),
      bindings: (bindings) => redactDeep(bindings, secrets) as Record<string, unknown>,
    },
    // Child loggers' bindings pass neither the hook nor the bindings formatter: scrub their JSON.
    onChild: (child) => {
      const key = pino.symbols.chindingsSym as unknown as string;
      const holder = child as unknown as Record<string, unknown>;
      if (typeof holder[key] === 'string') holder[key] = redactSecrets(holder[key], secrets);
    },
    hooks: {
      // Scrub secrets from every argument: messages, and any string inside a logged object or error.
      logMethod(args, method) {
        // logger.error(err, msg?) keeps pino's shape: the error under `err`, its message as msg.
        const [first, ...rest] = args as unknown[];
        const shaped = first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.message])] : (args as unknown[]);
        method.apply(this, shaped.map((a) => redactDeep(a, secrets)) as Parameters<typeof method>);
      },
    },
    serializers: {
      // Child bindings and errors logged under `err` pass here too (after the hook for plain calls).
      err: (err: unknown) => redactError(err, secrets),
    },
  };
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
