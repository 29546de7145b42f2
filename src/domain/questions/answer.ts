/**
 * Answering: a Question + the Catalog → an Answer as plain data, ready for formatting in either
 * language (src/domain/format/answers.ts). Imports the parser's types, never the formatter.
 */
import type { Agreement, Catalog, Framework, Membership, Partner, Pillar, Pledge } from '../catalog.js';
import type { NonPartnerCountry } from '../names/index.js';
import type { Period, Question } from './types.js';

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
    }
  | { kind: 'no-agreement'; partner: Partner; memberships: Membership[] }
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
  | { kind: 'count-agreements'; partners: number; inSeries: number; related: Partner[]; sourceUrl: string | undefined }
  | { kind: 'count-members'; framework: Framework | undefined; frameworkId: string; count: number }
  | { kind: 'members-of'; framework: Framework | undefined; frameworkId: string; members: Array<{ membership: Membership; partner: Partner }> }
  | { kind: 'first-last'; which: 'first' | 'last'; agreements: Array<{ agreement: Agreement; partner: Partner }> }
  | { kind: 'unknown-country'; name: string; suggestions: Partner[] }
  | { kind: 'ambiguous-country'; candidates: Partner[] }
  | { kind: 'several'; answers: Answer[] }
  | { kind: 'about-ukraine' }
  | { kind: 'unrecognised' };

function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${y + years}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** When an agreement ends: its recorded expiry, else signing date + duration; null when unknown. */
export function expiryOf(a: Agreement): string | null {
  return a.expiresOn ?? (a.durationYears ? addYears(a.signedOn, a.durationYears) : null);
}

/** The partner's agreement in the declaration's series, else its related one. */
function mainAgreement(catalog: Catalog, p: Partner): Agreement | undefined {
  const list = catalog.agreementsOf(p.code);
  return list.find((a) => a.inDeclarationSeries) ?? list[0];
}

const VIEW = { 'signed-when': 'signed', 'signed-by': 'signed-by', duration: 'duration', ratified: 'ratified', 'pillars-of': 'pillars', overview: 'overview' } as const;

/** Looks the answer to a parsed question up in the catalog. */
export function answer(catalog: Catalog, q: Question): Answer {
  switch (q.kind) {
    case 'signed-when':
    case 'signed-by':
    case 'duration':
    case 'ratified':
    case 'pillars-of':
    case 'overview': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return { kind: 'no-agreement', partner: q.partner, memberships: catalog.membershipsOf(q.partner.code) };
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
      };
    }
    case 'covers-pillar': {
      const a = mainAgreement(catalog, q.partner);
      if (!a) return { kind: 'no-agreement', partner: q.partner, memberships: catalog.membershipsOf(q.partner.code) };
      return { kind: 'covers-pillar', partner: q.partner, agreement: a, pillar: q.pillar, covered: a.pillarIds.includes(q.pillar.id) };
    }
    case 'joined': {
      const membership = catalog.membershipsOf(q.partner.code).find((m) => m.frameworkId === q.frameworkId);
      const a = mainAgreement(catalog, q.partner);
      const related = !membership && a && !a.inDeclarationSeries && q.frameworkId === 'joint-declaration' ? a : undefined;
      return { kind: 'membership', partner: q.partner, framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId, membership, related, when: q.when };
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
      return { kind: 'pledges', partner: q.partner, year, pledges, sourceUrls: pledges.length ? pledges.map((p) => p.sourceUrl) : agreements.map((a) => a.sourceUrl) };
    }
    case 'non-partner':
      return { kind: 'non-partner', country: q.country, framework: catalog.framework(q.frameworkId), frameworkId: q.frameworkId };
    case 'signed-in-period': {
      const agreements = catalog.agreements
        .filter((a) => a.signedOn >= q.period.from && a.signedOn <= q.period.to)
        .sort((a, b) => a.signedOn.localeCompare(b.signedOn) || a.partnerCode.localeCompare(b.partnerCode))
        .map((agreement) => ({ agreement, partner: catalog.partner(agreement.partnerCode) }));
      return { kind: 'signed-in-period', period: q.period, agreements, countries: new Set(agreements.map((a) => a.agreement.partnerCode)).size };
    }
    case 'count-agreements': {
      const partners = new Set(catalog.agreements.map((a) => a.partnerCode));
      const inSeries = new Set(catalog.agreements.filter((a) => a.inDeclarationSeries).map((a) => a.partnerCode));
      const related = [...partners].filter((c) => !inSeries.has(c)).map((c) => catalog.partner(c)).filter((p) => p !== undefined);
      return { kind: 'count-agreements', partners: partners.size, inSeries: inSeries.size, related, sourceUrl: catalog.framework('joint-declaration')?.sourceUrl };
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
      const sorted = catalog.agreements.filter((a) => a.inDeclarationSeries).sort((a, b) => a.signedOn.localeCompare(b.signedOn));
      const edge = q.which === 'first' ? sorted[0]?.signedOn : sorted[sorted.length - 1]?.signedOn;
      const agreements = sorted
        .filter((a) => a.signedOn === edge)
        .flatMap((agreement) => {
          const partner = catalog.partner(agreement.partnerCode);
          return partner ? [{ agreement, partner }] : [];
        });
      return { kind: 'first-last', which: q.which, agreements };
    }
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

