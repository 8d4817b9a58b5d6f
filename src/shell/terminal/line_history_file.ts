// Keeping the terminal history between sessions, as erl does with
// `-kernel shell_history enabled` (off by default, as in erl; ERLTS_HISTORY=1
// turns it on too). erl keeps a disk_log in ~/.cache/erlang-history; we keep
// our own file next to it, one JSON string per line so any text survives.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const HISTORY_FILE_NAME = 'erlts-shell-history';
const MAX_ENTRIES = 1000;

export interface HistorySettings {
  enabled: boolean;
  file: string;
}

/** The kernel parameters as typed (`-kernel shell_history enabled`, `shell_history_path '"/x"'`). */
export function historySettings(kernel: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): HistorySettings {
  const flag = kernel.get('shell_history');
  const enabled = flag !== undefined ? flag.trim() === 'enabled' : env.ERLTS_HISTORY === '1';
  const given = kernel.get('shell_history_path');
  const dir = given !== undefined ? unquote(given) : defaultDir(env);
  return { enabled, file: path.join(dir, HISTORY_FILE_NAME) };
}

/** filename:basedir(user_cache, "erlang-history"). */
function defaultDir(env: NodeJS.ProcessEnv): string {
  const cache = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.length > 0 ? env.XDG_CACHE_HOME : path.join(env.HOME ?? os.homedir(), '.cache');
  return path.join(cache, 'erlang-history');
}

/** `"/x"` or `'"/x"'` as the shell left it: the directory text. */
function unquote(v: string): string {
  const t = v.trim();
  const m = /^'?"(.*)"'?$/.exec(t);
  return m !== null ? m[1]! : t;
}

export function loadHistory(file: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const lines: string[] = [];
  for (const row of text.split('\n')) {
    if (row.length === 0) continue;
    try {
      const v: unknown = JSON.parse(row);
      if (typeof v === 'string') lines.push(v);
    } catch {
      // A torn last line (the node was killed mid-write): skip it.
    }
  }
  if (lines.length > MAX_ENTRIES * 2) {
    // Keep the file bounded: rewrite it with the newest entries.
    const keep = lines.slice(-MAX_ENTRIES);
    try {
      fs.writeFileSync(file, keep.map((l) => JSON.stringify(l) + '\n').join(''));
    } catch {
      // Read-only is fine: we still have the entries.
    }
    return keep;
  }
  return lines;
}

/** Appends one entry; failures are silent (history must never break the shell). */
export function appendHistory(file: string, line: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, JSON.stringify(line) + '\n');
  } catch {
    // Ignored.
  }
}
