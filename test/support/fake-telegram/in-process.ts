/**
 * The in-process transport: the same requests and answers as over HTTP, without a socket.
 *
 * Telegraf sends every Bot API call through node-fetch (`ApiClient.callApi`, one client per update),
 * and the bot downloads files with the global fetch. Both are wrapped once per test process: a URL
 * whose origin is an in-process fake's apiRoot (`http://fake-telegram-N.invalid`) is answered by
 * `answerRequest()` — JSON and multipart bodies exactly as Telegraf serialized them — and anything
 * else goes to the real fetch. So Telegraf's own request building, error decoding (a 5xx answers
 * with its status text, a non-JSON body fails in res.json()) and abort handling all run unchanged.
 */
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { answerRequest, type RawResponse } from './http.js';
import type { FakeTelegramState } from './state.js';

interface NodeFetchResponseCtor {
  new (body: Buffer, init: { status: number; statusText: string; headers: Record<string, string>; url: string }): unknown;
}
interface NodeFetchModule {
  default: (url: string | URL, init?: NodeFetchInit) => Promise<unknown>;
  Response: NodeFetchResponseCtor;
  AbortError: new (message: string) => Error;
}
interface NodeFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Readable;
  signal?: AbortSignal;
}

// node-fetch as Telegraf resolves it (the same module instance Telegraf calls through `.default`).
const requireFromTelegraf = createRequire(createRequire(import.meta.url).resolve('telegraf'));
const nodeFetch = requireFromTelegraf('node-fetch') as NodeFetchModule;

const fakes = new Map<string, FakeTelegramState>();
let counter = 0;
let installed = false;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

async function bodyBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof (body as Readable)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = [];
    for await (const chunk of body as Readable) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return Buffer.concat(chunks);
  }
  return Buffer.from(await new Response(body as ConstructorParameters<typeof Response>[0]).arrayBuffer());
}

/** Answers a request to an in-process fake; rejects like a fetch when the signal aborts first. */
async function answerInProcess(
  fake: FakeTelegramState,
  url: URL,
  init: { method?: string; headers?: Record<string, string> | Headers; body?: unknown; signal?: AbortSignal | null },
  abortError: () => Error,
): Promise<RawResponse> {
  const signal = init.signal ?? new AbortController().signal;
  if (signal.aborted) throw abortError();
  const headers = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]);
  const answer = answerRequest(fake, {
    httpMethod: (init.method ?? 'GET').toUpperCase(),
    url,
    contentType: headers.get('content-type') ?? '',
    body: await bodyBytes(init.body),
    signal,
  });
  return new Promise<RawResponse>((resolve, reject) => {
    const onAbort = (): void => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err as Error);
      },
    );
  });
}

function fakeFor(input: unknown): { fake: FakeTelegramState; url: URL } | undefined {
  if (fakes.size === 0) return undefined;
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input instanceof Request ? input.url : undefined;
  if (href === undefined) return undefined;
  const url = new URL(href);
  const fake = fakes.get(url.origin);
  return fake ? { fake, url } : undefined;
}

function install(): void {
  if (installed) return;
  installed = true;
  const realNodeFetch = nodeFetch.default;
  nodeFetch.default = async (input, init = {}) => {
    const target = fakeFor(input);
    if (!target) return realNodeFetch(input, init);
    const r = await answerInProcess(target.fake, target.url, init, () => new nodeFetch.AbortError('The user aborted a request.'));
    return new nodeFetch.Response(r.body, {
      status: r.status,
      statusText: STATUS_TEXT[r.status] ?? '',
      headers: { 'content-type': r.contentType },
      url: target.url.href,
    });
  };
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init = {}) => {
    const target = fakeFor(input);
    if (!target) return realFetch(input, init);
    const r = await answerInProcess(target.fake, target.url, init as Parameters<typeof answerInProcess>[2], () =>
      Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }),
    );
    return new Response(r.status === 204 ? null : new Uint8Array(r.body), {
      status: r.status,
      statusText: STATUS_TEXT[r.status] ?? '',
      headers: { 'content-type': r.contentType },
    });
  };
}

export interface InProcessTransport {
  apiRoot: string;
  close(): Promise<void>;
}

/** Attaches a fake to this process's fetch functions under a unique apiRoot. */
export function serveInProcess(fake: FakeTelegramState): InProcessTransport {
  install();
  const apiRoot = `http://fake-telegram-${process.pid}-${++counter}.invalid`;
  fakes.set(apiRoot, fake);
  return {
    apiRoot,
    close() {
      fakes.delete(apiRoot);
      return Promise.resolve();
    },
  };
}
