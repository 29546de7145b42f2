/**
 * Plain-language questions: any text in a private chat; in groups, only text that mentions the bot
 * (@username, stripped) or replies to one of its messages. Commands pass through. The answer comes
 * from the questions service (which remembers the chat's last subject for follow-ups); a pillar named on its own opens its card, as /pillar does;
 * over-long text gets a polite "too long".
 */
import { Composer } from 'telegraf';
import { splitMessage } from '../../domain/html.js';
import { MAX_QUESTION_LENGTH, pillarNamedAlone } from '../../domain/questions.js';
import type { BotContext } from '../context.js';
import { replyPillar } from './pillar.js';

export const askFeature = new Composer<BotContext>();

/** The question addressed to the bot, or undefined when the message is not for it. */
export function addressedText(text: string, chatType: string, bot: { id: number; username: string }, replyToFromId: number | undefined): string | undefined {
  if (chatType === 'private') return text;
  const mention = new RegExp(`@${bot.username.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  if (mention.test(text)) return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  if (replyToFromId === bot.id) return text;
  return undefined;
}

askFeature.on('text', async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith('/')) return next();
  const reply = ctx.message.reply_to_message;
  const question = addressedText(text, ctx.chat.type, { id: ctx.botInfo.id, username: ctx.botInfo.username }, reply?.from?.id);
  if (question === undefined) return next();
  const replyParams = ctx.chat.type === 'private' ? {} : { reply_parameters: { message_id: ctx.message.message_id, allow_sending_without_reply: true } };
  if (question.length > MAX_QUESTION_LENGTH) {
    await ctx.replyWithHTML(ctx.t('error-too-long', { max: MAX_QUESTION_LENGTH }), replyParams);
    return;
  }
  const catalog = await ctx.services.facts.catalog();
  const pillar = pillarNamedAlone(catalog, question);
  if (pillar) return replyPillar(ctx, catalog, pillar);
  const result = await ctx.services.questions.ask(ctx.chat.id, question, ctx.tr);
  const html = result?.html ?? ctx.t('ask-help');
  ctx.log.debug({ chars: question.length }, 'question answered');
  for (const part of splitMessage(html)) {
    await ctx.replyWithHTML(part, { ...replyParams, link_preview_options: { is_disabled: true } });
  }
});
