// The preprocessor, following epp: reads a file form by form, runs the
// directives (-define, -ifdef, -include ...), expands macros in everything
// else and hands each form's tokens on, with epp's diagnostics in between.

import { readSourceFile } from '../source_text.js';
import * as path from 'node:path';
import type { Anno, Eof, FileAttr, FormError, FormWarning } from '../ast.js';
import { evalIfCondition } from './if_condition.js';
import { MacroError, MacroExpander, type UserMacro } from './macro_expander.js';
import { scan, scanStep, toCodePoints } from '../scanner.js';
import type { Token } from '../token.js';
import { printLiteral } from '../print_literal.js';

export interface PreprocessOptions {
  file: string;
  includePath?: string[];
  /** The directory of an application, for -include_lib("app/include/x.hrl"). */
  libDir?: (app: string) => string | null;
  /** Reads a file; null when it does not exist. Defaults to the file system. */
  readFile?: (path: string) => string | null;
  /** Predefined macros, name to source text ('' means `true`), as erlc -D. */
  predefined?: Record<string, string>;
}

/** The preprocessor's output, in order: forms' tokens and diagnostics. */
export type PpItem = { kind: 'tokens'; file: string; tokens: Token[] } | FormError | FormWarning | FileAttr | Eof;

const OTP_RELEASE = 25;
const MAX_INCLUDE_DEPTH = 8;

function defaultReadFile(p: string): string | null {
  try {
    return readSourceFile(p);
  } catch {
    return null;
  }
}

export function preprocess(text: string, opts: PreprocessOptions): PpItem[] {
  return new Preprocessor(opts).run(text);
}

type IfState = 'ifdef' | 'ifndef' | 'if' | 'else' | 'elif';

class Preprocessor {
  private readonly out: PpItem[] = [];
  private readonly mx = new MacroExpander();
  private readonly readFile: (p: string) => string | null;
  private depth = 0;

  constructor(private readonly opts: PreprocessOptions) {
    this.readFile = opts.readFile ?? defaultReadFile;
    const at: Anno = { line: 1, col: 1 };
    const tok = (t: Omit<Token, 'line' | 'col'>): Token[] => [{ ...t, ...at }];
    const predef = (name: string, body: Token[] | 'undefined'): void => {
      this.mx.macros.set(name, { kind: 'predef', body });
    };
    predef('FILE', tok({ kind: 'string', value: toCodePoints(opts.file) }));
    predef('MODULE', 'undefined');
    predef('MODULE_STRING', 'undefined');
    predef('BASE_MODULE', 'undefined');
    predef('BASE_MODULE_STRING', 'undefined');
    predef('MACHINE', tok({ kind: 'atom', value: 'BEAM' }));
    predef('BEAM', tok({ kind: 'atom', value: 'true' }));
    predef('OTP_RELEASE', tok({ kind: 'integer', value: OTP_RELEASE }));
    for (const [name, src] of Object.entries(opts.predefined ?? {})) {
      const toks = src === '' ? tok({ kind: 'atom', value: 'true' }) : scan(src);
      if (Array.isArray(toks)) {
        this.mx.macros.set(name, { kind: 'user', defs: new Map([['none', { params: null, body: toks }]]) });
      }
    }
  }

  run(text: string): PpItem[] {
    this.out.push({ kind: 'file', line: 1, col: 1, file: this.opts.file, fileLine: 1 });
    const end = this.processFile(this.opts.file, text);
    this.out.push({ kind: 'eof', ...end });
    return this.out;
  }

  private error(file: string, at: Anno, message: string): void {
    this.out.push({ kind: 'error', file, line: at.line, col: at.col, message });
  }

