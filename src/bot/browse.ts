/**
 * Small helpers shared by the browsing features: replying with one or more HTML messages, editing
 * a paged message in place, the pager row, and how many pages a paged list has now.
 */
import { Markup } from 'telegraf';
import type { InlineKeyboardButton } from 'telegraf/types';
import type { Catalog } from '../domain/catalog.js';
import { pageCount } from '../domain/format/common.js';
import { COUNTRIES_PAGE_SIZE } from '../domain/format/country.js';
import { timelinePageCount } from '../domain/format/overview.js';
import { type PagedList, pageCodec } from './callback-data/page.js';
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

/** How many pages a paged list has in this catalog snapshot (a button past the end is stale). */
export function listPageCount(catalog: Catalog, list: PagedList): number {
  return list === 'countries' ? pageCount(catalog.partners.length, COUNTRIES_PAGE_SIZE) : timelinePageCount(catalog);
}

/** ◀️ / ▶️ row for a paged list (empty when there is one page). */
export function pagerRow(ctx: BotContext, list: PagedList, page: number, pages: number): InlineKeyboardButton[] {
  const row: InlineKeyboardButton[] = [];
  if (page > 1) row.push(Markup.button.callback(ctx.t('button-prev'), pageCodec.encode({ list, page: page - 1 })));
  if (page < pages) row.push(Markup.button.callback(ctx.t('button-next'), pageCodec.encode({ list, page: page + 1 })));
  return row;
}

/** Buttons in rows of `perRow`. */
export function rows(buttons: InlineKeyboardButton[], perRow: number): Keyboard {
  const out: Keyboard = [];
  for (let i = 0; i < buttons.length; i += perRow) out.push(buttons.slice(i, i + perRow));
  return out;
}
