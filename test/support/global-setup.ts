/**
 * Once before the suite:
 * - builds the bot (as `npm start`'s prestart does), so end-to-end tests can start the real process
 *   with `node dist/main.js`;
 * - migrates and seeds one template database, which bot tests copy instead of migrating and seeding
 *   their own (see database-template.ts). Removed after the suite.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../src/paths.js';
import { createDatabaseTemplate } from './database-template.js';

export default function setup(project: TestProject): () => void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  const template = createDatabaseTemplate();
  project.provide('databaseTemplate', template.file);
  return () => rmSync(template.dir, { recursive: true, force: true });
}
