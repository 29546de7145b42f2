import { describe, expect, it } from 'vitest';
import { createErrorReporter, errorSignature, reportFormat } from '../../src/bot/error-reporter.js';
import { loadI18n } from '../../src/i18n/index.js';

const format = reportFormat(loadI18n().translator('en').t);

describe('error reporter', () => {
  it('sends one message per signature per window, then counts the suppressed repeats', async () => {
    const sent: string[] = [];
    let t = 0;
    const r = createErrorReporter({ send: async (text) => sent.push(text), windowMs: 60_000, now: () => t, format });
    r.report('a', 'first <detail>');
    r.report('a', 'again');
    r.report('a', 'again');
    r.report('b', 'other');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toContain('first &lt;detail&gt;');
    expect(sent[0]).toContain('Guarantor: an error');
    t = 61_000;
    r.report('a', 'later');
    expect(sent).toHaveLength(3);
    expect(sent[2]).toContain('not reported since the last message: 2');
  });

  it('never throws when sending fails', async () => {
    const failures: unknown[] = [];
    const r = createErrorReporter({ send: () => Promise.reject(new Error('down')), onSendError: (e) => failures.push(e), format });
    r.report('x', 'y');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures).toHaveLength(1);
  });

  it('groups errors that differ only in numbers', () => {
    expect(errorSignature(new Error('chat 123 not found'), 'h')).toBe(errorSignature(new Error('chat 456 not found'), 'h'));
    expect(errorSignature(new Error('a'), 'h')).not.toBe(errorSignature(new TypeError('a'), 'h'));
  });
});
