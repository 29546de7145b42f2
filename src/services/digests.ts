/**
 * Composition: who is due, and what their digest says. A scheduled run composes every daily or
 * weekly subscriber whose own delivery moment (hour and weekday in their time zone) has come since
 * a run last considered them; an instant sweep composes every instant subscriber outside quiet
 * hours. A run is claimed first (DigestRun.slot is unique, so a slot never runs twice) and its
 * outbox rows are committed a page at a time, each page in its own short transaction (see
 * composeScheduled); the delivery worker sends the rows of runs whose last page is in.
 *
 * Withdrawal: rows keep the ids of their events; before a row's first message goes, events that
 * were deleted or unpublished meanwhile are dropped and the text re-formatted (or the row skipped
 * when nothing is left). A multi-part digest already partly sent is finished as composed.
 */
import { type DigestFilters, type DigestComposer, type DigestStyle, createDigestComposer, hasFilters } from '../domain/digest.js';
import { inQuietHours, lastDueMoment } from '../domain/schedule.js';
import { esc, splitMessage } from '../domain/html.js';
import type { Repositories } from '../db/repositories/index.js';
import type { NewDelivery } from '../db/repositories/outbox.js';
import type { Recipient } from '../db/repositories/subscriptions.js';
import type { Catalog } from '../domain/catalog.js';
import { type I18n, type Lang, negotiateLanguage } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import type { DeliveryPayload } from '../domain/payload.js';

export interface DigestServiceDeps {
  repos: Pick<Repositories, 'catalog' | 'subscriptions' | 'outbox' | 'subscribers'>;
  i18n: I18n;
  logger: Logger;
  /** The bot's username once known (deep links to partner cards in digests); none before launch. */
  botUsername?: () => string | undefined;
  /** Called after rows were written (wakes the delivery worker). */
  onQueued?: () => void;
}

export interface ComposeResult {
  created: boolean;
  recipients: number;
  considered: number;
}

/** Subscriptions read and composed at a time by a scheduled run. */
export const PAGE_SIZE = 2000;

/** How a subscriber's messages read: a single instant item is an alert; weekly digests end with "in numbers". */
export function styleOf(kind: 'digest' | 'instant', frequency: string): DigestStyle {
  if (kind === 'instant') return 'instant';
  return frequency === 'weekly' ? 'weekly' : 'daily';
}

export function recipientLang(r: Pick<Recipient, 'language' | 'telegramLanguage'>): Lang {
  return negotiateLanguage(r.language, r.telegramLanguage);
}

