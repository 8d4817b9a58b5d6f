// A growable byte buffer the encoder writes into; distribution code can pass
// one in to put several terms (control message, payload) into one packet.

export class ByteOutput {
  private buf: Uint8Array;
  private view: DataView;
  /** Bytes in the buffer (spliced bytes not counted). */
  length = 0;
  /** Bytes referenced by splice() instead of copied, and where in the buffer each goes; null until the first. */
  private splices: { at: number; bytes: Uint8Array }[] | null = null;
  /** How many bytes splice() added: the output is length + spliced bytes long. */
  spliced = 0;

  constructor(initialCapacity = 64) {
    this.buf = new Uint8Array(Math.max(16, initialCapacity));
    this.view = new DataView(this.buf.buffer);
  }

  private ensure(extra: number): void {
    if (this.length + extra > this.buf.length) this.grow(this.length + extra);
  }

  /** Kept apart from ensure() so that the check inlines everywhere. */
  private grow(need: number): void {
    let cap = this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.length));
    this.buf = nb;
    this.view = new DataView(nb.buffer);
  }

  u8(v: number): void {
    if (this.length >= this.buf.length) this.grow(this.length + 1);
    this.buf[this.length++] = v;
  }
  u16(v: number): void {
    this.ensure(2);
    this.view.setUint16(this.length, v);
    this.length += 2;
  }
  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.length, v >>> 0);
    this.length += 4;
  }
  i32(v: number): void {
    this.ensure(4);
    this.view.setInt32(this.length, v);
    this.length += 4;
  }
  u64(v: number): void {
    this.ensure(8);
    this.view.setBigUint64(this.length, BigInt(v));
    this.length += 8;
  }
  f64(v: number): void {
    this.ensure(8);
    this.view.setFloat64(this.length, v);
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    const n = b.length;
    this.ensure(n);
    if (n <= 16) {
      // A few bytes (atoms, small binaries): a loop beats set()'s call.
      const buf = this.buf;
      let at = this.length;
      for (let i = 0; i < n; i++) buf[at++] = b[i]!;
    } else this.buf.set(b, this.length);
    this.length += n;
  }
  /**
   * Takes `b` into the output without copying it: it goes out between the
   * bytes written before and after (see pieces()). The caller promises `b`
   * does not change until the output has been used.
   */
  splice(b: Uint8Array): void {
    (this.splices ??= []).push({ at: this.length, bytes: b });
    this.spliced += b.length;
  }
  /** Forgets everything written from buffer position `at` on, spliced bytes included. */
  truncate(at: number): void {
    this.length = at;
    const sp = this.splices;
    if (sp === null) return;
    while (sp.length > 0 && sp[sp.length - 1]!.at > at) this.spliced -= sp.pop()!.bytes.length;
  }
  /** The output in order, buffer parts and spliced bytes, without copying. */
  pieces(): Uint8Array[] {
    const sp = this.splices;
    if (sp === null) return this.length > 0 ? [this.written()] : [];
    const out: Uint8Array[] = [];
    let from = 0;
    for (const { at, bytes } of sp) {
      if (at > from) out.push(this.buf.subarray(from, at));
      out.push(bytes);
      from = at;
    }
    if (this.length > from) out.push(this.buf.subarray(from, this.length));
    return out;
  }
  /** Empties the output for reuse, keeping its buffer (whose bytes the caller no longer needs). */
  reset(): void {
    this.length = 0;
    this.splices = null;
    this.spliced = 0;
  }
  /** Overwrites a 32-bit big-endian value written earlier (sizes known only afterwards). */
  patchU32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0);
  }
  /** What was written (spliced bytes not included), without copying: the caller owns it and writes no more. */
  written(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
  /** A copy of what was written. */
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}
