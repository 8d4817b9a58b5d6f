// What a shell needs from the io server it reads and writes through. The
// `user` io server (user_io.ts) is one; a remote shell's io server, a group
// leader on another node reached through the io protocol (remote_io.ts), is
// the other.

import type { Pid } from '../../terms/types.js';
import type { ReadRequest } from '../../bifs/io/user_server.js';

export interface ShellIo {
  /** The io server's pid: the group leader of the shell's evaluators. */
  readonly proc: { readonly pid: Pid };
  /** The device's encoding, for the shell's own printing. */
  readonly encoding: 'latin1' | 'unicode';
  /** Runs an action of the shell's in order with the output already queued. */
  post(action: () => void): void;
  write(s: string): void;
  /**
   * An io:getopts/0 of the shell's, made for what it is about to print (as
   * shell.erl's report of an exception asks for the encoding): it prints
   * nothing, but an io server waiting for input may show its prompt again.
   */
  askOptions(): void;
  read(req: ReadRequest): void;
}
