/**
 * The /settings panel's views: the summary text, the main keyboard and the sub-screens (hour,
 * weekday, quiet hours, time zone, topics, resume). Pure functions of the subscription, the catalog
 * and the translator; the buttons' data comes from the settings codec.
 */
import { Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import { pick } from '../../domain/bilingual.js';
import type { Catalog } from '../../domain/catalog.js';
import { KIND_GROUPS, hasFilters, isKindGroup } from '../../domain/digest.js';
import { esc } from '../../domain/html.js';
import { codeToFlag } from '../../domain/resolve.js';
import { COMMON_ZONES, cityName, zoneLabel } from '../../domain/timezone.js';
import { KEY_FAMILIES } from '../../i18n/families.js';
import { INTL_LOCALE, type Lang, type Translator } from '../../i18n/index.js';
import type { SubscriptionView } from '../../domain/subscription.js';
import { type SubAction, settingsCodec } from '../callback-data/settings.js';

export type Keyboard = InlineKeyboardButton[][];

/** Partners per page of the topics → partners screen. */
export const PARTNERS_PAGE_SIZE = 12;

const btn = (text: string, action: SubAction): InlineKeyboardButton.CallbackButton => Markup.button.callback(text, settingsCodec.encode(action));
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
const check = (on: boolean, label: string) => `${on ? '✅' : '▫️'} ${label}`;

export function weekdayName(lang: Lang, weekday: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

function chunk<T>(items: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

/** The panel's summary; `isPrivate` picks "your subscription" or "this chat's subscription". */
export function panelText(tr: Translator, isPrivate: boolean, sub: SubscriptionView | null, catalog: Catalog): string {
  const { t, lang } = tr;
  const lines = [isPrivate ? t('sub-title-private') : t('sub-title-group')];
  if (!sub) return [...lines, t('sub-status-off')].join('\n');
  lines.push(!sub.active ? t('sub-status-off') : sub.pausedAt ? t('sub-status-paused') : t('sub-status-active'));
  const zone = esc(zoneLabel(sub.timezone));
  if (sub.frequency === 'instant') lines.push(t('sub-frequency-instant'));
  else if (sub.frequency === 'daily') lines.push(t('sub-frequency-daily', { hour: hh(sub.deliveryHour), zone }));
  else lines.push(t('sub-frequency-weekly', { hour: hh(sub.deliveryHour), zone, weekday: weekdayName(lang, sub.weekday) }));
  const f = sub.filters;
  if (!hasFilters(f)) lines.push(t('sub-topics-all'));
  const name = (code: string) => {
    const p = catalog.partner(code);
    return `${codeToFlag(code)} ${p ? pick(p, 'name', lang) : code}`.trim();
  };
  if (f.partners.length) lines.push(t('sub-topics-partners', { list: esc(f.partners.map(name).join(', ')) }));
  if (f.pillars.length) {
    const list = f.pillars.map((id) => catalog.pillar(id)).map((p, i) => (p ? pick(p, 'name', lang) : f.pillars[i]));
    lines.push(t('sub-topics-pillars', { list: esc(list.join(', ')) }));
  }
  if (f.kinds.length)
    lines.push(
      t('sub-topics-kinds', {
        list: esc(
          f.kinds
            .filter(isKindGroup)
            .map((k) => t(KEY_FAMILIES.kind.key(k)))
            .join(', '),
        ),
      }),
    );
  lines.push(sub.quietFrom !== null && sub.quietTo !== null ? t('sub-quiet-on', { from: hh(sub.quietFrom), to: hh(sub.quietTo) }) : t('sub-quiet-off'));
  lines.push(t('sub-options', { silent: t(sub.silent ? 'sub-on' : 'sub-off'), previews: t(sub.linkPreviews ? 'sub-on' : 'sub-off') }));
  lines.push(t('sub-timezone-hint'));
  return lines.join('\n');
}

export function mainKeyboard(tr: Translator, sub: SubscriptionView | null): Keyboard {
  const { t } = tr;
  if (!sub || !sub.active) return [[btn(t('sub-btn-subscribe'), { a: 'on' })]];
  const mark = (on: boolean, label: string) => (on ? `• ${label} •` : label);
  return [
    [
      btn(mark(sub.frequency === 'instant', t('sub-btn-instant')), { a: 'freq', v: 'instant' }),
      btn(mark(sub.frequency === 'daily', t('sub-btn-daily')), { a: 'freq', v: 'daily' }),
      btn(mark(sub.frequency === 'weekly', t('sub-btn-weekly')), { a: 'freq', v: 'weekly' }),
    ],
    [
      ...(sub.frequency !== 'instant' ? [btn(t('sub-btn-hour'), { a: 'hourMenu' })] : []),
      ...(sub.frequency === 'weekly' ? [btn(t('sub-btn-weekday'), { a: 'weekdayMenu' })] : []),
      btn(t('sub-btn-quiet'), { a: 'quietMenu' }),
      btn(t('sub-btn-zone'), { a: 'zoneMenu' }),
    ],
    [btn(t('sub-btn-topics'), { a: 'topics' })],
    [
      btn(t('sub-btn-silent', { state: t(sub.silent ? 'sub-on' : 'sub-off') }), { a: 'silent' }),
      btn(t('sub-btn-previews', { state: t(sub.linkPreviews ? 'sub-on' : 'sub-off') }), { a: 'previews' }),
    ],
    [sub.pausedAt ? btn(t('sub-btn-resume'), { a: 'resumeMenu' }) : btn(t('sub-btn-pause'), { a: 'pause' }), btn(t('sub-btn-unsubscribe'), { a: 'off' })],
  ];
}

/** The common zones as buttons, named by their city in the language; the current one marked. */
export function zoneButtons(tr: Translator, current: string | undefined): Keyboard {
  return chunk(
    COMMON_ZONES.map((zone) => btn(check(zone === current, cityName(zone, tr.lang)), { a: 'zone', zone })),
    2,
  );
}

/** A sub-screen of the panel (its text and keyboard), or null for actions that show the main panel. */
export function screen(tr: Translator, sub: SubscriptionView, catalog: Catalog, action: SubAction): { text: string; keyboard: Keyboard } | null {
  const { t, lang } = tr;
  const back = [btn(t('sub-btn-back'), { a: 'main' })];
  switch (action.a) {
    case 'hourMenu':
      return {
        text: t('sub-choose-hour', { zone: esc(zoneLabel(sub.timezone)) }),
        keyboard: [
          ...chunk(
            [...Array(24).keys()].map((h) => btn(h === sub.deliveryHour ? `• ${hh(h)}` : hh(h), { a: 'hour', v: h })),
            6,
          ),
          back,
        ],
      };
    case 'weekdayMenu':
      return {
        text: t('sub-choose-weekday'),
        keyboard: [
          ...chunk(
            [1, 2, 3, 4, 5, 6, 7].map((d) => btn(check(d === sub.weekday, weekdayName(lang, d)), { a: 'weekday', v: d })),
            2,
          ),
          back,
        ],
      };
    case 'quietMenu': {
      const presets: Array<[number, number]> = [
        [22, 8],
        [23, 7],
        [21, 9],
        [0, 8],
      ];
      return {
        text: t('sub-choose-quiet'),
        keyboard: [
          ...chunk(
            presets.map(([f, to]) => btn(check(sub.quietFrom === f && sub.quietTo === to, `${hh(f)}–${hh(to)}`), { a: 'quiet', from: f, to })),
            2,
          ),
          [btn(check(sub.quietFrom === null, t('sub-btn-quiet-off')), { a: 'quietOff' })],
          back,
        ],
      };
    }
    case 'zoneMenu':
      return { text: t('sub-choose-zone', { zone: esc(zoneLabel(sub.timezone)) }), keyboard: [...zoneButtons(tr, sub.timezone), back] };
    case 'topics':
      return {
        text: t('sub-choose-topics'),
        keyboard: [
          [btn(check(!hasFilters(sub.filters), t('sub-btn-everything')), { a: 'everything' })],
          [btn(t('sub-btn-partners'), { a: 'partners', page: 0 }), btn(t('sub-btn-pillars'), { a: 'pillars' })],
          [btn(t('sub-btn-kinds'), { a: 'kinds' })],
          back,
        ],
      };
    case 'partners':
    case 'partner': {
      const collator = new Intl.Collator(lang);
      const all = [...catalog.partners].sort((a, b) => collator.compare(pick(a, 'name', lang), pick(b, 'name', lang)));
      const pages = Math.max(1, Math.ceil(all.length / PARTNERS_PAGE_SIZE));
      const page = Math.min(action.page, pages - 1);
      const items = all.slice(page * PARTNERS_PAGE_SIZE, (page + 1) * PARTNERS_PAGE_SIZE);
      const nav: InlineKeyboardButton[] = [];
      if (page > 0) nav.push(btn(t('sub-btn-prev'), { a: 'partners', page: page - 1 }));
      if (page < pages - 1) nav.push(btn(t('sub-btn-next'), { a: 'partners', page: page + 1 }));
      return {
        text: t('sub-choose-partners'),
        keyboard: [
          ...chunk(
            items.map((p) =>
              btn(check(sub.filters.partners.includes(p.code), `${codeToFlag(p.code)} ${pick(p, 'name', lang)}`), { a: 'partner', code: p.code, page }),
            ),
            2,
          ),
          nav,
          [btn(t('sub-btn-back'), { a: 'topics' })],
        ],
      };
    }
    case 'pillars':
    case 'pillar':
      return {
        text: t('sub-choose-pillars'),
        keyboard: [
          ...chunk(
            catalog.pillars.map((p) => btn(check(sub.filters.pillars.includes(p.id), pick(p, 'name', lang)), { a: 'pillar', id: p.id })),
            2,
          ),
          [btn(t('sub-btn-back'), { a: 'topics' })],
        ],
      };
    case 'kinds':
    case 'kind':
      return {
        text: t('sub-choose-kinds'),
        keyboard: [
          ...KIND_GROUPS.map((k) => [btn(check(sub.filters.kinds.includes(k), t(KEY_FAMILIES.kind.key(k))), { a: 'kind', v: k })]),
          [btn(t('sub-btn-back'), { a: 'topics' })],
        ],
      };
    case 'resumeMenu':
      return {
        text: t('sub-resume-ask'),
        keyboard: [[btn(t('sub-btn-catchup'), { a: 'resume', mode: 'catchup' })], [btn(t('sub-btn-from-now'), { a: 'resume', mode: 'now' })], back],
      };
    default:
      return null;
  }
}
