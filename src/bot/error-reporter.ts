/**
 * Reports errors to the admin chat (ADMIN_CHAT_ID), rate-limited: at most one message per error
 * signature per window, and the next one says how many repeats were suppressed meanwhile.
 */
import { esc } from '../domain/html.js';
import { redactSecrets } from '../logger.js';
import type { Translate } from '../i18n/index.js';

export interface ErrorReporter {
  report(signature: string, detail: string): void;
}

export interface ErrorReporterDeps {
  send(text: string): Promise<unknown>;
  windowMs?: number;
  now?: () => number;
  onSendError?: (err: unknown) => void;
  /** The report's text (HTML): reportFormat(t) in the admin chat's language. */
  format: (signature: string, detail: string, suppressed: number) => string;
}

export function errorSignature(err: unknown, where: string): string {
  const e = err as { name?: string; message?: string; response?: { error_code?: number } };
  const msg = String(e?.message ?? err)
    .replace(/\d+/g, '#')
    .slice(0, 120);
  return `${where}|${e?.name ?? 'Error'}|${e?.response?.error_code ?? ''}|${msg}`;
}

export function createErrorReporter(deps: ErrorReporterDeps): ErrorReporter {
  const windowMs = deps.windowMs ?? 10 * 60_000;
  const now = deps.now ?? Date.now;
  const seen = new Map<string, { lastSent: number; suppressed: number }>();
  return {
    report(rawSignature, rawDetail) {
      // Whatever the error's origin (Telegraf's FetchError carries the token in its URL): no secret leaves.
      const signature = redactSecrets(rawSignature);
      const detail = redactSecrets(rawDetail);
      const t = now();
      const s = seen.get(signature);
      if (s && t - s.lastSent < windowMs) {
        s.suppressed++;
        return;
      }
      const suppressed = s?.suppressed ?? 0;
      seen.set(signature, { lastSent: t, suppressed: 0 });
      if (seen.size > 500) seen.delete(seen.keys().next().value!);
      const text = deps.format(signature, detail, suppressed);
      deps.send(text).catch((err: unknown) => deps.onSendError?.(err));
    },
  };
}

/** The report as the `error-report` message says it (signature and detail escaped and cut short). */
export function reportFormat(t: Translate): ErrorReporterDeps['format'] {
  return (signature, detail, suppressed) => t('error-report', { signature: esc(signature.slice(0, 300)), detail: esc(detail.slice(0, 3000)), suppressed });
}
