/**
 * Small helpers shared by the browsing features: replying with one or more HTML messages, editing
 * a paged message in place, and decoding callback data against the current catalog.
 */
import { Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Catalog } from '../domain/catalog.js';
import { type CallbackData, decodeCallback, encodeCallback, knownValues } from './callback-data.js';
import type { BotContext } from './context.js';

type Keyboard = InlineKeyboardButton[][];

const NO_PREVIEW = { link_preview_options: { is_disabled: true } } as const;

/** Sends the chunks in order; the keyboard goes on the last one. */
export async function replyHtml(ctx: BotContext, chunks: string | string[], keyboard?: Keyboard): Promise<void> {
  const list = typeof chunks === 'string' ? [chunks] : chunks;
  for (let i = 0; i < list.length; i++) {
    const last = i === list.length - 1;
    await ctx.replyWithHTML(list[i]!, { ...NO_PREVIEW, ...(last && keyboard ? Markup.inlineKeyboard(keyboard) : {}) });
  }
}

/** Edits the message the pressed button belongs to; "message is not modified" (a double tap) is fine. */
export async function editHtml(ctx: BotContext, text: string, keyboard?: Keyboard): Promise<void> {
  try {
    await ctx.editMessageText(text, { parse_mode: 'HTML', ...NO_PREVIEW, ...(keyboard ? Markup.inlineKeyboard(keyboard) : {}) });
  } catch (err) {
    const description = (err as { response?: { description?: string } }).response?.description ?? '';
    if (!description.includes('message is not modified')) throw err;
  }
}

/**
 * Decodes the pressed button's data against the current catalog. On forged or stale data the query
 * is answered with a polite note and null is returned; on success the caller answers it.
 */
export async function decodePressed(ctx: BotContext): Promise<{ data: CallbackData; catalog: Catalog } | null> {
  const catalog = await ctx.services.facts.catalog();
  const raw = ctx.callbackQuery && 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
  const data = decodeCallback(raw, knownValues(catalog));
  if (!data) {
    ctx.log.info({ data: raw }, 'stale or forged callback data');
    await ctx.answerCbQuery(ctx.t('callback-invalid'));
    return null;
  }
  return { data, catalog };
}

/** ◀️ / ▶️ row for a paged list (empty when there is one page). */
export function pagerRow(ctx: BotContext, list: 'countries' | 'timeline', page: number, pages: number): InlineKeyboardButton[] {
  const row: InlineKeyboardButton[] = [];
  if (page > 1) row.push(Markup.button.callback(ctx.t('button-prev'), encodeCallback({ kind: 'page', list, page: page - 1 })));
  if (page < pages) row.push(Markup.button.callback(ctx.t('button-next'), encodeCallback({ kind: 'page', list, page: page + 1 })));
  return row;
}

/** Buttons in rows of `perRow`. */
export function rows(buttons: InlineKeyboardButton[], perRow: number): Keyboard {
  const out: Keyboard = [];
  for (let i = 0; i < buttons.length; i += perRow) out.push(buttons.slice(i, i + perRow));
  return out;
}
