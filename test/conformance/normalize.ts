// Makes two transcripts comparable: the parts of erl's output that change from
// run to run (pids, refs, timestamps, host names, temp dirs...) are replaced by
// stable placeholders. It is applied to the expected AND the actual output.
// Texts are latin1 strings: one char per byte, so nothing is re-encoded.

export interface NormalizeOptions {
  /** Interpret \r, \b, BEL and ANSI escapes like a terminal screen (tty cases). */
  tty?: boolean;
  /** Turn \r\n into \n. */
  foldCrlf?: boolean;
  /** Hide line numbers of OTP modules in stack traces. */
  looseOtpLines?: boolean;
  /** Leave the host part of node names alone. */
  keepHosts?: boolean;
}

/** Temp dirs of the reference driver (goldcase-) and of ours (erltscase-). */
const TEMP_DIR = /(?:\/[\w.-]+)*\/(?:goldcase|erltscase)-[A-Za-z0-9]+/g;
const REPORT_TIME = /(=[A-Z ]*REPORT====) \d{1,2}-[A-Z][a-z]{2}-\d{4}::\d{2}:\d{2}:\d{2}(?:\.\d+)? ===/g;
const LOGGER_TIME = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?/g;
const NODE_NAME = /\b([A-Za-z][\w-]*)@([A-Za-z0-9](?:[\w.-]*[A-Za-z0-9])?)/g;
const OTP_MODULES =
  'erl_eval|shell|lists|gen_server|gen|proc_lib|init|rpc|erpc|io|io_lib|c|code|erl_lint|compile|auth|' +
  'net_kernel|dist_util|maps|string|timer|supervisor|application_master|file|erts_internal|error_handler';

/** Drops ANSI control sequences and BEL, then replays \r and \b on each line. */
export function renderTty(text: string): string {
  const plain = text
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b\][^\x07]*\x07/g, '')
    .replace(/\x1b[()][A-Z0-9]/g, '')
    .replace(/\x07/g, '');
  const screenLines: string[] = [];
  let cells: string[] = [];
  let cursor = 0;
  for (const ch of plain) {
    if (ch === '\n') {
      screenLines.push(cells.join('').trimEnd());
      cells = [];
      cursor = 0;
    } else if (ch === '\r') {
      cursor = 0;
    } else if (ch === '\b') {
      cursor = Math.max(0, cursor - 1);
    } else {
      while (cells.length < cursor) cells.push(' ');
      cells[cursor++] = ch;
    }
  }
  const lastLine = cells.join('');
  return screenLines.map((line) => `${line}\n`).join('') + lastLine;
}

/** Numbers values by first appearance, so equal ids stay equal and different ones different. */
class FirstSeenNumbers {
  private readonly seen = new Map<string, number>();
  of(key: string): number {
    let n = this.seen.get(key);
    if (n === undefined) this.seen.set(key, (n = this.seen.size + 1));
    return n;
  }
}

export function normalize(input: string, options: NormalizeOptions = {}): string {
  let text = options.tty ? renderTty(input) : input;
  if (options.foldCrlf) text = text.replace(/\r\n/g, '\n');
  text = text.replace(TEMP_DIR, '$T');
  text = text.replace(REPORT_TIME, '$1 <TIME> ===').replace(LOGGER_TIME, '<TIME>');
  text = text
    .replace(/Erlang\/OTP \d+(?:\.\d+)*(?: \[[^\]\r\n]*\])*/g, 'Erlang/OTP <BANNER>')
    .replace(/Eshell V[\d.]+/g, 'Eshell V<VSN>')
    .replace(/emulator version [\d.]+/g, 'emulator version <VSN>')
    .replace(/\berts-\d+(?:\.\d+)+/g, 'erts-<VSN>');
  const pids = new FirstSeenNumbers();
  const refs = new FirstSeenNumbers();
  const ports = new FirstSeenNumbers();
  text = text.replace(/<(\d+)\.\d+\.\d+>/g, (pid, nodeIndex: string) => `<${nodeIndex === '0' ? '0' : 'N'}.P${pids.of(pid)}>`);
  text = text.replace(/#Ref<[\d.]+>/g, (ref) => `#Ref<R${refs.of(ref)}>`);
  text = text.replace(/#Port<[\d.]+>/g, (port) => `#Port<T${ports.of(port)}>`);
  text = text.replace(/#Fun<([^.<>\s]+)\.\d+\.\d+>/g, '#Fun<$1.F>');
  if (!options.keepHosts) {
    text = text.replace(NODE_NAME, (whole, name: string, host: string) => (host === 'nohost' ? whole : `${name}@HOST`));
  }
  if (options.looseOtpLines) {
    text = text
      .replace(new RegExp(`(\\{file,"(?:${OTP_MODULES})\\.erl"\\},\\s*\\{line,)\\d+`, 'g'), '$1N')
      .replace(new RegExp(`\\(((?:${OTP_MODULES})\\.erl), line \\d+\\)`, 'g'), '($1, line N)');
  }
  return text;
}
