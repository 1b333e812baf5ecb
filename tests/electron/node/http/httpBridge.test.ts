import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpBridge, type HttpBridge } from '../../../../electron/node/http/httpBridge.ts';
import { createServices } from '../../../../electron/node/services/createServices.ts';
import { clientFrom, httpInvoke } from '../../../../renderer/api/apiClient.ts';
import { MAX_PAYLOAD_BYTES, maxPayloadBytes } from '../../../../shared/api/payloadLimits.ts';
import { REPORTS_DIR, tempProject, type TestProject } from '../../../helpers/tempProject.ts';

let p: TestProject;
let bridge: HttpBridge;
const base = () => `http://127.0.0.1:${bridge.port}`;

beforeAll(async () => {
  p = await tempProject();
  await p.call('docs.importFiles', { paths: [`${REPORTS_DIR}yangquan-jiaoqu-2023.txt`], by: 'a' });
  bridge = await startHttpBridge({ services: createServices(p.session) });
});
afterAll(async () => {
  await bridge.close();
  await p.dispose();
});

describe('HTTP bridge', () => {
  it('serves the same service table to a client holding the token', async () => {
    const api = clientFrom(httpInvoke(base(), bridge.token));
    const docs = await api['docs.list']({});
    expect(docs.map((d) => d.docId)).toEqual(['yangquan-jiaoqu-2023']);
    await expect(api['records.setStatus']({ recordId: 'r_x', status: 'verified', by: 'a' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api['records.add']({ docId: 'yangquan-jiaoqu-2023', evidence: [], fields: { indicator: 'x', value: '1' }, by: 'a' } as never)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses requests without the token, with a wrong Host, or for main-only methods', async () => {
    const post = (path: string, headers: Record<string, string>) => fetch(`${base()}${path}`, { method: 'POST', headers, body: '{}' });
    expect((await post('/api/docs.list', {})).status).toBe(401);
    expect((await post('/api/docs.list', { 'X-Workbench-Token': 'nope' })).status).toBe(401);
    expect((await fetch(`${base()}/`)).status).toBe(401);
    const res = await post('/api/docs.importFiles', { 'X-Workbench-Token': bridge.token });
    expect(res.status).toBe(404);
    const rebinding = await new Promise<number>((resolve) => {
      import('node:http').then(({ request }) => {
        const req = request({ host: '127.0.0.1', port: bridge.port, path: '/api/docs.list', method: 'POST', headers: { Host: 'evil.example:80', 'X-Workbench-Token': bridge.token } }, (r) => resolve(r.statusCode ?? 0));
        req.end('{}');
      });
    });
    expect(rebinding).toBe(403);
  });
});

describe('HTTP bridge refusing bad requests with the right status', () => {
  const rawPost = (path: string, body: string | Buffer, headers: Record<string, string> = {}) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    import('node:http').then(({ request }) => {
      const req = request({ host: '127.0.0.1', port: bridge.port, path, method: 'POST', headers: { Host: `127.0.0.1:${bridge.port}`, 'X-Workbench-Token': bridge.token, ...headers } }, (r) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    }, reject);
  });

  it('answers 400 to malformed percent-encoding, in API and static paths', async () => {
    expect((await rawPost('/api/docs.list%E0%A4%A', '{}')).status).toBe(400);
    const page = await fetch(`${base()}/%E0%A4%A?token=${bridge.token}`);
    expect(page.status).toBe(400);
  });

  it('answers 413 with a message to a body over the limit, much lower for methods that carry no file', async () => {
    const big = Buffer.alloc(MAX_PAYLOAD_BYTES + 1, 0x20);
    const declared = await rawPost('/api/docs.list', big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('docs.list: the request is over the 16 MB limit') } });
    const chunked = await rawPost('/api/records.list', big, { 'Transfer-Encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    // The same size is fine for a method that carries a file: it reaches validation.
    const upload = await rawPost('/api/docs.importBytes', big);
    expect(upload.status).toBe(400);
    expect(maxPayloadBytes('docs.importBytes')).toBeGreaterThan(60 * 1024 * 1024);
  });

  it('decodes uploads strictly: a character outside base64 is refused, not skipped', async () => {
    const api = clientFrom(httpInvoke(base(), bridge.token));
    const good = Buffer.from('2023年全市地区生产总值增长5%。\n').toString('base64');
    const report = await api['docs.importBytes']({ fileName: 'x.txt', base64: `${good.slice(0, 8)}!${good.slice(8)}`, by: 'a' });
    expect(report.failed).toEqual([{ fileName: 'x.txt', reason: 'the upload is not valid base64', reasonCode: { code: 'source.badBase64' } }]);
    expect(report.imported).toEqual([]);
  });
});

describe('HTTP bridge serving the renderer', () => {
  it('serves static files from a folder named with a trailing slash, and never outside it', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'iw-static-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>ok</title>');
    const b = await startHttpBridge({ services: createServices(p.session), staticDir: dir + '/' });
    try {
      const page = await fetch(b.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
      expect((await fetch(`http://127.0.0.1:${b.port}/index.html`, { headers: { cookie } })).status).toBe(200);
      const { request } = await import('node:http');
      const traversal = await new Promise<number>((resolve) => {
        request({ host: '127.0.0.1', port: b.port, path: '/..%2f..%2f..%2fetc%2fpasswd', headers: { cookie, Host: `127.0.0.1:${b.port}` } }, (r) => resolve(r.statusCode ?? 0)).end();
      });
      expect(traversal).toBe(403);
    } finally {
      await b.close();
    }
  });
});
