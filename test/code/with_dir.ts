// A fresh directory under the system's temporary one for a test's body, removed after it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function withDir(prefix: string, body: (dir: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
