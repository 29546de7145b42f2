// Prisma CLI configuration. The bot itself never reads this file: it builds its client from
// DATABASE_URL (see src/config.ts) and applies migrations with src/db/migrate.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/guarantor.db' },
});
