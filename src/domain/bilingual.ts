/**
 * The one way to read a field stored in both languages: `pick(partner, 'name', lang)` is
 * partner.nameUk in Ukrainian and partner.nameEn in English (typed: the object must have both).
 * A missing (null) text reads as ''.
 */
import type { Lang } from '../i18n/index.js';

export type Bilingual<F extends string> = { readonly [K in `${F}En` | `${F}Uk`]: string | null | undefined };

export function pick<F extends string>(obj: Bilingual<F>, field: F, lang: Lang): string {
  return (lang === 'uk' ? obj[`${field}Uk`] : obj[`${field}En`]) ?? '';
}
