// The live view's server: the page's files over HTTP and the feed over a
// WebSocket at /events (docs/live-view-protocol.md), on 127.0.0.1 only.

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import type { LiveFeed } from './feed.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The page file a request path names: a plain name in the page's folder (so no path leads out of it), or null. */
function pageFile(url: string): [file: string, type: string] | null {
  const at = url.split('?')[0]!;
  const name = at === '/' ? 'index.html' : /^\/([a-z_]+\.(html|js|css))$/.exec(at)?.[1];
  if (name === undefined) return null;
  return [name, TYPES[name.slice(name.lastIndexOf('.') + 1)]!];
}

/** src/observer/page of this package, from build/src/observer or the bundle in build/. */
export function pageDir(): string | null {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'src', 'observer', 'page');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

export interface LiveServer {
  url: string;
  close(): Promise<void>;
}

export function startLiveServer(feed: LiveFeed, port: number, connectedNodes: () => string[]): Promise<LiveServer> {
  const dir = pageDir();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  const server = http.createServer((req, res) => {
    const file = pageFile(req.url ?? '/');
    if (req.method !== 'GET' || file === null || dir === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    fs.readFile(path.join(dir, file[0]), (err, body) => {
      if (err !== null) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      else res.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-store' }).end(body);
    });
  });
  let origins = new Set<string>();
  server.on('upgrade', (req, socket, head) => {
    // Another site open in the same browser must not read this node's messages.
    const from = req.headers.origin;
    if (req.url !== '/events' || (from !== undefined && !origins.has(from))) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => watch(feed, ws, connectedNodes()));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address !== null ? address.port : port;
      origins = new Set([`http://127.0.0.1:${actual}`, `http://localhost:${actual}`]);
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise<void>((done) => {
            for (const ws of sockets.clients) ws.terminate();
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

const MAX_BUFFERED = 16 * 1024 * 1024;

function watch(feed: LiveFeed, ws: WebSocket, nodes: string[]): void {
  const unsubscribe = feed.subscribe((frame) => {
    // A page that cannot keep up misses batches rather than the node buffering without end.
    if (ws.readyState === ws.OPEN && ws.bufferedAmount < MAX_BUFFERED) ws.send(frame);
  }, nodes);
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe);
  // The page sends nothing; whatever arrives is ignored.
  ws.on('message', () => {});
}
