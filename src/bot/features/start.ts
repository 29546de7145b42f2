import { Composer } from 'telegraf';
import { esc } from '../../domain/html.js';
import type { BotContext } from '../context.js';

/**
 * A deep-link handler: `t.me/bot?start=<prefix>_<arg>` calls handlers[prefix](ctx, arg). It returns
 * false when the argument means nothing (then the user gets the ordinary greeting and a note that the
 * link was not recognised).
 */
export type DeepLinkHandler = (ctx: BotContext, arg: string) => Promise<boolean>;
export type DeepLinks = Record<string, DeepLinkHandler>;

/** /start — greets in the user's language, or opens what a deep link points at. */
export function createStartFeature(deepLinks: DeepLinks): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.start(async (ctx) => {
    const m = /^([a-z]+)_(.+)$/.exec(ctx.payload ?? '');
    // Own keys only: `?start=constructor_x` or `__proto___x` is an unknown link, not Object's property.
    const handler = m && Object.hasOwn(deepLinks, m[1]!) ? deepLinks[m[1]!] : undefined;
    if (handler && (await handler(ctx, m![2]!))) return;
    const name = esc(ctx.from.first_name || ctx.from.username || '');
    const welcome = ctx.t('start-welcome', { name });
    // A link the bot did not make (or one that names something gone): the greeting, and a word about the link.
    const text = ctx.payload ? `${welcome}\n\n${ctx.t('start-unknown-link')}` : welcome;
    await ctx.replyWithHTML(text, { link_preview_options: { is_disabled: true } });
  });
  return feature;
}
