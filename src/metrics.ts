/**
 * The bot's Prometheus metrics (prom-client), one registry per app so tests can build several.
 * Built by the composition root and passed as a dependency; code that counts something receives
 * `Metrics` (or the one counter it needs) and calls `.inc(...)` / `.observe(...)`. Nothing here
 * reads the environment or the database: the gauges that need data (queue depth) are fed by a
 * source function the composition root sets with `setQueueDepthSource`.
 *
 * Metric names (all prefixed `guarantor_`):
 *   updates_total{type}                       updates received (message, callback_query, inline_query, my_chat_member, …)
 *   update_errors_total{type}                 updates whose handler threw (bot.catch)
 *   update_duration_seconds{type}             handling time per update (histogram)
 *   replies_total{outcome}                    interactive replies: sent | retried | failed | dropped
 *   sends_total{priority,method}              Bot API calls that send (priority: interactive | broadcast)
 *   telegram_429_total{priority}              answers 429 Too Many Requests
 *   send_retries_total{priority,reason}       retries (reason: 429 | 5xx | network | timeout)
 *   send_failures_total{priority,reason}      sends given up (reason: gone | fatal | exhausted)
 *   outbox_queue_depth                        unsent outbox rows (collected on scrape)
 *   digest_duration_seconds{kind,phase}       digest runs (kind: digest | instant | announcement; phase: compose | deliver)
 *   database_up                               1 when the last health probe reached the database
 *   webhook_rejected_total{reason}            webhook requests refused (reason: secret | method | path | body)
 * plus prom-client's default process metrics (nodejs_eventloop_lag_*, process_resident_memory_bytes, heap, GC).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type SendPriority = 'interactive' | 'broadcast';
export type ReplyOutcome = 'sent' | 'retried' | 'failed' | 'dropped';
export type RetryReason = '429' | '5xx' | 'network' | 'timeout';
export type FailureReason = 'gone' | 'fatal' | 'exhausted';
export type DigestKind = 'digest' | 'instant' | 'announcement';

export interface Metrics {
  readonly registry: Registry;
  readonly updates: Counter<'type'>;
  readonly updateErrors: Counter<'type'>;
  readonly updateDuration: Histogram<'type'>;
  readonly replies: Counter<'outcome'>;
  readonly sends: Counter<'priority' | 'method'>;
  readonly rateLimited: Counter<'priority'>;
  readonly retries: Counter<'priority' | 'reason'>;
  readonly failures: Counter<'priority' | 'reason'>;
  readonly queueDepth: Gauge;
  readonly digestDuration: Histogram<'kind' | 'phase'>;
  readonly databaseUp: Gauge;
  readonly webhookRejected: Counter<'reason'>;
  /** Where outbox_queue_depth comes from on each scrape (the composition root sets it). */
  setQueueDepthSource(source: () => Promise<number>): void;
  /** The Prometheus text exposition (what GET /metrics answers). */
  render(): Promise<string>;
  readonly contentType: string;
}

export interface MetricsOptions {
  /** prom-client's process metrics (event-loop lag, RSS, heap, GC); on by default. */
  defaultMetrics?: boolean;
}

export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  let queueDepthSource: (() => Promise<number>) | undefined;
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    updates: new Counter({ name: 'guarantor_updates_total', help: 'Updates received, by type', labelNames: ['type'], registers }),
    updateErrors: new Counter({ name: 'guarantor_update_errors_total', help: 'Updates whose handler failed, by type', labelNames: ['type'], registers }),
    updateDuration: new Histogram({
      name: 'guarantor_update_duration_seconds',
      help: 'Time to handle one update, by type',
      labelNames: ['type'],
      buckets: seconds,
      registers,
    }),
    replies: new Counter({ name: 'guarantor_replies_total', help: 'Interactive replies, by outcome', labelNames: ['outcome'], registers }),
    sends: new Counter({
      name: 'guarantor_sends_total',
      help: 'Bot API calls that send, by priority and method',
      labelNames: ['priority', 'method'],
      registers,
    }),
    rateLimited: new Counter({ name: 'guarantor_telegram_429_total', help: 'Bot API answers 429 Too Many Requests', labelNames: ['priority'], registers }),
    retries: new Counter({ name: 'guarantor_send_retries_total', help: 'Bot API calls retried, by reason', labelNames: ['priority', 'reason'], registers }),
    failures: new Counter({ name: 'guarantor_send_failures_total', help: 'Bot API sends given up, by reason', labelNames: ['priority', 'reason'], registers }),
    queueDepth: new Gauge({
      name: 'guarantor_outbox_queue_depth',
      help: 'Unsent outbox rows',
      registers,
      async collect() {
        if (!queueDepthSource) return;
        try {
          this.set(await queueDepthSource());
        } catch {
          // The database is unreachable: leave the last value; guarantor_database_up says why.
        }
      },
    }),
    digestDuration: new Histogram({
      name: 'guarantor_digest_duration_seconds',
      help: 'Digest runs: composition and delivery time',
      labelNames: ['kind', 'phase'],
      buckets: [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600],
      registers,
    }),
    databaseUp: new Gauge({ name: 'guarantor_database_up', help: '1 when the last health probe reached the database', registers }),
    webhookRejected: new Counter({ name: 'guarantor_webhook_rejected_total', help: 'Webhook requests refused, by reason', labelNames: ['reason'], registers }),
    setQueueDepthSource(source) {
      queueDepthSource = source;
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
