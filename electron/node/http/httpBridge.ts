import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { MAIN_ONLY_METHODS, isApiMethod, type ServiceTable } from '../../../shared/api/contract.ts';
import { toEnvelope } from '../../../shared/api/envelope.ts';
import { maxPayloadBytes, payloadTooLargeMessage } from '../../../shared/api/payloadLimits.ts';
import { WorkbenchError } from '../../../shared/errors/workbenchError.ts';
import { callService } from '../services/callService.ts';
import { logServiceFailure, describeForLog, type WorkbenchLogger } from '../logging/fileLogger.ts';

/**
 * The browser-mode transport: the same service table over HTTP on 127.0.0.1 with a random token.
 * - The page is opened with ?token=…; that sets a SameSite=Strict, HttpOnly cookie for the static files.
 * - API calls (POST /api/<method>) must carry the token in the X-Workbench-Token header: a custom header
 *   cannot be sent cross-site without a CORS preflight, which is never granted.
 * - Requests from other addresses, or with a Host other than our loopback name (DNS rebinding), are refused.
 */
export interface HttpBridge {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface BridgeOptions {
  services: ServiceTable;
  /** Folder of the built renderer; API only when absent. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Where failures (not refusals) are written; none in tests that do not care. */
  logger?: WorkbenchLogger;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.ico': 'image/x-icon',
};
// Same policy as the Electron window: nothing remote, no inline script.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export async function startHttpBridge(options: BridgeOptions): Promise<HttpBridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const cookie = `iw_token=${token}`;
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((e) => {
      if (e instanceof BodyTooLarge) return sendEnvelopeError(res, 413, e.message);
      const { message, detail } = describeForLog(e);
      options.logger?.error('serve', `${req.method ?? '?'} ${req.url?.split('?')[0] ?? ''} failed: ${message}`, detail);
      send(res, 500, 'text/plain; charset=utf-8', e instanceof Error ? e.message : 'internal error');
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isLoopback(req.socket.remoteAddress) || !hostAllowed(req.headers.host, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'refused: this server only answers its own machine');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST only');
      if (!sameToken(header(req, 'x-workbench-token'), token)) return sendEnvelopeError(res, 401, 'missing or wrong token');
      const method = decodePath(url.pathname.slice('/api/'.length));
      if (method === undefined) return sendEnvelopeError(res, 400, 'the method name in the URL is not valid percent-encoding');
      if (!isApiMethod(method) || MAIN_ONLY_METHODS.includes(method)) {
        req.resume();
        return sendEnvelopeError(res, 404, `no API method "${method}" here`, 'NOT_FOUND');
      }
      // Refused before reading when the declared length already says so; otherwise while reading.
      const limit = maxPayloadBytes(method);
      if (Number(header(req, 'content-length') ?? 0) > limit) {
        req.resume();
        return sendEnvelopeError(res, 413, payloadTooLargeMessage(method, limit));
      }
      const body = await readBody(req, payloadTooLargeMessage(method, limit), limit);
      const envelope = await toEnvelope(async () => {
        let payload: unknown;
        try {
          payload = body.length ? JSON.parse(body) : {};
        } catch {
          throw new WorkbenchError('INVALID_INPUT', 'the request body is not JSON');
        }
        return callService(options.services, method, payload);
      }, (e) => logServiceFailure(options.logger, 'serve', method, e));
      const status = envelope.ok ? 200 : statusOf(envelope.error.code);
      return send(res, status, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }
    // Static renderer files: need the token once (query), then the cookie.
    const hasCookie = (req.headers.cookie ?? '').split(/;\s*/).some((c) => sameToken(c, cookie));
    const queryToken = url.searchParams.get('token');
    if (!hasCookie && !sameToken(queryToken ?? undefined, token)) {
      return send(res, 401, 'text/plain; charset=utf-8', 'open the URL printed by `npm run serve` (it carries the access token)');
    }
    if (queryToken) res.setHeader('Set-Cookie', `${cookie}; HttpOnly; SameSite=Strict; Path=/`);
    const rel = url.pathname === '/' ? 'index.html' : decodePath(url.pathname.slice(1));
    if (rel === undefined) return send(res, 400, 'text/plain; charset=utf-8', 'the URL is not valid percent-encoding');
    if (!options.staticDir) return send(res, 404, 'text/plain; charset=utf-8', 'no renderer build');
    // resolve() drops a trailing separator, so the containment check holds for "dist/renderer/" too.
    const root = resolve(options.staticDir);
    const path = resolve(join(root, rel));
    if (!path.startsWith(root + sep)) return send(res, 403, 'text/plain; charset=utf-8', 'refused');
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    res.setHeader('Content-Security-Policy', CSP);
    return send(res, 200, CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', bytes);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  res.end(body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function statusOf(code: string): number {
  // A cancelled call is the caller's own choice, not a server failure.
  return ({ INVALID_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409, CANCELLED: 409, VALUE_NOT_IN_EVIDENCE: 422, PROJECT_LOCKED: 423 } as Record<string, number>)[code] ?? 500;
}

/** A request body over its method's limit: answered 413 with a message, then the connection is closed. */
class BodyTooLarge extends Error {}

function sendEnvelopeError(res: ServerResponse, status: number, message: string, code = 'INVALID_INPUT'): void {
  if (status === 413) res.setHeader('Connection', 'close');
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: { code, message } }));
}

/** decodeURIComponent, or undefined for malformed percent-encoding (a client's mistake, not a server error). */
function decodePath(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

function readBody(req: IncomingMessage, tooLarge: string, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Stop buffering; the rest is drained and dropped while the 413 goes out.
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge(tooLarge));
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
