/**
 * Counts every update the bot handles, whichever way it arrives (polling calls bot.handleUpdate, so
 * does the webhook): guarantor_updates_total{type}, the handling time, and updates that threw.
 */
import type { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';
import type { Metrics } from '../metrics.js';

export function updateType(update: Update): string {
  for (const key of Object.keys(update)) if (key !== 'update_id') return key;
  return 'unknown';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context type: only handleUpdate is wrapped
export function instrumentUpdates(bot: Telegraf<any>, metrics: Metrics): void {
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookResponse) => {
    const type = updateType(update);
    metrics.updates.inc({ type });
    const end = metrics.updateDuration.startTimer({ type });
    try {
      return await handle(update, webhookResponse);
    } catch (err) {
      metrics.updateErrors.inc({ type });
      throw err;
    } finally {
      end();
    }
  };
}
