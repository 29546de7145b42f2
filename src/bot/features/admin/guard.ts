/** Who is an admin (asked of the admin service) and the polite, logged refusal when a role is not enough. */
import type { Role } from '../../../services/admins.js';
import type { BotContext } from '../../context.js';

export type { Role };

export async function roleOf(ctx: BotContext): Promise<Role | null> {
  const id = ctx.from?.id;
  if (id === undefined) return null;
  return ctx.services.admins.roleOf(BigInt(id));
}

/** Checks the sender's role; refuses politely (and logs the attempt) when it is not enough. */
export async function requireRole(ctx: BotContext, needed: Role): Promise<Role | null> {
  const role = await roleOf(ctx);
  if (role === 'owner' || (role === 'editor' && needed === 'editor')) return role;
  const command = ctx.message && 'text' in ctx.message ? ctx.message.text.split(/\s/)[0] : ctx.updateType;
  ctx.log.warn({ userId: ctx.from?.id, command, role }, 'admin command refused');
  if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.t(role ? 'admin-refused-owner' : 'admin-refused'), { show_alert: true });
  else await ctx.replyWithHTML(ctx.t(role ? 'admin-refused-owner' : 'admin-refused'));
  return null;
}
