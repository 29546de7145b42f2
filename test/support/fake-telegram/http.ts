/**
 * The fake Bot API's transport: routing (`/bot<token>/<method>`, `/file/bot<token>/<path>`), body
 * parsing (JSON, multipart/form-data with file parts, urlencoded, query string) and the HTTP server
 * on 127.0.0.1. `answerRequest()` is transport-free, so in-process.ts answers the very same bytes
 * without a socket.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { FakeTelegramState } from './state.js';
import { bad, BotApiError, isObject, type Json, mimeFor, type UploadedFileInfo } from './types.js';

const JSON_FIELDS = new Set([
  'reply_markup',
  'results',
  'entities',
  'caption_entities',
  'link_preview_options',
  'reply_parameters',
  'commands',
  'scope',
  'menu_button',
  'allowed_updates',
  'media',
  'button',
]);
const INT_FIELDS = new Set([
  'chat_id',
  'from_chat_id',
  'message_id',
  'user_id',
  'offset',
  'limit',
  'timeout',
  'reply_to_message_id',
  'cache_time',
  'message_thread_id',
  'max_connections',
]);
const BOOL_FIELDS = new Set([
  'disable_notification',
  'protect_content',
  'show_alert',
  'is_personal',
  'drop_pending_updates',
  'disable_web_page_preview',
  'allow_sending_without_reply',
  'disable_content_type_detection',
  'has_spoiler',
  'show_caption_above_media',
]);

/** A request as it arrived, whatever carried it. */
export interface RawRequest {
  httpMethod: string;
  url: URL;
  contentType: string;
  body: Buffer;
  signal: AbortSignal;
}

/** An answer as it will leave, whatever carries it. */
export interface RawResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

interface ParsedBody {
  params: Json;
  files: UploadedFileInfo[];
}

function coerceStringField(key: string, value: string): unknown {
  if (JSON_FIELDS.has(key)) {
    const t = value.trim();
    if (t.startsWith('{') || t.startsWith('[')) {
      try {
        return JSON.parse(t) as unknown;
      } catch {
        return value;
      }
    }
    return value;
  }
  if (INT_FIELDS.has(key) && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  if (BOOL_FIELDS.has(key) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

async function parseBody(contentTypeHeader: string, body: Buffer, url: URL): Promise<ParsedBody> {
  const params: Json = {};
  const files: UploadedFileInfo[] = [];
  for (const [k, v] of url.searchParams) params[k] = coerceStringField(k, v);
  if (body.length === 0) return { params, files };
  const contentType = contentTypeHeader.toLowerCase();
  if (contentType.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw bad("can't parse JSON object");
    }
    if (!isObject(parsed)) throw bad('parameters must be a JSON object');
    for (const [k, v] of Object.entries(parsed)) params[k] = typeof v === 'string' && JSON_FIELDS.has(k) ? coerceStringField(k, v) : v;
  } else if (contentType.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Request('http://fake.invalid/', {
        method: 'POST',
        headers: { 'content-type': contentTypeHeader },
        body: new Uint8Array(body),
      }).formData();
    } catch (err) {
      throw bad(`can't parse multipart body: ${(err as Error).message}`);
    }
    for (const [k, v] of form) {
      if (typeof v === 'string') {
        // Telegraf repeats the method name in the form.
        if (k === 'method') continue;
        params[k] = coerceStringField(k, v);
      } else {
        const content = Buffer.from(await v.arrayBuffer());
        const file: UploadedFileInfo = { field: k, file_name: v.name, mime_type: mimeFor(v.name, v.type), size: content.length, content };
        files.push(file);
        params[k] = { file_name: file.file_name, mime_type: file.mime_type, size: file.size };
      }
    }
  } else {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = coerceStringField(k, v);
  }
  return { params, files };
}

const json = (status: number, body: unknown): RawResponse => ({
  status,
  contentType: 'application/json',
  body: Buffer.from(JSON.stringify(body)),
});

/** Routes one request to the fake and returns the bytes to answer. */
export async function answerRequest(fake: FakeTelegramState, req: RawRequest): Promise<RawResponse> {
  const arrival = performance.now();
  const fileMatch = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url.pathname);
  if (fileMatch && (req.httpMethod === 'GET' || req.httpMethod === 'HEAD')) {
    if (decodeURIComponent(fileMatch[1] ?? '') !== fake.token) return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const f = fake.fileByPath(decodeURIComponent(fileMatch[2] ?? ''));
    if (!f) return json(404, { ok: false, error_code: 404, description: 'Not Found' });
    return { status: 200, contentType: f.mime_type || 'application/octet-stream', body: req.httpMethod === 'HEAD' ? Buffer.alloc(0) : f.content };
  }
  const m = /^\/bot([^/]+)\/(?:test\/)?([^/]*)$/.exec(req.url.pathname);
  if (!m) return json(404, { ok: false, error_code: 404, description: 'Not Found' });
  const token = decodeURIComponent(m[1] ?? '');
  const method = decodeURIComponent(m[2] ?? '');
  let parsed: ParsedBody = { params: {}, files: [] };
  let rejected: BotApiError | undefined;
  try {
    parsed = await parseBody(req.contentType, req.body, req.url);
  } catch (err) {
    rejected = err instanceof BotApiError ? err : bad(String(err));
  }
  const answer = await fake.execute({ token, method, ...parsed, signal: req.signal, arrival, ...(rejected ? { rejected } : {}) });
  if ('raw' in answer) {
    return { status: answer.status, contentType: answer.raw.contentType ?? 'text/html; charset=utf-8', body: Buffer.from(answer.raw.body) };
  }
  return json(answer.status, answer.json);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface HttpTransport {
  apiRoot: string;
  close(): Promise<void>;
}

/** Serves the fake over HTTP on 127.0.0.1 and an ephemeral port. */
export async function serveHttp(fake: FakeTelegramState): Promise<HttpTransport> {
  // A keep-alive timeout well above the clients' (Node's agent closes idle sockets first), so a
  // client never reuses a socket the server is closing; close() destroys every socket anyway.
  const server = createServer({ keepAliveTimeout: 65_000 });
  const sockets = new Set<Socket>();
  const inflight = new Set<Promise<void>>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    const done = (async () => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const answer = await answerRequest(fake, {
        httpMethod: req.method ?? 'GET',
        url,
        contentType: String(req.headers['content-type'] ?? ''),
        body,
        signal: abort.signal,
      });
      if (res.destroyed || res.writableEnded || res.headersSent) return;
      res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
    })().catch((err: unknown) => {
      if (res.destroyed || res.headersSent) return;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 500, description: `Internal Server Error: ${(err as Error).message}` }));
    });
    // 'close' is emitted once the answer has been handed to the socket, or the client went away.
    const tracked = new Promise<void>((resolve) => {
      res.on('close', () => resolve());
      void done.then(() => {
        if (res.destroyed || res.writableFinished) resolve();
      });
    });
    inflight.add(tracked);
    void tracked.then(() => inflight.delete(tracked));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    async close() {
      // Let in-flight answers reach the sockets (bounded).
      if (inflight.size) {
        await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, 1000).unref())]);
      }
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      });
    },
  };
}
