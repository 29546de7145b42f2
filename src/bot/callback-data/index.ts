/**
 * One callback-data codec per feature (see codec.ts for the rules). Every codec is listed in
 * CODECS so that one test checks each one's longest payload against Telegram's 64 bytes and that
 * no two share a prefix.
 */
import type { MiddlewareFn, NarrowedContext } from 'telegraf';
import type { CallbackQuery, Update } from 'telegraf/types';
import type { BotContext } from '../context.js';
import { adminCodec } from './admin.js';
import type { Codec } from './codec.js';
import { countryCodec } from './country.js';
import { languageCodec } from './language.js';
import { pageCodec } from './page.js';
import { pillarCodec } from './pillar.js';
import { settingsCodec } from './settings.js';

export { CALLBACK_DATA_LIMIT, type Codec, defineCodec } from './codec.js';
export { adminCodec, countryCodec, languageCodec, pageCodec, pillarCodec, settingsCodec };

export const CODECS: readonly Codec<unknown>[] = [adminCodec, countryCodec, languageCodec, pageCodec, pillarCodec, settingsCodec];

export type ButtonContext = NarrowedContext<BotContext, Update.CallbackQueryUpdate<CallbackQuery>>;

/**
 * A handler for one codec's buttons. Data the codec does not decode — and anything the handler
 * finds stale, by calling `next()` — goes on to `unhandled.ts`, which answers it politely.
 */
export function onButton<T>(codec: Codec<T>, handler: (ctx: ButtonContext, value: T, next: () => Promise<void>) => Promise<unknown>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    if (!query || !('data' in query) || !codec.pattern.test(query.data)) return next();
    const value = codec.decode(query.data);
    if (value === null) return next();
    await handler(ctx as ButtonContext, value, next);
  };
}