  /** Runs one file; returns where it ended. */
  private processFile(startFile: string, text: string): Anno {
    // -file(Name, Line) renames the file for what follows, as diagnostics show it.
    let file = startFile;
    const cps = toCodePoints(text);
    let pos = 0;
    let line = 1;
    let col = 1;
    const istk: IfState[] = [];
    /** How many enclosing conditionals are false: forms are skipped while > 0. */
    let skipping: IfState[] | null = null;
    for (;;) {
      const step = scanStep(cps, pos, line, col, true, true);
      if (step.status === 'more') throw new Error('unreachable: final scan wants more');
      if (step.status === 'error') {
        if (skipping === null) this.error(file, step.error, step.error.message);
        ({ line, col } = advance(cps, pos, line, col, step.pos));
        pos = step.pos;
        continue;
      }
      const toks = step.tokens;
      pos = step.pos;
      line = step.line;
      col = step.col;
      if (toks.length === 0) break;
      const directive = toks[0]!.kind === '-' && toks.length > 1 ? directiveName(toks[1]!) : null;
      if (skipping !== null) {
        skipping = this.skipDirective(directive, toks, skipping, istk, file);
        continue;
      }
      if (directive === null) {
        this.emitForm(file, toks);
        const fileLine = fileDirectiveLine(toks);
        // -file(Name, Line): the next line is numbered Line + 1 from here on.
        if (fileLine !== null) {
          line = line - toks[0]!.line + fileLine;
          file = String.fromCodePoint(...(toks[3]!.value as number[]));
        }
        continue;
      }
      const args = toks.slice(2);
      const dirTok = toks[1]!;
      switch (directive) {
        case 'define':
          this.define(file, args, dirTok);
          break;
        case 'undef': {
          const ok = args.length === 4 && args[0]!.kind === '(' && isName(args[1]!) && args[2]!.kind === ')';
          if (!ok) this.error(file, mismatch(['(', 'name', ')', 'dot'], args, dirTok), "badly formed 'undef'");
          else this.mx.macros.delete(args[1]!.value as string);
          break;
        }
        case 'include':
        case 'include_lib':
          this.include(file, startFile, directive, coalesceStrings(args), dirTok);
          break;
        case 'ifdef':
        case 'ifndef': {
          const ok = args.length === 4 && args[0]!.kind === '(' && isName(args[1]!) && args[2]!.kind === ')';
          if (!ok) {
            this.error(file, mismatch(['(', 'name', ')', 'dot'], args, dirTok), `badly formed '${directive}'`);
            skipping = [directive];
            break;
          }
          const defined = this.mx.isDefined(args[1]!.value as string);
          if (defined === (directive === 'ifdef')) istk.push(directive);
          else skipping = [directive];
          break;
        }
        case 'if':
        case 'elif': {
          if (directive === 'elif') {
            // Reached from a true branch: everything up to -endif is skipped.
            const top = istk.pop();
            if (top === undefined) this.error(file, dirTok, "unbalanced '-elif'");
            else if (top === 'else') {
              this.error(file, dirTok, "unbalanced '-elif'");
              skipping = ['else'];
            } else skipping = ['elif'];
            break;
          }
          const v = this.evalIf(file, args, dirTok);
          if (v) istk.push('if');
          else skipping = ['if'];
          break;
        }
        case 'else': {
          if (args.length !== 1) {
            this.error(file, args[0] ?? dirTok, "badly formed 'else'");
            break;
          }
          const top = istk.pop();
          if (top === undefined) this.error(file, dirTok, "unbalanced '-else'");
          else if (top === 'else') {
            this.error(file, dirTok, "repeated '-else'");
            skipping = ['else'];
          } else skipping = ['else'];
          break;
        }
        case 'endif':
          if (args.length !== 1) this.error(file, args[0] ?? dirTok, "badly formed 'endif'");
          else if (istk.pop() === undefined) this.error(file, dirTok, "unbalanced '-endif'");
          break;
        case 'error':
        case 'warning':
          this.errorDirective(file, directive, args, dirTok);
          break;
      }
    }
    const end = { line, col };
    for (const i of [...(skipping ?? []), ...istk].reverse()) {
      this.error(file, end, `unterminated '-${i}'`);
    }
    return end;
  }

  /**
   * Inside a false branch only conditionals count. `stack` holds the skipped
   * nesting, innermost last; returns the new stack, null when back to normal.
   */
  private skipDirective(directive: string | null, toks: Token[], stack: IfState[], istk: IfState[], file: string): IfState[] | null {
    if (directive === 'if' || directive === 'ifdef' || directive === 'ifndef') return [...stack, directive];
    const innermost = stack.length === 1;
    if (directive === 'endif') {
      return innermost ? null : stack.slice(0, -1);
    }
    if (!innermost) return stack;
    const top = stack[0]!;
    if (directive === 'else') {
      if (top === 'else') {
        this.error(file, toks[1]!, "repeated '-else'");
        return stack;
      }
      if (top === 'elif') return ['else'];
      istk.push('else');
      return null;
    }
    if (directive === 'elif') {
      if (top === 'else') {
        this.error(file, toks[1]!, "'elif' following 'else'");
        return stack;
      }
      if (top === 'elif') return stack;
      if (this.evalIf(file, toks.slice(2), toks[1]!)) {
        istk.push('elif');
        return null;
      }
      return stack;
    }
    return stack;
  }

