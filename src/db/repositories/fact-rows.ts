/**
 * The one writer of fact rows: how a partner, membership, agreement, pledge or event becomes the data
 * Prisma writes. Seeding, admin commands and imports all build their rows here, so values derived
 * from others (an agreement's expiry, a partner's aliases) are computed in exactly one place.
 */
import type { DatasetAgreement } from '../../domain/dataset.js';
import { agreementExpiry } from '../../domain/dates.js';
import type { AgreementInput, PartnerInput } from '../../domain/admin/input.js';

import type { Tx } from '../client.js';

/** A partner's aliases as rows, without duplicates. */
export function aliasRows(p: Pick<PartnerInput, 'aliasesEn' | 'aliasesUk'>): { lang: string; text: string }[] {
  const rows = [...p.aliasesEn.map((text) => ({ lang: 'en', text })), ...p.aliasesUk.map((text) => ({ lang: 'uk', text }))];
  return rows.filter((a, i) => rows.findIndex((b) => b.lang === a.lang && b.text === a.text) === i);
}

/** Creates a partner or rewrites it (restoring it if it was deleted); returns whether it existed. */
export async function writePartner(tx: Tx, p: PartnerInput): Promise<'created' | 'updated'> {
  const exists = await tx.partner.findUnique({ where: { code: p.code }, select: { code: true } });
  const fields = { kind: p.kind, nameEn: p.nameEn, nameUk: p.nameUk };
  if (exists) {
    await tx.partnerAlias.deleteMany({ where: { partnerCode: p.code } });
    await tx.partner.update({ where: { code: p.code }, data: { ...fields, deletedAt: null, aliases: { create: aliasRows(p) } } });
    return 'updated';
  }
  await tx.partner.create({ data: { code: p.code, ...fields, aliases: { create: aliasRows(p) } } });
  return 'created';
}

/** The agreement's own fields an import or a dataset carries (pledges and pillars aside). */
export type AgreementFields = Omit<DatasetAgreement, 'partner' | 'pledges' | 'pillars'>;

/** Derived fields of an agreement: the expiry follows the signing date and the duration. */
export function derivedAgreementFields(a: { signedOn: string; durationYears: number | null }): { expiresOn: string | null } {
  return { expiresOn: agreementExpiry(a.signedOn, a.durationYears) };
}

/** A new agreement with its pillars and pledges, from a dataset or import item. */
export function agreementCreateData(a: DatasetAgreement) {
  const { partner, pledges, pillars, ...fields } = a;
  return {
    ...fields,
    ...derivedAgreementFields(a),
    partnerCode: partner,
    pillars: { create: pillars.map((pillarId) => ({ pillarId })) },
    pledges: { create: pledges.map(({ pillar, ...p }) => ({ ...p, partnerCode: partner, pillarId: pillar })) },
  };
}

/** A new agreement from an admin's /addagreement (title inferred when none was given). */
export function agreementFromInput(a: AgreementInput, inferredTitle: { en: string; uk: string }) {
  return {
    partnerCode: a.partner,
    titleEn: a.titleEn ?? inferredTitle.en,
    titleUk: a.titleUk ?? inferredTitle.uk,
    titleOrigin: a.titleEn ? 'quoted' : 'inferred',
    signedOn: a.signedOn,
    placeEn: a.placeEn,
    placeUk: a.placeUk,
    signedByEn: a.signedByEn,
    signedByUk: a.signedByUk,
    durationYears: a.durationYears,
    ...derivedAgreementFields(a),
    ratification: 'unknown',
    sourceUrl: a.sourceUrl,
    pillars: { create: a.pillars.map((pillarId) => ({ pillarId })) },
  };
}

/**
 * The update of an existing agreement to `next`'s fields: only what differs, with the expiry
 * recomputed whenever the signing date or the duration changes. Empty when nothing differs.
 */
export function agreementUpdateData(
  current: Pick<AgreementFields, 'signedOn' | 'durationYears'> & Record<string, unknown>,
  next: Partial<AgreementFields>,
): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) if (v !== undefined && current[k] !== v) diff[k] = v;
  if (!Object.keys(diff).length) return diff;
  if ('signedOn' in diff || 'durationYears' in diff) {
    const merged = {
      signedOn: (next.signedOn ?? current.signedOn) as string,
      durationYears: (next.durationYears !== undefined ? next.durationYears : current.durationYears) as number | null,
    };
    Object.assign(diff, derivedAgreementFields(merged));
  }
  return diff;
}
