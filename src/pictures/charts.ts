/**
 * The /timeline and /stats charts as SVG: plain bars drawn by hand (deterministic output that a
 * snapshot can review), text typeset in the bundled font by resvg.
 */
import type { Catalog } from '../domain/catalog.js';
import { partnerName } from '../domain/format/common.js';
import type { Translator } from '../i18n/index.js';
import { type CurrencyPanel, LEVELS, type StatsModel, type StatsRow, type TimelineModel } from './data.js';
import { sourceLine, wrap } from './map.js';
import { COLORS, approxWidth, fit, line, rect, svgDocument, text } from './svg.js';

export const TIMELINE_SIZE = { width: 1280, height: 720 } as const;
export const STATS_WIDTH = 1280;

/** A "nice" axis maximum and step for counts or amounts. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const niceStep = step < 1 && max >= 1 ? 1 : step;
  return { max: Math.ceil(max / niceStep) * niceStep, step: niceStep };
}

export function renderTimelineSvg(catalog: Catalog, model: TimelineModel, tr: Translator): string {
  const t = tr.t;
  const { width, height } = TIMELINE_SIZE;
  const body: string[] = [];
  body.push(text(40, 50, t('timeline-chart-title'), { size: 32, weight: 'bold' }));
  body.push(text(40, 84, t('timeline-chart-subtitle', { agreements: model.agreements, joins: model.joins }), { size: 19, fill: COLORS.muted }));
  // Legend, top right.
  const legend = [
    [COLORS.agreement, t('timeline-chart-agreements')],
    [COLORS.joins, t('timeline-chart-joins')],
  ] as const;
  let lx = width - 40;
  for (const [color, label] of [...legend].reverse()) {
    const w = approxWidth(label, 17);
    lx -= w;
    body.push(text(lx, 126, label, { size: 17 }));
    body.push(rect(lx - 26, 112, 18, 18, color));
    lx -= 48;
  }
  const plot = { x: 80, y: 150, width: width - 120, height: height - 150 - 130 };
  const peak = Math.max(1, ...model.months.map((m) => Math.max(m.agreements, m.joins)));
  const scale = niceScale(peak, 5);
  const yOf = (v: number) => plot.y + plot.height - (v / scale.max) * plot.height;
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step) {
    body.push(line(plot.x, yOf(v), plot.x + plot.width, yOf(v), COLORS.grid));
    body.push(text(plot.x - 10, yOf(v) + 6, tr.number(v), { size: 16, anchor: 'end', fill: COLORS.muted }));
  }
  const n = Math.max(1, model.months.length);
  const slot = plot.width / n;
  const bar = Math.max(2, Math.min(18, slot * 0.38));
  model.months.forEach((m, i) => {
    const cx = plot.x + slot * (i + 0.5);
    if (m.agreements) body.push(rect(cx - bar, yOf(m.agreements), bar, plot.y + plot.height - yOf(m.agreements), COLORS.agreement));
    if (m.joins) body.push(rect(cx, yOf(m.joins), bar, plot.y + plot.height - yOf(m.joins), COLORS.joins));
    if (m.agreements) body.push(text(cx - bar / 2, yOf(m.agreements) - 5, String(m.agreements), { size: 13, anchor: 'middle', fill: COLORS.agreement }));
    const [year, month] = m.month.split('-') as [string, string];
    body.push(text(cx, plot.y + plot.height + 22, month, { size: 13, anchor: 'middle', fill: COLORS.muted }));
    if (month === '01' || i === 0) {
      body.push(line(cx - slot / 2, plot.y + plot.height, cx - slot / 2, plot.y + plot.height + 52, COLORS.muted));
      body.push(text(cx - slot / 2 + 6, plot.y + plot.height + 48, year, { size: 17, weight: 'bold' }));
    }
  });
  body.push(line(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height, COLORS.ink));
  let y = height - 46;
  if (model.undatedJoins) body.push(text(40, y, t('timeline-chart-undated', { count: model.undatedJoins }), { size: 16, fill: COLORS.muted }));
  y += 28;
  body.push(text(40, y, fit(sourceLine(catalog, tr), width - 80, 16), { size: 16, fill: COLORS.muted }));
  return svgDocument(width, height, body);
}

const ROW = 30;
const LEVEL_COLORS = { promised: COLORS.promised, allocated: COLORS.allocated, delivered: COLORS.delivered } as const;

function barsBlock(
  rows: StatsRow[],
  box: { x: number; y: number; labelWidth: number; barWidth: number },
  label: (row: StatsRow) => string,
  value: (n: number) => string,
): string[] {
  const out: string[] = [];
  const scale = Math.max(1, ...rows.map((r) => r.total));
  rows.forEach((r, i) => {
    const y = box.y + i * ROW;
    out.push(text(box.x + box.labelWidth - 10, y + 20, fit(label(r), box.labelWidth - 10, 16), { size: 16, anchor: 'end' }));
    let x = box.x + box.labelWidth;
    for (const level of LEVELS) {
      const w = (r.byLevel[level] / scale) * box.barWidth;
      if (w > 0) out.push(rect(x, y + 5, Math.max(1, w), ROW - 10, LEVEL_COLORS[level]));
      x += w;
    }
    out.push(text(x + 6, y + 20, value(r.total), { size: 14, fill: COLORS.muted }));
  });
  return out;
}

export function statsHeight(model: StatsModel): number {
  let h = 150;
  for (const p of model.panels) h += 60 + ROW * Math.max(p.byPartner.length, p.byYear.length) + 20;
  if (!model.panels.length) h += 60;
  return h + 110;
}

export function renderStatsSvg(catalog: Catalog, model: StatsModel, tr: Translator): string {
  const t = tr.t;
  const width = STATS_WIDTH;
  const height = statsHeight(model);
  const body: string[] = [];
  body.push(text(40, 50, t('stats-chart-title'), { size: 32, weight: 'bold' }));
  body.push(text(40, 84, t('stats-chart-subtitle', { count: model.counted, currencies: model.panels.length }), { size: 19, fill: COLORS.muted }));
  let lx = 40;
  for (const level of LEVELS) {
    const label = t(`pledge-level-${level}`);
    body.push(rect(lx, 106, 18, 18, LEVEL_COLORS[level]));
    body.push(text(lx + 26, 121, label, { size: 17 }));
    lx += 26 + approxWidth(label, 17) + 30;
  }
  let y = 150;
  if (!model.panels.length) {
    body.push(text(40, y + 30, t('stats-chart-empty'), { size: 19 }));
    y += 60;
  }
  const money = (currency: string) => (n: number) => tr.money(n, currency);
  for (const panel of model.panels) y = drawPanel(body, panel, y, catalog, tr, money(panel.currency));
  const notes = wrap(t('stats-chart-notes', { skipped: model.skipped, other: model.nonMonetary }), width - 80, 16);
  y = height - 40 - 24 * notes.length;
  for (const l of notes) {
    body.push(text(40, y, l, { size: 16, fill: COLORS.muted }));
    y += 24;
  }
  body.push(text(40, height - 24, fit(sourceLine(catalog, tr), width - 80, 16), { size: 16, fill: COLORS.muted }));
  return svgDocument(width, height, body);
}

function drawPanel(body: string[], panel: CurrencyPanel, y: number, catalog: Catalog, tr: Translator, value: (n: number) => string): number {
  const t = tr.t;
  body.push(line(40, y + 4, STATS_WIDTH - 40, y + 4, COLORS.grid, 2));
  body.push(text(40, y + 32, t('stats-chart-panel', { currency: panel.currency, total: value(panel.total) }), { size: 21, weight: 'bold' }));
  body.push(text(40, y + 54, t('stats-chart-by-partner'), { size: 15, fill: COLORS.muted }));
  body.push(text(780, y + 54, t('stats-chart-by-year'), { size: 15, fill: COLORS.muted }));
  const top = y + 62;
  const partnerLabelOf = (r: StatsRow) => {
    const p = catalog.partner(r.key);
    return p ? partnerName(p, tr.lang) : r.key;
  };
  body.push(...barsBlock(panel.byPartner, { x: 40, y: top, labelWidth: 230, barWidth: 370 }, partnerLabelOf, value));
  const yearLabel = (r: StatsRow) => (r.key === '' ? t('stats-no-year') : r.key.includes('–') ? `${r.key}*` : r.key);
  body.push(...barsBlock(panel.byYear, { x: 780, y: top, labelWidth: 170, barWidth: 180 }, yearLabel, value));
  return top + ROW * Math.max(panel.byPartner.length, panel.byYear.length) + 20;
}
