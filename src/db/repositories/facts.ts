/**
 * Admin writes of single facts, each in one transaction with its audit entries and (for recorded
 * facts) the event subscribers will see. Rows are built by fact-rows.ts, the one writer.
 */
import { AdminError } from '../../domain/admin/errors.js';
import type { AgreementInput, Deletable, EventInput, ExtendInput, JoinInput, PartnerInput, PledgeInput, RatifyInput } from '../../domain/admin/input.js';
import type { Db, Tx } from '../client.js';
import { agreementFromInput, writePartner } from './fact-rows.js';
import type { Writes } from './writes.js';

export interface StoredEvent extends EventInput {
  publishedAt: Date | null;
  origin: string;
}

export function createFactRepository(db: Db, w: Writes) {
  const latestAgreement = async (tx: Tx, partner: string) => {
    const a = await tx.agreement.findFirst({ where: { partnerCode: partner, deletedAt: null }, orderBy: { signedOn: 'desc' } });
    if (!a) throw new AdminError('no-agreement');
    return a;
  };
  type Opts = { urgent?: boolean };
  /** Changes the partner's latest agreement and publishes the event that says so. */
  const updateLatestAgreement = (partner: string, data: { ratification?: string; expiresOn?: string }, event: EventInput, actor: bigint, opts: Opts) =>
    w.write(async (tx, batch) => {
      const cur = await latestAgreement(tx, partner);
      const row = await tx.agreement.update({ where: { id: cur.id }, data });
      await w.audit(tx, actor, 'agreement.update', 'agreement', cur.id, cur, row, batch);
      return w.insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
    });

  return {
    /** A published (or, with publish false, draft) event; returns its id. */
    async createEvent(input: EventInput, actor: bigint, opts: { urgent?: boolean; publish?: boolean } = {}): Promise<number> {
      return w.write((tx, batch) => w.insertEvent(tx, input, actor, { urgent: opts.urgent, publish: opts.publish ?? true }, batch));
    },

    async getEvent(id: number): Promise<StoredEvent | undefined> {
      const e = await db.event.findFirst({ where: { id, deletedAt: null }, include: { partners: true } });
      if (!e) return undefined;
      return {
        occurredOn: e.occurredOn,
        kind: e.kind as EventInput['kind'],
        partners: e.partners.map((p) => p.partnerCode),
        titleEn: e.titleEn,
        titleUk: e.titleUk,
        bodyEn: e.bodyEn,
        bodyUk: e.bodyUk,
        sourceUrl: e.sourceUrl,
        publishedAt: e.publishedAt,
        origin: e.origin,
      };
    },

    async updateEvent(id: number, input: EventInput, actor: bigint): Promise<void> {
      await w.write(async (tx, batch) => {
        const before = await w.eventSnapshot(tx, id);
        if (!before || before.deletedAt) throw new AdminError('not-found');
        await tx.eventPartner.deleteMany({ where: { eventId: id } });
        const { partners, ...fields } = input;
        await tx.event.update({ where: { id }, data: { ...fields, partners: { create: partners.map((partnerCode) => ({ partnerCode })) } } });
        await w.audit(tx, actor, 'event.update', 'event', id, before, await w.eventSnapshot(tx, id), batch);
      });
    },

    /** Adds a partner, or edits it when the code exists (restoring it if it was deleted). */
    async upsertPartner(input: PartnerInput, actor: bigint): Promise<'created' | 'updated'> {
      return w.write(async (tx, batch) => {
        const before = await w.partnerSnapshot(tx, input.code);
        const result = await writePartner(tx, input);
        await w.audit(
          tx,
          actor,
          `partner.${result === 'created' ? 'create' : 'update'}`,
          'partner',
          input.code,
          before,
          await w.partnerSnapshot(tx, input.code),
          batch,
        );
        return result;
      });
    },

    /** A partner joins a framework, with the event subscribers will see. */
    async recordJoin(input: JoinInput, event: EventInput, actor: bigint, opts: Opts = {}): Promise<number> {
      return w.write(async (tx, batch) => {
        const cur = await tx.membership.findUnique({ where: { partnerCode_frameworkId: { partnerCode: input.partner, frameworkId: input.framework } } });
        if (cur && !cur.deletedAt) throw new AdminError('exists');
        const data = { joinedOn: input.joinedOn, sourceUrl: input.sourceUrl, confidence: 'high', deletedAt: null };
        const row = cur
          ? await tx.membership.update({ where: { id: cur.id }, data })
          : await tx.membership.create({ data: { ...data, partnerCode: input.partner, frameworkId: input.framework } });
        await w.audit(tx, actor, cur ? 'membership.update' : 'membership.create', 'membership', row.id, cur, row, batch);
        return w.insertEvent(tx, { ...event, frameworkId: input.framework }, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    async recordAgreement(input: AgreementInput, event: EventInput, actor: bigint, opts: Opts = {}): Promise<number> {
      return w.write(async (tx, batch) => {
        const cur = await tx.agreement.findUnique({ where: { partnerCode_signedOn: { partnerCode: input.partner, signedOn: input.signedOn } } });
        if (cur && !cur.deletedAt) throw new AdminError('exists');
        if (cur) await tx.agreement.delete({ where: { id: cur.id } });
        const row = await tx.agreement.create({ data: agreementFromInput(input, { en: event.titleEn, uk: event.titleUk }), include: { pillars: true } });
        await w.audit(tx, actor, 'agreement.create', 'agreement', row.id, null, row, batch);
        return w.insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    /** The partner's latest agreement was ratified or entered into force, with its event. */
    recordRatification: (input: RatifyInput, event: EventInput, actor: bigint, opts: Opts = {}): Promise<number> =>
      updateLatestAgreement(input.partner, { ratification: input.status }, event, actor, opts),

    /** The partner's latest agreement was extended: it now runs until input.until (an explicit expiry). */
    recordExtension: (input: ExtendInput, event: EventInput, actor: bigint, opts: Opts = {}): Promise<number> =>
      updateLatestAgreement(input.partner, { expiresOn: input.until }, event, actor, opts),

    /** A pledge, attached to the partner's latest agreement. */
    async recordPledge(input: PledgeInput, event: EventInput, actor: bigint, opts: Opts = {}): Promise<number> {
      return w.write(async (tx, batch) => {
        const agreement = await latestAgreement(tx, input.partner);
        const row = await tx.pledge.create({
          data: {
            partnerCode: input.partner,
            agreementId: agreement.id,
            textEn: input.textEn,
            textUk: input.textUk,
            amount: input.amount,
            currency: input.currency,
            yearFrom: input.yearFrom,
            yearTo: input.yearTo,
            sourceUrl: input.sourceUrl,
          },
        });
        await w.audit(tx, actor, 'pledge.create', 'pledge', row.id, null, row, batch);
        return w.insertEvent(tx, event, actor, { publish: true, urgent: opts.urgent }, batch);
      });
    },

    async softDelete(entity: Deletable, id: string, actor: bigint): Promise<boolean> {
      return w.write(async (tx, batch) => {
        const r = await w.setDeleted(tx, entity, id, w.now());
        if (!r) return false;
        await w.audit(tx, actor, `${entity}.delete`, entity, id, r.before, r.after, batch);
        return true;
      });
    },

    async restore(entity: Deletable, id: string, actor: bigint): Promise<boolean> {
      return w.write(async (tx, batch) => {
        const r = await w.setDeleted(tx, entity, id, null);
        if (!r) return false;
        await w.audit(tx, actor, `${entity}.restore`, entity, id, r.before, r.after, batch);
        return true;
      });
    },
  };
}

export type FactRepository = ReturnType<typeof createFactRepository>;
