// Ctrl-C on a terminal: the emulator's BREAK menu (erts break.c), with its
// exact text. a aborts (exit 0), A aborts "with dump" (SIGABRT, as erts),
// c continues, v prints the version, p/i/l/d print short reports; those,
// like D and k here, go back to the shell. Another Ctrl-C aborts, as in erl.

import type { Key } from '../terminal/keys.js';
import type { TermWriter } from '../terminal/writer.js';
import type { VM } from '../../vm/vm.js';
import { MenuLine } from '../terminal/menu_line.js';
import { distributionInfo, loadedInfo, memoryInfo, procInfo } from './break_menu_info.js';
import { ESHELL_VERSION } from '../repl/shell.js';

export const BREAK_MENU =
  'BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\r\n' + '       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\r\n';

export interface BreakActions {
  /** Back to the shell. */
  resume(): void;
  /** Stop the node with this exit status. */
  halt(status: number): void;
  /** Stop the node as erts does after a crash dump. */
  abort(): void;
}

export class BreakMenu {
  private readonly line: MenuLine;

  constructor(
    private readonly term: TermWriter,
    private readonly vm: VM,
    private readonly actions: BreakActions,
  ) {
    this.line = new MenuLine(term);
  }

  open(): void {
    this.term.write('\r\n' + BREAK_MENU);
  }

  key(k: Key): void {
    if (k.kind === 'ctrl' && k.name === 'c') {
      this.actions.halt(0);
      return;
    }
    const line = this.line.key(k);
    if (line === null) return;
    const c = line.trimStart()[0];
    if (c === undefined) return;
    const t = this.term;
    switch (c) {
      case 'a':
      case 'q':
      case '*':
        this.actions.halt(0);
        return;
      case 'A':
        t.write('Crash dump requested by user\r\nCrash dump is being written to: erl_crash.dump...done\r\n');
        this.actions.abort();
        return;
      case 'c':
        break;
      case 'p':
        t.write(procInfo(this.vm));
        break;
      case 'i':
        t.write(memoryInfo(this.vm));
        break;
      case 'l':
        t.write(loadedInfo(this.vm));
        break;
      case 'd':
        t.write(distributionInfo(this.vm));
        break;
      case 'v':
        t.write(`Erlang (BEAM) emulator version ${ESHELL_VERSION}\r\n`);
        break;
      case 'D':
      case 'k':
      case 'o':
        break;
      default:
        t.write(`Invalid option '${c}'. Please enter one of the following:\r\n` + BREAK_MENU);
        return;
    }
    this.actions.resume();
  }
}
