/**
 * /settings and /timezone: the subscription panel edited in place with inline buttons. The buttons'
 * data is the settings codec's (callback-data/settings.ts), the screens are views/settings.ts, the
 * changes go through the subscriptions service.
 */
import { Composer, Markup } from 'telegraf';
import type { Catalog } from '../../domain/catalog.js';
import type { SubscriptionChange } from '../../domain/subscription.js';
import { esc } from '../../domain/html.js';
import { MAX_ZONE_INPUT, parseTimeZone, zoneLabel } from '../../domain/timezone.js';
import { onButton } from '../callback-data/index.js';
import { SETTINGS_MENUS, type SubAction, settingsCodec } from '../callback-data/settings.js';
import { isChatAdmin } from '../chat-admin.js';
import type { BotContext } from '../context.js';
import { mainKeyboard, panelText, screen, zoneButtons } from '../views/settings.js';

export { isChatAdmin };

const NO_PREVIEW = { link_preview_options: { is_disabled: true } } as const;

export async function showPanel(ctx: BotContext, prefix?: string): Promise<void> {
  const catalog = await ctx.services.facts.catalog();
  const sub = await ctx.services.subscriptions.get(BigInt(ctx.chat!.id));
  const text = [prefix, panelText(ctx.tr, ctx.chat?.type === 'private', sub, catalog)].filter(Boolean).join('\n\n');
  await ctx.replyWithHTML(text, { ...Markup.inlineKeyboard(mainKeyboard(ctx.tr, sub)), ...NO_PREVIEW });
}

/** Whether the action names what exists now (a partner or pillar removed since the panel was drawn is stale). */
function current(action: SubAction, catalog: Catalog): boolean {
  if (action.a === 'partner') return catalog.partner(action.code) !== undefined;
  if (action.a === 'pillar') return catalog.pillar(action.id) !== undefined;
  return true;
}

/** The change a button makes to the subscription (null for buttons that only show a screen). */
export function changeOf(action: SubAction): SubscriptionChange | null {
  switch (action.a) {
    case 'freq':
      return { kind: 'patch', patch: { frequency: action.v } };
    case 'hour':
      return { kind: 'patch', patch: { deliveryHour: action.v } };
    case 'weekday':
      return { kind: 'patch', patch: { weekday: action.v } };
    case 'quiet':
      return { kind: 'patch', patch: { quietFrom: action.from, quietTo: action.to } };
    case 'quietOff':
      return { kind: 'patch', patch: { quietFrom: null, quietTo: null } };
    case 'zone':
      return { kind: 'patch', patch: { timezone: action.zone } };
    case 'everything':
      return { kind: 'clearFilters' };
    case 'partner':
      return { kind: 'toggleFilter', type: 'partner', value: action.code };
    case 'pillar':
      return { kind: 'toggleFilter', type: 'pillar', value: action.id };
    case 'kind':
      return { kind: 'toggleFilter', type: 'kind', value: action.v };
    case 'silent':
      return { kind: 'toggle', setting: 'silent' };
    case 'previews':
      return { kind: 'toggle', setting: 'linkPreviews' };
    case 'pause':
      return { kind: 'pause' };
    case 'resume':
      return { kind: 'resume', mode: action.mode };
    default:
      return null;
  }
}

export const settingsFeature = new Composer<BotContext>();

settingsFeature.command('settings', async (ctx) => {
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('sub-not-admin')));
  await showPanel(ctx);
});

settingsFeature.command('timezone', async (ctx) => {
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('sub-not-admin')));
  const sub = await ctx.services.subscriptions.get(BigInt(ctx.chat.id));
  const input = ctx.payload.trim();
  if (!input) {
    const zone = sub ? esc(zoneLabel(sub.timezone)) : undefined;
    const keyboard = sub?.active ? Markup.inlineKeyboard(zoneButtons(ctx.tr, sub.timezone)) : {};
    return void (await ctx.replyWithHTML(
      [zone ? ctx.t('sub-timezone-current', { zone }) : '', ctx.t('sub-timezone-usage')].filter(Boolean).join('\n'),
      keyboard,
    ));
  }
  const parsed = parseTimeZone(input);
  if (!parsed.ok) {
    const shown = esc(input.length > MAX_ZONE_INPUT ? `${input.slice(0, MAX_ZONE_INPUT)}…` : input);
    const key = parsed.reason === 'minutes' ? 'sub-timezone-minutes' : parsed.reason === 'out-of-range' ? 'sub-timezone-range' : 'sub-timezone-bad';
    return void (await ctx.replyWithHTML(ctx.t(key, { zone: shown })));
  }
  if (!sub?.active) return void (await ctx.reply(ctx.t('sub-not-subscribed')));
  await ctx.services.subscriptions.change(BigInt(ctx.chat.id), { kind: 'patch', patch: { timezone: parsed.zone } });
  await showPanel(ctx, ctx.t('sub-timezone-set', { zone: esc(zoneLabel(parsed.zone)) }));
});

settingsFeature.use(
  onButton(settingsCodec, async (ctx, action, next) => {
    const chat = ctx.chat;
    const catalog = await ctx.services.facts.catalog();
    if (!chat || !current(action, catalog)) return next();
    if (!(await isChatAdmin(ctx))) return void (await ctx.answerCbQuery(ctx.t('sub-not-admin'), { show_alert: true }));
    const subs = ctx.services.subscriptions;
    const chatId = BigInt(chat.id);
    let sub = await subs.get(chatId);
    let note: string | undefined;
    if (action.a === 'on') {
      const r = await subs.subscribe(chatId, ctx.from ? BigInt(ctx.from.id) : null);
      note = r === 'new' ? ctx.t('sub-new') : ctx.t('sub-restored');
    } else if (!sub || !sub.active) {
      note = ctx.t('sub-not-subscribed');
    } else if (action.a === 'off') {
      await subs.unsubscribe(chatId);
      note = ctx.t('sub-unsubscribed');
    } else {
      const change = changeOf(action);
      if (change) await subs.change(chatId, change);
      if (action.a === 'pause') note = ctx.t('sub-paused');
      if (action.a === 'resume') note = ctx.t(action.mode === 'catchup' ? 'sub-resumed-catchup' : 'sub-resumed-now');
    }
    sub = await subs.get(chatId);
    const isEdit = !(SETTINGS_MENUS as readonly string[]).includes(action.a);
    await ctx.answerCbQuery(isEdit && !note ? ctx.t('sub-saved') : undefined);
    // Screens that stay open after a toggle; everything else returns to the main panel.
    const returnsToMain = ['hour', 'weekday', 'quiet', 'quietOff', 'zone', 'everything'].includes(action.a);
    const stay = sub?.active ? screen(ctx.tr, sub, catalog, returnsToMain ? { a: 'main' } : action) : null;
    const text = stay ? stay.text : [note, panelText(ctx.tr, chat.type === 'private', sub, catalog)].filter(Boolean).join('\n\n');
    const keyboard = stay ? stay.keyboard : mainKeyboard(ctx.tr, sub);
    try {
      await ctx.editMessageText(text, { parse_mode: 'HTML', ...Markup.inlineKeyboard(keyboard), ...NO_PREVIEW });
    } catch (err) {
      if (!/message is not modified/.test(String(err))) throw err;
    }
  }),
);
