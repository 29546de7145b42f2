/**
 * Shared pieces of the admin features: who is an admin (owners from ADMIN_IDS, editors granted in
 * the database), the refusal, the admin command menu, validation errors in the admin's language,
 * the callback-data codec (`adm:<verb>:<id>`) and the store of previews awaiting Publish or Cancel.
 */
import { randomBytes } from 'node:crypto';
import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { EXAMPLE_FIELDS, type FieldError } from '../../../domain/admin/input.js';
import { EVENT_KINDS } from '../../../domain/dataset.js';
import { esc, splitMessage } from '../../../domain/html.js';
import type { I18n, Lang } from '../../../i18n/index.js';
import type { Logger } from '../../../logger.js';
import { PUBLIC_COMMANDS, commandList } from '../../commands.js';
import type { BotContext } from '../../context.js';

export type Role = 'owner' | 'editor';

export async function roleOf(ctx: BotContext): Promise<Role | null> {
  const id = ctx.from?.id;
  if (id === undefined) return null;
  const uid = BigInt(id);
  if (ctx.services.config.adminIds.includes(uid)) return 'owner';
  return (await ctx.services.repos.admin.isEditor(uid)) ? 'editor' : null;
}

/** Checks the sender's role; refuses politely (and logs the attempt) when it is not enough. */
export async function requireRole(ctx: BotContext, needed: Role): Promise<Role | null> {
  const role = await roleOf(ctx);
  if (role === 'owner' || (role === 'editor' && needed === 'editor')) return role;
  const command = ctx.message && 'text' in ctx.message ? ctx.message.text.split(/\s/)[0] : ctx.updateType;
  ctx.log.warn({ userId: ctx.from?.id, command, role }, 'admin command refused');
  if (ctx.callbackQuery) await ctx.answerCbQuery(ctx.t(role ? 'admin-refused-owner' : 'admin-refused'), { show_alert: true });
  else await ctx.replyWithHTML(ctx.t(role ? 'admin-refused-owner' : 'admin-refused'));
  return null;
}

/** Admin commands by role, in menu order; descriptions are `cmd-<name>` in admin.ftl. */
export const EDITOR_COMMANDS = [
  'adminhelp',
  'new',
  'newevent',
  'addevent',
  'editevent',
  'addpartner',
  'join',
  'addagreement',
  'ratify',
  'extend',
  'addpledge',
  'delete',
  'restore',
  'audit',
  'undo',
  'import',
  'export',
  'admins',
] as const;
export const OWNER_COMMANDS = [...EDITOR_COMMANDS, 'grant', 'revoke', 'announce'] as const;

export function adminCommandList(i18n: I18n, lang: Lang, role: Role): BotCommand[] {
  const names = [...PUBLIC_COMMANDS, ...(role === 'owner' ? OWNER_COMMANDS : EDITOR_COMMANDS).filter((c) => c !== 'export')];
  return commandList(i18n, lang, names);
}

/** An admin's own menu (chat scope = their private chat); role null restores the public menu. */
export async function setAdminMenu(telegram: Telegram, i18n: I18n, userId: number, role: Role | null, lang: Lang, log: Logger): Promise<void> {
  try {
    const scope = { type: 'chat' as const, chat_id: userId };
    if (role) await telegram.setMyCommands(adminCommandList(i18n, lang, role), { scope });
    else await telegram.setMyCommands(commandList(i18n, lang), { scope });
  } catch (err) {
    log.warn({ err, userId }, 'could not set the admin command menu');
  }
}

/** Validation errors, one line each: the field, what was expected, an example. */
/** A field's name in the admin's language ("titleEn" → "Title (English)"); undefined if it has none. */
const kebab = (name: string) => name.replace(/([A-Z])/g, '-$1').toLowerCase().replace(/_/g, '-');
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
    const value = e.code === 'parts' && e.value ? e.value.split(' | ').map((f) => fieldLabel(ctx, f) ?? f).join(' | ') : (e.value ?? '');
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
    await ctx.replyWithHTML(part, i === parts.length - 1 ? { link_preview_options: { is_disabled: true }, ...extra } : { link_preview_options: { is_disabled: true } });
  }
}

/** The argument of a one-line command: everything after "/command" (and @botname). */
export function commandArgs(ctx: BotContext): string {
  const text = ctx.message && 'text' in ctx.message ? ctx.message.text : '';
  return text.replace(/^\/\w+(@\w+)?\s*/s, '');
}

// ── callback data ───────────────────────────────────────────────────────────────────────────────

// The codec is src/bot/callback-data/admin.ts; these names stay for the admin features' imports.
export { ADMIN_ACTIONS, type AdminAction, decodeAdminCallback, encodeAdminCallback } from '../../callback-data/admin.js';

// ── previews awaiting a decision ────────────────────────────────────────────────────────────────

export interface Pending {
  userId: number;
  chatId: number;
  /** Whether "publish urgently" is offered (events that reach subscribers). */
  urgentAllowed: boolean;
  /** Applies the change; returns the reply (HTML) for the admin. */
  apply(ctx: BotContext, opts: { urgent: boolean }): Promise<string>;
  expires: number;
}

const PENDING_TTL_MS = 60 * 60_000;
const pendings = new Map<string, Pending>();

export function addPending(p: Omit<Pending, 'expires'>): string {
  const t = Date.now();
  for (const [k, v] of pendings) if (v.expires < t) pendings.delete(k);
  const id = randomBytes(8).toString('hex').slice(0, 10).replace(/[^a-z0-9]/g, 'a');
  pendings.set(id, { ...p, expires: t + PENDING_TTL_MS });
  return id;
}

/** Takes the pending change (once): a second press of Publish finds nothing. */
export function takePending(id: string, userId: number): Pending | undefined | 'not-yours' {
  const p = pendings.get(id);
  if (!p || p.expires < Date.now()) return undefined;
  if (p.userId !== userId) return 'not-yours';
  pendings.delete(id);
  return p;
}
