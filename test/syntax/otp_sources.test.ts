// Opt-in (ERLTS_OTP_COMPARE=1, takes about a minute): parses the installed
// OTP's stdlib, kernel, compiler, tools and syntax_tools sources with us and
// with real epp+erl_parse, and requires identical functions and errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { parseForms } from '../../src/syntax/index.js';
import { formText } from './erl_text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.resolve(here, '../../../test/syntax/dump_otp_forms.escript');
const enabled = process.env.ERLTS_OTP_COMPARE === '1';

test('OTP sources parse exactly as erl parses them', {
  skip: enabled ? false : 'opt-in: ERLTS_OTP_COMPARE=1 parses every installed OTP source (about a minute)',
}, () => {
  const root = execFileSync('erl', ['-noshell', '-eval', 'io:format("~s", [code:lib_dir()]), halt().']).toString();
  const libs = readdirSync(root);
  const libDir = (app: string): string | null => {
    const d = libs.find((l) => l.startsWith(app + '-'));
    return d === undefined ? null : path.join(root, d);
  };
  const out = mkdtempSync(path.join(tmpdir(), 'erlts-otp-'));
  const files = ['stdlib', 'kernel', 'compiler', 'tools', 'syntax_tools'].flatMap((app) => {
    const dir = path.join(libDir(app)!, 'src');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.erl'))
      .map((f) => path.join(dir, f));
  });
  execFileSync('escript', [script, out, ...files], { stdio: 'ignore' });
  const mismatched: string[] = [];
  for (const file of files) {
    const dir = path.dirname(file);
    const forms = parseForms(readFileSync(file, 'utf8'), {
      file,
      includePath: [path.join(libDir('kernel')!, 'include'), path.join(dir, '../include')],
      libDir,
    });
    const ours = forms.map((f) => (f.kind === 'function' || f.kind === 'error' ? formText(f) : 'X')).join('\n');
    const theirs = readFileSync(path.join(out, path.basename(file) + '.exp'), 'utf8');
    if (ours !== theirs) mismatched.push(file);
  }
  assert.deepEqual(mismatched, []);
});