  private evalIf(file: string, args: Token[], at: Token): boolean {
    try {
      const expanded = this.mx.expand(args);
      const r = evalIfCondition(expanded, (n) => this.mx.macros.has(n));
      if (r === 'bad') {
        this.error(file, at, "badly formed 'if'");
        return false;
      }
      if (typeof r !== 'boolean') {
        this.error(file, r, r.message);
        return false;
      }
      return r;
    } catch (e) {
      if (e instanceof MacroError) {
        this.error(file, e, e.message);
        return false;
      }
      throw e;
    }
  }

  private emitForm(file: string, toks: Token[]): void {
    let expanded: Token[];
    try {
      expanded = this.mx.expandForm(toks);
    } catch (e) {
      if (e instanceof MacroError) {
        this.error(file, e, e.message);
        return;
      }
      throw e;
    }
    this.noteModule(expanded);
    this.out.push({ kind: 'tokens', file, tokens: expanded });
  }

  private noteModule(toks: Token[]): void {
    const [dash, attr, paren, mod, close] = toks;
    if (dash?.kind !== '-' || attr?.kind !== 'atom' || attr.value !== 'module' || paren?.kind !== '(') return;
    if (mod?.kind !== 'atom' || (close?.kind !== ')' && close?.kind !== ',')) return;
    const name = mod.value as string;
    this.mx.macros.set('MODULE', { kind: 'predef', body: [mod] });
    this.mx.macros.set('MODULE_STRING', {
      kind: 'predef',
      body: [{ kind: 'string', line: mod.line, col: mod.col, value: toCodePoints(name) }],
    });
  }

  private define(file: string, args: Token[], dirTok: Token): void {
    const bad = (t: Anno): void => this.error(file, t, "badly formed 'define'");
    if (args[0]?.kind !== '(' || !isName(args[1]!)) {
      bad(mismatch(['(', 'name'], args, dirTok));
      return;
    }
    const nameTok = args[1]!;
    const name = nameTok.value as string;
    let k = 2;
    let params: string[] | null = null;
    if (args[k]?.kind === '(') {
      params = [];
      k++;
      if (args[k]?.kind === ')') k++;
      else {
        for (;;) {
          const p = args[k];
          if (p?.kind !== 'var') {
            bad(p ?? args[k - 1]!);
            return;
          }
          if (params.includes(p.value as string)) {
            this.error(file, p, `argument '${p.value as string}' already used`);
            return;
          }
          params.push(p.value as string);
          k++;
          if (args[k]?.kind === ',') {
            k++;
            continue;
          }
          if (args[k]?.kind === ')') {
            k++;
            break;
          }
          bad(args[k] ?? p);
          return;
        }
      }
      if (args[k]?.kind !== ',') {
        this.error(file, args[k] ?? args[k - 1]!, 'badly formed define: missing comma');
        return;
      }
    } else if (args[k]?.kind !== ',') {
      bad(args[k] ?? nameTok);
      return;
    }
    const body = args.slice(k + 1);
    const last = body[body.length - 1]!;
    if (body.length < 2 || body[body.length - 2]!.kind !== ')') {
      if (body.length === 1) this.error(file, last, 'badly formed define: missing closing right parenthesis');
      else this.error(file, last, 'badly formed define: missing closing right parenthesis');
      return;
    }
    const def: UserMacro = { params, body: body.slice(0, -2) };
    const arity = params === null ? 'none' : params.length;
    const existing = this.mx.macros.get(name);
    if (existing?.kind === 'predef') {
      this.error(file, nameTok, `redefining predefined macro '${name}'`);
      return;
    }
    if (existing?.kind === 'user') {
      if (existing.defs.has(arity)) {
        this.error(file, nameTok, `redefining macro '${name}'`);
        return;
      }
      existing.defs.set(arity, def);
      return;
    }
    this.mx.macros.set(name, { kind: 'user', defs: new Map([[arity, def]]) });
  }

