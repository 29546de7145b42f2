/**
 * Preview and publish: the admin sees exactly what subscribers will see, in both languages (the
 * digest that would carry the event, from the digest's own formatter), then Publish, Publish
 * urgently or Cancel.
 */
import { Composer, Markup } from 'telegraf';
import type { EventInput } from '../../../domain/admin/input.js';
import { formatDraftAsDigest } from '../../../domain/digest.js';
import { AdminError } from '../../../db/repositories/admin.js';
import type { BotContext } from '../../context.js';
import { type Pending, addPending, decodeAdminCallback, encodeAdminCallback, replyLong, requireRole, takePending, removeButtons } from './common.js';

export async function eventPreviewText(ctx: BotContext, event: EventInput, frameworkId: string | null = null): Promise<string> {
  const catalog = await ctx.services.facts.catalog();
  const draft = { ...event, frameworkId };
  const today = ctx.services.now().toISOString().slice(0, 10);
  const en = formatDraftAsDigest(catalog, draft, ctx.services.i18n.translator('en'), today).join('\n');
  const uk = formatDraftAsDigest(catalog, draft, ctx.services.i18n.translator('uk'), today).join('\n');
  return [ctx.t('admin-preview-title'), '', '🇬🇧 <b>English</b>', en, '', '🇺🇦 <b>Українська</b>', uk].join('\n');
}

/** Shows a preview with the decision buttons; the change is applied only on Publish. */
export async function offerPreview(
  ctx: BotContext,
  text: string,
  pending: Omit<Pending, 'userId' | 'chatId' | 'expires'>,
  opts: { publishLabel?: string } = {},
): Promise<void> {
  const id = addPending({ ...pending, userId: ctx.from!.id, chatId: ctx.chat!.id });
  const buttons = [Markup.button.callback(ctx.t(opts.publishLabel ?? 'admin-btn-publish'), encodeAdminCallback('pub', id))];
  if (pending.urgentAllowed) buttons.push(Markup.button.callback(ctx.t('admin-btn-urgent'), encodeAdminCallback('urg', id)));
  buttons.push(Markup.button.callback(ctx.t('admin-btn-cancel'), encodeAdminCallback('no', id)));
  await replyLong(ctx, text, Markup.inlineKeyboard(buttons, { columns: 2 }));
}

/** After publishing urgent events: hand them to the broadcaster (instant subscribers, now). */
export async function sendUrgent(ctx: BotContext, eventId: number): Promise<string> {
  const { recipients } = await ctx.services.broadcast.publishUrgent([eventId]);
  return ctx.t('admin-urgent-sent', { count: recipients });
}

export function adminErrorText(ctx: BotContext, err: unknown): string | undefined {
  return err instanceof AdminError ? ctx.t(`admin-error-${err.code}`) : undefined;
}

export const previewFeature = new Composer<BotContext>();

previewFeature.action(/^adm:(pub|urg|no):/, async (ctx, next) => {
  const decoded = decodeAdminCallback(ctx.match.input);
  if (!decoded) return next();
  if (!(await requireRole(ctx, 'editor'))) return;
  const p = takePending(decoded.id, ctx.from.id);
  if (p === 'not-yours') return ctx.answerCbQuery(ctx.t('admin-not-your-preview'), { show_alert: true });
  if (!p) {
    await ctx.answerCbQuery(ctx.t('admin-preview-expired'), { show_alert: true });
    return removeButtons(ctx);
  }
  await ctx.answerCbQuery();
  await removeButtons(ctx);
  if (decoded.action === 'no') return ctx.replyWithHTML(ctx.t('admin-cancelled'));
  try {
    const reply = await p.apply(ctx, { urgent: decoded.action === 'urg' });
    await replyLong(ctx, reply);
  } catch (err) {
    const text = adminErrorText(ctx, err);
    if (!text) throw err;
    await ctx.replyWithHTML(text);
  }
});
