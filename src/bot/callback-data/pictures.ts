/**
 * Callback data of the pictures' buttons: `pic:map:coalition` (draw the map with a filter),
 * `pic:timeline` / `pic:stats` (the chart of a text answer), `txt:timeline` / `txt:stats` (back to
 * the text). At most 64 bytes; anything else decodes to null.
 */
import { MAP_FILTERS, type MapFilter } from '../../pictures/data.js';

export type ChartOf = 'timeline' | 'stats';

export type PictureCallback = { kind: 'map'; filter: MapFilter } | { kind: 'chart'; of: ChartOf } | { kind: 'text'; of: ChartOf };

export function encodePictureCallback(data: PictureCallback): string {
  switch (data.kind) {
    case 'map':
      return `pic:map:${data.filter}`;
    case 'chart':
      return `pic:${data.of}`;
    case 'text':
      return `txt:${data.of}`;
  }
}

export function decodePictureCallback(raw: string | undefined | null): PictureCallback | null {
  if (typeof raw !== 'string' || raw.length > 64) return null;
  const map = /^pic:map:([a-z]+)$/.exec(raw);
  if (map) return (MAP_FILTERS as readonly string[]).includes(map[1]!) ? { kind: 'map', filter: map[1] as MapFilter } : null;
  const chart = /^(pic|txt):(timeline|stats)$/.exec(raw);
  if (chart) return { kind: chart[1] === 'pic' ? 'chart' : 'text', of: chart[2] as ChartOf };
  return null;
}
