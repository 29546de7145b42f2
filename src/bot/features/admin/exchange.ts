/**
 * /export (anyone): the whole dataset as guarantor-data.json (the bundled-dataset shape, so it can be
 * imported again) and guarantor-data.csv (one row per fact). Import (admins): send a .json or .csv
 * file; the bot validates every item, answers with a dry-run report (errors with their lines) and
 * applies it in one transaction only when the admin presses Apply.
 */
import { Composer } from 'telegraf';
import { buildExportCsv, parseImportCsv, parseImportJson } from '../../../domain/admin/exchange.js';
import type { BotContext } from '../../context.js';
import { requireRole, roleOf } from './guard.js';
import { propose } from './preview.js';
import { formatErrors, replyLong } from './replies.js';

export const exchangeFeature = new Composer<BotContext>();

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

exchangeFeature.command('export', async (ctx) => {
  const { data, catalog } = await ctx.services.facts.exportData();
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

exchangeFeature.on('document', async (ctx, next) => {
  const doc = ctx.message.document;
  const name = (doc.file_name ?? '').toLowerCase();
  const kind =
    name.endsWith('.json') || doc.mime_type === 'application/json' ? 'json' : name.endsWith('.csv') || doc.mime_type === 'text/csv' ? 'csv' : undefined;
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
  // The dry run: what applying would add and change, with Apply and Cancel.
  await propose(ctx, { kind: 'import', data: parsed.data });
});
