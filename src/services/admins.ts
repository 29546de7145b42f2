/**
 * Admins: owners (ADMIN_IDS, from the configuration) and editors (granted by an owner, kept in the
 * database with an audit entry). Who may do what is decided here; the bot only asks.
 */
import type { Config } from '../config.js';
import type { Repositories } from '../db/repositories/index.js';
import { type Lang, negotiateLanguage } from '../i18n/index.js';

export type Role = 'owner' | 'editor';

export function createAdminService(deps: { repos: Pick<Repositories, 'editors' | 'subscribers'>; config: Pick<Config, 'adminIds'> }) {
  const { editors } = deps.repos;
  const owners = deps.config.adminIds;
  const isOwner = (userId: bigint) => owners.includes(userId);
  /** The language of a user's admin menu: their stored choice, else Ukrainian. */
  const menuLanguage = async (userId: bigint): Promise<Lang> => negotiateLanguage(await deps.repos.subscribers.language(userId), null);

  return {
    async roleOf(userId: bigint): Promise<Role | null> {
      if (isOwner(userId)) return 'owner';
      return (await editors.isEditor(userId)) ? 'editor' : null;
    },

    /** Makes a user an editor; owners are owners already. */
    async grant(userId: bigint, by: bigint, name: string | null): Promise<'granted' | 'already' | 'owner'> {
      if (isOwner(userId)) return 'owner';
      return editors.grant(userId, by, name);
    },

    revoke: (userId: bigint, by: bigint): Promise<'revoked' | 'not-editor'> => editors.revoke(userId, by),

    async list(): Promise<{ owners: bigint[]; editors: { userId: bigint; name: string | null; createdAt: Date }[] }> {
      return { owners, editors: await editors.editors() };
    },

    /** Everyone with an admin menu, with the language to show it in. */
    async menus(): Promise<{ userId: bigint; role: Role; lang: Lang }[]> {
      const granted = (await editors.editors()).filter((e) => !isOwner(e.userId)).map((e) => ({ userId: e.userId, role: 'editor' as const }));
      const people = [...owners.map((userId) => ({ userId, role: 'owner' as const })), ...granted];
      return Promise.all(people.map(async (p) => ({ ...p, lang: await menuLanguage(p.userId) })));
    },

    menuLanguage,
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
