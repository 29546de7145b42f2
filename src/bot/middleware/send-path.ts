/**
 * The bot's first middleware: Telegraf makes a new Telegram client for every update, so this is
 * where every reply, edit and answer is put through the one send gate (src/delivery/send-gate.ts).
 * It also notes whether the update's callback query was answered, so that bot.catch answers it
 * only when nothing else did.
 */
import type { Context, MiddlewareFn } from 'telegraf';
import { type SendGate, installSendPath } from '../../delivery/send-gate.js';

export interface SendPathState {
  callbackAnswered?: boolean;
}

export function sendPathMiddleware<C extends Context>(gate: SendGate): MiddlewareFn<C> {
  return (ctx, next) => {
    const state = ctx.state as SendPathState;
    installSendPath(ctx.telegram, gate, 'interactive', (method) => {
      if (method === 'answerCallbackQuery') state.callbackAnswered = true;
    });
    return next();
  };
}
