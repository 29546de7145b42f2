import { Composer, Markup } from 'telegraf';
import { LANGUAGES, isLang } from '../../i18n/index.js';
import { setCommandMenuFor } from '../commands.js';
import type { BotContext } from '../context.js';
import { setLanguage } from '../middleware/context.js';

/** /language — inline buttons; the choice is stored per chat and beats Telegram's language_code. */
export const languageFeature = new Composer<BotContext>();

const LABELS = { uk: '🇺🇦 Українська', en: '🇬🇧 English' } as const;

languageFeature.command('language', async (ctx) => {
  await ctx.reply(
    ctx.t('language-choose'),
    Markup.inlineKeyboard(LANGUAGES.map((lang) => Markup.button.callback(LABELS[lang], `lang:${lang}`))),
  );
});

languageFeature.action(/^lang:(\w+)$/, async (ctx) => {
  const lang = ctx.match[1];
  // A forged or outdated `lang:xx`: answered politely, nothing stored.
  if (!isLang(lang) || !ctx.chat) return ctx.answerCbQuery(ctx.t('language-unsupported'));
  await ctx.services.subscriptions.setLanguage(BigInt(ctx.chat.id), lang);
  setLanguage(ctx, lang);
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t('language-set'));
  if (ctx.chat.type === 'private') await setCommandMenuFor(ctx.telegram, ctx.services.i18n, lang, ctx.chat.id, ctx.log);
});
