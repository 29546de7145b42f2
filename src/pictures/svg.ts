/**
 * A tiny SVG writer: every picture is a string built here, so it can be snapshot-tested as text and
 * rasterised by resvg with the bundled font. Text from the dataset always passes through xml().
 */
export const FONT_FAMILY = 'DejaVu Sans';

export const COLORS = {
  background: '#ffffff',
  ink: '#1b1f24',
  muted: '#5b6470',
  grid: '#e3e6ea',
  sea: '#eef3f8',
  land: '#dcdfe3',
  border: '#ffffff',
  ukraine: '#ffd500',
  ukraineEdge: '#0057b7',
  agreement: '#0057b7',
  declaration: '#6fa8dc',
  other: '#b4a7d6',
  promised: '#9fc5e8',
  allocated: '#3d85c6',
  delivered: '#0b3d75',
  joins: '#f1a340',
} as const;

export function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Rounds to one decimal so the SVG (and its snapshot) does not carry float noise. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);

export interface TextStyle {
  size?: number;
  weight?: 'normal' | 'bold';
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
}

export function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  const attrs = [`x="${r1(x)}"`, `y="${r1(y)}"`, `font-size="${style.size ?? 16}"`];
  if (style.weight === 'bold') attrs.push('font-weight="bold"');
  if (style.anchor && style.anchor !== 'start') attrs.push(`text-anchor="${style.anchor}"`);
  attrs.push(`fill="${style.fill ?? COLORS.ink}"`);
  return `<text ${attrs.join(' ')}>${xml(content)}</text>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(Math.max(0, w))}" height="${r1(Math.max(0, h))}" fill="${fill}"${extra ? ` ${extra}` : ''}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 1): string {
  return `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${stroke}" stroke-width="${width}"/>`;
}

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    rect(0, 0, width, height, COLORS.background),
    ...body,
    '</svg>',
  ].join('\n');
}

/** A rough text width for DejaVu Sans (average advance ≈ 0.6 em), enough to keep labels apart. */
export function approxWidth(s: string, size: number): number {
  return [...s].length * size * 0.6;
}

/** Shortens a label to fit `width` pixels at `size`, ending with an ellipsis when cut. */
export function fit(s: string, width: number, size: number): string {
  const max = Math.floor(width / (size * 0.6));
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}
