/**
 * node-cron wiring, and nothing else: the digest tick (DIGEST_CRON in DIGEST_TIMEZONE) and the
 * instant sweep (INSTANT_CRON). Runs never overlap (noOverlap, plus one chain for both tasks). The
 * last composed slot is persisted (DigestRun.slot); at start, if a slot passed while the bot was
 * down, one catch-up run is made (once, however many slots were missed).
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';

export interface SchedulerDeps {
  digestCron: string;
  instantCron: string;
  timezone: string;
  logger: Logger;
  now: () => Date;
  composeScheduled(slot: string, at: Date): Promise<unknown>;
  composeInstant(at: Date, reason: string): Promise<unknown>;
  /** At start, before anything else: continue digest runs a crash left composing. */
  resumeComposing?(): Promise<unknown>;
  /** The slot key of the latest digest run, e.g. "digest:2026-01-01T09:00:00.000Z". */
  lastDigestSlot(): Promise<string | null>;
}

export interface Scheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
}

type WithMatcher = { timeMatcher?: { getNextMatch(d: Date): Date } };

export const slotKey = (d: Date) => `digest:${d.toISOString()}`;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const log = deps.logger;
  const tasks: ScheduledTask[] = [];
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;
  // One queue for both tasks: a digest run and an instant sweep never overlap either.
  const serial = (what: string, fn: () => Promise<unknown>) => {
    chain = chain.then(async () => {
      if (stopped) return;
      try {
        await fn();
      } catch (err) {
        log.error({ err, what }, 'scheduled work failed');
      }
    });
    return chain;
  };

  return {
    async start() {
      const digest = cron.createTask(deps.digestCron, (ctx) => serial('digest', () => deps.composeScheduled(slotKey(ctx.date), deps.now())), {
        timezone: deps.timezone,
        noOverlap: true,
        name: 'digest',
      });
      const instant = cron.createTask(deps.instantCron, () => serial('instant', () => deps.composeInstant(deps.now(), 'tick')), {
        timezone: deps.timezone,
        noOverlap: true,
        name: 'instant',
      });
      tasks.push(digest, instant);
      // A run a crash interrupted is continued from its cursor, never composed afresh.
      if (deps.resumeComposing) await serial('resume', () => deps.resumeComposing!());
      // Missed while down? Find the first slot after the last one that ran.
      const last = await deps.lastDigestSlot();
      const lastAt = last ? new Date(last.slice('digest:'.length)) : null;
      const matcher = (digest as unknown as WithMatcher).timeMatcher;
      if (lastAt && !Number.isNaN(lastAt.getTime()) && matcher) {
        const next = matcher.getNextMatch(lastAt);
        if (next.getTime() < deps.now().getTime() - 1000) {
          log.info({ missedSlot: next.toISOString(), lastSlot: lastAt.toISOString() }, 'a digest run was missed while the bot was down: making it up once');
          await serial('catch-up', () => deps.composeScheduled(slotKey(next), deps.now()));
        }
      }
      await digest.start();
      await instant.start();
      log.info({ digestCron: deps.digestCron, instantCron: deps.instantCron, timezone: deps.timezone }, 'scheduler started');
    },
    async stop() {
      stopped = true;
      for (const t of tasks) await t.destroy();
      await chain;
    },
  };
}
