/**
 * What a plain-language question means, as data: the parser's output and the answerer's input.
 */
import type { Partner, Pillar } from '../catalog.js';
import type { NonPartnerCountry } from '../names/index.js';

export const MAX_QUESTION_LENGTH = 500;

export interface Period {
  /** inclusive YYYY-MM-DD bounds */
  from: string;
  to: string;
  /** how to name it: a month, a year, or a range of dates */
  label: { kind: 'month'; month: string } | { kind: 'year'; year: number } | { kind: 'range'; from: string; to: string };
}

export type Question =
  | { kind: 'signed-when'; partner: Partner }
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
  | { kind: 'signed-in-period'; period: Period }
  | { kind: 'count-agreements' }
  | { kind: 'count-members'; frameworkId: string }
  | { kind: 'members-of'; frameworkId: string }
  | { kind: 'first-last'; which: 'first' | 'last' }
  | { kind: 'unknown-country'; name: string; suggestions: Partner[] }
  | { kind: 'ambiguous-country'; candidates: Partner[] }
  | { kind: 'several'; questions: Question[] }
  /** A question about Ukraine itself ("When did Ukraine sign?"): it is the recipient, not a partner. */
  | { kind: 'about-ukraine' }
  | { kind: 'unrecognised' };

