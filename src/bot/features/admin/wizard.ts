/**
 * /newevent — the guided dialog (Telegraf WizardScene): one question per step, inline buttons for
 * the kind and for skipping optional fields, Cancel on every step (button or /cancel). Each answer is
 * validated on the spot with the same schema as the one-line command; the last step shows the same
 * preview as /addevent. Sessions are in memory, keyed per chat and user (Telegraf's default key).
 */
import { Composer, Markup, Scenes, session } from 'telegraf';
import type { Middleware } from 'telegraf';
import { EVENT_KINDS } from '../../../domain/dataset.js';
import { type EventInput, validateEventField, validateEvent } from '../../../domain/admin/input.js';
import type { BotContext } from '../../context.js';
import { requireRole } from './guard.js';
import { propose } from './preview.js';
import { formatErrors, removeButtons, replyLong } from './replies.js';
import { FORMS, formScenes } from './forms.js';

type WizardCtx = BotContext & {
  session: Scenes.WizardSession;
  scene: Scenes.SceneContextScene<WizardCtx, Scenes.WizardSessionData>;
  wizard: Scenes.WizardContextWizard<WizardCtx>;
};

type Draft = Partial<EventInput>;
const draftOf = (ctx: WizardCtx) => ctx.wizard.state as Draft;

const CANCEL = 'adm:wc';
const SKIP = 'adm:ws';
const KIND = /^adm:wk:([a-z]+)$/;

const cancelRow = (ctx: BotContext) => [Markup.button.callback(ctx.t('admin-btn-cancel'), CANCEL)];

async function ask(ctx: WizardCtx, key: string, opts: { skip?: boolean; kinds?: boolean } = {}): Promise<void> {
  const rows = [];
  if (opts.kinds) {
    const kinds = EVENT_KINDS.map((k) => Markup.button.callback(ctx.t(`event-kind-${k}`), `adm:wk:${k}`));
    for (let i = 0; i < kinds.length; i += 2) rows.push(kinds.slice(i, i + 2));
  }
  if (opts.skip) rows.push([Markup.button.callback(ctx.t('admin-btn-skip'), SKIP)]);
  rows.push(cancelRow(ctx));
  await ctx.replyWithHTML(ctx.t(key), Markup.inlineKeyboard(rows));
}

/** The answer to the current question: text, a kind button, or Skip (''); undefined for anything else. */
async function answer(ctx: WizardCtx): Promise<string | undefined> {
  if (ctx.callbackQuery && 'data' in ctx.callbackQuery) {
    const data = ctx.callbackQuery.data;
    await ctx.answerCbQuery();
    if (data === SKIP) return '';
    const kind = KIND.exec(data)?.[1];
    if (kind) return kind;
    return undefined;
  }
  if (ctx.message && 'text' in ctx.message) {
    if (ctx.message.text.startsWith('/')) {
      await ctx.replyWithHTML(ctx.t('admin-wizard-busy'));
      return undefined;
    }
    return ctx.message.text;
  }
  if (ctx.message) await ctx.replyWithHTML(ctx.t('admin-wizard-text-please'));
  return undefined;
}

/** A step that validates `field`, stores it, and asks the next question (or finishes). */
function step(field: keyof EventInput, then: (ctx: WizardCtx) => Promise<void>, opts: { optional?: boolean } = {}): Middleware<WizardCtx> {
  return async (ctx) => {
    const value = await answer(ctx);
    if (value === undefined) return;
    if (value === '' && !opts.optional) return ask(ctx, 'admin-wizard-required');
    const catalog = await ctx.services.facts.catalog();
    const r = validateEventField(catalog, field, value);
    if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors).replace(/\n[^\n]*$/, `\n${ctx.t('admin-wizard-try-again')}`));
    (draftOf(ctx) as Record<string, unknown>)[field] = r.value;
    await then(ctx);
  };
}

async function finish(ctx: WizardCtx): Promise<void> {
  const d = draftOf(ctx);
  await ctx.scene.leave();
  const catalog = await ctx.services.facts.catalog();
  const r = validateEvent(catalog, {
    occurredOn: d.occurredOn,
    kind: d.kind,
    partners: (d.partners ?? []).join(','),
    titleEn: d.titleEn,
    titleUk: d.titleUk,
    sourceUrl: d.sourceUrl,
    bodyEn: d.bodyEn ?? '',
    bodyUk: d.bodyUk ?? '',
  });
  if (!r.ok) return replyLong(ctx, formatErrors(ctx, r.errors));
  await propose(ctx, { kind: 'event', event: r.value });
}

