/**
 * Sends a picture from the pictures service: by file_id when it was uploaded before, else as an
 * upload whose file_id is remembered. A stale file_id (Telegram answers 400) is forgotten and the
 * picture drawn and uploaded again. The caption is plain text: it is the picture's alternative text.
 */
import { Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { MapFilter, PictureKind } from '../services/pictures.js';
import type { BotContext } from './context.js';

export async function replyWithPicture(ctx: BotContext, kind: PictureKind, filter: MapFilter, keyboard?: InlineKeyboardButton[][]): Promise<void> {
  const pictures = ctx.services.pictures;
  const extra = { ...(keyboard?.length ? Markup.inlineKeyboard(keyboard) : {}) };
  let picture;
  try {
    picture = await pictures.get(kind, filter, ctx.lang);
  } catch (err) {
    ctx.log.error({ err, kind, filter }, 'could not draw a picture');
    await ctx.reply(ctx.t('picture-failed'));
    return;
  }
  if (picture.fileId) {
    try {
      await ctx.replyWithPhoto(picture.fileId, { caption: picture.caption, ...extra });
      return;
    } catch (err) {
      if ((err as { response?: { error_code?: number } }).response?.error_code !== 400) throw err;
      ctx.log.warn({ err, key: picture.key }, 'a stored file_id was refused; uploading again');
      pictures.forget(picture.key);
      picture = await pictures.get(kind, filter, ctx.lang);
    }
  }
  if (!picture.png) throw new Error(`picture ${picture.key} has neither a file_id nor bytes`);
  const sent = await ctx.replyWithPhoto({ source: picture.png, filename: `${kind}-${filter}.png` }, { caption: picture.caption, ...extra });
  const largest = sent.photo[sent.photo.length - 1];
  if (largest) pictures.remember(picture, largest.file_id);
}
