import { Composer, Markup } from 'telegraf';
import type { InlineKeyboardButton, InlineQueryResultCachedPhoto } from 'telegraf/types';
import { MAP_FILTERS, type MapFilter } from '../../pictures/data.js';
import { decodePictureCallback, encodePictureCallback } from '../callback-data/pictures.js';
import type { BotContext } from '../context.js';
import { editToPicture, replyWithPicture } from '../send-picture.js';

/**
 * /map [coalition|compact|military] — the partners map as a photo, with buttons for the other
 * filters; also the `pic:` buttons that draw the /timeline and /stats charts.
 */
export const mapFeature = new Composer<BotContext>();

/** What a user may type after /map, in either language. */
const FILTER_WORDS: Record<string, MapFilter> = {
  '': 'all',
  all: 'all',
  усі: 'all',
  coalition: 'coalition',
  коаліція: 'coalition',
  compact: 'compact',
  компакт: 'compact',
  military: 'military',
  військова: 'military',
};

export function parseMapFilter(text: string): MapFilter | undefined {
  return FILTER_WORDS[text.trim().toLowerCase()];
}

function filterButtons(ctx: BotContext, current: MapFilter): InlineKeyboardButton[][] {
  const buttons = MAP_FILTERS.filter((f) => f !== current).map((f) =>
    Markup.button.callback(ctx.t(`map-button-${f}`), encodePictureCallback({ kind: 'map', filter: f })),
  );
  return [buttons];
}

export const textButton = (ctx: BotContext, of: 'timeline' | 'stats'): InlineKeyboardButton[][] => [
  [Markup.button.callback(ctx.t('picture-show-text'), encodePictureCallback({ kind: 'text', of }))],
];

mapFeature.command('map', async (ctx) => {
  const filter = parseMapFilter(ctx.payload ?? '');
  if (!filter) {
    await ctx.reply(ctx.t('map-unknown-filter'));
    return;
  }
  await replyWithPicture(ctx, 'map', filter, filterButtons(ctx, filter));
});

mapFeature.action(/^pic:/, async (ctx) => {
  const data = decodePictureCallback(ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined);
  if (!data || data.kind === 'text') {
    await ctx.answerCbQuery(ctx.t('unhandled-button'));
    return;
  }
  await ctx.answerCbQuery();
  // The filter buttons swap the map in place; the charts come as a new message under the text.
  if (data.kind === 'map') await editToPicture(ctx, 'map', data.filter, filterButtons(ctx, data.filter));
  else await replyWithPicture(ctx, data.of, 'all', textButton(ctx, data.of));
});

const MAP_WORDS = ['map', 'мапа', 'карта'];

/**
 * Inline mode: the maps already uploaded in this language (an inline result cannot upload, so only
 * pictures with a file_id are offered), for an empty query or one that asks for a map.
 */
export async function inlineMapResults(ctx: BotContext, query: string): Promise<InlineQueryResultCachedPhoto[]> {
  const q = query.trim().toLowerCase();
  const asked = MAP_WORDS.some((w) => q.startsWith(w));
  if (q && !asked) return [];
  const filters = asked ? MAP_FILTERS : (['all'] as const);
  const out: InlineQueryResultCachedPhoto[] = [];
  for (const filter of filters) {
    const picture = await ctx.services.pictures.cached('map', filter, ctx.lang);
    if (picture?.fileId) {
      out.push({ type: 'photo', id: `map-${filter}-${ctx.lang}`, photo_file_id: picture.fileId, title: ctx.t('map-title'), caption: picture.caption });
    }
  }
  return out;
}
