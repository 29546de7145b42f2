/**
 * /export (anyone): the whole dataset as guarantor-data.json (the bundled-dataset shape, so it can be
 * imported again) and guarantor-data.csv (one row per fact). Import (admins): send a .json or .csv
 * file; the bot validates every item, answers with a dry-run report (errors with their lines) and
 * applies it in one transaction only when the admin presses Apply.
 */
import { Composer, Markup } from 'telegraf';
import { buildExport, buildExportCsv, parseImportCsv, parseImportJson } from '../../../domain/admin/exchange.js';
import type { ImportReport } from '../../../db/repositories/admin.js';
import type { BotContext } from '../../context.js';
import { addPending, encodeAdminCallback, formatErrors, replyLong, requireRole, roleOf } from './common.js';

export const exchangeFeature = new Composer<BotContext>();

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

exchangeFeature.command('export', async (ctx) => {
  const catalog = await ctx.services.facts.catalog();
  const today = ctx.services.now().toISOString().slice(0, 10);
  const data = buildExport(catalog, today);
  await ctx.replyWithDocument(
    { source: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8'), filename: 'guarantor-data.json' },
    { caption: ctx.t('export-caption-json', { date: ctx.tr.date(data.dataAsOf) }), parse_mode: 'HTML' },
  );
  await ctx.replyWithDocument(
    { source: Buffer.from(`\uFEFF${buildExportCsv(catalog)}`, 'utf8'), filename: 'guarantor-data.csv' },
    { caption: ctx.t('export-caption-csv'), parse_mode: 'HTML' },
  );
});

exchangeFeature.command('import', async (ctx) => {
  if (!(await requireRole(ctx, 'editor'))) return;
  await replyLong(ctx, ctx.t('admin-usage-import'));
});

function reportText(ctx: BotContext, r: ImportReport, applied: boolean): string {
  const lines = [ctx.t(applied ? 'admin-import-applied' : 'admin-import-dry-run')];
  for (const [k, n] of Object.entries(r.added)) if (n) lines.push(`• ${ctx.t('admin-import-added', { what: ctx.t(`admin-import-${k}`), count: n })}`);
  for (const [k, n] of Object.entries(r.changed)) if (n) lines.push(`• ${ctx.t('admin-import-changed', { what: ctx.t(`admin-import-${k}`), count: n })}`);
  if (r.unchanged) lines.push(`• ${ctx.t('admin-import-unchanged', { count: r.unchanged })}`);
  const total = Object.values(r.added).reduce((a, b) => a + b, 0) + Object.values(r.changed).reduce((a, b) => a + b, 0);
  if (!total) lines.push(ctx.t('admin-import-nothing'));
  return lines.join('\n');
}

exchangeFeature.on('document', async (ctx, next) => {
  const doc = ctx.message.document;
  const name = (doc.file_name ?? '').toLowerCase();
  const kind = name.endsWith('.json') || doc.mime_type === 'application/json' ? 'json' : name.endsWith('.csv') || doc.mime_type === 'text/csv' ? 'csv' : undefined;
  if (!kind || ctx.chat.type !== 'private') return next();
  // A file from anyone else is not an import attempt (they sent no command): the unhandled path answers.
  if (!(await roleOf(ctx))) return next();
  if ((doc.file_size ?? 0) > MAX_IMPORT_BYTES) return ctx.replyWithHTML(ctx.t('admin-import-too-big', { max: '2 MB' }));
  let text: string;
  try {
    const url = await ctx.telegram.getFileLink(doc.file_id);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = (await res.text()).replace(/^\uFEFF/, '');
  } catch (err) {
    ctx.log.warn({ err }, 'could not download the import file');
    return ctx.replyWithHTML(ctx.t('admin-import-download-failed'));
  }
  const catalog = await ctx.services.facts.catalog();
  const parsed = kind === 'json' ? parseImportJson(text, catalog) : parseImportCsv(text, catalog);
  if (!parsed.ok) return replyLong(ctx, formatErrors(ctx, parsed.errors, 40));
  const actor = BigInt(ctx.from.id);
  const dry = await ctx.services.repos.admin.applyImport(parsed.data, actor, { dryRun: true });
  const id = addPending({
    userId: ctx.from.id,
    chatId: ctx.chat.id,
    urgentAllowed: false,
    apply: async (c) => reportText(c, await c.services.repos.admin.applyImport(parsed.data, actor, { dryRun: false }), true),
  });
  await replyLong(
    ctx,
    reportText(ctx, dry, false),
    Markup.inlineKeyboard([
      Markup.button.callback(ctx.t('admin-btn-apply'), encodeAdminCallback('pub', id)),
      Markup.button.callback(ctx.t('admin-btn-cancel'), encodeAdminCallback('no', id)),
    ]),
  );
});
