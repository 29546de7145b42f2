import type { Context } from 'telegraf';
import type { Lang, Translate, Translator } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';

export type { Services };

export interface BotContext extends Context {
  log: Logger;
  services: Services;
  lang: Lang;
  tr: Translator;
  t: Translate;
}
