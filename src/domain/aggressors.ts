/**
 * Aggressor states: the rule every path shares (/country, plain questions, inline). Russia wages the
 * war against Ukraine and Belarus lent its territory to the invasion; neither is a partner of these
 * commitments, so asking whether they "joined" or "signed" gets one sober, factual line — never a
 * member list, "not among the members" or "I don't know a partner called …". The wording is the
 * locale key `aggressor-state` (selected by code).
 */

/** ISO 3166-1 codes of the states waging or enabling the war against Ukraine. */
export const AGGRESSOR_CODES: ReadonlySet<string> = new Set(['RU', 'BY']);

export function isAggressor(code: string): boolean {
  return AGGRESSOR_CODES.has(code);
}

/**
 * Whether a sentence that names an aggressor state speaks *about* it rather than *against* it:
 * "Has Russia signed?" is about Russia; "Who pledged air defence against Russia?" or "Скільки країн
 * допомагають у війні з Росією?" is not, and goes on to be answered as a question about partners.
 * `norm` is the normalised sentence (lower case, apostrophes unified).
 */
export function asksAboutAggressor(norm: string): boolean {
  return !/\b(against|vs|versus|war|invasion|aggression|sanction\w*)\b|проти|війн\w*|вторгн\w*|агресі\w*|санкці\w*|з росією|з білоруссю/u.test(norm);
}

/** The locale key and arguments of the one line (`ctx.t(key, args)`). */
export function aggressorLine(code: string): { key: 'aggressor-state'; args: { code: string } } {
  return { key: 'aggressor-state', args: { code } };
}
