/** `country:DE` — opens a partner's card. */
import { z } from 'zod';
import { defineCodec, partnerCode } from './codec.js';

export interface CountryButton {
  code: string;
}

export const countryCodec = defineCodec<CountryButton>('country', {
  schema: z.tuple([partnerCode]).transform(([code]) => ({ code })),
  parts: (v) => [v.code],
  longest: [{ code: 'ZZ' }],
});
