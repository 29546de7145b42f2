/**
 * Telegram's checks on message content, as the Bot API applies them: HTML parse mode (allowed tags,
 * balance, entities), the 4096-character text and 1024-character caption limits (after entity
 * parsing), inline keyboards (64-byte callback data, URL buttons) and inline query results.
 */
import type { MessageEntity } from 'telegraf/types';
import { bad, codePoints, isObject, type Json } from './types.js';

export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

const INLINE_BUTTON_ACTIONS = [
  'url',
  'callback_data',
  'web_app',
  'login_url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'copy_text',
  'callback_game',
  'pay',
];

const HTML_TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const ENTITY_RE = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/y;

/**
 * Parses Telegram's HTML parse mode into plain text + entities (offsets in UTF-16 code units, as
 * the Bot API reports them). Stricter than Telegram in one respect: an `&name;` other than &lt;
 * &gt; &amp; &quot; is rejected (Telegram would show it literally — which is a bug in the bot).
 * Numeric entities (&#39; &#x27;) are accepted; a lone `&` not forming an entity is plain text.
 */
export function parseTelegramHtml(src: string): { text: string; entities: MessageEntity[] } {
  const fail = (what: string): never => {
    throw bad(`can't parse entities: ${what}`);
  };
  const at = (i: number): number => Buffer.byteLength(src.slice(0, i), 'utf8');
  const decodeEntityAt = (s: string, i: number, offsetBase: number): { value: string; end: number } | undefined => {
    ENTITY_RE.lastIndex = i;
    const m = ENTITY_RE.exec(s);
    if (!m) return undefined;
    const body = m[1] ?? '';
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff)) fail(`Invalid numeric HTML entity "${m[0]}" at byte offset ${offsetBase}`);
      return { value: String.fromCodePoint(cp), end: i + m[0].length };
    }
    const named = NAMED_ENTITIES[body];
    if (named === undefined) {
      fail(`Unsupported HTML entity "${m[0]}" at byte offset ${offsetBase}: only &lt; &gt; &amp; &quot; and numeric entities are supported`);
    }
    return { value: named ?? '', end: i + m[0].length };
  };
  const decodeAttr = (raw: string, base: number): string => {
    let out = '';
    for (let k = 0; k < raw.length;) {
      if (raw[k] === '&') {
        const d = decodeEntityAt(raw, k, base);
        if (d) {
          out += d.value;
          k = d.end;
          continue;
        }
      }
      out += raw[k];
      k++;
    }
    return out;
  };

  interface Open {
    tag: string;
    start: number;
    byteOffset: number;
    attrs: Map<string, string>;
    language?: string;
  }
  const stack: Open[] = [];
  const entities: Json[] = [];
  let text = '';
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '<') {
      if (src[i + 1] === '/') {
        const end = src.indexOf('>', i + 2);
        if (end < 0) fail(`Unclosed end tag at byte offset ${at(i)}`);
        const name = src
          .slice(i + 2, end)
          .trim()
          .toLowerCase();
        const top = stack.pop();
        if (!top) fail(`Unexpected end tag at byte offset ${at(i)}`);
        else {
          if (top.tag !== name) fail(`Unmatched end tag at byte offset ${at(i)}, expected "</${top.tag}>", found "</${name}>"`);
          const length = text.length - top.start;
          const parent = stack[stack.length - 1];
          const type = HTML_TAGS[top.tag] ?? 'bold';
          if (length > 0) {
            const e: Json = { type, offset: top.start, length };
            let keep = true;
            if (top.tag === 'a') {
              const href = top.attrs.get('href');
              const mention = href ? /^tg:\/\/user\?id=(\d+)$/.exec(href) : null;
              if (!href) keep = false;
              else if (mention) {
                e.type = 'text_mention';
                e.user = { id: Number(mention[1]), is_bot: false, first_name: '' };
              } else e.url = href;
            } else if (top.tag === 'code' && parent?.tag === 'pre') {
              const cls = top.attrs.get('class');
              if (cls?.startsWith('language-')) parent.language = cls.slice('language-'.length);
              keep = false;
            } else if (top.tag === 'pre') {
              if (top.language) e.language = top.language;
            } else if (top.tag === 'blockquote') {
              if (top.attrs.has('expandable')) e.type = 'expandable_blockquote';
            } else if (top.tag === 'tg-emoji') {
              e.custom_emoji_id = top.attrs.get('emoji-id');
            }
            if (keep) entities.push(e);
          }
        }
        i = end + 1;
        continue;
      }
      // start tag
      const tagOffset = at(i);
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9-]/.test(src[j] ?? '')) j++;
      const name = src.slice(i + 1, j).toLowerCase();
      if (!(name in HTML_TAGS)) fail(`Unsupported start tag "${name}" at byte offset ${tagOffset}`);
      const attrs = new Map<string, string>();
      for (;;) {
        while (j < src.length && /\s/.test(src[j] ?? '')) j++;
        if (j >= src.length) fail(`Unclosed start tag at byte offset ${tagOffset}`);
        if (src[j] === '>') {
          j++;
          break;
        }
        const nameStart = j;
        while (j < src.length && /[A-Za-z0-9_-]/.test(src[j] ?? '')) j++;
        const attrName = src.slice(nameStart, j).toLowerCase();
        if (!attrName) fail(`Empty attribute name in the tag "${name}" at byte offset ${at(j)}`);
        while (j < src.length && /\s/.test(src[j] ?? '')) j++;
        if (src[j] !== '=') {
          attrs.set(attrName, '');
          continue;
        }
        j++;
        while (j < src.length && /\s/.test(src[j] ?? '')) j++;
        const quote = src[j];
        let raw: string;
        if (quote === '"' || quote === "'") {
          const close = src.indexOf(quote, j + 1);
          if (close < 0) fail(`Unclosed start tag at byte offset ${tagOffset}`);
          raw = src.slice(j + 1, close);
          j = close + 1;
        } else {
          const vs = j;
          while (j < src.length && !/[\s>]/.test(src[j] ?? '')) j++;
          raw = src.slice(vs, j);
        }
        attrs.set(attrName, decodeAttr(raw, at(j)));
      }
      if (name === 'span' && attrs.get('class') !== 'tg-spoiler') fail(`Tag "span" must have class "tg-spoiler" at byte offset ${tagOffset}`);
      if (name === 'tg-emoji' && !attrs.get('emoji-id')) fail(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${tagOffset}`);
      stack.push({ tag: name, start: text.length, byteOffset: tagOffset, attrs });
      i = j;
      continue;
    }
    if (ch === '&') {
      const d = decodeEntityAt(src, i, at(i));
      if (d) {
        text += d.value;
        i = d.end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  const open = stack[stack.length - 1];
  if (open) fail(`Can't find end tag corresponding to start tag "${open.tag}"`);
  entities.sort((a, b) => (a.offset as number) - (b.offset as number) || (b.length as number) - (a.length as number));
  return { text, entities: entities as unknown as MessageEntity[] };
}

