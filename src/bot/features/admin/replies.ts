/** How admin features answer: validation errors in the admin's language, long replies split, command arguments, spent buttons removed. */
import { EXAMPLE_FIELDS, type FieldError } from '../../../domain/admin/input.js';
import { EVENT_KINDS } from '../../../domain/dataset.js';
import { esc, splitMessage } from '../../../domain/html.js';
import type { BotContext } from '../../context.js';

/** A field's name in the admin's language ("titleEn" → "Title (English)"); undefined if it has none. */
const kebab = (name: string) =>
  name
    .replace(/([A-Z])/g, '-$1')
    .toLowerCase()
    .replace(/_/g, '-');
function fieldLabel(ctx: BotContext, name: string): string | undefined {
  const key = `admin-field-${kebab(name)}`;
  return ctx.tr.has(key) ? ctx.t(key) : undefined;
}

/** An example of valid input for the field (plain text), if it has one. */
function exampleOf(ctx: BotContext, field: string): string | undefined {
  const name = (EXAMPLE_FIELDS as readonly string[]).find((f) => f === field || f === field.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()));
  return name ? ctx.t(`admin-example-${kebab(name)}`, { kinds: EVENT_KINDS.join(', ') }) : undefined;
}

export function formatErrors(ctx: BotContext, errors: (FieldError & { line?: number })[], limit = 25): string {
  const lines = errors.slice(0, limit).map((e) => {
    const base = e.field.replace(/^.*\./, '').replace(/\[\d+\]$/, '');
    const fieldName = fieldLabel(ctx, base) ?? e.field;
    const where = e.line !== undefined ? ctx.t('admin-error-line', { line: e.line, field: esc(e.field) }) : `<b>${esc(fieldName)}</b>`;
    // The wrong-number-of-fields error lists the expected fields: by their names in the admin's language.
    const value =
      e.code === 'parts' && e.value
        ? e.value
            .split(' | ')
            .map((f) => fieldLabel(ctx, f) ?? f)
            .join(' | ')
        : (e.value ?? '');
    const problem = ctx.t(`admin-err-${e.code}`, { value: esc(value), max: e.max ?? 0 });
    const example = exampleOf(ctx, base);
    return `• ${where}: ${problem}${example && e.line === undefined ? `. ${ctx.t('admin-example', { example: esc(example) })}` : ''}`;
  });
  if (errors.length > limit) lines.push(ctx.t('admin-errors-more', { count: errors.length - limit }));
  return `${ctx.t('admin-invalid', { count: errors.length })}\n${lines.join('\n')}\n${ctx.t('admin-nothing-saved')}`;
}

/**
 * Removes the buttons of the message whose button was pressed — only if it still has some (a second
 * press on a message whose buttons are gone would get 400 "message is not modified"). Other failures
 * (the message is too old to edit) are logged and ignored: the answer goes out as a new message anyway.
 */
export async function removeButtons(ctx: BotContext): Promise<void> {
  const msg = ctx.callbackQuery?.message;
  if (!msg || !('reply_markup' in msg) || !msg.reply_markup?.inline_keyboard.length) return;
  try {
    await ctx.editMessageReplyMarkup(undefined);
  } catch (err) {
    ctx.log.debug({ err }, 'could not remove the buttons');
  }
}

export async function replyLong(ctx: BotContext, text: string, extra: Parameters<BotContext['replyWithHTML']>[1] = {}): Promise<void> {
  const parts = splitMessage(text);
  for (const [i, part] of parts.entries()) {
    await ctx.replyWithHTML(
      part,
      i === parts.length - 1 ? { link_preview_options: { is_disabled: true }, ...extra } : { link_preview_options: { is_disabled: true } },
    );
  }
}

/** The argument of a one-line command: everything after "/command" (and @botname). */
export function commandArgs(ctx: BotContext): string {
  const text = ctx.message && 'text' in ctx.message ? ctx.message.text : '';
  return text.replace(/^\/\w+(@\w+)?\s*/s, '');
}
