/**
 * Questions: the "ask" use case. Parses a chat's text, answers it from the catalog and formats the
 * reply; remembers each chat's last subject for a few minutes so follow-ups work ("how much did
 * they pledge?", "а Франція?"). The memory is a bounded Map owned by this service instance, with a
 * time-to-live read from the injected clock; nothing is stored in the database.
 */
import type { Catalog } from '../domain/catalog.js';
import { formatAnswer } from '../domain/format/answers.js';
import { answer } from '../domain/questions/answer.js';
import { parseQuestion } from '../domain/questions/parse.js';
import { MAX_QUESTION_LENGTH, type Question, type Subject } from '../domain/questions/types.js';
import type { Translator } from '../i18n/index.js';

export const SUBJECT_TTL_MS = 10 * 60_000;
export const MAX_REMEMBERED_CHATS = 10_000;

export interface AskResult {
  /** Telegram HTML, possibly longer than one message (the caller splits it) */
  html: string;
  question: Question;
}

/** The subject to remember after a question: one partner and the facet asked about. */
function subjectOf(q: Question): Subject | undefined {
  if ('partner' in q && q.kind !== 'same-day') return q as Subject;
  return undefined;
}

export function createQuestionsService(deps: { catalog: () => Promise<Catalog>; now: () => Date; ttlMs?: number; maxChats?: number }) {
  const ttl = deps.ttlMs ?? SUBJECT_TTL_MS;
  const max = deps.maxChats ?? MAX_REMEMBERED_CHATS;
  const memory = new Map<number, { subject: Subject; at: number }>();

  function recall(chatId: number, now: number): Subject | undefined {
    const m = memory.get(chatId);
    if (!m) return undefined;
    if (now - m.at > ttl) {
      memory.delete(chatId);
      return undefined;
    }
    return m.subject;
  }

  function remember(chatId: number, subject: Subject, now: number): void {
    memory.delete(chatId); // re-inserted last: the Map's order is the eviction order
    memory.set(chatId, { subject, at: now });
    while (memory.size > max) memory.delete(memory.keys().next().value!);
  }

  return {
    /**
     * The reply to a question in a chat, in the translator's language; null when the text is over
     * MAX_QUESTION_LENGTH (the caller answers "too long").
     */
    async ask(chatId: number, text: string, tr: Translator): Promise<AskResult | null> {
      if (text.length > MAX_QUESTION_LENGTH) return null;
      const catalog = await deps.catalog();
      const now = deps.now();
      const at = now.getTime();
      const question = parseQuestion(catalog, text, { previous: recall(chatId, at), today: now.toISOString().slice(0, 10) });
      const subject = subjectOf(question);
      if (subject) remember(chatId, subject, at);
      return { html: formatAnswer(answer(catalog, question), tr, catalog.dataAsOf), question };
    },
    /** How many chats have a remembered subject (for tests and metrics). */
    remembered: () => memory.size,
  };
}

export type QuestionsService = ReturnType<typeof createQuestionsService>;
