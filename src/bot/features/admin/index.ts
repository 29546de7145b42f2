/**
 * The admin features, in order: per-chat serialization (a dialog's answers are handled one at a
 * time), the guided dialog (session + stage), then the command groups, each in its own file.
 */
import { Composer, type MiddlewareFn } from 'telegraf';
import type { BotContext } from '../../context.js';
import { announceFeature } from './announce.js';
import { auditFeature } from './audit.js';
import { exchangeFeature } from './exchange.js';
import { factsFeature } from './facts.js';
import { previewFeature } from './preview.js';
import { rolesFeature } from './roles.js';
import { type DialogStore, createDialogs } from './wizard.js';

/** Runs the updates of one chat one after another (Telegraf handles a polled batch concurrently). */
export function serializePerChat(): MiddlewareFn<BotContext> {
  const tails = new Map<number, Promise<unknown>>();
  return async (ctx, next) => {
    const id = ctx.chat?.id;
    if (id === undefined) return next();
    const previous = tails.get(id) ?? Promise.resolve();
    const run = previous.then(
      () => next(),
      () => next(),
    );
    const tail = run.catch(() => undefined);
    tails.set(id, tail);
    try {
      return await run;
    } finally {
      if (tails.get(id) === tail) tails.delete(id);
    }
  };
}

/**
 * The admin features of one bot: its per-chat queue and its dialog sessions belong to it (created
 * here, once per createBot), not to the module.
 */
export function createAdminFeature(opts: { dialogs?: DialogStore } = {}): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.use(serializePerChat());
  feature.use(createDialogs(opts.dialogs));
  feature.use(rolesFeature, factsFeature, previewFeature, auditFeature, exchangeFeature, announceFeature);
  return feature;
}

export { roleOf } from './guard.js';
export { setAdminMenu } from './menu.js';
