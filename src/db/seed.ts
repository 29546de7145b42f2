/**
 * Loads the bundled dataset (prisma/seed/dataset.json, validated by zod) into the database, through
 * the same writer of fact rows as admin commands and imports (repositories/fact-rows.ts).
 * Idempotent: rows already present are left as they are (admins own the data once it is loaded),
 * missing ones are added. Seeded events are the baseline: origin 'seed', never "new" in a digest.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type Dataset, datasetSchema } from '../domain/dataset.js';
import { DATASET_PATH } from '../paths.js';
import type { Db } from './client.js';
import { agreementCreateData, writePartner } from './repositories/fact-rows.js';

export async function loadDataset(file = DATASET_PATH): Promise<{ dataset: Dataset; hash: string }> {
  const text = await readFile(file, 'utf8');
  const parsed = datasetSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`The bundled dataset ${file} is invalid: ${first.join('; ')}`);
  }
  return { dataset: parsed.data, hash: createHash('sha256').update(text).digest('hex').slice(0, 16) };
}

export interface SeedResult {
  skipped: boolean;
  added: { partners: number; memberships: number; agreements: number; pledges: number; events: number };
}

export async function seedDatabase(db: Db, loaded?: { dataset: Dataset; hash: string }, now = new Date()): Promise<SeedResult> {
  const { dataset, hash } = loaded ?? (await loadDataset());
  const added = { partners: 0, memberships: 0, agreements: 0, pledges: 0, events: 0 };
  const current = await db.meta.findUnique({ where: { key: 'seedHash' } });
  if (current?.value === hash) return { skipped: true, added };

  await db.$transaction(
    async (tx) => {
      for (const [i, f] of dataset.frameworks.entries()) {
        const { id, ...data } = f;
        // What the sources say about a framework's size is curated in the dataset only (no admin command edits it).
        const declared = {
          membershipComplete: f.membershipComplete,
          declaredMembersEn: f.declaredMembersEn,
          declaredMembersUk: f.declaredMembersUk,
          declaredSourceUrl: f.declaredSourceUrl,
        };
        await tx.framework.upsert({ where: { id }, create: { id, ...data, sortOrder: i }, update: declared });
      }
      for (const [i, p] of dataset.pillars.entries()) {
        const { id, aliasesEn, aliasesUk, ...data } = p;
        const row = { ...data, aliasesEn: JSON.stringify(aliasesEn), aliasesUk: JSON.stringify(aliasesUk), sortOrder: i };
        await tx.pillar.upsert({ where: { id }, create: { id, ...row }, update: {} });
      }

      const partners = new Set((await tx.partner.findMany({ select: { code: true } })).map((p) => p.code));
      for (const p of dataset.partners) {
        if (partners.has(p.code)) continue;
        await writePartner(tx, p);
        added.partners++;
      }

      const memberships = new Set(
        (await tx.membership.findMany({ select: { partnerCode: true, frameworkId: true } })).map((m) => `${m.partnerCode}/${m.frameworkId}`),
      );
      for (const m of dataset.memberships) {
        if (memberships.has(`${m.partner}/${m.framework}`)) continue;
        await tx.membership.create({
          data: {
            partnerCode: m.partner,
            frameworkId: m.framework,
            joinedOn: m.joinedOn,
            confidence: m.confidence,
            note: m.note,
            sourceUrl: m.sourceUrl,
          },
        });
        added.memberships++;
      }

      const agreements = new Set((await tx.agreement.findMany({ select: { partnerCode: true, signedOn: true } })).map((a) => `${a.partnerCode}/${a.signedOn}`));
      for (const a of dataset.agreements) {
        if (agreements.has(`${a.partner}/${a.signedOn}`)) continue;
        await tx.agreement.create({ data: agreementCreateData(a) });
        added.agreements++;
        added.pledges += a.pledges.length;
      }

      const events = new Set((await tx.event.findMany({ where: { key: { not: null } }, select: { key: true } })).map((e) => e.key));
      for (const e of dataset.events) {
        if (events.has(e.key)) continue;
        await tx.event.create({
          data: {
            key: e.key,
            occurredOn: e.occurredOn,
            kind: e.kind,
            frameworkId: e.framework,
            titleEn: e.titleEn,
            titleUk: e.titleUk,
            sourceUrl: e.sourceUrl,
            confidence: e.confidence,
            origin: 'seed',
            status: null,
            publishedAt: now,
            partners: { create: e.partners.map((partnerCode) => ({ partnerCode })) },
          },
        });
        added.events++;
      }

      const meta = { dataAsOf: dataset.dataAsOf, compiledOn: dataset.compiledOn, seedHash: hash, seededAt: now.toISOString() };
      for (const [key, value] of Object.entries(meta)) {
        await tx.meta.upsert({ where: { key }, create: { key, value }, update: { value } });
      }
    },
    { timeout: 60_000 },
  );
  return { skipped: false, added };
}
