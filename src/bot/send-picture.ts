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

const descriptionOf = (err: unknown) => (err as { response?: { description?: string } }).response?.description ?? '';

/**
 * Replaces the photo of the pressed button's message with another picture (the map's filter
 * buttons), uploading it if it has no file_id yet. Falls back to a new message when the old one
 * cannot be edited.
 */
export async function editToPicture(ctx: BotContext, kind: PictureKind, filter: MapFilter, keyboard?: InlineKeyboardButton[][]): Promise<void> {
  const pictures = ctx.services.pictures;
  const extra = keyboard?.length ? Markup.inlineKeyboard(keyboard) : undefined;
  let picture;
  try {
    picture = await pictures.get(kind, filter, ctx.lang);
  } catch (err) {
    ctx.log.error({ err, kind, filter }, 'could not draw a picture');
    await ctx.reply(ctx.t('picture-failed'));
    return;
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const media = picture.fileId ?? { source: picture.png!, filename: `${kind}-${filter}.png` };
    try {
      const edited = await ctx.editMessageMedia({ type: 'photo', media, caption: picture.caption }, extra);
      const largest = typeof edited === 'object' && 'photo' in edited ? edited.photo[edited.photo.length - 1] : undefined;
      if (!picture.fileId && largest) pictures.remember(picture, largest.file_id);
      return;
    } catch (err) {
      const description = descriptionOf(err);
      if (description.includes('message is not modified')) return;
      if (picture.fileId && /file identifier|wrong file/i.test(description)) {
        pictures.forget(picture.key);
        picture = await pictures.get(kind, filter, ctx.lang);
        continue;
      }
      ctx.log.info({ err }, 'could not edit the picture in place; sending a new one');
      await replyWithPicture(ctx, kind, filter, keyboard);
      return;
    }
  }
}
