/**
 * The changes an admin can propose, as data: what the preview shows and what Publish applies.
 * checkChange says whether a change still fits the facts; eventFor writes the event subscribers will
 * see for a recorded fact (its kind, partners and titles in both languages). Adding a kind of fact
 * means: its input in input.ts, a case here, a case in the facts service's writer, a feature file.
 */
import type { Catalog } from '../catalog.js';
import type { ImportData } from './exchange.js';
import type { AdminErrorCode } from './errors.js';
import type { AgreementInput, EventInput, ExtendInput, JoinInput, PartnerInput, PledgeInput, RatifyInput } from './input.js';

export type FactChange =
  | { kind: 'event'; event: EventInput }
  | { kind: 'edit-event'; id: number; event: EventInput }
  | { kind: 'partner'; partner: PartnerInput }
  | { kind: 'join'; join: JoinInput }
  | { kind: 'agreement'; agreement: AgreementInput }
  | { kind: 'ratify'; ratify: RatifyInput }
  | { kind: 'extend'; extend: ExtendInput }
  | { kind: 'pledge'; pledge: PledgeInput }
  | { kind: 'import'; data: ImportData }
  | { kind: 'announce'; text: { en: string; uk: string } };

/** Changes whose event reaches subscribers can be published urgently (instant alerts now). */
export function urgentAllowed(change: FactChange): boolean {
  return ['event', 'join', 'agreement', 'ratify', 'extend', 'pledge'].includes(change.kind);
}

/** Why the change no longer fits the facts (checked at preview and again at Publish), or null. */
export function checkChange(catalog: Catalog, change: FactChange): AdminErrorCode | null {
  switch (change.kind) {
    case 'join': {
      const { partner, framework } = change.join;
      return catalog.membershipsOf(partner).some((m) => m.frameworkId === framework) ? 'exists' : null;
    }
    case 'agreement': {
      const { partner, signedOn } = change.agreement;
      return catalog.agreementsOf(partner).some((a) => a.signedOn === signedOn) ? 'exists' : null;
    }
    case 'ratify':
    case 'extend':
    case 'pledge': {
      // Ratifications, extensions and pledges attach to the partner's latest agreement.
      const partner = change.kind === 'ratify' ? change.ratify.partner : change.kind === 'extend' ? change.extend.partner : change.pledge.partner;
      return catalog.agreementsOf(partner).length ? null : 'no-agreement';
    }
    default:
      return null;
  }
}

/** What eventFor needs from each language: a message by key, dates and amounts in words. */
export interface EventWriter {
  t(key: string, args?: Record<string, string | number>): string;
  date(isoDate: string): string;
  money(amount: number, currency: string): string;
}

/** The framework an event belongs to (joins name it), for previews and digests. */
export function frameworkOf(change: FactChange): string | null {
  return change.kind === 'join' ? change.join.framework : null;
}

/**
 * The event a recorded fact publishes, titled in both languages; undefined for changes that are not
 * recorded facts (partners, edits, imports and announcements carry or need no new event).
 */
export function eventFor(catalog: Catalog, change: FactChange, w: { en: EventWriter; uk: EventWriter }, today: string): EventInput | undefined {
  const names = (code: string) => {
    const p = catalog.partner(code);
    return { en: p?.nameEn ?? code, uk: p?.nameUk ?? code };
  };
  const titled = (
    base: Omit<EventInput, 'titleEn' | 'titleUk' | 'bodyEn' | 'bodyUk'>,
    title: (lang: 'en' | 'uk') => string,
    body: (lang: 'en' | 'uk') => string | null = () => null,
  ): EventInput => ({ ...base, titleEn: title('en'), titleUk: title('uk'), bodyEn: body('en'), bodyUk: body('uk') });

  switch (change.kind) {
    case 'event':
      return change.event;
    case 'join': {
      const j = change.join;
      const framework = catalog.framework(j.framework);
      return titled({ occurredOn: j.joinedOn, kind: 'joined', partners: [j.partner], sourceUrl: j.sourceUrl }, (lang) =>
        w[lang].t('admin-auto-join', { partner: names(j.partner)[lang], framework: (lang === 'en' ? framework?.nameEn : framework?.nameUk) ?? j.framework }),
      );
    }
    case 'agreement': {
      const a = change.agreement;
      const pillars = (lang: 'en' | 'uk') =>
        a.pillars.map((id) => (lang === 'en' ? catalog.pillar(id)?.nameEn : catalog.pillar(id)?.nameUk) ?? id).join(', ') || '—';
      const years = (lang: 'en' | 'uk') => (a.durationYears ? w[lang].t('admin-auto-years', { years: a.durationYears }) : '—');
      return titled(
        { occurredOn: a.signedOn, kind: 'agreement', partners: [a.partner], sourceUrl: a.sourceUrl },
        (lang) => (lang === 'en' ? a.titleEn : a.titleUk) ?? w[lang].t('admin-auto-agreement', { partner: names(a.partner)[lang] }),
        (lang) =>
          w[lang].t('admin-auto-agreement-body', {
            place: lang === 'en' ? a.placeEn : a.placeUk,
            signedBy: lang === 'en' ? a.signedByEn : a.signedByUk,
            duration: years(lang),
            pillars: pillars(lang),
          }),
      );
    }
    case 'ratify': {
      const v = change.ratify;
      return titled({ occurredOn: v.date, kind: 'ratification', partners: [v.partner], sourceUrl: v.sourceUrl }, (lang) =>
        w[lang].t(`admin-auto-${v.status}`, { partner: names(v.partner)[lang] }),
      );
    }
    case 'extend': {
      const v = change.extend;
      return titled({ occurredOn: v.date, kind: 'renewal', partners: [v.partner], sourceUrl: v.sourceUrl }, (lang) =>
        w[lang].t('admin-auto-extended', { partner: names(v.partner)[lang], until: w[lang].date(v.until) }),
      );
    }
    case 'pledge': {
      const p = change.pledge;
      const amount = (lang: 'en' | 'uk') => (p.amount !== null && p.currency ? w[lang].money(p.amount, p.currency) : '');
      return titled(
        { occurredOn: p.date ?? today, kind: 'pledge', partners: [p.partner], sourceUrl: p.sourceUrl },
        // Without an amount the title ends at the partner ("New pledge by Japan"), not at a bare colon.
        (lang) =>
          w[lang]
            .t('admin-auto-pledge', { partner: names(p.partner)[lang], amount: amount(lang) })
            .replace(/\s+:/, ':')
            .replace(/[\s:—]+$/, ''),
        (lang) => (lang === 'en' ? p.textEn : p.textUk),
      );
    }
    default:
      return undefined;
  }
}
