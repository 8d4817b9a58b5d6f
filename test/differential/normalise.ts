// The one reviewed place where the differential suite lets erlts print
// something other than what erl printed. Each rule is a difference erlts
// keeps on purpose; anything not named here must match byte for byte.
// Applied to erl's recorded output and to erlts's output alike.

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nativeModules } from '../../src/bifs/index.js';

/** Numbers values by first appearance, so equal ids stay equal and different ones differ. */
class FirstSeen {
  private readonly seen = new Map<string, number>();
  of(key: string): number {
    let n = this.seen.get(key);
    if (n === undefined) this.seen.set(key, (n = this.seen.size + 1));
    return n;
  }
}

/**
 * The library modules erlts ships with its own sources: lib/erlang/*.erl and
 * the native (TypeScript) modules. erl_eval is left out on purpose: the frames
 * it leaves for shell and -eval code are the user's code's frames, and erlts
 * reproduces them with OTP's lines.
 */
function libraryModules(): Set<string> {
  const lib = fileURLToPath(new URL('../../../lib/erlang/', import.meta.url));
  const names = new Set(nativeModules.map((m) => m.name));
  for (const f of readdirSync(lib)) if (f.endsWith('.erl')) names.add(f.slice(0, -'.erl'.length));
  names.delete('erl_eval');
  return names;
}

const LIBRARY = libraryModules();
const libraryFile = (file: string): boolean => file.endsWith('.erl') && LIBRARY.has(file.slice(0, -'.erl'.length));

export function normalise(text: string): string {
  const pids = new FirstSeen();
  const refs = new FirstSeen();
  return (
    text
      // Pids: the serial numbers depend on how many processes the node
      // started before (erl's boot starts a different set of processes than
      // erlts's), so only "same pid or not" is compared.
      .replace(/<(\d+)\.\d+\.\d+>/g, (pid, node: string) => `<${node}.P${pids.of(pid)}>`)
      // References: random-looking numbers in both systems.
      .replace(/#Ref<[\d.]+>/g, (ref) => `#Ref<R${refs.of(ref)}>`)
      // Fun identities: erl prints the index in the module's fun table and
      // a hash of the BEAM code (#Fun<erl_eval.42.3316493>); erlts compiles
      // to JavaScript and has neither, so only the module is compared.
      .replace(/#Fun<([^.<>\s]+)\.\d+\.\d+>/g, '#Fun<$1.F>')
      // Lines inside library modules: erlts's lists, dict, array... are its
      // own sources (lib/erlang/*.erl, or native code), so the line of a frame
      // in one of them is a line of erlts's file, not of OTP's. The module,
      // function and arguments are still compared; only the line goes, in a
      // caught stack trace ({file,"lists.erl"},{line,1265}) and in the
      // shell's report ((lists.erl, line 1265)). The user's modules and
      // erl_eval's frames keep their lines.
      .replace(/\{file,"([\w.]+)"\},(\s*)\{line,\d+\}/g, (all, file: string, space: string) => (libraryFile(file) ? `{file,"${file}"},${space}{line,L}` : all))
      .replace(/\(([\w.]+), line \d+\)/g, (all, file: string) => (libraryFile(file) ? `(${file}, line L)` : all))
  );
}