export function formatText(raw: string, parseMode: unknown, entities: unknown): { text: string; entities: MessageEntity[] } {
  if (parseMode === undefined || parseMode === null || parseMode === '') {
    return { text: raw, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
  }
  if (typeof parseMode !== 'string') throw bad('unsupported parse_mode');
  switch (parseMode.toLowerCase()) {
    case 'html':
      return parseTelegramHtml(raw);
    case 'markdown':
    case 'markdownv2':
      // Not parsed: the text is kept as sent.
      return { text: raw, entities: [] };
    default:
      throw bad('unsupported parse_mode');
  }
}

/** Validates reply_markup; returns the inline keyboard to echo in the Message (other keyboards are not echoed). */
export function checkMarkup(markup: unknown): Json | undefined {
  if (markup === undefined || markup === null) return undefined;
  if (!isObject(markup)) throw bad("can't parse reply keyboard markup JSON object");
  if (!('inline_keyboard' in markup)) return undefined;
  const rows = markup.inline_keyboard;
  if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r))) throw bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  for (const row of rows as unknown[][]) {
    for (const button of row) {
      if (!isObject(button) || typeof button.text !== 'string') throw bad("can't parse inline keyboard button: Text must be a String");
      if (!INLINE_BUTTON_ACTIONS.some((k) => k in button)) throw bad('text buttons are unallowed in the inline keyboard');
      if ('callback_data' in button) {
        const data = button.callback_data;
        if (typeof data !== 'string' || data.length === 0 || Buffer.byteLength(data, 'utf8') > 64) throw bad('BUTTON_DATA_INVALID');
      }
      if ('url' in button) {
        const url = button.url;
        let okUrl = false;
        if (typeof url === 'string') {
          try {
            okUrl = ['http:', 'https:', 'tg:'].includes(new URL(url).protocol);
          } catch {
            okUrl = false;
          }
        }
        if (!okUrl) throw bad('BUTTON_URL_INVALID');
      }
    }
  }
  return markup;
}

export function checkInlineResults(results: unknown): void {
  if (!Array.isArray(results)) throw bad("can't parse inline query results JSON object");
  if (results.length > 50) throw bad('RESULTS_TOO_MUCH');
  const ids = new Set<string>();
  for (const r of results as unknown[]) {
    if (!isObject(r) || typeof r.type !== 'string' || (typeof r.id !== 'string' && typeof r.id !== 'number')) throw bad('RESULT_ID_INVALID');
    const id = String(r.id);
    if (id === '' || Buffer.byteLength(id) > 64) throw bad('RESULT_ID_INVALID');
    if (ids.has(id)) throw bad('RESULT_ID_DUPLICATE');
    ids.add(id);
    if (r.type === 'article' && !isObject(r.input_message_content)) throw bad('MESSAGE_EMPTY');
    if (isObject(r.input_message_content) && typeof r.input_message_content.message_text === 'string') {
      const c = r.input_message_content;
      const { text } = formatText(String(c.message_text), c.parse_mode, c.entities);
      if (text.trim() === '') throw bad('MESSAGE_EMPTY');
      if (codePoints(text) > MAX_TEXT) throw bad('MESSAGE_TOO_LONG');
    }
    if (r.reply_markup !== undefined) checkMarkup(r.reply_markup);
  }
}
