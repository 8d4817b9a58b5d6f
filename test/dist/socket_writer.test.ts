// A channel's writes go to the socket handle directly (socket_writer.ts):
// the bytes arrive whole and in order, whether the kernel takes them at once
// or libuv queues them (a big buffer to a reader that has not read yet), and
// bytes Writable still held when the writer took over go first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { SocketWriter } from '../../src/distribution/socket_writer.js';

/** A connected loopback pair; the server side collects everything it reads. */
async function pair(): Promise<{ client: net.Socket; received: () => Promise<Buffer>; close: () => void }> {
  const chunks: Buffer[] = [];
  let ended: () => void = () => {};
  const done = new Promise<void>((r) => {
    ended = r;
  });
  const server = net.createServer((s) => {
    s.on('data', (d) => chunks.push(d));
    s.on('end', () => {
      ended();
      s.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const client = net.connect(port, '127.0.0.1');
  await new Promise<void>((r) => client.once('connect', r));
  return {
    client,
    received: async () => {
      await done;
      return Buffer.concat(chunks);
    },
    close: () => {
      client.destroy();
      server.close();
    },
  };
}

function filled(n: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed) & 0xff;
  return b;
}

describe('socket writer', () => {
  it('sends small and queued big writes whole and in order', async () => {
    const p = await pair();
    try {
      const w = new SocketWriter(p.client);
      const parts: Buffer[] = [];
      const small = filled(100, 1);
      parts.push(small);
      assert.equal(w.write([small]), true, 'a small write is taken at once');
      // 32 MB is more than loopback's socket buffers: the rest waits in libuv.
      const big = filled(32 * 1024 * 1024, 2);
      parts.push(big);
      assert.equal(w.write([big]), false, 'a big write is queued');
      for (let i = 0; i < 50; i++) {
        const a = filled(10 + i, 3 + i);
        const b = filled(1000, 100 + i);
        parts.push(a, b);
        assert.equal(w.write([a, b]), false, 'writes behind a queued one are queued too');
      }
      p.client.end();
      assert.ok(Buffer.concat(parts).equals(await p.received()));
    } finally {
      p.close();
    }
  });

  it('writes after what Writable still holds', async () => {
    const p = await pair();
    try {
      const first = filled(16 * 1024 * 1024, 7);
      p.client.write(first);
      assert.ok(p.client.writableLength > 0, 'the first write waits in Writable');
      const w = new SocketWriter(p.client);
      const next = filled(500, 8);
      w.write([next]);
      p.client.end();
      assert.ok(Buffer.concat([first, next]).equals(await p.received()));
    } finally {
      p.close();
    }
  });
});
