/**
 * /settings: the subscription panel (frequency, hour, weekday, quiet hours, topics, silent delivery,
 * link previews, pause/resume, unsubscribe) edited in place with inline buttons, and /timezone.
 * Callback data `sub:…` is decoded by decodeSubAction, which rejects anything it did not make.
 */
import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Catalog } from '../../domain/catalog.js';
import { KIND_GROUPS, type KindGroup, hasFilters, isKindGroup } from '../../domain/digest.js';
import { esc } from '../../domain/html.js';
import { codeToFlag } from '../../domain/resolve.js';
import { isTimeZone } from '../../domain/schedule.js';
import type { SubscriptionChange, SubscriptionView } from '../../domain/subscription.js';
import type { BotContext } from '../context.js';

export type SubAction =
  | { a: 'main' }
  | { a: 'freq'; v: 'instant' | 'daily' | 'weekly' }
  | { a: 'hourMenu' }
  | { a: 'hour'; v: number }
  | { a: 'weekdayMenu' }
  | { a: 'weekday'; v: number }
  | { a: 'quietMenu' }
  | { a: 'quiet'; from: number; to: number }
  | { a: 'quietOff' }
  | { a: 'topics' }
  | { a: 'everything' }
  | { a: 'partners'; page: number }
  | { a: 'partner'; code: string; page: number }
  | { a: 'pillars' }
  | { a: 'pillar'; id: string }
  | { a: 'kinds' }
  | { a: 'kind'; v: KindGroup }
  | { a: 'silent' }
  | { a: 'previews' }
  | { a: 'pause' }
  | { a: 'resumeMenu' }
  | { a: 'resume'; mode: 'catchup' | 'now' }
  | { a: 'off' }
  | { a: 'on' };

const FREQ = { i: 'instant', d: 'daily', w: 'weekly' } as const;
const PAGE_SIZE = 12;

export function encodeSubAction(x: SubAction): string {
  switch (x.a) {
    case 'main': return 'sub:m';
    case 'freq': return `sub:f:${x.v[0]}`;
    case 'hourMenu': return 'sub:hm';
    case 'hour': return `sub:h:${x.v}`;
    case 'weekdayMenu': return 'sub:wm';
    case 'weekday': return `sub:w:${x.v}`;
    case 'quietMenu': return 'sub:qm';
    case 'quiet': return `sub:q:${x.from}-${x.to}`;
    case 'quietOff': return 'sub:q:off';
    case 'topics': return 'sub:t';
    case 'everything': return 'sub:all';
    case 'partners': return `sub:pp:${x.page}`;
    case 'partner': return `sub:p:${x.code}:${x.page}`;
    case 'pillars': return 'sub:lm';
    case 'pillar': return `sub:l:${x.id}`;
    case 'kinds': return 'sub:km';
    case 'kind': return `sub:k:${x.v}`;
    case 'silent': return 'sub:s';
    case 'previews': return 'sub:lp';
    case 'pause': return 'sub:pause';
    case 'resumeMenu': return 'sub:resume';
    case 'resume': return `sub:r:${x.mode === 'catchup' ? 'c' : 'n'}`;
    case 'off': return 'sub:off';
    case 'on': return 'sub:on';
  }
}

/** Strict decoding: exactly the shapes encodeSubAction makes, values checked against the catalog. */
export function decodeSubAction(data: string, catalog: Catalog): SubAction | null {
  if (data.length > 64 || !data.startsWith('sub:')) return null;
  const s = data.slice(4);
  const simple: Record<string, SubAction> = {
    m: { a: 'main' }, hm: { a: 'hourMenu' }, wm: { a: 'weekdayMenu' }, qm: { a: 'quietMenu' }, 'q:off': { a: 'quietOff' },
    t: { a: 'topics' }, all: { a: 'everything' }, lm: { a: 'pillars' }, km: { a: 'kinds' }, s: { a: 'silent' }, lp: { a: 'previews' },
    pause: { a: 'pause' }, resume: { a: 'resumeMenu' }, 'r:c': { a: 'resume', mode: 'catchup' }, 'r:n': { a: 'resume', mode: 'now' },
    off: { a: 'off' }, on: { a: 'on' },
  };
  if (Object.hasOwn(simple, s)) return simple[s]!;
  let m: RegExpExecArray | null;
  if ((m = /^f:([idw])$/.exec(s))) return { a: 'freq', v: FREQ[m[1] as 'i' | 'd' | 'w'] };
  if ((m = /^h:(\d{1,2})$/.exec(s)) && Number(m[1]) <= 23) return { a: 'hour', v: Number(m[1]) };
  if ((m = /^w:([1-7])$/.exec(s))) return { a: 'weekday', v: Number(m[1]) };
  if ((m = /^q:(\d{1,2})-(\d{1,2})$/.exec(s)) && Number(m[1]) <= 23 && Number(m[2]) <= 23 && m[1] !== m[2]) {
    return { a: 'quiet', from: Number(m[1]), to: Number(m[2]) };
  }
  if ((m = /^pp:(\d{1,2})$/.exec(s))) return { a: 'partners', page: Number(m[1]) };
  if ((m = /^p:([A-Z]{2}):(\d{1,2})$/.exec(s)) && catalog.partner(m[1]!)) return { a: 'partner', code: m[1]!, page: Number(m[2]) };
  if ((m = /^l:([a-z-]{1,40})$/.exec(s)) && catalog.pillar(m[1]!)) return { a: 'pillar', id: m[1]! };
  if ((m = /^k:([a-z]+)$/.exec(s)) && isKindGroup(m[1]!)) return { a: 'kind', v: m[1] as KindGroup };
  return null;
}

