/**
 * A tiny static server for the built site (dist/ or OUT_DIR), as a static host would serve it:
 * directories resolve to index.html, unknown paths get 404.html with status 404. Bound to
 * 127.0.0.1 on a free port.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface Preview {
  url(path: string): string;
  stop(): Promise<void>;
}

export async function startPreview(
  dir = process.env['OUT_DIR'] ?? 'dist',
  base = process.env['BASE_PATH'] ?? '/',
  port = 0,
): Promise<Preview> {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) path = '/__outside_base__';
    path = path.slice(prefix.length - 1);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
    }
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: (p: string) => `http://127.0.0.1:${bound}${prefix.replace(/\/$/, '')}${p}`,
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
