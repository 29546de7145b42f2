/** Runs the real bot process exactly as `npm start` does after its build step: `node dist/main.js`. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startBotProcess(env: Record<string, string>, cwd = PROJECT_ROOT): BotProcess {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'main.js')], {
    cwd,
    // Only what the bot needs: no .env from the developer's tree leaks into the test.
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => out,
    exited,
    async waitForLog(pattern, timeoutMs = 15_000) {
      const started = Date.now();
      while (!pattern.test(out)) {
        if (child.exitCode !== null) throw new Error(`bot exited (${child.exitCode}) before ${pattern}:\n${out}`);
        if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pattern}:\n${out}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