const btn = (text: string, action: SubAction): InlineKeyboardButton.CallbackButton => Markup.button.callback(text, encodeSubAction(action));
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

function weekdayName(lang: 'en' | 'uk', weekday: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

export function panelText(ctx: BotContext, sub: SubscriptionView | null, catalog: Catalog): string {
  const t = ctx.t;
  const lines = [ctx.chat?.type === 'private' ? t('sub-title-private') : t('sub-title-group')];
  if (!sub) return [...lines, t('sub-status-off')].join('\n');
  lines.push(!sub.active ? t('sub-status-off') : sub.pausedAt ? t('sub-status-paused') : t('sub-status-active'));
  const zone = esc(sub.timezone);
  if (sub.frequency === 'instant') lines.push(t('sub-frequency-instant'));
  else if (sub.frequency === 'daily') lines.push(t('sub-frequency-daily', { hour: hh(sub.deliveryHour), zone }));
  else lines.push(t('sub-frequency-weekly', { hour: hh(sub.deliveryHour), zone, weekday: weekdayName(ctx.lang, sub.weekday) }));
  const f = sub.filters;
  if (!hasFilters(f)) lines.push(t('sub-topics-all'));
  const name = (code: string) => {
    const p = catalog.partner(code);
    return `${codeToFlag(code)} ${p ? (ctx.lang === 'uk' ? p.nameUk : p.nameEn) : code}`.trim();
  };
  if (f.partners.length) lines.push(t('sub-topics-partners', { list: esc(f.partners.map(name).join(', ')) }));
  if (f.pillars.length) {
    const list = f.pillars.map((id) => catalog.pillar(id)).map((p, i) => (p ? (ctx.lang === 'uk' ? p.nameUk : p.nameEn) : f.pillars[i]));
    lines.push(t('sub-topics-pillars', { list: esc(list.join(', ')) }));
  }
  if (f.kinds.length) lines.push(t('sub-topics-kinds', { list: esc(f.kinds.map((k) => t(`kind-${k}`)).join(', ')) }));
  lines.push(sub.quietFrom !== null && sub.quietTo !== null ? t('sub-quiet-on', { from: hh(sub.quietFrom), to: hh(sub.quietTo) }) : t('sub-quiet-off'));
  lines.push(t('sub-options', { silent: t(sub.silent ? 'sub-on' : 'sub-off'), previews: t(sub.linkPreviews ? 'sub-on' : 'sub-off') }));
  lines.push(t('sub-timezone-hint'));
  return lines.join('\n');
}

export function mainKeyboard(ctx: BotContext, sub: SubscriptionView | null): InlineKeyboardButton[][] {
  const t = ctx.t;
  if (!sub || !sub.active) return [[btn(t('sub-btn-subscribe'), { a: 'on' })]];
  const mark = (on: boolean, label: string) => (on ? `• ${label} •` : label);
  const rows: InlineKeyboardButton[][] = [
    [
      btn(mark(sub.frequency === 'instant', t('sub-btn-instant')), { a: 'freq', v: 'instant' }),
      btn(mark(sub.frequency === 'daily', t('sub-btn-daily')), { a: 'freq', v: 'daily' }),
      btn(mark(sub.frequency === 'weekly', t('sub-btn-weekly')), { a: 'freq', v: 'weekly' }),
    ],
    [
      ...(sub.frequency !== 'instant' ? [btn(t('sub-btn-hour'), { a: 'hourMenu' })] : []),
      ...(sub.frequency === 'weekly' ? [btn(t('sub-btn-weekday'), { a: 'weekdayMenu' })] : []),
      btn(t('sub-btn-quiet'), { a: 'quietMenu' }),
    ],
    [btn(t('sub-btn-topics'), { a: 'topics' })],
    [
      btn(t('sub-btn-silent', { state: t(sub.silent ? 'sub-on' : 'sub-off') }), { a: 'silent' }),
      btn(t('sub-btn-previews', { state: t(sub.linkPreviews ? 'sub-on' : 'sub-off') }), { a: 'previews' }),
    ],
    [
      sub.pausedAt ? btn(t('sub-btn-resume'), { a: 'resumeMenu' }) : btn(t('sub-btn-pause'), { a: 'pause' }),
      btn(t('sub-btn-unsubscribe'), { a: 'off' }),
    ],
  ];
  return rows;
}

function chunk<T>(items: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

/** A sub-screen of the panel: its text and keyboard. */
function screen(ctx: BotContext, sub: SubscriptionView, catalog: Catalog, action: SubAction): { text: string; keyboard: InlineKeyboardButton[][] } | null {
  const t = ctx.t;
  const back = [btn(t('sub-btn-back'), { a: 'main' })];
  const check = (on: boolean, label: string) => `${on ? '✅' : '▫️'} ${label}`;
  switch (action.a) {
    case 'hourMenu':
      return {
        text: t('sub-choose-hour', { zone: esc(sub.timezone) }),
        keyboard: [...chunk([...Array(24).keys()].map((h) => btn(h === sub.deliveryHour ? `• ${hh(h)}` : hh(h), { a: 'hour', v: h })), 6), back],
      };
    case 'weekdayMenu':
      return {
        text: t('sub-choose-weekday'),
        keyboard: [...chunk([1, 2, 3, 4, 5, 6, 7].map((d) => btn(check(d === sub.weekday, weekdayName(ctx.lang, d)), { a: 'weekday', v: d })), 2), back],
      };
    case 'quietMenu': {
      const presets: Array<[number, number]> = [[22, 8], [23, 7], [21, 9], [0, 8]];
      return {
        text: t('sub-choose-quiet'),
        keyboard: [
          ...chunk(presets.map(([f, to]) => btn(check(sub.quietFrom === f && sub.quietTo === to, `${hh(f)}–${hh(to)}`), { a: 'quiet', from: f, to })), 2),
          [btn(check(sub.quietFrom === null, t('sub-btn-quiet-off')), { a: 'quietOff' })],
          back,
        ],
      };
    }
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
      const all = [...catalog.partners].sort((a, b) => (ctx.lang === 'uk' ? a.nameUk.localeCompare(b.nameUk, 'uk') : a.nameEn.localeCompare(b.nameEn, 'en')));
      const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
      const page = Math.min(action.page, pages - 1);
      const items = all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
      const nav: InlineKeyboardButton[] = [];
      if (page > 0) nav.push(btn(t('sub-btn-prev'), { a: 'partners', page: page - 1 }));
      if (page < pages - 1) nav.push(btn(t('sub-btn-next'), { a: 'partners', page: page + 1 }));
      return {
        text: t('sub-choose-partners'),
        keyboard: [
          ...chunk(
            items.map((p) => btn(check(sub.filters.partners.includes(p.code), `${codeToFlag(p.code)} ${ctx.lang === 'uk' ? p.nameUk : p.nameEn}`), { a: 'partner', code: p.code, page })),
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
          ...chunk(catalog.pillars.map((p) => btn(check(sub.filters.pillars.includes(p.id), ctx.lang === 'uk' ? p.nameUk : p.nameEn), { a: 'pillar', id: p.id })), 2),
          [btn(t('sub-btn-back'), { a: 'topics' })],
        ],
      };
    case 'kinds':
    case 'kind':
      return {
        text: t('sub-choose-kinds'),
        keyboard: [...KIND_GROUPS.map((k) => [btn(check(sub.filters.kinds.includes(k), t(`kind-${k}`)), { a: 'kind', v: k })]), [btn(t('sub-btn-back'), { a: 'topics' })]],
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

/** Groups and channels: only their administrators change the subscription. Private chats: always. */
export async function isChatAdmin(ctx: BotContext, chatId: number = ctx.chat!.id): Promise<boolean> {
  if (ctx.chat?.type === 'private' && chatId === ctx.chat.id) return true;
  if (!ctx.from) return false;
  try {
    const m = await ctx.telegram.getChatMember(chatId, ctx.from.id);
    return m.status === 'creator' || m.status === 'administrator';
  } catch {
    return false;
  }
}

export async function showPanel(ctx: BotContext, prefix?: string): Promise<void> {
  const catalog = await ctx.services.facts.catalog();
  const sub = await ctx.services.subscriptions.get(BigInt(ctx.chat!.id));
  const text = [prefix, panelText(ctx, sub, catalog)].filter(Boolean).join('\n\n');
  await ctx.replyWithHTML(text, { ...Markup.inlineKeyboard(mainKeyboard(ctx, sub)), link_preview_options: { is_disabled: true } });
}

/** The change a settings button makes, or null for buttons that only navigate. */
function changeOf(action: SubAction): SubscriptionChange | null {
  switch (action.a) {
    case 'freq': return { kind: 'patch', patch: { frequency: action.v } };
    case 'hour': return { kind: 'patch', patch: { deliveryHour: action.v } };
    case 'weekday': return { kind: 'patch', patch: { weekday: action.v } };
    case 'quiet': return { kind: 'patch', patch: { quietFrom: action.from, quietTo: action.to } };
    case 'quietOff': return { kind: 'patch', patch: { quietFrom: null, quietTo: null } };
    case 'everything': return { kind: 'clearFilters' };
    case 'partner': return { kind: 'toggleFilter', type: 'partner', value: action.code };
    case 'pillar': return { kind: 'toggleFilter', type: 'pillar', value: action.id };
    case 'kind': return { kind: 'toggleFilter', type: 'kind', value: action.v };
    case 'silent': return { kind: 'toggle', setting: 'silent' };
    case 'previews': return { kind: 'toggle', setting: 'linkPreviews' };
    case 'pause': return { kind: 'pause' };
    case 'resume': return { kind: 'resume', mode: action.mode };
    default: return null;
  }
}

export const settingsFeature = new Composer<BotContext>();

settingsFeature.command('settings', async (ctx) => {
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('sub-not-admin')));
  await showPanel(ctx);
});

settingsFeature.command('timezone', async (ctx) => {
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('sub-not-admin')));
  const zone = ctx.payload.trim();
  if (!zone) return void (await ctx.replyWithHTML(ctx.t('sub-timezone-usage')));
  if (zone.length > 64 || !isTimeZone(zone)) return void (await ctx.replyWithHTML(ctx.t('sub-timezone-bad', { zone: esc(zone.slice(0, 64)) })));
  const chatId = BigInt(ctx.chat.id);
  const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  const sub = await ctx.services.subscriptions.change(chatId, { kind: 'patch', patch: { timezone: canonical } });
  if (!sub) return void (await ctx.reply(ctx.t('sub-not-subscribed')));
  await showPanel(ctx, ctx.t('sub-timezone-set', { zone: esc(canonical) }));
});

settingsFeature.action(/^sub:/, async (ctx) => {
  const chat = ctx.chat;
  const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
  const catalog = await ctx.services.facts.catalog();
  const action = decodeSubAction(data, catalog);
  if (!action || !chat) return void (await ctx.answerCbQuery(ctx.t('unhandled-button')));
  if (!(await isChatAdmin(ctx))) return void (await ctx.answerCbQuery(ctx.t('sub-not-admin'), { show_alert: true }));
  const subs = ctx.services.subscriptions;
  const chatId = BigInt(chat.id);
  let note: string | undefined;
  let sub: SubscriptionView | null;
  if (action.a === 'on') {
    const r = await subs.subscribe(chatId, ctx.from ? BigInt(ctx.from.id) : null);
    note = ctx.t(r === 'new' ? 'sub-new' : 'sub-restored');
    sub = await subs.get(chatId);
  } else {
    const change = changeOf(action);
    sub = change ? await subs.change(chatId, change) : await subs.get(chatId);
    if (!sub || !sub.active) note = ctx.t('sub-not-subscribed');
    else if (action.a === 'pause') note = ctx.t('sub-paused');
    else if (action.a === 'resume') note = ctx.t(action.mode === 'catchup' ? 'sub-resumed-catchup' : 'sub-resumed-now');
    else if (action.a === 'off') {
      await subs.unsubscribe(chatId);
      note = ctx.t('sub-unsubscribed');
      sub = await subs.get(chatId);
    }
  }
  const isEdit = !['main', 'hourMenu', 'weekdayMenu', 'quietMenu', 'topics', 'partners', 'pillars', 'kinds', 'resumeMenu'].includes(action.a);
  await ctx.answerCbQuery(isEdit && !note ? ctx.t('sub-saved') : undefined);
  // Screens that stay open after a toggle; everything else returns to the main panel.
  const stay = sub?.active ? screen(ctx, sub, catalog, ['hour', 'weekday', 'quiet', 'quietOff', 'everything'].includes(action.a) ? { a: 'main' } : action) : null;
  const text = stay ? stay.text : [note, panelText(ctx, sub, catalog)].filter(Boolean).join('\n\n');
  const keyboard = stay ? stay.keyboard : mainKeyboard(ctx, sub);
  try {
    await ctx.editMessageText(text, { parse_mode: 'HTML', ...Markup.inlineKeyboard(keyboard), link_preview_options: { is_disabled: true } });
  } catch (err) {
    if (!/message is not modified/.test(String(err))) throw err;
  }
});
