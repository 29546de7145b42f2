/**
 * The command menu and the bot's profile, per language: setMyCommands with language_code, and a
 * per-chat menu for a user who switched language. Failures are logged; they never stop the bot.
 */
import type { Telegram } from 'telegraf';
import type { BotCommand } from 'telegraf/types';
import { type I18n, LANGUAGES, type Lang } from '../i18n/index.js';
import type { Logger } from '../logger.js';

/** Public commands, in menu order; descriptions are `cmd-<name>` in the locale files. */
export const PUBLIC_COMMANDS = [
  'start',
  'help',
  'country',
  'pillar',
  'signatories',
  'timeline',
  'stats',
  'map',
  'frameworks',
  'sources',
  'subscribe',
  'settings',
  'digest',
  'unsubscribe',
  'language',
] as const;

export function commandList(i18n: I18n, lang: Lang, names: readonly string[] = PUBLIC_COMMANDS): BotCommand[] {
  const t = i18n.translator(lang).t;
  return names.map((command) => ({ command, description: t(`cmd-${command}`) }));
}

/** Telegram language codes served by each of our languages' menus. */
const MENU_CODES: Record<Lang, string[]> = { uk: ['uk', 'ru', 'be'], en: ['en'] };

export async function registerBotProfile(telegram: Telegram, i18n: I18n, log: Logger): Promise<void> {
  const calls: Array<[string, () => Promise<unknown>]> = [];
  // The default (no language_code) menu and profile are Ukrainian, like the default language.
  calls.push(['setMyCommands default', () => telegram.setMyCommands(commandList(i18n, 'uk'))]);
  for (const lang of LANGUAGES) {
    const t = i18n.translator(lang).t;
    for (const code of MENU_CODES[lang]) {
      calls.push([`setMyCommands ${code}`, () => telegram.setMyCommands(commandList(i18n, lang), { language_code: code })]);
    }
    const code = lang;
    calls.push([`setMyDescription ${code}`, () => telegram.callApi('setMyDescription', { description: t('bot-description'), language_code: code })]);
    calls.push([
      `setMyShortDescription ${code}`,
      () => telegram.callApi('setMyShortDescription', { short_description: t('bot-short-description'), language_code: code }),
    ]);
  }
  for (const [what, call] of calls) {
    try {
      await call();
    } catch (err) {
      log.warn({ err, what }, 'could not register the command menu or profile; carrying on');
    }
  }
}

/** A user who chose a language sees that language's menu, whatever their Telegram language. */
export async function setCommandMenuFor(telegram: Telegram, i18n: I18n, lang: Lang, chatId: number, log: Logger): Promise<void> {
  try {
    await telegram.setMyCommands(commandList(i18n, lang), { scope: { type: 'chat', chat_id: chatId } });
  } catch (err) {
    log.warn({ err, chatId }, 'could not set the per-chat command menu');
  }
}
