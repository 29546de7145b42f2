/** /audit (latest changes: who, what, when) and /undo (reverts the admin's own last change). */
import { Composer } from 'telegraf';
import { esc } from '../../../domain/html.js';
import type { BotContext } from '../../context.js';
import { AdminError } from '../../../domain/admin/errors.js';
import { requireRole } from './guard.js';
import { commandArgs, replyLong } from './replies.js';

export const auditFeature = new Composer<BotContext>();

function summary(json: string | null): string {
  if (!json) return '';
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    const name = v.titleEn ?? v.nameEn ?? v.textEn ?? v.frameworkId ?? v.userId ?? '';
    return String(name).slice(0, 80);
  } catch {
    return '';
  }
}

/** "event.create" → "created event" / "створено: подія" (the raw id if a part has no translation). */
export function actionName(ctx: BotContext, action: string, entity: string): string {
  const [, verb = action] = action.split('.');
  const [vKey, eKey] = [`admin-verb-${verb}`, `admin-entity-${entity}`];
  if (!ctx.tr.has(vKey) || !ctx.tr.has(eKey)) return `<b>${esc(action)}</b> ${esc(entity)}`;
  return ctx.t('admin-audit-action', { verb: esc(ctx.t(vKey)), entity: esc(ctx.t(eKey)) });
}

auditFeature.command('audit', async (ctx) => {
  if (!(await requireRole(ctx, 'editor'))) return;
  const arg = commandArgs(ctx).trim();
  if (arg && !/^\d{1,3}$/.test(arg)) return ctx.replyWithHTML(ctx.t('admin-usage-audit'));
  const n = Math.min(50, Math.max(1, Number(arg) || 10));
  const rows = await ctx.services.facts.auditLog(n);
  if (!rows.length) return ctx.replyWithHTML(ctx.t('admin-audit-empty'));
  const lines = rows.map((r) => {
    const when = r.createdAt.toISOString().slice(0, 16).replace('T', ' ');
    const what = esc(summary(r.after) || summary(r.before));
    const undone = r.undoneAt ? ` ${ctx.t('admin-audit-undone')}` : '';
    return `#${r.id} ${when} UTC · <code>${r.actorId}</code> · ${actionName(ctx, r.action, r.entity)} ${esc(r.entityId)}${what ? ` — ${what}` : ''}${undone}`;
  });
  await replyLong(ctx, [ctx.t('admin-audit-title', { count: rows.length }), ...lines].join('\n'));
});

auditFeature.command('undo', async (ctx) => {
  if (!(await requireRole(ctx, 'editor'))) return;
  try {
    const undone = await ctx.services.facts.undo(BigInt(ctx.from.id));
    const what = undone.map((e) => `• ${actionName(ctx, e.action, e.entity)} ${esc(e.entityId)}`).join('\n');
    await replyLong(ctx, `${ctx.t('admin-undone', { count: undone.length })}\n${what}`);
  } catch (err) {
    if (!(err instanceof AdminError)) throw err;
    await ctx.replyWithHTML(ctx.t(`admin-error-${err.code}`));
  }
});
