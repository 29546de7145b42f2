/**
 * Builds the bot once before the suite (as `npm start`'s prestart does), so end-to-end tests can
 * start the real process with `node dist/main.js`.
 */
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths.js';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
}
