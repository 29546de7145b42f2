/**
 * The pictures room: from the catalog and a translator to an SVG and its caption (the picture's
 * alternative text: the key numbers in words, the source line and the data date). Knows nothing of
 * Telegraf or the database; src/services/pictures.ts caches and rasterises.
 */
import type { Catalog } from '../domain/catalog.js';
import { partnerName } from '../domain/format/common.js';
import type { Translator } from '../i18n/index.js';
import { TIMELINE_SIZE, STATS_WIDTH, renderStatsSvg, renderTimelineSvg, statsHeight } from './charts.js';
import { MAP_FILTERS, type MapFilter, mapModel, statsModel, timelineModel } from './data.js';
import { MAP_SIZE, renderMapSvg, sourceLine } from './map.js';

export { MAP_FILTERS, type MapFilter } from './data.js';
export { pngSize, rasterise } from './raster.js';

export type PictureKind = 'map' | 'timeline' | 'stats';

export interface PictureRequest {
  kind: PictureKind;
  /** The map's filter; 'all' for the charts. */
  filter: MapFilter;
}

export interface DrawnPicture {
  svg: string;
  caption: string;
  width: number;
  height: number;
}

/** Telegram's limit for a photo caption. */
export const MAX_CAPTION = 1024;

export function isMapFilter(s: string): s is MapFilter {
  return (MAP_FILTERS as readonly string[]).includes(s);
}

/** Joins caption sentences; drops the optional ones (lists of names) if Telegram's limit would be passed. */
function caption(required: string[], optional: string[], footer: string): string {
  const full = [...required, ...optional].filter(Boolean).join(' ');
  const text = `${full}\n${footer}`;
  if ([...text].length <= MAX_CAPTION) return text;
  return `${required.filter(Boolean).join(' ')}\n${footer}`.slice(0, MAX_CAPTION);
}

export function drawPicture(req: PictureRequest, catalog: Catalog, tr: Translator): DrawnPicture {
  const t = tr.t;
  const footer = sourceLine(catalog, tr);
  switch (req.kind) {
    case 'map': {
      const model = mapModel(catalog, req.filter);
      const names = (s: 'declaration' | 'other') =>
        [...model.status]
          .filter(([, v]) => v === s)
          .map(([code]) => catalog.partner(code))
          .filter((p) => p !== undefined)
          .map((p) => partnerName(p, tr.lang))
          .sort((a, b) => a.localeCompare(b, tr.lang))
          .join(', ');
      return {
        svg: renderMapSvg(catalog, model, tr),
        caption: caption(
          [t(`map-caption-${req.filter}`), t('map-caption-agreement', { count: model.counts.agreement })],
          [
            t('map-caption-declaration', { count: model.counts.declaration, names: names('declaration') }),
            t('map-caption-other', { count: model.counts.other, names: names('other') }),
          ],
          footer,
        ),
        ...MAP_SIZE,
      };
    }
    case 'timeline': {
      const model = timelineModel(catalog);
      const first = model.months[0]?.month ?? catalog.dataAsOf;
      const last = model.months[model.months.length - 1]?.month ?? catalog.dataAsOf;
      return {
        svg: renderTimelineSvg(catalog, model, tr),
        caption: caption(
          [t('timeline-caption', { from: tr.month(first), to: tr.month(last), agreements: model.agreements, joins: model.joins })],
          [model.busiest ? t('timeline-caption-busiest', { month: tr.month(model.busiest.month), count: model.busiest.agreements }) : ''],
          footer,
        ),
        ...TIMELINE_SIZE,
      };
    }
    case 'stats': {
      const model = statsModel(catalog);
      const panels = model.panels.map((p) => {
        const top = p.byPartner[0];
        const partner = top ? catalog.partner(top.key) : undefined;
        return t('stats-caption-panel', {
          currency: p.currency,
          total: tr.money(p.total, p.currency),
          partner: partner ? partnerName(partner, tr.lang) : (top?.key ?? ''),
          amount: top ? tr.money(top.total, p.currency) : '',
        });
      });
      return {
        svg: renderStatsSvg(catalog, model, tr),
        caption: caption([t('stats-caption'), ...panels, t('stats-caption-notes', { skipped: model.skipped })], [], footer),
        width: STATS_WIDTH,
        height: statsHeight(model),
      };
    }
  }
}
