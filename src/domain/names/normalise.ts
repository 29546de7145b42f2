/**
 * Normalisation of what people type: case, apostrophes, punctuation, flags and tokens. Pure, no
 * catalog: used by name resolution, the question parser and inline search.
 */
/** Lower-case, trimmed, apostrophes unified, punctuation and extra spaces folded. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’ʼ`´']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 🇩🇪 → "DE"; undefined when the text is not a single flag. */
export function flagToCode(text: string): string | undefined {
  const points = [...text.trim()].map((c) => c.codePointAt(0)!);
  if (points.length !== 2 || !points.every((p) => p >= 0x1f1e6 && p <= 0x1f1ff)) return undefined;
  return String.fromCharCode(...points.map((p) => p - 0x1f1e6 + 65));
}

/** "DE" → 🇩🇪 (the EU has its own flag; Kosovo's XK renders as letters on most platforms). */
export function codeToFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** Tokens of a sentence: the original spelling (for capital-only codes) and the normalised one. */
export function tokenize(text: string): Array<{ raw: string; norm: string }> {
  return text
    .normalize('NFKC')
    .replace(/[’ʼ`´']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => ({ raw, norm: raw.toLowerCase() }));
}

const WORD = String.raw`[\p{L}\p{N}_']`;
const BOUNDARY = String.raw`(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

/**
 * The same pattern with Unicode word boundaries: JavaScript's `\b` and `\w` know only ASCII letters,
 * so `\bде\b` never matches Ukrainian text. Written with `\b` for readability, converted once.
 */
export function ub(rx: RegExp): RegExp {
  const source = rx.source.replace(/\\b/g, BOUNDARY).replace(/\\w/g, String.raw`[\p{L}\p{N}_]`);
  return new RegExp(source, rx.flags.includes('u') ? rx.flags : `${rx.flags}u`);
}
