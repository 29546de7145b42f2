/**
 * One-line commands that record facts: /addevent, /editevent, /addpartner, /join, /addagreement,
 * /addpledge, /delete, /restore. Each validates (errors name the field, the expectation and an
 * example; nothing is saved), then previews, then applies on Publish with its audit entry.
 */
import { Composer } from 'telegraf';
import {
  type EventInput,
  parseAddAgreement,
  parseAddEvent,
  parseAddPartner,
  parseAddPledge,
  parseEditEvent,
  parseEntityRef,
  parseJoin,
  parseExtend,
  parseRatify,
} from '../../../domain/admin/input.js';
import { esc } from '../../../domain/html.js';
import type { BotContext } from '../../context.js';
import { commandArgs, formatErrors, replyLong, requireRole } from './common.js';
import { adminErrorText, eventPreviewText, offerPreview, sendUrgent } from './preview.js';

export const factsFeature = new Composer<BotContext>();

type Handler = (ctx: BotContext, args: string) => Promise<unknown>;
/** The one-line handlers by command, also used by the guided dialogs once all answers are in. */
export const oneLineHandlers: Record<string, Handler> = {};

function oneLine(command: string, handler: Handler): void {
  oneLineHandlers[command] = handler;
  factsFeature.command(command, async (ctx) => {
    if (!(await requireRole(ctx, 'editor'))) return;
    const args = commandArgs(ctx);
    if (!args.trim()) return usage(ctx, command);
    return handler(ctx, args);
  });
}

/** Usage for a command sent without arguments. */
async function usage(ctx: BotContext, command: string): Promise<void> {
  await replyLong(ctx, ctx.t(`admin-usage-${command}`));
}

async function published(ctx: BotContext, id: number, urgent: boolean): Promise<string> {
  const lines = [ctx.t('admin-published', { id: String(id) })];
  if (urgent) lines.push(await sendUrgent(ctx, id));
  return lines.join('\n');
}

/** The event offered for preview; apply() saves and publishes it. */
export async function previewEvent(ctx: BotContext, event: EventInput): Promise<void> {
  await offerPreview(ctx, await eventPreviewText(ctx, event), {
    urgentAllowed: true,
    apply: async (c, { urgent }) => {
      const id = await c.services.repos.admin.createEvent(event, BigInt(c.from!.id), { urgent, publish: true });
      return published(c, id, urgent);
    },
  });
}

