// Where a distributed node's cookie comes from, following kernel's auth.erl:
// `-setcookie C` wins; otherwise $HOME/.erlang.cookie, then
// $XDG_CONFIG_HOME/erlang/.erlang.cookie; when neither exists a new cookie
// file is created in HOME. The file must be a regular file that only its
// owner can access. The cookie is never printed: callers get it in a result.

import { type Stats, closeSync, openSync, readFileSync, statSync, utimesSync, chmodSync, writeSync } from 'node:fs';
import { nodeCrypto } from '../terms/lazy_builtins.js';
import { join } from 'node:path';

export type CookieResult =
  | { ok: true; cookie: string; source: 'setcookie' | 'file' | 'created'; path: string | null }
  /** `message` is auth's error text; render it with renderCookieBootFailure. */
  | { ok: false; message: string };

export interface CookieEnv {
  HOME?: string | undefined;
  XDG_CONFIG_HOME?: string | undefined;
}

const COOKIE_FILE = '.erlang.cookie';
const NEW_COOKIE_LENGTH = 20;

/** The cookie for this node: `setCookie` is the value of `-setcookie`, or null. */
export function resolveCookie(setCookie: string | null, env: CookieEnv, now: Date = new Date()): CookieResult {
  if (setCookie !== null) return { ok: true, cookie: setCookie, source: 'setcookie', path: null };
  const xdgPath = join(env.XDG_CONFIG_HOME || join(env.HOME ?? '', '.config'), 'erlang', COOKIE_FILE);
  if (!env.HOME) return readOrCreate(xdgPath, xdgPath, now);
  const homePath = join(env.HOME, COOKIE_FILE);
  const fromHome = readCookieFile(homePath);
  if (fromHome !== 'missing') return fromHome;
  return readOrCreate(xdgPath, homePath, now);
}

function readOrCreate(readPath: string, createPath: string, now: Date): CookieResult {
  const existing = readCookieFile(readPath);
  if (existing !== 'missing') return existing;
  const created = createCookieFile(createPath, now);
  if (!created.ok) return created;
  const reread = readCookieFile(createPath);
  if (reread === 'missing') return { ok: false, message: `Error when reading ${createPath}: enoent` };
  return reread.ok ? { ...reread, source: 'created' } : reread;
}

function errnoName(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ? code.toLowerCase() : 'unknown';
}

/** Reads and checks one cookie file; 'missing' when it does not exist. */
export function readCookieFile(path: string): CookieResult | 'missing' {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    if (errnoName(error) === 'enoent') return 'missing';
    return { ok: false, message: `Error when reading ${path}: ${errnoName(error)}` };
  }
  if (!info.isFile()) return { ok: false, message: `Cookie file ${path} is of type ${fileType(info)}` };
  if ((info.mode & 0o077) !== 0) return { ok: false, message: `Cookie file ${path} must be accessible by owner only` };
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `Error when reading ${path}: ${errnoName(error)}` };
  }
  const checked = checkCookie(content.toString('latin1'));
  return checked.ok ? { ok: true, cookie: checked.cookie, source: 'file', path } : checked;
}

function fileType(info: import('node:fs').Stats): string {
  if (info.isDirectory()) return 'directory';
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'other';
}

/**
 * auth's check_cookie: the cookie is the leading run of printable ASCII
 * (space included); after it only \n, \r and spaces may follow.
 */
export function checkCookie(text: string): { ok: true; cookie: string } | { ok: false; message: string } {
  let end = 0;
  while (end < text.length && text.charCodeAt(end) >= 0x20 && text.charCodeAt(end) <= 0x7e) end++;
  if (!/^[\n\r ]*$/.test(text.slice(end))) return { ok: false, message: 'Bad characters in cookie' };
  if (end === 0) return { ok: false, message: 'Too short cookie string' };
  return { ok: true, cookie: text.slice(0, end) };
}

/** 20 random letters A-Z, as auth generates them. */
export function randomCookie(): string {
  let cookie = '';
  for (let i = 0; i < NEW_COOKIE_LENGTH; i++) cookie += String.fromCharCode(65 + nodeCrypto().randomInt(26));
  return cookie;
}

/** Today's local midnight: auth rounds the new file's times down so they say nothing about the seed. */
function localMidnight(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), 0, 0, 0, 0);
}

function createCookieFile(path: string, now: Date): { ok: true } | { ok: false; message: string } {
  let fd: number;
  try {
    fd = openSync(path, 'w', 0o600);
  } catch (error) {
    return { ok: false, message: `Failed to create cookie file '${path}': ${errnoName(error)}` };
  }
  try {
    writeSync(fd, randomCookie());
  } catch (error) {
    closeSync(fd);
    return { ok: false, message: `Failed to write to cookie file '${path}': ${errnoName(error)}` };
  }
  closeSync(fd);
  try {
    chmodSync(path, 0o400);
    const midnight = localMidnight(now);
    utimesSync(path, midnight, midnight);
  } catch (error) {
    return { ok: false, message: `Failed to change mode: ${errnoName(error)}` };
  }
  return { ok: true };
}
