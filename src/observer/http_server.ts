// The live view's server: the page's files over HTTP and the feed over a
// WebSocket (docs/live-view-protocol.md), on 127.0.0.1 only, for the one
// person who was given the address. Every path starts with a random token
// (`/TOKEN/`, `/TOKEN/app.js`, `/TOKEN/events`): a local user or a web page
// that does not know it gets 403. The Host header must name this server
// (no DNS rebinding), an Origin header must be the page's own (no other
// site's script), and sockets are bounded in number and in what each may
// have queued. Actions on the node (docs/live-view-protocol.md, "From the
// page") arrive on the same authenticated socket, so they need the token
// too.

import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type WebSocket, WebSocketServer } from 'ws';
/** What the sockets watch: the node's feed, or a recording played back (replay.ts). */
export interface FrameSource {
  /** Sends the first frame now and every later one; returns how to stop. */
  subscribe(listener: (frame: string, events: number) => void, connectedNodes: string[]): () => void;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** At most this many pages watch at once; one more is refused (503). */
export const MAX_SOCKETS = 16;
/** A socket with more than this queued misses batches (and is told how many events) until it drains. */
export const MAX_BUFFERED = 4 * 1024 * 1024;
/** HTTP connections at once (each page needs a handful for its files). */
const MAX_CONNECTIONS = 64;

/** The page file a path (after the token) names: a plain name in the page's folder (so no path leads out of it), or null. */
function pageFile(rest: string): [file: string, type: string] | null {
  const name = rest === '' ? 'index.html' : /^([a-z_]+\.(html|js|css))$/.exec(rest)?.[1];
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

/** What a page may ask of the node over its socket (the token already checked); `reply` answers that page alone. */
export type CommandHandler = (command: Record<string, unknown>, reply: (frame: Record<string, unknown>) => void) => void;

/** Commands a socket may send per second; more are answered as refused, not run (a stuck button, a script). */
export const MAX_COMMANDS_PER_SECOND = 20;

/** The checks every request and socket must pass: the token in the path, our own Host, our own Origin if any. */
export class Gate {
  readonly token = randomBytes(18).toString('base64url');
  private hosts = new Set<string>();
  private origins = new Set<string>();

  listening(port: number): void {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((h) => `http://${h}`));
  }

  /** The path after `/TOKEN/`, or null when the request must be refused. */
  admit(req: IncomingMessage): string | null {
    const host = req.headers.host;
    if (host === undefined || !this.hosts.has(host.toLowerCase())) return null;
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) return null;
    const at = (req.url ?? '').split('?')[0]!;
    const m = /^\/([A-Za-z0-9_-]+)\/(.*)$/.exec(at);
    if (m === null || !sameText(m[1]!, this.token)) return null;
    return m[2]!;
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function startLiveServer(feed: FrameSource, port: number, connectedNodes: () => string[], onCommand: CommandHandler = () => {}): Promise<LiveServer> {
  const dir = pageDir();
  const gate = new Gate();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
  const server = http.createServer((req, res) => {
    const rest = gate.admit(req);
    if (rest === null) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden: open the address that observer:start() printed\n');
      return;
    }
    const file = pageFile(rest);
    if (req.method !== 'GET' || file === null || dir === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    fs.readFile(path.join(dir, file[0]), (err, body) => {
      if (err !== null) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      else
        res
          .writeHead(200, {
            'content-type': file[1],
            'cache-control': 'no-store',
            // The page loads nothing from elsewhere and is framed by nobody.
            'content-security-policy': "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; frame-ancestors 'none'",
            'x-content-type-options': 'nosniff',
            'referrer-policy': 'no-referrer',
          })
          .end(body);
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('upgrade', (req, socket, head) => {
    const rest = gate.admit(req);
    if (rest !== 'events') {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    if (sockets.clients.size >= MAX_SOCKETS) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => watch(feed, ws, connectedNodes(), onCommand));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address !== null ? address.port : port;
      gate.listening(actual);
      resolve({
        url: `http://127.0.0.1:${actual}/${gate.token}/`,
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

function watch(feed: FrameSource, ws: WebSocket, nodes: string[], onCommand: CommandHandler): void {
  let missed = 0;
  const unsubscribe = feed.subscribe((frame, events) => {
    if (ws.readyState !== ws.OPEN) return;
    // A page that cannot keep up misses batches rather than the node buffering without end; it is told how many events it missed.
    if (ws.bufferedAmount >= MAX_BUFFERED) {
      missed += events;
      return;
    }
    if (missed > 0) {
      ws.send(JSON.stringify({ type: 'events', events: [], dropped: missed }));
      missed = 0;
    }
    ws.send(frame);
  }, nodes);
  ws.on('close', unsubscribe);
  ws.on('error', unsubscribe);
  const reply = (frame: Record<string, unknown>) => {
    if (ws.readyState === ws.OPEN && ws.bufferedAmount < MAX_BUFFERED) ws.send(JSON.stringify(frame));
  };
  let second = 0;
  let inSecond = 0;
  ws.on('message', (data, isBinary) => {
    if (isBinary) return;
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) {
      second = now;
      inSecond = 0;
    }
    if (++inSecond > MAX_COMMANDS_PER_SECOND) {
      reply({ type: 'answer', ok: false, error: 'too many commands at once' });
      return;
    }
    let command: unknown;
    try {
      command = JSON.parse(String(data));
    } catch {
      reply({ type: 'answer', ok: false, error: 'not JSON' });
      return;
    }
    if (typeof command !== 'object' || command === null || Array.isArray(command)) {
      reply({ type: 'answer', ok: false, error: 'a command is a JSON object' });
      return;
    }
    try {
      onCommand(command as Record<string, unknown>, reply);
    } catch {
      // A command that fails is answered; the node and the socket live on.
      reply({ type: 'answer', ok: false, error: 'the command failed' });
    }
  });
}
