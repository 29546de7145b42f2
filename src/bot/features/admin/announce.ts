/**
 * /announce EN text | UK text (owners): a preview in both languages with the number of recipients,
 * then Send or Cancel. Sending goes through the broadcaster (the outbox), like digests.
 */
import { Composer } from 'telegraf';
import { splitFields } from '../../../domain/admin/input.js';
import type { BotContext } from '../../context.js';
import { requireRole } from './guard.js';
import { propose } from './preview.js';
import { commandArgs, formatErrors, replyLong } from './replies.js';

export const announceFeature = new Composer<BotContext>();

export const ANNOUNCEMENT_MAX = 3500;

announceFeature.command('announce', async (ctx) => {
  if (!(await requireRole(ctx, 'owner'))) return;
  const args = commandArgs(ctx);
  if (!args.trim()) return replyLong(ctx, ctx.t('admin-usage-announce'));
  const [en = '', uk = '', ...rest] = splitFields(args);
  const errors = [
    ...(en ? [] : [{ field: 'textEn', code: 'required' as const }]),
    ...(uk ? [] : [{ field: 'textUk', code: 'required' as const }]),
    ...(en.length > ANNOUNCEMENT_MAX ? [{ field: 'textEn', code: 'too-long' as const, max: ANNOUNCEMENT_MAX }] : []),
    ...(uk.length > ANNOUNCEMENT_MAX ? [{ field: 'textUk', code: 'too-long' as const, max: ANNOUNCEMENT_MAX }] : []),
    ...(rest.length ? [{ field: 'line', code: 'parts' as const, value: 'English | Українська', max: 2 }] : []),
  ];
  if (errors.length) return replyLong(ctx, formatErrors(ctx, errors));
  await propose(ctx, { kind: 'announce', text: { en, uk } });
});
