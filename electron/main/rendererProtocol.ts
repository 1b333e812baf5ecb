import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';

/**
 * The window's pages come from `app://workbench/…`, a privileged custom scheme served from dist/renderer,
 * not from file://. Electron's security checklist prefers this: file:// pages share one origin with every
 * file on disk, and file:// responses carry no headers, so a CSP could only come from a <meta> tag in
 * index.html (owned by the renderer). Here every response carries the CSP header, and nothing outside
 * dist/renderer can be read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const RENDERER_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_ENTRY_URL = `${RENDERER_ORIGIN}/index.html`;

/** Same policy as the browser-mode HTTP bridge: nothing remote, no inline or eval'd script. */
export const RENDERER_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.wasm': 'application/wasm', '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** True for a URL of our renderer (scheme and host exact). */
export function isRendererUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file under `rendererDir` a request URL names, or null when the URL is not ours or escapes the folder. */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  if (!isRendererUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const rel = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = resolve(rendererDir);
  const path = normalize(resolve(root, rel));
  return path.startsWith(root + sep) ? path : null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The protocol.handle('app', …) handler: GET/HEAD of files in rendererDir, each with the CSP header. */
export function createRendererHandler(rendererDir: string, readFile: ReadFile = fsReadFile): (request: Request) => Promise<Response> {
  const headers = (type: string): Record<string, string> => ({
    'Content-Type': type, 'Content-Security-Policy': RENDERER_CSP, 'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache', 'Referrer-Policy': 'no-referrer',
  });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
    }
    const path = resolveRendererFile(rendererDir, request.url);
    if (!path) return new Response('not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      return new Response('not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    }
    return new Response(request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), { status: 200, headers: headers(contentTypeOf(path)) });
  };
}
