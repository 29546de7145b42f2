/**
 * /subscribe, /unsubscribe, the `?start=sub_<partner|pillar|all>` deep link, channel subscriptions
 * by their administrators, and my_chat_member: a user blocking the bot or the bot being removed
 * from a group marks the chat unreachable (its digests pause) before any send fails; unblocking or
 * re-adding makes it reachable again (the next digest then covers what it missed — one digest).
 */
import { Composer } from 'telegraf';
import { esc } from '../../domain/html.js';
import type { BotContext } from '../context.js';
import type { DeepLinkHandler } from './start.js';
import { isChatAdmin, showPanel } from './settings.js';

const subscribeHere = (ctx: BotContext) => ctx.services.subscriptions.subscribe(BigInt(ctx.chat!.id), ctx.from ? BigInt(ctx.from.id) : null);

/** `/subscribe @channel` from a private chat: the requester must administer the channel. */
async function subscribeChannel(ctx: BotContext, target: string, on: boolean): Promise<void> {
  let chat;
  try {
    chat = await ctx.telegram.getChat(/^-?\d+$/.test(target) ? Number(target) : target);
  } catch {
    return void (await ctx.replyWithHTML(ctx.t('sub-channel-not-found')));
  }
  const title = esc('title' in chat ? chat.title : target);
  if (!(await isChatAdmin(ctx, chat.id))) return void (await ctx.replyWithHTML(ctx.t('sub-channel-not-admin', { title })));
  const chatId = BigInt(chat.id);
  if (on) {
    const seen = { chatId, chatType: chat.type, title: 'title' in chat ? chat.title : null, username: 'username' in chat ? (chat.username ?? null) : null };
    await ctx.services.subscriptions.subscribeChat(seen, BigInt(ctx.from!.id));
    const username = esc('username' in chat && chat.username ? chat.username : String(chat.id));
    await ctx.replyWithHTML(ctx.t('sub-channel-done', { title, username }));
  } else {
    await ctx.services.subscriptions.unsubscribe(chatId);
    await ctx.replyWithHTML(ctx.t('sub-channel-off', { title }));
  }
}

export const subscribeFeature = new Composer<BotContext>();

subscribeFeature.command('subscribe', async (ctx) => {
  const arg = ctx.payload.trim();
  if (ctx.chat.type === 'private' && arg) return subscribeChannel(ctx, arg, true);
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('sub-not-admin')));
  const r = await subscribeHere(ctx);
  await showPanel(ctx, ctx.t(r === 'new' ? 'sub-new' : r === 'restored' ? 'sub-restored' : 'sub-already'));
});

subscribeFeature.command('unsubscribe', async (ctx) => {
  const arg = ctx.payload.trim();
  if (ctx.chat.type === 'private' && arg) return subscribeChannel(ctx, arg, false);
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('sub-not-admin')));
  const stopped = await ctx.services.subscriptions.unsubscribe(BigInt(ctx.chat.id));
  await ctx.reply(ctx.t(stopped ? 'sub-unsubscribed' : 'sub-not-subscribed'));
});

/** `?start=sub_DE`, `sub_military`, `sub_all`: subscribe in one tap (a filter is added to existing ones). */
export const subscribeDeepLink: DeepLinkHandler = async (ctx, arg) => {
  if (!ctx.chat || ctx.chat.type !== 'private') return false;
  const catalog = await ctx.services.facts.catalog();
  const partner = /^[A-Za-z]{2}$/.test(arg) ? catalog.partner(arg.toUpperCase()) : undefined;
  const pillar = catalog.pillar(arg.toLowerCase());
  if (!partner && !pillar && arg !== 'all') {
    await ctx.reply(ctx.t('sub-unknown-target'));
    return true;
  }
  const target = partner ? { type: 'partner' as const, value: partner.code } : pillar ? { type: 'pillar' as const, value: pillar.id } : 'everything';
  await ctx.services.subscriptions.subscribeTo(BigInt(ctx.chat.id), ctx.from ? BigInt(ctx.from.id) : null, target);
  const named = partner ?? pillar;
  const what = named ? (ctx.lang === 'uk' ? named.nameUk : named.nameEn) : ctx.t('sub-btn-everything');
  await showPanel(ctx, ctx.t('sub-deeplink-added', { what: esc(what) }));
  return true;
};

subscribeFeature.on('my_chat_member', async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  const chatId = BigInt(ctx.myChatMember.chat.id);
  const gone = status === 'kicked' || status === 'left';
  const why = ctx.myChatMember.chat.type === 'private' ? 'blocked the bot' : `bot ${status}`;
  await ctx.services.subscriptions.setReachable(chatId, !gone, gone ? why : null);
  ctx.log.info({ status, reachable: !gone }, 'chat membership changed');
});