export const eventWizard = new Scenes.WizardScene<WizardCtx>(
  'admin-new-event',
  step('occurredOn', async (ctx) => {
    await ask(ctx, 'admin-wizard-kind', { kinds: true });
    ctx.wizard.next();
  }),
  step('kind', async (ctx) => {
    await ask(ctx, 'admin-wizard-partners', { skip: true });
    ctx.wizard.next();
  }),
  step(
    'partners',
    async (ctx) => {
      await ask(ctx, 'admin-wizard-title-en');
      ctx.wizard.next();
    },
    { optional: true },
  ),
  step('titleEn', async (ctx) => {
    await ask(ctx, 'admin-wizard-title-uk');
    ctx.wizard.next();
  }),
  step('titleUk', async (ctx) => {
    await ask(ctx, 'admin-wizard-source');
    ctx.wizard.next();
  }),
  step('sourceUrl', async (ctx) => {
    await ask(ctx, 'admin-wizard-body-en', { skip: true });
    ctx.wizard.next();
  }),
  step(
    'bodyEn',
    async (ctx) => {
      if (!draftOf(ctx).bodyEn) return finish(ctx);
      await ask(ctx, 'admin-wizard-body-uk');
      ctx.wizard.next();
    },
    { optional: true },
  ),
  step('bodyUk', finish),
);

eventWizard.enter(async (ctx) => {
  await ask(ctx, 'admin-wizard-date');
});
eventWizard.command('cancel', async (ctx) => {
  await ctx.scene.leave();
  await ctx.replyWithHTML(ctx.t('admin-wizard-cancelled'));
});
eventWizard.action(CANCEL, async (ctx) => {
  await ctx.answerCbQuery();
  await removeButtons(ctx);
  await ctx.scene.leave();
  await ctx.replyWithHTML(ctx.t('admin-wizard-cancelled'));
});

/**
 * Sessions live in memory only while a dialog is open (and at most an hour): an update from someone
 * not in a dialog leaves nothing behind, so memory stays bounded however many people use the bot.
 */
export function dialogStore(ttlMs = 60 * 60_000, now = Date.now) {
  const map = new Map<string, { value: Scenes.WizardSession; expires: number }>();
  return {
    get(key: string): Scenes.WizardSession | undefined {
      const e = map.get(key);
      if (e && e.expires < now()) map.delete(key);
      return e && e.expires >= now() ? e.value : undefined;
    },
    set(key: string, value: Scenes.WizardSession): void {
      if (value.__scenes?.current) map.set(key, { value, expires: now() + ttlMs });
      else map.delete(key);
    },
    delete(key: string): void {
      map.delete(key);
    },
    get size(): number {
      return map.size;
    },
  };
}

const stage = new Scenes.Stage<WizardCtx>([eventWizard, ...(formScenes as unknown as Scenes.WizardScene<WizardCtx>[])], { ttl: 60 * 60 });

/** /new: which dialog? (callback adm:wn:<name>) */
const NEW_CHOICES = [
  ['event', 'admin-new-event', 'admin-new-event'],
  ...FORMS.map((f) => [f.id.replace('admin-form-', ''), `admin-new-${f.id.replace('admin-form-', '')}`, f.id] as const),
] as const;

/** Session (per chat and user) and the stage; /newevent enters the dialog. */
export const wizardFeature = new Composer<WizardCtx>();
wizardFeature.use(session({ store: dialogStore() }));
wizardFeature.use(stage.middleware());
wizardFeature.command('newevent', async (ctx) => {
  if (!(await requireRole(ctx, 'editor'))) return;
  await ctx.scene.enter('admin-new-event');
});
wizardFeature.command('new', async (ctx) => {
  if (!(await requireRole(ctx, 'editor'))) return;
  const buttons = NEW_CHOICES.map(([name, label]) => Markup.button.callback(ctx.t(label), `adm:wn:${name}`));
  await ctx.reply(ctx.t('admin-new-choose'), Markup.inlineKeyboard(buttons, { columns: 2 }));
});
wizardFeature.action(/^adm:wn:([a-z]+)$/, async (ctx) => {
  const choice = NEW_CHOICES.find(([name]) => name === ctx.match[1]);
  if (!choice) return ctx.answerCbQuery(ctx.t('unhandled-button'));
  if (!(await requireRole(ctx, 'editor'))) return;
  await ctx.answerCbQuery();
  await removeButtons(ctx);
  await ctx.scene.enter(choice[0] === 'event' ? 'admin-new-event' : choice[2]);
});
wizardFeature.command('cancel', async (ctx) => {
  await ctx.replyWithHTML(ctx.t('admin-wizard-nothing'));
});
wizardFeature.action(/^adm:w[cksf]/, async (ctx) => {
  await ctx.answerCbQuery(ctx.t('unhandled-button'));
});
