// Per-node state that layers above the VM keep on it. The VM itself knows
// only the fields whose types live at or below it; each layer above adds
// its own fields to VmExtensions by declaration merging
// (`declare module '.../vm/extensions.js'`) in the file that owns them, so
// every key has one owner and one type, and no import points upward.
import type { Term, Atom } from '../terms/types.js';
import type { Process } from './process.js';

/** Called when a process leaves the node, whatever the reason. */
export type ExitHook = (p: Process, reason: Term) => void;

export interface VmExtensions {
  /** Run on every process exit (ets tables, open files, remote shells... clean up). */
  exitHooks?: ExitHook[];
  /** Logs the emulator's error report for a process that died of an error (set by the CLI). */
  crashReport?: (p: Process, reason: Term) => void;
  /** erlang:display/1's output (set by the CLI). */
  display?: (t: Term) => void;
  /** This node's cookie (erlang:set_cookie/1, -setcookie). */
  cookie?: Atom;
  /** The code path, first directory first (code:get_path/0). */
  codePath?: string[];
  /** `-connect_all false` turns off transitive connections. */
  connectAll?: boolean;
  /**
   * Reads one term from text, for a get_until request other than erl_scan's
   * tokens. Nothing sets it yet: such a request reads to end of file.
   */
  readTerm?: (text: string) => Term | null;
  /** The last value statistics(runtime | wall_clock) gave, for the "since last call" half. */
  lastRuntime?: number;
  lastWallClock?: number;
  /** erlang:unique_integer/0,1's counter. */
  uniq?: number;
}

/** Adds an exit hook, creating the list on first use. */
export function addExitHook(ext: VmExtensions, hook: ExitHook): void {
  (ext.exitHooks ??= []).push(hook);
}
