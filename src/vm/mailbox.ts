// A process's message queue with the cursor selective receive needs: a
// receive looks at messages from the oldest on, skips the ones no clause
// matches, and when it has to wait, resumes where it stopped.

import type { Term } from '../terms/types.js';

interface Node {
  msg: Term;
  next: Node | null;
}

export const NOMSG: unique symbol = Symbol('nomsg');

export class Mailbox {
  private head: Node | null = null;
  private tail: Node | null = null;
  /** The last message a receive looked at and skipped (null: none yet). */
  private prev: Node | null = null;
  size = 0;

  push(msg: Term): void {
    const n: Node = { msg, next: null };
    if (this.tail === null) this.head = n;
    else this.tail.next = n;
    this.tail = n;
    this.size++;
  }

  /** Starts a new receive at the oldest message. */
  rewind(): void {
    this.prev = null;
  }

  private current(): Node | null {
    return this.prev === null ? this.head : this.prev.next;
  }

  peek(): Term | typeof NOMSG {
    const c = this.current();
    return c === null ? NOMSG : c.msg;
  }

  advance(): void {
    const c = this.current();
    if (c !== null) this.prev = c;
  }

  /** Removes the message under the cursor (the one a clause matched) and returns it. */
  take(): Term | typeof NOMSG {
    const c = this.current();
    if (c === null) return NOMSG;
    if (this.prev === null) this.head = c.next;
    else this.prev.next = c.next;
    if (this.tail === c) this.tail = this.prev;
    this.prev = null;
    this.size--;
    return c.msg;
  }

  /** Whether messages arrived beyond the cursor (a waiting receive must look again). */
  hasUnseen(): boolean {
    return this.current() !== null;
  }

  /**
   * Removes the oldest message `match` says yes to (demonitor's flush), the
   * others staying in order; the receive cursor stays where it was.
   */
  removeFirst(match: (msg: Term) => boolean): void {
    let before: Node | null = null;
    for (let n = this.head; n !== null; before = n, n = n.next) {
      if (!match(n.msg)) continue;
      if (before === null) this.head = n.next;
      else before.next = n.next;
      if (this.tail === n) this.tail = before;
      if (this.prev === n) this.prev = before;
      this.size--;
      return;
    }
  }

  toArray(): Term[] {
    const out: Term[] = [];
    for (let n = this.head; n !== null; n = n.next) out.push(n.msg);
    return out;
  }

  clear(): void {
    this.head = this.tail = this.prev = null;
    this.size = 0;
  }
}
