// The one trace point of the VM. Every send, spawn, link, exit and
// scheduling event the live view or dbg may want passes through
// VM.trace, which does nothing but a null check while no tracer is set.
// Hot paths (send, spawn) check vm.tracer before building the event, so
// that without a tracer not even the event object is made.

import type { Atom, Pid, Term } from '../terms/types.js';

export type TraceEvent =
  /** `args`: what the process was started with, when it is an M:F(Args) call (for dbg's spawn lines and the view's rpc exchanges). */
  | { kind: 'spawn'; pid: Pid; parent: Pid | null; mfa: [string, string, number]; args?: readonly Term[]; fun?: Term }
  /** A spawn_request leaving for another node (the process will be that node's; it answers with spawn_reply). */
  | { kind: 'spawn_request'; from: Pid; node: Atom; mfa: [string, string, number]; args: readonly Term[] }
  /** `toName`: the registered name it was sent to (`Name ! Msg`), as erl's send trace shows it. */
  | { kind: 'send'; from: Pid | null; to: Pid; msg: Term; toName?: Atom }
  /** `clause`: {N, HeadText}, the receive clause that took it (its pattern as written), when the code was compiled to say. */
  | { kind: 'receive'; pid: Pid; msg: Term; clause?: Term }
  /** A watched message (vm.watchReceive) was passed over by a receive: no clause (`heads`, a list of their texts) matches; it waits in the mailbox. */
  | { kind: 'no_match'; pid: Pid; msg: Term; heads: Term }
  | { kind: 'link'; from: Pid; to: Pid }
  | { kind: 'unlink'; from: Pid; to: Pid }
  /** `name`: the registered name the process had, gone with it. */
  | { kind: 'exit'; pid: Pid; reason: Term; name?: Atom }
  | { kind: 'register'; pid: Pid; name: string }
  /** A send to a registered name on another node, whose pid this node does not know. */
  | { kind: 'send_named'; from: Pid | null; name: Atom; node: Atom; msg: Term }
  | { kind: 'nodeup' | 'nodedown'; node: Atom }
  /** Lesson tools: a message held before the mailbox, released into it, or dropped. */
  | { kind: 'held' | 'released' | 'dropped'; pid: Pid; msg: Term }
  /** Lesson tools: a fault injected on purpose (cut, heal, latency, stall, kill). */
  | { kind: 'fault'; what: string; node: Atom | null; pid: Pid | null; detail: Term }
  /** A message put in a process's mailbox (erl's 'receive' trace; `receive` above is when it is taken out); only with vm.traceDelivery. */
  | { kind: 'deliver'; pid: Pid; msg: Term }
  /** A traced function was called (erlang:trace_pattern/3; only calls through the export table). */
  | { kind: 'call'; pid: Pid; mfa: [string, string]; args: readonly Term[]; caller?: Term }
  /** A traced call whose match spec asked for return_trace or exception_trace returned, or failed. */
  | { kind: 'return_from'; pid: Pid; mfa: [string, string, number]; value: Term }
  | { kind: 'exception_from'; pid: Pid; mfa: [string, string, number]; cls: Term; reason: Term }
  /** Scheduling: the process starts (in) or ends (out) a time slice; only with vm.traceScheduling. */
  | { kind: 'in' | 'out'; pid: Pid };

export type Tracer = (ev: TraceEvent) => void;
