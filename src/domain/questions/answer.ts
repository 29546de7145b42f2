/**
 * Answering: a Question + the Catalog → an Answer as plain data, ready for formatting in either
 * language (src/domain/format/answers.ts). Imports the parser's types, never the formatter.
 */
import { agreementExpiry } from '../dates.js';
import { ratificationEvent } from '../catalog.js';
import type { Agreement, Catalog, CatalogEvent, Framework, Membership, Partner, Pillar, Pledge } from '../catalog.js';
import { inGroup } from '../groups.js';
import type { NonPartnerCountry } from '../names/index.js';
import type { DocumentId, Filter, Period, Place, Question } from './types.js';

export interface Signed {
  agreement: Agreement;
  partner: Partner;
}

/** What the data says in reply to a Question: plain data, ready for formatting in either language. */
export type Answer =
  | {
      kind: 'agreement';
      /** which facet of the agreement was asked about */
      view: 'signed' | 'signed-by' | 'duration' | 'ratified' | 'pillars' | 'overview';
      partner: Partner;
      agreement: Agreement;
      expiresOn: string | null;
      pillars: Pillar[];
      /** the frameworks the partner has joined */
      frameworks: Framework[];
      /** the event that recorded its ratification or entry into force, when the status says so (its source is cited) */
      ratifiedBy?: { occurredOn: string; sourceUrl: string } | undefined;
      /** an executive agreement (the data's note says so): not submitted for ratification */
      executive: boolean;
    }
  | { kind: 'no-agreement'; partner: Partner; memberships: Membership[]; declaration: Membership | undefined }
  | { kind: 'covers-pillar'; partner: Partner; agreement: Agreement; pillar: Pillar; covered: boolean }
  | {
      kind: 'membership';
      partner: Partner;
      framework: Framework | undefined;
      frameworkId: string;
      membership: Membership | undefined;
      related: Agreement | undefined;
      when: boolean;
    }
  | { kind: 'frameworks-of'; partner: Partner; memberships: Array<{ membership: Membership; framework: Framework | undefined }> }
  | { kind: 'pledges'; partner: Partner; year: number | null; pledges: Pledge[]; sourceUrls: string[] }
  | { kind: 'non-partner'; country: NonPartnerCountry; framework: Framework | undefined; frameworkId: string }
  | { kind: 'signed-in-period'; period: Period; agreements: Array<{ agreement: Agreement; partner: Partner | undefined }>; countries: number }
  /** agreements within a group and/or period, counted and listed */
  | { kind: 'filtered'; filter: Filter; agreements: Signed[] }
  | { kind: 'signed-at'; place: Place; agreements: Signed[] }
  | { kind: 'pillar-list'; pillar: Pillar; agreements: Signed[] }
  | { kind: 'not-signed'; members: Array<{ membership: Membership; partner: Partner }>; framework: Framework | undefined }
  | { kind: 'supporters'; partners: Array<{ partner: Partner; declaration: Membership | undefined; agreement: Agreement | undefined }> }
  | { kind: 'ratified-list'; ratified: Signed[]; pending: Signed[]; notRequired: Signed[]; executive: Signed[]; unknown: number }
  | { kind: 'pledged-in-year'; year: number; partners: Array<{ partner: Partner; pledges: Pledge[] }> }
  | { kind: 'compare'; items: Array<{ partner: Partner; agreement: Agreement | undefined }> }
  | { kind: 'same-day'; partner: Partner; agreement: Agreement | undefined; others: Signed[] }
  | { kind: 'largest-pledge'; currency: string | null; top: Array<{ pledge: Pledge; partner: Partner }> }
  | { kind: 'count-currency'; currency: string; partners: Partner[]; sourceUrls: string[] }
  | { kind: 'document'; framework: Framework | undefined; members: number; documentId: DocumentId | undefined; event: CatalogEvent | undefined }
  | { kind: 'aggressor'; country: NonPartnerCountry }
  | { kind: 'small-talk'; which: 'greeting' | 'thanks' }
  | { kind: 'need-subject' }
  | { kind: 'count-agreements'; partners: number; inSeries: number; related: Partner[]; sourceUrl: string | undefined }
  | { kind: 'count-members'; framework: Framework | undefined; frameworkId: string; count: number }
  | { kind: 'members-of'; framework: Framework | undefined; frameworkId: string; members: Array<{ membership: Membership; partner: Partner }> }
  | { kind: 'first-last'; which: 'first' | 'last'; agreements: Signed[]; filter: Filter | undefined }
  | { kind: 'unknown-country'; name: string; suggestions: Partner[] }
  | { kind: 'ambiguous-country'; candidates: Partner[] }
  | { kind: 'several'; answers: Answer[] }
  | { kind: 'about-ukraine' }
  | { kind: 'unrecognised' };

