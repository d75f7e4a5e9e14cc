/**
 * `onoma serve`: node:http around the pure protocol. Binds to loopback by default, caps request
 * bodies, logs one JSON line per request on stderr (query contents only when asked), and reloads its
 * tables on SIGHUP without dropping requests: a failed reload keeps serving the old tables.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createResolver } from '../resolver.js';
import { buildServiceData, error, handle, type ApiResponse, type ServiceData, type ServiceSettings } from './protocol.js';

export interface ServeOptions {
  tables: string[];
  host: string;
  port: number;
  baseUrl?: string | undefined;
  matchThreshold?: number | undefined;
  ambiguityMargin?: number | undefined;
  /** log the text of queries (off by default: names can be personal data) */
  logQueries?: boolean;
  /** largest request body accepted, in bytes */
  maxBody?: number;
  maxBatch?: number;
  log?: (entry: Record<string, unknown>) => void;
}

export interface RunningServer {
  url: string;
  server: http.Server;
  reload(): boolean;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = 1024 * 1024;
export const DEFAULT_MAX_BATCH = 50;

/**
 * The request body, or a 413 when it is over the limit. An oversized body is drained (not kept) so the
 * client can read the answer; past 16× the limit the connection is cut.
 */
async function readBody(req: http.IncomingMessage, limit: number): Promise<string | ApiResponse> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16 * limit) {
      req.destroy();
      break;
    }
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) return error(413, `request body larger than ${limit} bytes`);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? ((entry) => process.stderr.write(JSON.stringify(entry) + '\n'));
  const load = (): ServiceData => buildServiceData(createResolver({ tables: options.tables, matchThreshold: options.matchThreshold, ambiguityMargin: options.ambiguityMargin }));
  let data = load();
  const settings: ServiceSettings = { baseUrl: '', maxBatch: options.maxBatch ?? DEFAULT_MAX_BATCH };
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;

  const server = http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    let response: ApiResponse;
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      let form: URLSearchParams | undefined;
      if (req.method === 'POST') {
        const body = await readBody(req, maxBody);
        if (typeof body !== 'string') response = body;
        else form = new URLSearchParams(body);
      }
      response ??= handle({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, form }, data, settings);
    } catch (e) {
      response = error(500, 'internal error; see the server log');
      log({ level: 'error', time: new Date().toISOString(), msg: (e as Error).stack ?? String(e) });
    }
    res.writeHead(response.status, response.headers);
    res.end(response.body);
    const entry: Record<string, unknown> = { level: 'info', time: new Date().toISOString(), method: req.method, path: url.pathname, status: response.status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
    if (options.logQueries) entry.query = url.search || undefined;
    log(entry);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  settings.baseUrl = (options.baseUrl ?? url).replace(/\/+$/, '');

  const reload = (): boolean => {
    try {
      data = load();
      log({ level: 'info', time: new Date().toISOString(), msg: `tables reloaded: ${data.resolver.entities.length} entities` });
      return true;
    } catch (e) {
      log({ level: 'error', time: new Date().toISOString(), msg: `reload failed, still serving the previous tables: ${(e as Error).message}` });
      return false;
    }
  };
  return {
    url,
    server,
    reload,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
