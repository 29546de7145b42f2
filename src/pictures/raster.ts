/**
 * SVG → PNG with resvg, off the main thread: renderAsync runs in libuv's thread pool, so a render
 * never blocks replies to other users. Only the bundled DejaVu Sans is loaded (no system fonts:
 * the Docker image and CI have none), so Ukrainian renders the same everywhere.
 */
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { PROJECT_ROOT } from '../paths.js';
import { FONT_FAMILY } from './svg.js';

export const FONT_DIR = path.join(PROJECT_ROOT, 'assets', 'fonts');
export const FONT_FILES = [path.join(FONT_DIR, 'DejaVuSans.ttf'), path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

export async function rasterise(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return image.asPng();
}

/** Width and height from a PNG's IHDR chunk (undefined if the bytes are not a PNG). */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) return undefined;
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
