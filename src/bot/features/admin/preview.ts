/**
 * Propose, preview, decide. A feature hands a change to `propose`; the facts service checks it and
 * keeps it; the admin sees exactly what subscribers will see, in both languages (the digest that
 * would carry the event, from the digest's own formatter), then Publish, Publish urgently or Cancel.
 * The decision goes back to the service; this file only formats.
 */
import { Composer, Markup } from 'telegraf';
import type { FactChange } from '../../../domain/admin/changes.js';
import type { ImportReport } from '../../../domain/admin/import-plan.js';
import { formatDraftAsDigest } from '../../../domain/digest.js';
import { esc } from '../../../domain/html.js';
import type { Decision, Outcome, Preview } from '../../../services/facts.js';
import type { BotContext } from '../../context.js';
import { decodeAdminCallback, encodeAdminCallback } from '../../callback-data/admin.js';
import { requireRole } from './guard.js';
import { removeButtons, replyLong } from './replies.js';

async function previewText(ctx: BotContext, p: Preview): Promise<string> {
  switch (p.kind) {
    case 'event': {
      const catalog = await ctx.services.facts.catalog();
      const draft = { ...p.event, frameworkId: p.frameworkId };
      const today = ctx.services.now().toISOString().slice(0, 10);
      const en = formatDraftAsDigest(catalog, draft, ctx.services.i18n.translator('en'), today).join('\n');
      const uk = formatDraftAsDigest(catalog, draft, ctx.services.i18n.translator('uk'), today).join('\n');
      return [ctx.t('admin-preview-title'), '', '🇬🇧 <b>English</b>', en, '', '🇺🇦 <b>Українська</b>', uk].join('\n');
    }
    case 'partner':
      return ctx.t(p.exists ? 'admin-partner-preview-edit' : 'admin-partner-preview-new', {
        code: p.partner.code,
        kind: ctx.t(`admin-partner-kind-${p.partner.kind}`),
        nameEn: esc(p.partner.nameEn),
        nameUk: esc(p.partner.nameUk),
        aliasesEn: esc(p.partner.aliasesEn.join('; ') || '—'),
        aliasesUk: esc(p.partner.aliasesUk.join('; ') || '—'),
      });
    case 'import':
      return importReportText(ctx, p.report, false);
    case 'announce':
      // Announcements are plain text: everything is escaped, so no admin can break the formatting.
      return [
        ctx.t('admin-announce-preview', { count: p.recipients }),
        '',
        '🇬🇧 <b>English</b>',
        esc(p.text.en),
        '',
        '🇺🇦 <b>Українська</b>',
        esc(p.text.uk),
      ].join('\n');
  }
}

export function importReportText(ctx: BotContext, r: ImportReport, applied: boolean): string {
  const lines = [ctx.t(applied ? 'admin-import-applied' : 'admin-import-dry-run')];
  for (const [k, n] of Object.entries(r.added)) if (n) lines.push(`• ${ctx.t('admin-import-added', { what: ctx.t(`admin-import-${k}`), count: n })}`);
  for (const [k, n] of Object.entries(r.changed)) if (n) lines.push(`• ${ctx.t('admin-import-changed', { what: ctx.t(`admin-import-${k}`), count: n })}`);
  if (r.unchanged) lines.push(`• ${ctx.t('admin-import-unchanged', { count: r.unchanged })}`);
  const total = Object.values(r.added).reduce((a, b) => a + b, 0) + Object.values(r.changed).reduce((a, b) => a + b, 0);
  if (!total) lines.push(ctx.t('admin-import-nothing'));
  return lines.join('\n');
}

const PUBLISH_LABEL: Record<Preview['kind'], string> = {
  event: 'admin-btn-publish',
  partner: 'admin-btn-publish',
  import: 'admin-btn-apply',
  announce: 'admin-btn-send',
};

/** Proposes a change to the facts service and shows its preview with the decision buttons. */
export async function propose(ctx: BotContext, change: FactChange): Promise<void> {
  const r = await ctx.services.facts.propose(change, BigInt(ctx.from!.id));
  if (!r.ok) return void (await ctx.replyWithHTML(ctx.t(`admin-error-${r.error}`)));
  const buttons = [Markup.button.callback(ctx.t(PUBLISH_LABEL[r.preview.kind]), encodeAdminCallback('pub', r.id))];
  if (r.urgentAllowed) buttons.push(Markup.button.callback(ctx.t('admin-btn-urgent'), encodeAdminCallback('urg', r.id)));
  buttons.push(Markup.button.callback(ctx.t('admin-btn-cancel'), encodeAdminCallback('no', r.id)));
  await replyLong(ctx, await previewText(ctx, r.preview), Markup.inlineKeyboard(buttons, { columns: 2 }));
}

function outcomeText(ctx: BotContext, o: Outcome): string {
  switch (o.kind) {
    case 'published': {
      const lines = [ctx.t('admin-published', { id: String(o.eventId) })];
      if (o.urgentRecipients !== null) lines.push(ctx.t('admin-urgent-sent', { count: o.urgentRecipients }));
      return lines.join('\n');
    }
    case 'updated':
      return ctx.t('admin-updated', { id: String(o.eventId) });
    case 'partner':
      return ctx.t(o.result === 'created' ? 'admin-partner-created' : 'admin-partner-updated', { code: o.code });
    case 'imported':
      return importReportText(ctx, o.report, true);
    case 'announced':
      return ctx.t('admin-announce-sent', { count: o.recipients });
  }
}

const DECISIONS: Record<'pub' | 'urg' | 'no', Decision> = { pub: 'publish', urg: 'urgent', no: 'cancel' };

export const previewFeature = new Composer<BotContext>();

previewFeature.action(/^adm:(pub|urg|no):/, async (ctx, next) => {
  const decoded = decodeAdminCallback(ctx.match.input);
  if (!decoded || !(decoded.action in DECISIONS)) return next();
  if (!(await requireRole(ctx, 'editor'))) return;
  const r = await ctx.services.facts.decide(decoded.id, BigInt(ctx.from.id), DECISIONS[decoded.action as keyof typeof DECISIONS]);
  if (r.status === 'not-yours') return ctx.answerCbQuery(ctx.t('admin-not-your-preview'), { show_alert: true });
  if (r.status === 'expired') {
    await ctx.answerCbQuery(ctx.t('admin-preview-expired'), { show_alert: true });
    return removeButtons(ctx);
  }
  await ctx.answerCbQuery();
  await removeButtons(ctx);
  if (r.status === 'cancelled') return ctx.replyWithHTML(ctx.t('admin-cancelled'));
  if (r.status === 'error') return ctx.replyWithHTML(ctx.t(`admin-error-${r.error}`));
  await replyLong(ctx, outcomeText(ctx, r.outcome));
});
