import type { BotContext } from './context.js';

/**
 * Whether the sender may change this chat's shared settings (subscription, language): in groups and
 * channels only their administrators (getChatMember: creator or administrator); in a private chat, always.
 */
export async function isChatAdmin(ctx: BotContext, chatId: number | undefined = ctx.chat?.id): Promise<boolean> {
  if (chatId === undefined) return false;
  if (ctx.chat?.type === 'private' && chatId === ctx.chat.id) return true;
  if (!ctx.from) return false;
  try {
    const m = await ctx.telegram.getChatMember(chatId, ctx.from.id);
    return m.status === 'creator' || m.status === 'administrator';
  } catch {
    return false;
  }
}
