/**
 * What a plain-language question means, as data: the parser's output and the answerer's input.
 */
import type { Partner, Pillar } from '../catalog.js';
import type { GroupId } from '../groups.js';
import type { NonPartnerCountry } from '../names/index.js';

export const MAX_QUESTION_LENGTH = 500;

export interface Period {
  /** inclusive YYYY-MM-DD bounds */
  from: string;
  to: string;
  /** how to name it: a month, a year, or a range of dates */
  label: { kind: 'month'; month: string } | { kind: 'year'; year: number } | { kind: 'range'; from: string; to: string };
}

/** A place where agreements were signed, as the data spells it ("Brussels" / "Брюссель"). */
export interface Place {
  en: string;
  uk: string;
}

/** Restrictions a list, count or ordering question may carry ("G7 countries", "in 2024"). */
export interface Filter {
  group?: GroupId;
  period?: Period;
}

/** Named documents that are not frameworks of their own (described from their event). */
export type DocumentId = 'hundred-year-partnership' | 'paris-declaration';

export type Question =
  | { kind: 'signed-when'; partner: Partner }
  | { kind: 'signed-where'; partner: Partner }
  | { kind: 'signed-by'; partner: Partner }
  /** `when`: the question asks for the date ("When did X join?"), not yes or no. */
  | { kind: 'joined'; partner: Partner; frameworkId: string; when: boolean }
  | { kind: 'frameworks-of'; partner: Partner }
  | { kind: 'pledges'; partner: Partner; year: number | null }
  | { kind: 'duration'; partner: Partner }
  | { kind: 'ratified'; partner: Partner }
  | { kind: 'pillars-of'; partner: Partner }
  | { kind: 'covers-pillar'; partner: Partner; pillar: Pillar }
  | { kind: 'overview'; partner: Partner }
  | { kind: 'non-partner'; country: NonPartnerCountry; frameworkId: string }
  | { kind: 'signed-in-period'; period: Period; group?: GroupId }
  | { kind: 'count-agreements'; filter?: Filter }
  | { kind: 'count-members'; frameworkId: string }
  | { kind: 'members-of'; frameworkId: string }
  | { kind: 'first-last'; which: 'first' | 'last'; filter?: Filter }
  | { kind: 'signed-at'; place: Place }
  | { kind: 'pillar-list'; pillar: Pillar }
  /** members of the Joint Declaration without a bilateral agreement */
  | { kind: 'not-signed' }
  /** every partner, with what it has done */
  | { kind: 'supporters' }
  | { kind: 'ratified-list' }
  | { kind: 'pledged-in-year'; year: number }
  /** which of two partners signed first */
  | { kind: 'compare'; partners: [Partner, Partner] }
  | { kind: 'same-day'; partner: Partner }
  | { kind: 'largest-pledge'; currency: string | null }
  | { kind: 'count-currency'; currency: string }
  /** a framework or a named document, described ("What is the Ukraine Compact?") */
  | { kind: 'document'; frameworkId?: string; documentId?: DocumentId }
  /** Russia or Belarus as the subject (src/domain/aggressors.ts): one sober line in every path */
  | { kind: 'aggressor'; country: NonPartnerCountry }
  | { kind: 'small-talk'; which: 'greeting' | 'thanks' }
  /** a follow-up ("how much did they pledge?") with no subject remembered */
  | { kind: 'need-subject' }
  | { kind: 'unknown-country'; name: string; suggestions: Partner[] }
  | { kind: 'ambiguous-country'; candidates: Partner[] }
  | { kind: 'several'; questions: Question[] }
  /** A question about Ukraine itself ("When did Ukraine sign?"): it is the recipient, not a partner. */
  | { kind: 'about-ukraine' }
  | { kind: 'unrecognised' };

/** What a chat remembers between questions: the last question about one partner. */
export type Subject = Extract<Question, { partner: Partner }>;
