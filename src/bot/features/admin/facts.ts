/**
 * One-line commands that record facts: /addevent, /editevent, /addpartner, /join, /addagreement,
 * /ratify, /extend, /addpledge, /delete, /restore. Each parses (errors name the field, the expectation
 * and an example; nothing is saved) and proposes the change; Publish applies it (preview.ts).
 */
import { Composer } from 'telegraf';
import type { FactChange } from '../../../domain/admin/changes.js';
import {
  type Parsed,
  parseAddAgreement,
  parseAddEvent,
  parseAddPartner,
  parseAddPledge,
  parseEditEvent,
  parseEntityRef,
  parseExtend,
  parseJoin,
  parseRatify,
} from '../../../domain/admin/input.js';
import type { Catalog } from '../../../domain/catalog.js';
import type { BotContext } from '../../context.js';
import { requireRole } from './guard.js';
import { propose } from './preview.js';
import { commandArgs, formatErrors, replyLong } from './replies.js';

export const factsFeature = new Composer<BotContext>();

type Handler = (ctx: BotContext, args: string) => Promise<unknown>;
/** The one-line handlers by command, also used by the guided dialogs once all answers are in. */
export const oneLineHandlers: Record<string, Handler> = {};

function oneLine(command: string, handler: Handler): void {
  oneLineHandlers[command] = handler;
  factsFeature.command(command, async (ctx) => {
    if (!(await requireRole(ctx, 'editor'))) return;
    const args = commandArgs(ctx);
    if (!args.trim()) return replyLong(ctx, ctx.t(`admin-usage-${command}`));
    return handler(ctx, args);
  });
}

/** A command whose arguments parse into one kind of change. */
function recording<T>(command: string, parse: (catalog: Catalog, args: string) => Parsed<T>, change: (value: T) => FactChange): void {
  oneLine(command, async (ctx, args) => {
    const r = parse(await ctx.services.facts.catalog(), args);
    if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
    await propose(ctx, change(r.value));
  });
}

recording('addevent', parseAddEvent, (event) => ({ kind: 'event', event }));
recording(
  'addpartner',
  (_c, args) => parseAddPartner(args),
  (partner) => ({ kind: 'partner', partner }),
);
recording('join', parseJoin, (join) => ({ kind: 'join', join }));
recording('addagreement', parseAddAgreement, (agreement) => ({ kind: 'agreement', agreement }));
recording('ratify', parseRatify, (ratify) => ({ kind: 'ratify', ratify }));
recording('extend', parseExtend, (extend) => ({ kind: 'extend', extend }));
recording('addpledge', parseAddPledge, (pledge) => ({ kind: 'pledge', pledge }));

oneLine('editevent', async (ctx, args) => {
  const idText = /^\s*(\d{1,9})\s*\|/.exec(args)?.[1];
  const current = idText ? await ctx.services.facts.getEvent(Number(idText)) : undefined;
  const r = parseEditEvent(await ctx.services.facts.catalog(), args, () => current);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  await propose(ctx, { kind: 'edit-event', id: r.value.id, event: r.value.input });
});

for (const verb of ['delete', 'restore'] as const) {
  factsFeature.command(verb, async (ctx) => {
    if (!(await requireRole(ctx, 'editor'))) return;
    const args = commandArgs(ctx);
    if (!args.trim()) return replyLong(ctx, ctx.t(`admin-usage-${verb}`));
    const r = parseEntityRef(args);
    if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
    const { entity, id } = r.value;
    const done = await ctx.services.facts.setDeleted(entity, id, BigInt(ctx.from.id), verb === 'delete');
    await ctx.replyWithHTML(ctx.t(done ? `admin-${verb}d` : `admin-${verb}-none`, { entity, id }));
  });
}