/** When an agreement ends: its recorded expiry (an extension included), else the one rule; null when unknown. */
export function expiryOf(a: Agreement): string | null {
  return a.expiresOn ?? agreementExpiry(a.signedOn, a.durationYears);
}

/** The partner's agreement in the declaration's series, else its related one. */
function mainAgreement(catalog: Catalog, p: Partner): Agreement | undefined {
  const list = catalog.agreementsOf(p.code);
  return list.find((a) => a.inDeclarationSeries) ?? list[0];
}

/** Agreements (any partner, oldest first) matching a filter. */
function signedWhere(catalog: Catalog, keep: (a: Agreement) => boolean): Signed[] {
  return catalog.agreements
    .filter(keep)
    .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.partnerCode.localeCompare(b.partnerCode))
    .flatMap((agreement) => {
      const partner = catalog.partner(agreement.partnerCode);
      return partner ? [{ agreement, partner }] : [];
    });
}

function matches(filter: Filter | undefined, a: Agreement): boolean {
  if (filter?.group && !inGroup(filter.group, a.partnerCode)) return false;
  if (filter?.period && (a.signedOn < filter.period.from || a.signedOn > filter.period.to)) return false;
  return true;
}

/** An executive agreement, as the data's note records it (e.g. the US one: not submitted to Congress). */
export function isExecutiveAgreement(a: Agreement): boolean {
  return /executive agreement/i.test(a.note ?? '');
}

/** Event titles that name each document. */
const DOCUMENT_EVENT: Record<DocumentId, RegExp> = {
  'hundred-year-partnership': /100 Year Partnership/i,
  'paris-declaration': /Paris Declaration/i,
};

const VIEW = {
  'signed-when': 'signed',
  'signed-where': 'signed',
  'signed-by': 'signed-by',
  duration: 'duration',
  ratified: 'ratified',
  'pillars-of': 'pillars',
  overview: 'overview',
} as const;

function noAgreement(catalog: Catalog, partner: Partner): Answer {
  const memberships = catalog.membershipsOf(partner.code);
  return { kind: 'no-agreement', partner, memberships, declaration: memberships.find((m) => m.frameworkId === 'joint-declaration') };
}

