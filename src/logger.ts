/**
 * pino: JSON lines by default, pretty only on a terminal. The bot token and database URL are
 * redacted wherever they appear, including inside Telegram API URLs in error messages.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(opts: { level: string; secrets?: string[]; pretty?: boolean; destination?: pino.DestinationStream }): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 8);
  const scrub = (s: string) => secrets.reduce((acc, secret) => acc.split(secret).join('[redacted]'), s);
  const pretty = opts.pretty ?? (process.stdout.isTTY === true && !opts.destination);
  const options: pino.LoggerOptions = {
    level: opts.level,
    base: { app: 'guarantor' },
    redact: { paths: ['token', 'botToken', 'databaseUrl', '*.token', '*.botToken', '*.databaseUrl'], censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      // Scrub secrets from every string argument (messages, and error text on the way out).
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
      },
    },
    serializers: {
      err: (err: Error) => {
        const s = pino.stdSerializers.err(err);
        return { ...s, message: scrub(s.message), stack: s.stack ? scrub(s.stack) : s.stack };
      },
    },
  };
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } });
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