oneLine('addevent', async (ctx, args) => {
  const r = parseAddEvent(await ctx.services.facts.catalog(), args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  await previewEvent(ctx, r.value);
});

oneLine('editevent', async (ctx, args) => {
  const idText = /^\s*(\d{1,9})\s*\|/.exec(args)?.[1];
  const current = idText ? await ctx.services.repos.admin.getEvent(Number(idText)) : undefined;
  const r = parseEditEvent(await ctx.services.facts.catalog(), args, () => current);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const { id, input } = r.value;
  await offerPreview(ctx, await eventPreviewText(ctx, input), {
    urgentAllowed: false,
    apply: async (c) => {
      await c.services.repos.admin.updateEvent(id, input, BigInt(c.from!.id));
      return c.t('admin-updated', { id: String(id) });
    },
  });
});

oneLine('addpartner', async (ctx, args) => {
  const r = parseAddPartner(args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const p = r.value;
  const catalog = await ctx.services.facts.catalog();
  const exists = !!catalog.partner(p.code);
  const text = ctx.t(exists ? 'admin-partner-preview-edit' : 'admin-partner-preview-new', {
    code: p.code,
    kind: ctx.t(`admin-partner-kind-${p.kind}`),
    nameEn: esc(p.nameEn),
    nameUk: esc(p.nameUk),
    aliasesEn: esc(p.aliasesEn.join('; ') || '—'),
    aliasesUk: esc(p.aliasesUk.join('; ') || '—'),
  });
  await offerPreview(ctx, text, {
    urgentAllowed: false,
    apply: async (c) => {
      const result = await c.services.repos.admin.upsertPartner(p, BigInt(c.from!.id));
      return c.t(result === 'created' ? 'admin-partner-created' : 'admin-partner-updated', { code: p.code });
    },
  });
});

oneLine('join', async (ctx, args) => {
  const catalog = await ctx.services.facts.catalog();
  const r = parseJoin(catalog, args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const j = r.value;
  if (catalog.membershipsOf(j.partner).some((m) => m.frameworkId === j.framework)) return ctx.replyWithHTML(ctx.t('admin-error-exists'));
  const partner = catalog.partner(j.partner)!;
  const framework = catalog.framework(j.framework)!;
  const en = ctx.services.i18n.translator('en').t;
  const uk = ctx.services.i18n.translator('uk').t;
  const event: EventInput = {
    occurredOn: j.joinedOn,
    kind: 'joined',
    partners: [j.partner],
    titleEn: en('admin-auto-join', { partner: partner.nameEn, framework: framework.nameEn }),
    titleUk: uk('admin-auto-join', { partner: partner.nameUk, framework: framework.nameUk }),
    bodyEn: null,
    bodyUk: null,
    sourceUrl: j.sourceUrl,
  };
  await offerPreview(ctx, await eventPreviewText(ctx, event, j.framework), {
    urgentAllowed: true,
    apply: async (c, { urgent }) => published(c, await c.services.repos.admin.recordJoin(j, event, BigInt(c.from!.id), { urgent }), urgent),
  });
});

oneLine('addagreement', async (ctx, args) => {
  const catalog = await ctx.services.facts.catalog();
  const r = parseAddAgreement(catalog, args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const a = r.value;
  if (catalog.agreementsOf(a.partner).some((x) => x.signedOn === a.signedOn)) return ctx.replyWithHTML(ctx.t('admin-error-exists'));
  const partner = catalog.partner(a.partner)!;
  const tEn = ctx.services.i18n.translator('en');
  const tUk = ctx.services.i18n.translator('uk');
  const pillars = (lang: 'en' | 'uk') => a.pillars.map((id) => (lang === 'en' ? catalog.pillar(id)?.nameEn : catalog.pillar(id)?.nameUk) ?? id).join(', ') || '—';
  const years = (t: typeof tEn) => (a.durationYears ? t.t('admin-auto-years', { years: a.durationYears }) : '—');
  const event: EventInput = {
    occurredOn: a.signedOn,
    kind: 'agreement',
    partners: [a.partner],
    titleEn: a.titleEn ?? tEn.t('admin-auto-agreement', { partner: partner.nameEn }),
    titleUk: a.titleUk ?? tUk.t('admin-auto-agreement', { partner: partner.nameUk }),
    bodyEn: tEn.t('admin-auto-agreement-body', { place: a.placeEn, signedBy: a.signedByEn, duration: years(tEn), pillars: pillars('en') }),
    bodyUk: tUk.t('admin-auto-agreement-body', { place: a.placeUk, signedBy: a.signedByUk, duration: years(tUk), pillars: pillars('uk') }),
    sourceUrl: a.sourceUrl,
  };
  await offerPreview(ctx, await eventPreviewText(ctx, event), {
    urgentAllowed: true,
    apply: async (c, { urgent }) => published(c, await c.services.repos.admin.recordAgreement(a, event, BigInt(c.from!.id), { urgent }), urgent),
  });
});

oneLine('ratify', async (ctx, args) => {
  const catalog = await ctx.services.facts.catalog();
  const r = parseRatify(catalog, args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const v = r.value;
  if (!catalog.agreementsOf(v.partner).length) return ctx.replyWithHTML(ctx.t('admin-error-no-agreement'));
  const partner = catalog.partner(v.partner)!;
  const en = ctx.services.i18n.translator('en').t;
  const uk = ctx.services.i18n.translator('uk').t;
  const event: EventInput = {
    occurredOn: v.date,
    kind: 'ratification',
    partners: [v.partner],
    titleEn: en(`admin-auto-${v.status}`, { partner: partner.nameEn }),
    titleUk: uk(`admin-auto-${v.status}`, { partner: partner.nameUk }),
    bodyEn: null,
    bodyUk: null,
    sourceUrl: v.sourceUrl,
  };
  await offerPreview(ctx, await eventPreviewText(ctx, event), {
    urgentAllowed: true,
    apply: async (c, { urgent }) => published(c, await c.services.repos.admin.recordRatification(v, event, BigInt(c.from!.id), { urgent }), urgent),
  });
});

oneLine('extend', async (ctx, args) => {
  const catalog = await ctx.services.facts.catalog();
  const r = parseExtend(catalog, args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const v = r.value;
  if (!catalog.agreementsOf(v.partner).length) return ctx.replyWithHTML(ctx.t('admin-error-no-agreement'));
  const partner = catalog.partner(v.partner)!;
  const en = ctx.services.i18n.translator('en');
  const uk = ctx.services.i18n.translator('uk');
  const event: EventInput = {
    occurredOn: v.date,
    kind: 'renewal',
    partners: [v.partner],
    titleEn: en.t('admin-auto-extended', { partner: partner.nameEn, until: en.date(v.until) }),
    titleUk: uk.t('admin-auto-extended', { partner: partner.nameUk, until: uk.date(v.until) }),
    bodyEn: null,
    bodyUk: null,
    sourceUrl: v.sourceUrl,
  };
  await offerPreview(ctx, await eventPreviewText(ctx, event), {
    urgentAllowed: true,
    apply: async (c, { urgent }) => published(c, await c.services.repos.admin.recordExtension(v, event, BigInt(c.from!.id), { urgent }), urgent),
  });
});

oneLine('addpledge', async (ctx, args) => {
  const catalog = await ctx.services.facts.catalog();
  const r = parseAddPledge(catalog, args);
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  const p = r.value;
  // Pledges hang off an agreement (that is how answers and exports show them).
  if (!catalog.agreementsOf(p.partner).length) return ctx.replyWithHTML(ctx.t('admin-error-no-agreement'));
  const partner = catalog.partner(p.partner)!;
  const tEn = ctx.services.i18n.translator('en');
  const tUk = ctx.services.i18n.translator('uk');
  const today = ctx.services.now().toISOString().slice(0, 10);
  const money = (t: typeof tEn) => (p.amount !== null && p.currency ? t.money(p.amount, p.currency) : '');
  const event: EventInput = {
    // The pledge's own date when given (digests say when it was made), else today.
    occurredOn: p.date ?? today,
    kind: 'pledge',
    partners: [p.partner],
    titleEn: tEn.t('admin-auto-pledge', { partner: partner.nameEn, amount: money(tEn) }).replace(/\s+:/, ':').replace(/:\s*$/, ''),
    titleUk: tUk.t('admin-auto-pledge', { partner: partner.nameUk, amount: money(tUk) }).replace(/\s+:/, ':').replace(/:\s*$/, ''),
    bodyEn: p.textEn,
    bodyUk: p.textUk,
    sourceUrl: p.sourceUrl,
  };
  await offerPreview(ctx, await eventPreviewText(ctx, event), {
    urgentAllowed: true,
    apply: async (c, { urgent }) => published(c, await c.services.repos.admin.recordPledge(p, event, BigInt(c.from!.id), { urgent }), urgent),
  });
});

for (const verb of ['delete', 'restore'] as const) {
  factsFeature.command(verb, async (ctx) => {
    if (!(await requireRole(ctx, 'editor'))) return;
    const args = commandArgs(ctx);
    if (!args.trim()) return usage(ctx, verb);
    const r = parseEntityRef(args);
    if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
    const { entity, id } = r.value;
    const admin = ctx.services.repos.admin;
    try {
      const done = verb === 'delete' ? await admin.softDelete(entity, id, BigInt(ctx.from.id)) : await admin.restore(entity, id, BigInt(ctx.from.id));
      await ctx.replyWithHTML(ctx.t(done ? `admin-${verb}d` : `admin-${verb}-none`, { entity, id }));
    } catch (err) {
      const text = adminErrorText(ctx, err);
      if (!text) throw err;
      await ctx.replyWithHTML(text);
    }
  });
}
