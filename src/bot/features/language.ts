import { Composer, Markup } from 'telegraf';
import { LANGUAGES } from '../../i18n/index.js';
import { languageCodec, onButton } from '../callback-data/index.js';
import { isChatAdmin } from '../chat-admin.js';
import { setCommandMenuFor } from '../commands.js';
import type { BotContext } from '../context.js';
import { setLanguage } from '../middleware/context.js';

/**
 * /language — inline buttons; the choice is stored per chat and beats Telegram's language_code.
 * A group's language is the whole group's: only its administrators may change it.
 */
export const languageFeature = new Composer<BotContext>();

const LABELS = { uk: '🇺🇦 Українська', en: '🇬🇧 English' } as const;

languageFeature.command('language', async (ctx) => {
  if (!(await isChatAdmin(ctx))) return void (await ctx.reply(ctx.t('language-not-admin')));
  await ctx.reply(
    ctx.t('language-choose'),
    Markup.inlineKeyboard(LANGUAGES.map((lang) => Markup.button.callback(LABELS[lang], languageCodec.encode({ lang })))),
  );
});

languageFeature.use(
  onButton(languageCodec, async (ctx, { lang }, next) => {
    if (!ctx.chat) return next();
    if (!(await isChatAdmin(ctx))) return void (await ctx.answerCbQuery(ctx.t('language-not-admin'), { show_alert: true }));
    await ctx.services.subscriptions.setLanguage(BigInt(ctx.chat.id), lang);
    setLanguage(ctx, lang);
    await ctx.answerCbQuery();
    await ctx.editMessageText(ctx.t('language-set'));
    if (ctx.chat.type === 'private') await setCommandMenuFor(ctx.telegram, ctx.services.i18n, lang, ctx.chat.id, ctx.log);
  }),
);
