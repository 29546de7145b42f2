/** The admin command menu: commands by role, registered per admin in their language. */
import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import type { I18n, Lang } from '../../../i18n/index.js';
import type { Logger } from '../../../logger.js';
import { PUBLIC_COMMANDS, commandList } from '../../commands.js';
import type { Role } from './guard.js';

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
