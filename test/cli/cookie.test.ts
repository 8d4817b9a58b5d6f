import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCookie, resolveCookie } from '../../src/cli/cookie.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'erlts-cookie-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

function writeCookie(content: string, mode = 0o400): string {
  const path = join(home, '.erlang.cookie');
  writeFileSync(path, content);
  chmodSync(path, mode);
  return path;
}

describe('resolveCookie', () => {
  it('lets -setcookie win over the file', () => {
    writeCookie('FROMFILE');
    assert.deepEqual(resolveCookie('abc', { HOME: home }), { ok: true, cookie: 'abc', source: 'setcookie', path: null });
  });

  it('ignores a trailing newline (case 309)', () => {
    const path = writeCookie('mycookie\n');
    assert.deepEqual(resolveCookie(null, { HOME: home }), { ok: true, cookie: 'mycookie', source: 'file', path });
  });

  it('creates a missing file: 20 letters, mode 400, no newline, mtime at midnight (case 307)', () => {
    const now = new Date(2026, 10, 24, 14, 3, 26);
    const result = resolveCookie(null, { HOME: home }, now);
    assert.ok(result.ok);
    assert.equal(result.source, 'created');
    assert.match(result.cookie, /^[A-Z]{20}$/);
    const path = join(home, '.erlang.cookie');
    assert.equal(readFileSync(path, 'latin1'), result.cookie);
    const info = statSync(path);
    assert.equal(info.mode & 0o777, 0o400);
    assert.equal(info.mtime.getTime(), new Date(2026, 10, 24).getTime());
  });

  it('refuses a file others can read', () => {
    const path = writeCookie('ABC', 0o644);
    assert.deepEqual(resolveCookie(null, { HOME: home }), { ok: false, message: `Cookie file ${path} must be accessible by owner only` });
  });

  it('refuses an empty file (case 322)', () => {
    writeCookie('');
    assert.deepEqual(resolveCookie(null, { HOME: home }), { ok: false, message: 'Too short cookie string' });
  });

  it('refuses a directory', () => {
    mkdirSync(join(home, '.erlang.cookie'));
    const result = resolveCookie(null, { HOME: home });
    assert.ok(!result.ok);
    assert.match(result.message, /is of type directory$/);
  });

  it('falls back to $XDG_CONFIG_HOME/erlang/.erlang.cookie', () => {
    const xdg = join(home, 'xdg');
    mkdirSync(join(xdg, 'erlang'), { recursive: true });
    writeFileSync(join(xdg, 'erlang', '.erlang.cookie'), 'XDGCOOKIE', { mode: 0o400 });
    const result = resolveCookie(null, { HOME: home, XDG_CONFIG_HOME: xdg });
    assert.ok(result.ok);
    assert.equal(result.cookie, 'XDGCOOKIE');
  });
});

describe('checkCookie', () => {
  it('keeps inner spaces and drops trailing whitespace', () => {
    assert.deepEqual(checkCookie('a b\r\n '), { ok: true, cookie: 'a b' });
  });
  it('rejects characters after a newline', () => {
    assert.deepEqual(checkCookie('AB\nC'), { ok: false, message: 'Bad characters in cookie' });
  });
});
