// Length-prefixed packets on a byte stream: 2-byte lengths during the
// handshake ({packet,2}), 4-byte ones once connected ({packet,4}). Bytes that
// arrive early (the peer may send its first messages right after the last
// handshake packet) stay buffered across the switch.

export class PacketReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(
    /** Bytes of the length prefix: 2 or 4. */
    public headerSize: 2 | 4,
    /** A larger announced length is a protocol error (see next()). */
    public maxLength: number,
  ) {}

  push(data: Buffer): void {
    if (data.length === 0) return;
    this.chunks.push(data);
    this.buffered += data.length;
  }

  /**
   * The next whole packet (without its prefix), null when more bytes are
   * needed, or 'too_long' when the prefix announces more than maxLength.
   */
  next(): Buffer | null | 'too_long' {
    if (this.buffered < this.headerSize) return null;
    const head = this.peek(this.headerSize);
    const len = this.headerSize === 2 ? head.readUInt16BE(0) : head.readUInt32BE(0);
    if (len > this.maxLength) return 'too_long';
    if (this.buffered < this.headerSize + len) return null;
    const all = this.take(this.headerSize + len);
    return all.subarray(this.headerSize);
  }

  get pending(): number {
    return this.buffered;
  }

  /** Everything buffered and not yet read as a packet (handed over when the framing changes). */
  drain(): Buffer {
    const all = Buffer.concat(this.chunks);
    this.chunks = [];
    this.buffered = 0;
    return all;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0]!.length >= n) return this.chunks[0]!;
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined;
  }

  private take(n: number): Buffer {
    const first = this.peek(n);
    const out = first.subarray(0, n);
    if (first.length === n) this.chunks.shift();
    else this.chunks[0] = first.subarray(n);
    this.buffered -= n;
    return out;
  }
}

/** One packet, prefix and body in one buffer, so it goes out in one socket.write. */
export function framePacket(headerSize: 2 | 4, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(headerSize + body.length);
  if (headerSize === 2) out.writeUInt16BE(body.length, 0);
  else out.writeUInt32BE(body.length, 0);
  out.set(body, headerSize);
  return out;
}
