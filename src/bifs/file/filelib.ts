// The simple filelib natives: tests on paths and ensure_dir. wildcard/1,2
// and fold_files are not here.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { A, bool, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { fileName, posixError } from './names.js';

function stat(t: Term, fn: string): fs.Stats | null {
  const n = fileName(t);
  if (n === null) throw new ErlException('error', A.function_clause, { module: 'filelib', function: fn, args: [t] });
  try {
    return fs.statSync(n.s);
  } catch {
    return null;
  }
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'is_dir/1': (_p, t) => bool(stat(t, 'is_dir')?.isDirectory() ?? false),
  'is_file/1': (_p, t) => bool(stat(t, 'is_file') !== null),
  'is_regular/1': (_p, t) => bool(stat(t, 'is_regular')?.isFile() ?? false),
  'file_size/1': (_p, t) => stat(t, 'file_size')?.size ?? 0,
  'last_modified/1': (_p, t) => {
    const st = stat(t, 'last_modified');
    if (st === null) return 0;
    const d = st.mtime;
    return [
      [d.getFullYear(), d.getMonth() + 1, d.getDate()],
      [d.getHours(), d.getMinutes(), d.getSeconds()],
    ];
  },
  'ensure_dir/1': (_p, t) => {
    const n = fileName(t);
    if (n === null) throw new ErlException('error', A.function_clause, { module: 'filelib', function: 'ensure_dir', args: [t] });
    try {
      fs.mkdirSync(path.dirname(n.s), { recursive: true });
      return A.ok;
    } catch (e) {
      return [A.error, posixError(e)];
    }
  },
};

export const filelibNatives: NativeModule = {
  name: 'filelib',
  functions: f as unknown as Record<string, NativeFn>,
};
