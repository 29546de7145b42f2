/** `lang:en` — the /language buttons. */
import { z } from 'zod';
import { LANGUAGES, type Lang } from '../../i18n/index.js';
import { defineCodec, oneOf } from './codec.js';

export interface LanguageButton {
  lang: Lang;
}

export const languageCodec = defineCodec<LanguageButton>('lang', {
  schema: z.tuple([oneOf(LANGUAGES)]).transform(([lang]) => ({ lang })),
  parts: (v) => [v.lang],
  longest: LANGUAGES.map((lang) => ({ lang })),
});
