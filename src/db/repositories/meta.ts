import type { Db } from '../client.js';

export function createMetaRepository(db: Db) {
  return {
    async get(key: string): Promise<string | null> {
      return (await db.meta.findUnique({ where: { key } }))?.value ?? null;
    },
    async set(key: string, value: string): Promise<void> {
      await db.meta.upsert({ where: { key }, create: { key, value }, update: { value } });
    },
  };
}
