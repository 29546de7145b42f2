/**
 * The partners map as SVG: a Europe-centred panel (most partners are European), a world inset for
 * the distant ones (Canada, the US, Japan…), Ukraine marked, a legend with counts, the source and
 * the data date. Countries too small to see at this scale get a marker dot in their colour.
 */
import type { Catalog } from '../domain/catalog.js';
import { partnerName } from '../domain/format/common.js';
import type { Translator } from '../i18n/index.js';
import { type MapModel, STATUSES } from './data.js';
import { type Box, type View, europeView, worldView } from './geo.js';
import { COLORS, fit, rect, r1, svgDocument, text } from './svg.js';

export const MAP_SIZE = { width: 1280, height: 960 } as const;

const EUROPE: Box = { x: 24, y: 112, width: 856, height: 788 };
const WORLD: Box = { x: 900, y: 140, width: 356, height: 180 };
/** Shapes smaller than this (px²) get a marker so a partner never vanishes. */
const TINY = { europe: 60, world: 6 };

const fillOf = (model: MapModel, code: string): string => {
  if (code === 'UA') return COLORS.ukraine;
  const s = model.status.get(code);
  return s ? COLORS[s] : COLORS.land;
};

/** In the world inset, Europe's countries are shown by the main panel: no marker dots there. */
function europeInWorld(world: View): Box | undefined {
  const a = world.project([-25, 72]);
  const b = world.project([45, 34]);
  return a && b ? { x: a[0], y: a[1], width: b[0] - a[0], height: b[1] - a[1] } : undefined;
}

const inside = (p: [number, number], b: Box | undefined) => !!b && p[0] >= b.x && p[0] <= b.x + b.width && p[1] >= b.y && p[1] <= b.y + b.height;

function drawView(view: View, model: MapModel, tiny: number, box: Box, clipId: string, noMarkersIn?: Box): string[] {
  const out: string[] = [];
  out.push(`<clipPath id="${clipId}">${rect(box.x, box.y, box.width, box.height, '#000')}</clipPath>`);
  out.push(`<g clip-path="url(#${clipId})">`);
  out.push(view.sphere ? `<path d="${view.sphere}" fill="${COLORS.sea}"/>` : rect(box.x, box.y, box.width, box.height, COLORS.sea));
  const markers: string[] = [];
  for (const s of view.shapes) {
    const fill = fillOf(model, s.code);
    const stroke = s.code === 'UA' ? `stroke="${COLORS.ukraineEdge}" stroke-width="1.5"` : `stroke="${COLORS.border}" stroke-width="0.6"`;
    out.push(`<path d="${s.d}" fill="${fill}" ${stroke}/>`);
    if (fill !== COLORS.land && s.area < tiny && Number.isFinite(s.centroid[0]) && !inside(s.centroid, noMarkersIn)) {
      markers.push(`<circle cx="${r1(s.centroid[0])}" cy="${r1(s.centroid[1])}" r="5" fill="${fill}" stroke="${COLORS.ink}" stroke-width="1"/>`);
    }
  }
  out.push(...markers, '</g>');
  out.push(rect(box.x, box.y, box.width, box.height, 'none', `stroke="${COLORS.muted}" stroke-width="1"`));
  return out;
}

export function renderMapSvg(catalog: Catalog, model: MapModel, tr: Translator): string {
  const t = tr.t;
  const { width, height } = MAP_SIZE;
  const body: string[] = [];
  body.push(text(EUROPE.x, 50, t('map-title'), { size: 34, weight: 'bold' }));
  body.push(text(EUROPE.x, 88, t(`map-subtitle-${model.filter}`, { count: model.total }), { size: 20, fill: COLORS.muted }));

  const europe = europeView(EUROPE);
  body.push(...drawView(europe, model, TINY.europe, EUROPE, 'europe'));
  const ua = europe.project([31.2, 49.0]);
  if (ua) body.push(text(ua[0], ua[1], t('map-ukraine'), { size: 22, weight: 'bold', anchor: 'middle', fill: COLORS.ukraineEdge }));

  body.push(text(WORLD.x, WORLD.y - 12, t('map-world'), { size: 18, weight: 'bold' }));
  const world = worldView(WORLD);
  const europeBox = europeInWorld(world);
  body.push(...drawView(world, model, TINY.world, WORLD, 'world', europeBox));
  if (europeBox)
    body.push(rect(europeBox.x, europeBox.y, europeBox.width, europeBox.height, 'none', `stroke="${COLORS.ink}" stroke-width="1" stroke-dasharray="3 2"`));

  // Legend: one swatch per status with its count, then Ukraine and the rest.
  let y = WORLD.y + WORLD.height + 56;
  const x = WORLD.x;
  const legendWidth = width - x - 24;
  const row = (fill: string, label: string, stroke: string = COLORS.muted) => {
    body.push(rect(x, y - 20, 28, 22, fill, `stroke="${stroke}" stroke-width="1"`));
    const lines = wrap(label, legendWidth - 40, 19);
    lines.forEach((l, i) => body.push(text(x + 40, y - 2 + i * 24, l, { size: 19 })));
    y += 24 * lines.length + 14;
  };
  for (const s of STATUSES) row(COLORS[s], t(`map-legend-${s}`, { count: model.counts[s] }));
  row(COLORS.ukraine, t('map-ukraine'), COLORS.ukraineEdge);
  row(COLORS.land, t(`map-legend-none-${model.filter === 'all' ? 'all' : 'filtered'}`));
  if (model.organisations.length) {
    const names = model.organisations.map((code) => {
      const p = catalog.partner(code);
      return p ? partnerName(p, tr.lang) : code;
    });
    y += 4;
    for (const l of wrap(t('map-organisations', { names: names.join(', '), count: names.length }), legendWidth, 17)) {
      body.push(text(x, y, l, { size: 17, fill: COLORS.muted }));
      y += 22;
    }
  }
  body.push(text(EUROPE.x, height - 24, fit(sourceLine(catalog, tr), width - 48, 17), { size: 17, fill: COLORS.muted }));
  return svgDocument(width, height, body);
}

/** "Source: … · Data as of …" — the last line of every picture and of its caption. */
export function sourceLine(catalog: Catalog, tr: Translator): string {
  return tr.t('picture-source', { date: tr.date(catalog.dataAsOf) });
}

/** Greedy word wrap by the approximate text width. */
export function wrap(s: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.6)));
  const lines: string[] = [];
  let cur = '';
  for (const word of s.split(/\s+/)) {
    if (cur && [...`${cur} ${word}`].length > max) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}
