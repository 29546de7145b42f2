import { describe, expect, it } from 'vitest';
import { TELEGRAM_MESSAGE_LIMIT, esc, link, splitMessage } from '../../src/domain/html.js';

describe('esc', () => {
  it('escapes what Telegram HTML treats as markup', () => {
    expect(esc('<b>Tom & "Jerry"</b>')).toBe('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;');
    expect(esc(null)).toBe('');
  });
  it('builds links only for http(s) addresses', () => {
    expect(link('https://x.org/?a=1&b=2', 'A<B')).toBe('<a href="https://x.org/?a=1&amp;b=2">A&lt;B</a>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
  });
});

describe('splitMessage', () => {
  it('keeps short text whole', () => {
    expect(splitMessage('a\nb')).toEqual(['a\nb']);
  });
  it('splits at line boundaries under the limit and loses nothing', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `<b>line ${i}</b> ${'x'.repeat(20)}`);
    const parts = splitMessage(lines.join('\n'));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(parts.join('\n').split('\n')).toEqual(lines);
  });
  it('cuts a single over-long line at a space, never inside a tag', () => {
    const line = Array.from({ length: 800 }, (_, i) => `<i>w${i}</i>`).join(' ');
    const parts = splitMessage(line, 1000);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(1000);
      expect((p.match(/<i>/g) ?? []).length).toBe((p.match(/<\/i>/g) ?? []).length);
    }
  });
});
