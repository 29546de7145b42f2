/**
 * The guided dialogs' wiring: the session (per chat and user, in a store the bot instance owns), the
 * stage with one scene per form (forms.ts — /newevent is the event form), /new to choose a dialog,
 * /newevent straight into the event dialog, and /cancel outside a dialog.
 */
import { Composer, Markup, type MiddlewareFn, Scenes, session } from 'telegraf';
import { adminCodec } from '../../callback-data/admin.js';
import type { BotContext } from '../../context.js';
import { requireRole } from './guard.js';
import { removeButtons } from './replies.js';
import { type DialogCtx, FORMS, formScene } from './forms.js';

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
export type DialogStore = ReturnType<typeof dialogStore>;

const formOf = (name: string) => FORMS.find((f) => f.name === name);

/**
 * The dialogs of one bot: its own session store (created with the bot, or passed in by a test),
 * the stage and the commands that open dialogs. Installed as ordinary BotContext middleware.
 */
export function createDialogs(store: DialogStore = dialogStore()): MiddlewareFn<BotContext> {
  const stage = new Scenes.Stage<DialogCtx>(FORMS.map(formScene), { ttl: 60 * 60 });
  const dialogs = new Composer<DialogCtx>();
  dialogs.use(session({ store }));
  dialogs.use(stage.middleware());
  dialogs.command('newevent', async (ctx) => {
    if (!(await requireRole(ctx, 'editor'))) return;
    await ctx.scene.enter(formOf('event')!.id);
  });
  dialogs.command('new', async (ctx) => {
    if (!(await requireRole(ctx, 'editor'))) return;
    const buttons = FORMS.map((f) => Markup.button.callback(ctx.t(`admin-new-${f.name}`), adminCodec.encode({ verb: 'new', dialog: f.name })));
    await ctx.reply(ctx.t('admin-new-choose'), Markup.inlineKeyboard(buttons, { columns: 2 }));
  });
  dialogs.command('cancel', async (ctx) => {
    await ctx.replyWithHTML(ctx.t('admin-wizard-nothing'));
  });
  dialogs.action(adminCodec.pattern, async (ctx, next) => {
    const pressed = adminCodec.decode('data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
    // Outside a dialog its buttons (cancel, skip, a choice) are stale: unhandled.ts answers them.
    if (pressed?.verb !== 'new') return next();
    if (!(await requireRole(ctx, 'editor'))) return;
    await ctx.answerCbQuery();
    await removeButtons(ctx);
    await ctx.scene.enter(formOf(pressed.dialog)!.id);
  });
  const middleware = dialogs.middleware();
  // The session middleware adds `session` and `scene` to the context: DialogCtx is BotContext with them.
  return (ctx, next) => middleware(ctx as DialogCtx, next);
}