export function createDigestService(deps: DigestServiceDeps) {
  const { repos, i18n } = deps;
  const translator = (lang: Lang) => i18n.translator(lang);

  // One composer per catalog snapshot: texts are formatted once per (language, events) and reused.
  let cache: { catalog: Catalog; bot: string | undefined; composer: DigestComposer } | undefined;
  async function current(): Promise<DigestComposer> {
    const catalog = await repos.catalog.get();
    const bot = deps.botUsername?.();
    if (cache?.catalog !== catalog || cache.bot !== bot) cache = { catalog, bot, composer: createDigestComposer(catalog, translator, { botUsername: bot }) };
    return cache.composer;
  }
  async function composer(): Promise<DigestComposer> {
    // Runs compose from fresh data: an admin may have published or withdrawn a moment ago.
    repos.catalog.invalidate();
    return current();
  }

  // Rows store what to say (events, language, options), not the text: many rows share one string.
  const payloads = new Map<string, string>();
  const payloadOf = (kind: DeliveryPayload['kind'], r: Recipient, lang: Lang, eventIds: number[]): string => {
    const weekly = kind === 'digest' && r.frequency === 'weekly';
    const key = `${kind}|${lang}|${r.silent ? 1 : 0}|${r.linkPreviews ? 1 : 0}|${weekly ? 1 : 0}|${eventIds.join(',')}`;
    let s = payloads.get(key);
    if (!s) {
      if (payloads.size > 10_000) payloads.clear();
      const p: DeliveryPayload = { kind, lang, eventIds, silent: r.silent, linkPreviews: r.linkPreviews, ...(weekly ? { weekly } : {}) };
      payloads.set(key, (s = JSON.stringify(p)));
    }
    return s;
  };

  const nothingNewPayload = (c: DigestComposer, r: Recipient, lang: Lang): string => {
    const p: DeliveryPayload = {
      kind: 'digest',
      lang,
      parts: c.nothingNew(lang, styleOf('digest', r.frequency)),
      silent: r.silent,
      linkPreviews: r.linkPreviews,
    };
    return JSON.stringify(p);
  };

  /** Pure-ish core: the rows for a set of recipients (exported for the benchmark). */
  function composeRows(
    c: DigestComposer,
    recipients: Recipient[],
    at: Date,
    kind: 'digest' | 'instant',
    open: Set<bigint>,
  ): { rows: NewDelivery[]; empty: bigint[]; considered: bigint[] } {
    const rows: NewDelivery[] = [];
    const empty: bigint[] = [];
    const considered: bigint[] = [];
    const dueCache = new Map<string, number>();
    for (const r of recipients) {
      if (open.has(r.chatId)) continue;
      if (kind === 'digest') {
        if (r.frequency === 'instant') continue;
        const key = `${r.timezone}|${r.frequency}|${r.deliveryHour}|${r.weekday}`;
        let due = dueCache.get(key);
        if (due === undefined) {
          due = lastDueMoment(at, { frequency: r.frequency, hour: r.deliveryHour, weekday: r.weekday, timezone: r.timezone }).getTime();
          dueCache.set(key, due);
        }
        if (r.lastRunAt && r.lastRunAt.getTime() >= due) continue;
        considered.push(r.chatId);
      } else {
        if (r.frequency !== 'instant') continue;
        if (inQuietHours(at, r.timezone, r.quietFrom, r.quietTo)) continue;
      }
      const lang = recipientLang(r);
      const d = c.compose({ from: r.deliveredUpTo, to: at }, r.filters, lang, styleOf(kind, r.frequency));
      if (!d) {
        if (kind !== 'digest') continue;
        if (!r.notifyEmpty) {
          empty.push(r.chatId);
          continue;
        }
        // Asked to be told: a short "nothing new" note; its window moves when it is sent.
        rows.push({ chatId: r.chatId, payload: nothingNewPayload(c, r, lang), windowFrom: r.deliveredUpTo, windowTo: at });
        continue;
      }
      rows.push({ chatId: r.chatId, payload: payloadOf(kind, r, lang, d.eventIds), windowFrom: r.deliveredUpTo, windowTo: at });
    }
    return { rows, empty, considered };
  }

  // Compositions run one at a time (the cron ticks, publishUrgent and announcements may coincide):
  // each reads which chats still have an unsent row before writing new ones.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    composeRows,
    composer,

    /**
     * A scheduled run for a cron slot; does nothing if that slot already ran.
     *
     * The run is claimed first (DigestRun.slot is unique; status 'composing'). Due subscriptions
     * are then read PAGE_SIZE at a time (keyset pagination by id); each page is composed and
     * committed in its own short transaction — its outbox rows, the windows it advances, the
     * chats it considered and the run's cursor — so memory stays bounded by one page, the bot's
     * other queries never wait for more than one page's write, and nothing committed is lost.
     * The event loop gets a turn between pages. A crash (or an error) mid-run leaves the run
     * 'composing' with its cursor: the next call for the slot (at start, resumeComposing)
     * continues after the cursor with the run's own window end, never from scratch, so no
     * subscriber gets two rows. The delivery worker sends nothing of the run until its last page
     * is in. Chats with an unsent row are looked up per page.
     */
    composeScheduled: (slot: string, at: Date, pageSize = PAGE_SIZE): Promise<ComposeResult> =>
      serial(async () => {
        const c = await composer();
        const r = await repos.outbox.createRunPaged({ slot, kind: 'digest', windowEnd: at }, async function* (cursor) {
          // A resumed run keeps its own window end (the claimed run's, not this call's `at`).
          const run = await repos.outbox.claimRun({ slot, kind: 'digest', windowEnd: at });
          const end = run.windowEnd;
          for await (const page of repos.subscriptions.recipientPagesFrom(['daily', 'weekly'], pageSize, cursor)) {
            const open = await repos.outbox.chatsWithOpenDelivery(
              ['digest', 'instant'],
              page.recipients.map((p) => p.chatId),
            );
            const { rows, empty, considered } = composeRows(c, page.recipients, end, 'digest', open);
            yield { rows, advance: empty, considered, cursor: page.cursor };
            // better-sqlite3 answers synchronously: without this the run would never leave the
            // microtask queue, starving timers and the bot's own updates (and V8's idle-time GC).
            await new Promise((resolve) => setImmediate(resolve));
          }
        });
        if (r.created && r.rows) deps.onQueued?.();
        deps.logger.info({ slot, considered: r.considered, recipients: r.rows, created: r.created, resumed: r.resumed }, 'digest run composed');
        return { created: r.created, recipients: r.created ? r.rows : 0, considered: r.considered };
      }),

    /**
     * At start, before any new run: digest runs a crash left composing are continued from their
     * cursors; half-written instant sweeps and announcements (nobody was told they were queued)
     * are removed, to be composed again.
     */
    async resumeComposing(): Promise<{ resumed: number; abandoned: number }> {
      const abandoned = await repos.outbox.abandonComposing(['instant', 'announcement']);
      const runs = await repos.outbox.composingRuns('digest');
      for (const run of runs) {
        deps.logger.warn({ slot: run.slot }, 'continuing a digest run a stop or crash interrupted');
        await this.composeScheduled(run.slot, run.windowEnd);
      }
      return { resumed: runs.length, abandoned };
    },

    /** Instant subscribers (outside quiet hours) get what was published since their last alert. */
    composeInstant: (at: Date, reason: string): Promise<ComposeResult> =>
      serial(async () => {
        const c = await composer();
        const recipients = await repos.subscriptions.recipients('instant');
        const open = await repos.outbox.chatsWithOpenDelivery(['digest', 'instant']);
        const { rows } = composeRows(c, recipients, at, 'instant', open);
        if (!rows.length) return { created: false, recipients: 0, considered: recipients.length };
        const slot = `instant:${at.toISOString()}:${reason}:${Math.random().toString(36).slice(2, 8)}`;
        const r = await repos.outbox.createRun({ slot, kind: 'instant', windowEnd: at }, rows);
        if (r.created) deps.onQueued?.();
        deps.logger.info({ reason, recipients: rows.length }, 'instant alerts composed');
        return { created: r.created, recipients: rows.length, considered: recipients.length };
      }),

    /** /digest: what the next digest would say now, without marking anything delivered; null without an active subscription. */
    async preview(chatId: bigint, lang: Lang, at: Date): Promise<{ parts: string[]; paused: boolean } | null> {
      const sub = await repos.subscriptions.get(chatId);
      if (!sub || !sub.active) return null;
      const c = await composer();
      const style = styleOf(sub.frequency === 'instant' ? 'instant' : 'digest', sub.frequency);
      return { parts: c.compose({ from: sub.deliveredUpTo, to: at }, sub.filters, lang, style)?.parts ?? [], paused: sub.pausedAt !== null };
    },

    /** Before a digest's first part goes: its text, from the events still published (see the header). */
    async refresh(p: DeliveryPayload): Promise<DeliveryPayload | null | undefined> {
      if (!p.eventIds?.length) return undefined;
      const live = await repos.outbox.liveEventIds(p.eventIds);
      const ids = p.eventIds.filter((id) => live.has(id));
      if (p.parts && ids.length === p.eventIds.length) return undefined;
      let c = await current();
      if (ids.length !== p.eventIds.length || !ids.every((id) => c.isLive(id))) c = await composer();
      const d = c.recompose(ids, p.lang, p.kind === 'instant' ? 'instant' : p.weekly ? 'weekly' : 'daily');
      return d ? { ...p, eventIds: d.eventIds, parts: d.parts } : null;
    },

    /** One-off announcement to every active subscriber, through the same outbox. */
    async announce(text: { en: string; uk: string }, byUserId: bigint, at: Date): Promise<{ recipients: number }> {
      const recipients = await repos.subscriptions.recipients();
      const partsBy: Record<Lang, string[]> = {
        en: splitMessage(`📣 ${esc(text.en)}`),
        uk: splitMessage(`📣 ${esc(text.uk)}`),
      };
      const rows: NewDelivery[] = recipients.map((r) => {
        const lang = recipientLang(r);
        const payload: DeliveryPayload = { kind: 'announcement', lang, parts: partsBy[lang], silent: r.silent, linkPreviews: r.linkPreviews };
        return { chatId: r.chatId, payload: JSON.stringify(payload), windowFrom: null, windowTo: null };
      });
      if (!rows.length) return { recipients: 0 };
      const slot = `announcement:${at.toISOString()}:${byUserId}:${Math.random().toString(36).slice(2, 8)}`;
      await repos.outbox.createRun({ slot, kind: 'announcement', windowEnd: at }, rows);
      deps.logger.info({ byUserId: String(byUserId), recipients: rows.length }, 'announcement queued');
      deps.onQueued?.();
      return { recipients: rows.length };
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;

export function describeFilters(f: DigestFilters): string {
  return hasFilters(f) ? JSON.stringify(f) : 'everything';
}
