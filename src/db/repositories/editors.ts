/** Editors: admins granted in the database by an owner (owners come from ADMIN_IDS), with audit entries. */
import type { Db } from '../client.js';
import type { Writes } from './writes.js';

export function createEditorRepository(db: Db, w: Writes) {
  return {
    async isEditor(userId: bigint): Promise<boolean> {
      const a = await db.admin.findUnique({ where: { userId } });
      return !!a && a.revokedAt === null;
    },
    async grant(userId: bigint, by: bigint, name: string | null): Promise<'granted' | 'already'> {
      return w.write(async (tx, batch) => {
        const cur = await tx.admin.findUnique({ where: { userId } });
        if (cur && cur.revokedAt === null) return 'already';
        const row = await tx.admin.upsert({
          where: { userId },
          create: { userId, grantedBy: by, name, role: 'editor' },
          update: { revokedAt: null, grantedBy: by, name: name ?? cur?.name ?? null },
        });
        await w.audit(tx, by, 'admin.grant', 'admin', String(userId), cur, row, batch);
        return 'granted';
      });
    },
    async revoke(userId: bigint, by: bigint): Promise<'revoked' | 'not-editor'> {
      return w.write(async (tx, batch) => {
        const cur = await tx.admin.findUnique({ where: { userId } });
        if (!cur || cur.revokedAt !== null) return 'not-editor';
        const row = await tx.admin.update({ where: { userId }, data: { revokedAt: w.now() } });
        await w.audit(tx, by, 'admin.revoke', 'admin', String(userId), cur, row, batch);
        return 'revoked';
      });
    },
    async editors(): Promise<{ userId: bigint; name: string | null; grantedBy: bigint; createdAt: Date }[]> {
      return db.admin.findMany({ where: { revokedAt: null }, orderBy: { createdAt: 'asc' } });
    },
  };
}

export type EditorRepository = ReturnType<typeof createEditorRepository>;