  /** `file` names the file in diagnostics (-file may rename it); `realFile` is where relative includes start. */
  private include(file: string, realFile: string, directive: 'include' | 'include_lib', args: Token[], dirTok: Token): void {
    const ok = args.length === 4 && args[0]!.kind === '(' && args[1]!.kind === 'string' && args[2]!.kind === ')';
    if (!ok) {
      this.error(file, mismatch(['(', 'string', ')', 'dot'], args, dirTok), `badly formed '${directive}'`);
      return;
    }
    const nameTok = args[1]!;
    const name = String.fromCodePoint(...(nameTok.value as number[]));
    if (this.depth >= MAX_INCLUDE_DEPTH) {
      this.error(file, directive === 'include' ? nameTok : dirTok, `${directive} too deep`);
      return;
    }
    const found = this.findInclude(realFile, name, directive === 'include_lib');
    if (found === null) {
      this.error(file, nameTok, `can't find include ${directive === 'include' ? 'file' : 'lib'} "${name}"`);
      return;
    }
    const resume = { line: dirTok.line + 1, col: 1 };
    this.out.push({ kind: 'file', line: 1, col: 1, file: found.path, fileLine: 1 });
    const savedFile = this.mx.macros.get('FILE');
    this.mx.macros.set('FILE', {
      kind: 'predef',
      body: [{ kind: 'string', line: 1, col: 1, value: toCodePoints(found.path) }],
    });
    this.depth++;
    this.processFile(found.path, found.text);
    this.depth--;
    if (savedFile !== undefined) this.mx.macros.set('FILE', savedFile);
    // Like epp, back in a file that -file renamed, name the real file first.
    if (realFile !== file) this.out.push({ kind: 'file', ...resume, file: realFile, fileLine: resume.line });
    this.out.push({ kind: 'file', ...resume, file, fileLine: resume.line });
  }

  private findInclude(from: string, name: string, lib: boolean): { path: string; text: string } | null {
    const tryPath = (p: string): { path: string; text: string } | null => {
      const text = this.readFile(p);
      return text === null ? null : { path: p, text };
    };
    if (path.isAbsolute(name)) return tryPath(name);
    const dirs = [path.dirname(from), ...(this.opts.includePath ?? [])];
    for (const d of dirs) {
      const p = d === '.' ? name : path.join(d, name);
      const r = tryPath(p);
      if (r !== null) return r;
    }
    if (lib && this.opts.libDir) {
      const [app, ...rest] = name.split('/');
      const dir = app === undefined ? null : this.opts.libDir(app);
      if (dir !== null && rest.length > 0) return tryPath(path.join(dir, ...rest));
    }
    return null;
  }

  private errorDirective(file: string, which: 'error' | 'warning', args: Token[], dirTok: Token): void {
    let text: string | null = null;
    try {
      text = printLiteral(this.mx.expand(args));
    } catch (e) {
      if (!(e instanceof MacroError)) throw e;
    }
    if (text === null) {
      this.error(file, args[0] ?? dirTok, `badly formed '${which}'`);
      return;
    }
    this.out.push({ kind: which, file, line: dirTok.line, col: dirTok.col, message: `-${which}(${text}).` });
  }
}

function directiveName(t: Token): string | null {
  if (t.kind === 'if') return 'if';
  if (t.kind !== 'atom') return null;
  const n = t.value as string;
  return ['define', 'undef', 'include', 'include_lib', 'ifdef', 'ifndef', 'else', 'elif', 'endif', 'error', 'warning'].includes(n) ? n : null;
}

function fileDirectiveLine(toks: Token[]): number | null {
  const [dash, attr, paren, name, comma, n] = toks;
  if (dash?.kind !== '-' || attr?.kind !== 'atom' || attr.value !== 'file' || paren?.kind !== '(') return null;
  if (name?.kind !== 'string' || comma?.kind !== ',' || n?.kind !== 'integer') return null;
  return Number(n.value);
}

function isName(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'atom' || t.kind === 'var');
}

/** epp's find_mismatch: the first token that breaks the expected shape. */
function mismatch(shape: string[], toks: Token[], start: Token): Token {
  let last = start;
  for (let k = 0; k < shape.length; k++) {
    const t = toks[k];
    if (t === undefined) return last;
    const want = shape[k]!;
    const fits = want === 'name' ? isName(t) : t.kind === want;
    if (!fits) return t;
    last = t;
  }
  return toks[shape.length] ?? last;
}

function coalesceStrings(toks: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of toks) {
    const prev = out[out.length - 1];
    if (t.kind === 'string' && prev?.kind === 'string') {
      out[out.length - 1] = { ...prev, value: [...(prev.value as number[]), ...(t.value as number[])] };
    } else out.push(t);
  }
  return out;
}

/** Line and column after the text between two positions. */
function advance(cps: readonly number[], from: number, line: number, col: number, to: number): Anno {
  for (let k = from; k < to && k < cps.length; k++) {
    if (cps[k] === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}
