// erlts_observer_host: what lib/erlang's erlts_observer (and observer:start/0)
// call to run the live view of this node. Listening takes a moment, so
// start/1 answers with a ref, and {Ref, {ok, Url} | {error, Reason}} follows.

import { A, Atom, str, type Term } from '../terms/types.js';
import type { VM } from '../vm/vm.js';
import type { NativeFn } from '../vm/native.js';
import type { Process } from '../vm/process.js';
import { LiveFeed } from './feed.js';
import { ACTIONS, act } from './actions.js';
import { startViewService } from './peer_stream.js';
import type { LiveServer } from './http_server.js';

interface LiveView {
  feed: LiveFeed;
  server: Promise<LiveServer>;
  url: string | null;
}

/** What a page may ask (docs/live-view-protocol.md, "From the page"); each lesson action is answered to that page. */
function command(vm: VM, feed: LiveFeed, c: Record<string, unknown>, reply: (frame: Record<string, unknown>) => void): void {
  if (c.type === 'clear') return feed.clear();
  // An id the page chose, echoed so it can tell its answers apart: a short string or a number, nothing else.
  const id = typeof c.id === 'number' && Number.isSafeInteger(c.id) ? c.id : typeof c.id === 'string' && c.id.length <= 64 ? c.id : null;
  if (c.type === 'xray') {
    if (typeof c.on !== 'boolean') return reply({ type: 'answer', id, ok: false, error: 'xray needs "on": true or false' });
    feed.xray(c.on);
    return reply({ type: 'answer', id, ok: true, result: c.on ? 'the wire lane is on' : 'the wire lane is off' });
  }
  if (typeof c.type === 'string' && ACTIONS.has(c.type)) return reply({ type: 'answer', id, ...act(vm, c) });
  reply({ type: 'answer', id, ok: false, error: `unknown command ${typeof c.type === 'string' ? c.type.slice(0, 40) : ''}`.trimEnd() });
}

export function registerLiveView(vm: VM): void {
  startViewService(vm);
  let live: LiveView | null = null;
  const connected = () => (vm.ext.distApi?.nodes('connected') ?? []).map((n) => n.name);
  const start = (p: Process, port: Term): Term => {
    const ref = vm.makeRef();
    if (typeof port !== 'number' || port < 0 || port > 65535) {
      vm.deliver(p, [ref, [A.error, A.badarg]]);
      return ref;
    }
    if (live === null) {
      const feed = new LiveFeed(vm);
      const service = vm.ext.viewService;
      if (service !== undefined) feed.watchPeers(service, vm.ext.distApi?.nodes('connected') ?? []);
      // Loaded when first used: ws and node:http would cost every node's start-up.
      const server = import('./http_server.js').then((m) => m.startLiveServer(feed, port, connected, (c, reply) => command(vm, feed, c, reply)));
      const view: LiveView = { feed, server, url: null };
      live = view;
      view.server.then(
        (s) => (view.url = s.url),
        () => {
          feed.detach();
          if (live === view) live = null;
        },
      );
    }
    live.server.then(
      (s) => vm.sendPid(null, p.pid, [ref, [A.ok, str(s.url)]]),
      (e: NodeJS.ErrnoException) => vm.sendPid(null, p.pid, [ref, [A.error, Atom.of((e.code ?? 'failed').toLowerCase())]]),
    );
    return ref;
  };
  const stop = (): Term => {
    if (live !== null) {
      const { feed, server } = live;
      live = null;
      feed.detach();
      void server.then(
        (s) => s.close(),
        () => {},
      );
    }
    return A.ok;
  };
  const url = (): Term => (live?.url != null ? str(live.url) : A.undefined);
  vm.code.registerNatives({
    name: 'erlts_observer_host',
    functions: { 'start/1': start as unknown as NativeFn, 'stop/0': stop as unknown as NativeFn, 'url/0': url as unknown as NativeFn },
  });
}
