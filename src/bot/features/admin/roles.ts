/** /grant, /revoke (owners), /admins and /adminhelp (admins). Editors are granted by user id or by replying to them. */
import { Composer } from 'telegraf';
import { esc } from '../../../domain/html.js';
import type { BotContext } from '../../context.js';
import { requireRole, roleOf } from './guard.js';
import { setAdminMenu } from './menu.js';
import { commandArgs, replyLong } from './replies.js';

export const rolesFeature = new Composer<BotContext>();

/** The target of /grant or /revoke: the replied-to message's author, or a numeric id. */
function target(ctx: BotContext): { id: number; name: string | null } | undefined {
  const reply = ctx.message && 'reply_to_message' in ctx.message ? ctx.message.reply_to_message : undefined;
  if (reply?.from && !reply.from.is_bot) return { id: reply.from.id, name: [reply.from.first_name, reply.from.last_name].filter(Boolean).join(' ') || null };
  const arg = commandArgs(ctx).trim();
  if (/^\d{1,15}$/.test(arg)) return { id: Number(arg), name: null };
  return undefined;
}

const menuLang = (ctx: BotContext, userId: number) => ctx.services.admins.menuLanguage(BigInt(userId));

rolesFeature.command('grant', async (ctx) => {
  if (!(await requireRole(ctx, 'owner'))) return;
  const who = target(ctx);
  if (!who) return ctx.replyWithHTML(ctx.t('admin-usage-grant'));
  const r = await ctx.services.admins.grant(BigInt(who.id), BigInt(ctx.from.id), who.name);
  if (r === 'owner') return ctx.replyWithHTML(ctx.t('admin-grant-owner', { id: String(who.id) }));
  await ctx.replyWithHTML(ctx.t(r === 'granted' ? 'admin-granted' : 'admin-grant-already', { id: String(who.id) }));
  if (r === 'granted') await setAdminMenu(ctx.telegram, ctx.services.i18n, who.id, 'editor', await menuLang(ctx, who.id), ctx.log);
});

rolesFeature.command('revoke', async (ctx) => {
  if (!(await requireRole(ctx, 'owner'))) return;
  const who = target(ctx);
  if (!who) return ctx.replyWithHTML(ctx.t('admin-usage-revoke'));
  const r = await ctx.services.admins.revoke(BigInt(who.id), BigInt(ctx.from.id));
  await ctx.replyWithHTML(ctx.t(r === 'revoked' ? 'admin-revoked' : 'admin-revoke-none', { id: String(who.id) }));
  if (r === 'revoked') await setAdminMenu(ctx.telegram, ctx.services.i18n, who.id, null, await menuLang(ctx, who.id), ctx.log);
});

rolesFeature.command('admins', async (ctx) => {
  if (!(await requireRole(ctx, 'editor'))) return;
  const admins = await ctx.services.admins.list();
  const owners = admins.owners.map((id) => `• <code>${id}</code> — ${ctx.t('admin-role-owner')}`);
  const editors = admins.editors.map(
    (e) => `• <code>${e.userId}</code>${e.name ? ` ${esc(e.name)}` : ''} — ${ctx.t('admin-role-editor')} (${ctx.tr.date(e.createdAt.toISOString())})`,
  );
  await replyLong(ctx, [ctx.t('admin-admins-title'), ...owners, ...(editors.length ? editors : [ctx.t('admin-admins-no-editors')])].join('\n'));
});

rolesFeature.command('adminhelp', async (ctx) => {
  const role = await requireRole(ctx, 'editor');
  if (!role) return;
  await replyLong(ctx, [ctx.t('admin-help'), role === 'owner' ? ctx.t('admin-help-owner') : ''].filter(Boolean).join('\n\n'));
  // Opening the help also (re)sets the admin's own command menu.
  await setAdminMenu(ctx.telegram, ctx.services.i18n, ctx.from.id, role, ctx.lang, ctx.log);
});

export { roleOf };
