/**
 * A tiny static file server (node:http, no dependencies) for the tests that need the built site
 * somewhere other than the root: it serves dist/ under a sub-path, as GitHub Pages or any shared
 * host would, plus pages a test puts in (an article embedding the map). Every request is recorded
 * with its status, so a test can say that nothing missed and nothing was asked outside the sub-path.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Every request: path and status. */
  log: { path: string; status: number }[];
  /** Serves `html` at `path` (outside the sub-path, like another site's page). */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  const pages = new Map<string, string>();
  const log: StaticServer['log'] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      log.push({ path, status });
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    const page = pages.get(path);
    if (page !== undefined) return send(200, page, TYPES['.html']);
    if (!path.startsWith(prefix)) return send(404, 'not found');
    const rel = normalize(path.slice(prefix.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    const file = join(root, rel.endsWith('/') ? `${rel}index.html` : rel);
    readFile(file).then(
      (body) => send(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
      () => send(404, 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    put: (path, html) => pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
