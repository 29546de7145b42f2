/**
 * Plain-language questions in three rooms that import one way: parsing (questions/parse.ts, text →
 * Question), answering (questions/answer.ts, Question + Catalog → Answer) and formatting
 * (format/answers.ts, Answer + translator → HTML). This module composes them for callers.
 */
import type { Catalog } from './catalog.js';
import type { Translator } from '../i18n/index.js';
import { formatAnswer } from './format/answers.js';
import { answer } from './questions/answer.js';
import { parseQuestion } from './questions/parse.js';
import { MAX_QUESTION_LENGTH } from './questions/types.js';

export * from './questions/types.js';
export * from './questions/parse.js';
export * from './questions/answer.js';

/**
 * The reply (Telegram HTML, under 4096 characters) to a plain-language question, in the translator's
 * language. Never null for text within MAX_QUESTION_LENGTH: unrecognised text gets example questions;
 * over-long text gets null (the caller answers "too long").
 */
export function answerQuestion(catalog: Catalog, text: string, tr: Translator): string | null {
  if (text.length > MAX_QUESTION_LENGTH) return null;
  return formatAnswer(answer(catalog, parseQuestion(catalog, text)), tr, catalog.dataAsOf);
}
