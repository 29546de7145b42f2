/**
 * The bot's HTTP server (node:http): the Telegram webhook (webhook mode), GET /healthz and GET
 * /metrics. In polling mode it runs only when PORT/HTTP_PORT is set, for health and metrics.
 *
 * The webhook: POST on its path with the right `X-Telegram-Bot-Api-Secret-Token` (compared in
 * constant time); a request without it is answered 401, with a wrong one 403, and each source
 * address is logged once. A valid update is answered 200 at once and handled after (Telegram waits
 * for nothing); close() stops accepting, answers 503 to requests still arriving on open connections
 * (Telegram retries them later), and waits for the updates in flight.
 */
import { timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'telegraf/types';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { Health } from './health.js';

/** Telegram's updates are small; anything larger is not an update. */
const MAX_BODY_BYTES = 1024 * 1024;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookEndpoint {
  path: string;
  secret: string;
  /** Handles one update (bot.handleUpdate); errors are logged, never answered to Telegram. */
  handleUpdate(update: Update): Promise<void>;
}

export interface HttpServerDeps {
  host: string;
  port: number;
  logger: Logger;
  metrics: Metrics;
  health: Health;
  webhook?: WebhookEndpoint;
}

export interface HttpServer {
  /** The port actually bound (PORT=0 picks a free one). */
  port: number;
  /** Stops accepting, waits for updates in flight, closes every connection. Idempotent. */
  close(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startHttpServer(deps: HttpServerDeps): Promise<HttpServer> {
  const { logger, metrics, health, webhook } = deps;
  const inFlight = new Set<Promise<void>>();
  const loggedSources = new Set<string>();
  let closing = false;

  const reject = (req: IncomingMessage, res: ServerResponse, status: 401 | 403, reason: 'secret') => {
    metrics.webhookRejected.inc({ reason });
    const source = req.socket.remoteAddress ?? 'unknown';
    if (!loggedSources.has(source) && loggedSources.size < 1000) {
      loggedSources.add(source);
      logger.warn(
        { source, status },
        status === 401 ? 'webhook request without the secret token refused' : 'webhook request with a wrong secret token refused',
      );
    }
    send(res, status, status === 401 ? 'Unauthorized' : 'Forbidden');
  };

  async function onWebhook(req: IncomingMessage, res: ServerResponse, hook: WebhookEndpoint): Promise<void> {
    if (req.method !== 'POST') {
      metrics.webhookRejected.inc({ reason: 'method' });
      res.setHeader('allow', 'POST');
      return send(res, 405, 'Method Not Allowed');
    }
    const given = req.headers[SECRET_HEADER];
    if (typeof given !== 'string' || given === '') return reject(req, res, 401, 'secret');
    if (!sameSecret(given, hook.secret)) return reject(req, res, 403, 'secret');
    if (closing) return send(res, 503, 'Shutting down');
    const body = await readBody(req);
    if (body === 'too-large') {
      metrics.webhookRejected.inc({ reason: 'body' });
      return send(res, 413, 'Payload Too Large');
    }
    let update: Update;
    try {
      update = JSON.parse(body.toString('utf8')) as Update;
      if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') throw new Error('not an update');
    } catch {
      metrics.webhookRejected.inc({ reason: 'body' });
      return send(res, 400, 'Bad Request');
    }
    // Answer first: Telegram only needs to know the update arrived; the bot replies through the API.
    send(res, 200, '');
    const work = hook
      .handleUpdate(update)
      .catch((err: unknown) => logger.error({ err, updateId: update.update_id }, 'webhook update failed'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (webhook && url.pathname === webhook.path) return onWebhook(req, res, webhook);
    if (url.pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      const { httpStatus, report } = await health.check();
      return send(res, closing ? 503 : httpStatus, JSON.stringify(closing ? { ...report, status: 'stopping' } : report), 'application/json');
    }
    if (url.pathname === '/metrics' && req.method === 'GET') {
      return send(res, 200, await metrics.render(), metrics.contentType);
    }
    if (webhook && req.method === 'POST') metrics.webhookRejected.inc({ reason: 'path' });
    return send(res, 404, 'Not Found');
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      logger.error({ err }, 'HTTP request failed');
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(deps.port, deps.host, () => (server.off('error', rejectListen), resolve()));
  });
  const port = (server.address() as AddressInfo).port;
  logger.info(
    { port, host: deps.host, webhookPath: webhook?.path },
    webhook ? 'HTTP server listening (webhook, /healthz, /metrics)' : 'HTTP server listening (/healthz, /metrics)',
  );

  let closed: Promise<void> | undefined;
  return {
    port,
    close: () =>
      (closed ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Updates already accepted finish (their replies go out); then every connection is closed.
        while (inFlight.size) await Promise.allSettled([...inFlight]);
        server.closeAllConnections();
        await stopped;
      })()),
  };
}