/** Looks the answer to a parsed question up in the catalog. */
export function answer(catalog: Catalog, q: Question): Answer {
  switch (q.kind) {
    case 'signed-when':
    case 'signed-where':
    case 'signed-by':
    case 'duration':
    case 'ratified':
    case 'pillars-of':
    case 'overview': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner);
      return {
        kind: 'agreement',
        view: VIEW[q.kind],
        partner: q.partner,
        agreement: a,
        expiresOn: expiryOf(a),
        pillars: a.pillarIds.map((id) => catalog.pillar(id)).filter((p) => p !== undefined),
        frameworks: catalog
          .membershipsOf(q.partner.code)
          .map((m) => catalog.framework(m.frameworkId))
          .filter((f) => f !== undefined),
        executive: isExecutiveAgreement(a),
        ratifiedBy: ratificationEvent(catalog, a),
      };
    }
    case 'covers-pillar': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return noAgreement(catalog, q.partner);
      return { kind: 'covers-pillar', partner: q.partner, agreement: a, pillar: q.pillar, covered: a.pillarIds.includes(q.pillar.id) };
    }
    case 'joined': {
      const membership = catalog.membershipsOf(q.partner.code).find((m) => m.frameworkId === q.frameworkId);
      const a = mainAgreement(catalog, q.partner);
      const related = !membership && a && !a.inDeclarationSeries && q.frameworkId === 'joint-declaration' ? a : undefined;
      return {
        kind: 'membership',
        partner: q.partner,
        framework: catalog.framework(q.frameworkId),
        frameworkId: q.frameworkId,
        membership,
        related,
        when: q.when,
      };
    }
    case 'frameworks-of':
      return {
        kind: 'frameworks-of',
        partner: q.partner,
        memberships: catalog.membershipsOf(q.partner.code).map((membership) => ({ membership, framework: catalog.framework(membership.frameworkId) })),
      };
    case 'pledges': {
      const agreements = catalog.agreementsOf(q.partner.code);
      const all = agreements.flatMap((a) => a.pledges);
      const year = q.year;
      const pledges = year === null ? all : all.filter((p) => p.yearFrom !== null && p.yearFrom <= year && (p.yearTo ?? p.yearFrom) >= year);
      return {
        kind: 'pledges',
        partner: q.partner,
        year,
        pledges,
        sourceUrls: pledges.length ? pledges.map((p) => p.sourceUrl) : agreements.map((a) => a.sourceUrl),
      };
    }
    case 'non-partner':
      return { kind: 'non-partner', country: q.country, framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId };
    case 'signed-in-period': {
      if (q.group)
        return {
          kind: 'filtered',
          filter: { group: q.group, period: q.period },
          agreements: signedWhere(catalog, (a) => matches({ group: q.group, period: q.period }, a)),
        };
      const agreements = catalog.agreements
        .filter((a) => a.signedOn >= q.period.from && a.signedOn <= q.period.to)
        .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.partnerCode.localeCompare(b.partnerCode))
        .map((agreement) => ({ agreement, partner: catalog.partner(agreement.partnerCode) }));
      return { kind: 'signed-in-period', period: q.period, agreements, countries: new Set(agreements.map((a) => a.agreement.partnerCode)).size };
    }
    case 'count-agreements': {
      if (q.filter) return { kind: 'filtered', filter: q.filter, agreements: signedWhere(catalog, (a) => matches(q.filter, a)) };
      const partners = new Set(catalog.agreements.map((a) => a.partnerCode));
      const inSeries = new Set(catalog.agreements.filter((a) => a.inDeclarationSeries).map((a) => a.partnerCode));
      const related = [...partners]
        .filter((c) => !inSeries.has(c))
        .map((c) => catalog.partner(c))
        .filter((p) => p !== undefined);
      return {
        kind: 'count-agreements',
        partners: partners.size,
        inSeries: inSeries.size,
        related,
        sourceUrl: catalog.framework('joint-declaration')?.sourceUrl,
      };
    }
    case 'count-members':
      return { kind: 'count-members', framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId, count: catalog.membersOf(q.frameworkId).length };
    case 'members-of':
      return {
        kind: 'members-of',
        framework: catalog.framework(q.frameworkId),
        frameworkId: q.frameworkId,
        members: catalog.membersOf(q.frameworkId).flatMap((membership) => {
          const partner = catalog.partner(membership.partnerCode);
          return partner ? [{ membership, partner }] : [];
        }),
      };
    case 'first-last': {
      const sorted = catalog.agreements.filter((a) => a.inDeclarationSeries && matches(q.filter, a)).sort((a, b) => a.signedOn.localeCompare(b.signedOn));
      const edge = q.which === 'first' ? sorted[0]?.signedOn : sorted[sorted.length - 1]?.signedOn;
      const agreements = sorted
        .filter((a) => a.signedOn === edge)
        .flatMap((agreement) => {
          const partner = catalog.partner(agreement.partnerCode);
          return partner ? [{ agreement, partner }] : [];
        });
      return { kind: 'first-last', which: q.which, agreements, filter: q.filter };
    }
    case 'signed-at':
      return { kind: 'signed-at', place: q.place, agreements: signedWhere(catalog, (a) => a.placeEn.startsWith(q.place.en)) };
    case 'pillar-list':
      return { kind: 'pillar-list', pillar: q.pillar, agreements: signedWhere(catalog, (a) => a.pillarIds.includes(q.pillar.id)) };
    case 'not-signed':
      return {
        kind: 'not-signed',
        framework: catalog.framework('joint-declaration'),
        members: catalog.membersOf('joint-declaration').flatMap((membership) => {
          const partner = catalog.partner(membership.partnerCode);
          return partner && !catalog.agreementsOf(partner.code).length ? [{ membership, partner }] : [];
        }),
      };
    case 'supporters':
      return {
        kind: 'supporters',
        partners: catalog.partners.map((partner) => ({
          partner,
          declaration: catalog.membershipsOf(partner.code).find((m) => m.frameworkId === 'joint-declaration'),
          agreement: mainAgreement(catalog, partner),
        })),
      };
    case 'ratified-list': {
      const all = signedWhere(catalog, () => true);
      const executive = all.filter((s) => isExecutiveAgreement(s.agreement));
      const rest = all.filter((s) => !executive.includes(s));
      const by = (...st: Agreement['ratification'][]) => rest.filter((s) => st.includes(s.agreement.ratification));
      return {
        kind: 'ratified-list',
        ratified: by('ratified', 'in-force'),
        pending: by('pending'),
        notRequired: by('not-required'),
        executive,
        unknown: by('unknown').length,
      };
    }
    case 'pledged-in-year': {
      const partners = catalog.partners.flatMap((partner) => {
        const pledges = catalog
          .agreementsOf(partner.code)
          .flatMap((a) => a.pledges)
          .filter((p) => p.yearFrom !== null && p.yearFrom <= q.year && (p.yearTo ?? p.yearFrom) >= q.year);
        return pledges.length ? [{ partner, pledges }] : [];
      });
      return { kind: 'pledged-in-year', year: q.year, partners };
    }
    case 'compare':
      return { kind: 'compare', items: q.partners.map((partner) => ({ partner, agreement: mainAgreement(catalog, partner) })) };
    case 'same-day': {
      const a = mainAgreement(catalog, q.partner);
      return {
        kind: 'same-day',
        partner: q.partner,
        agreement: a,
        others: a ? signedWhere(catalog, (b) => b.signedOn === a.signedOn && b.partnerCode !== q.partner.code) : [],
      };
    }
    case 'largest-pledge': {
      const best = new Map<string, { pledge: Pledge; partner: Partner }>();
      for (const a of catalog.agreements) {
        const partner = catalog.partner(a.partnerCode);
        if (!partner) continue;
        for (const pledge of a.pledges) {
          if (!pledge.amount || !pledge.currency || (q.currency && pledge.currency !== q.currency)) continue;
          const cur = best.get(pledge.currency);
          if (!cur || pledge.amount > cur.pledge.amount!) best.set(pledge.currency, { pledge, partner });
        }
      }
      return { kind: 'largest-pledge', currency: q.currency, top: [...best.values()].sort((x, y) => x.pledge.currency!.localeCompare(y.pledge.currency!)) };
    }
    case 'count-currency': {
      const pledges = catalog.agreements.flatMap((a) => a.pledges).filter((p) => p.currency === q.currency && p.amount);
      const codes = [...new Set(pledges.map((p) => p.partnerCode))];
      return {
        kind: 'count-currency',
        currency: q.currency,
        partners: codes.map((c) => catalog.partner(c)).filter((p) => p !== undefined),
        sourceUrls: [],
      };
    }
    case 'document': {
      const framework = q.frameworkId ? catalog.framework(q.frameworkId) : undefined;
      const rx = q.documentId ? DOCUMENT_EVENT[q.documentId] : undefined;
      const event = rx ? [...catalog.events].reverse().find((e) => rx.test(e.titleEn)) : undefined;
      return { kind: 'document', framework, members: q.frameworkId ? catalog.membersOf(q.frameworkId).length : 0, documentId: q.documentId, event };
    }
    case 'aggressor':
      return { kind: 'aggressor', country: q.country };
    case 'need-subject':
      return { kind: q.kind };
    case 'small-talk':
      return { kind: 'small-talk', which: q.which };
    case 'unknown-country':
      return { kind: 'unknown-country', name: q.name, suggestions: q.suggestions };
    case 'ambiguous-country':
      return { kind: 'ambiguous-country', candidates: q.candidates };
    case 'several':
      return { kind: 'several', answers: q.questions.map((sub) => answer(catalog, sub)) };
    case 'about-ukraine':
    case 'unrecognised':
      return { kind: q.kind };
  }
}
