/**
 * Telegram HTML: the one escape helper, and the one splitter that keeps messages under Telegram's
 * 4096-character limit. Everything not written by us (user, admin or dataset text) goes through esc().
 */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function esc(text: string | number | null | undefined): string {
  return String(text ?? '').replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** A link whose visible text is escaped and whose address is a checked http(s) URL. */
export function link(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${esc(url)}">${esc(text)}</a>` : esc(text);
}

/**
 * Splits text into messages of at most `limit` characters, at line boundaries (blank lines first),
 * never inside a tag. Callers build messages line by line, so a single line over the limit is cut
 * at a space as a last resort.
 */
export function splitMessage(text: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) parts.push(current.replace(/\n+$/, ''));
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    flush();
    if (line.length <= limit) {
      current = line;
      continue;
    }
    for (const piece of cutLongLine(line, limit)) parts.push(piece);
  }
  flush();
  return parts;
}

function cutLongLine(line: string, limit: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(' ', limit);
    // never cut inside a tag or an entity
    const lt = rest.lastIndexOf('<', cut);
    if (lt > rest.lastIndexOf('>', cut)) cut = lt;
    const amp = rest.lastIndexOf('&', cut);
    if (amp > rest.lastIndexOf(';', cut) && cut - amp < 8) cut = amp;
    if (cut <= 0) cut = limit;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}
