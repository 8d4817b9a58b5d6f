// Macro definitions and ?MACRO expansion on token lists, following epp.

import type { Token } from '../token.js';
import { writeChar, writeString } from '../write_term.js';
import { writeAtom } from '../../terms/atom_quote.js';
import { formatFloatShortest } from '../../terms/floats.js';

export interface UserMacro {
  params: string[] | null;
  body: Token[];
  /** The macros the body calls, worked out on first use. */
  uses?: { name: string; arity: number | 'none' }[];
}

function macroUses(body: readonly Token[]): { name: string; arity: number | 'none' }[] {
  const out: { name: string; arity: number | 'none' }[] = [];
  for (let k = 0; k + 1 < body.length; k++) {
    const m = body[k + 1]!;
    if (body[k]!.kind !== '?' || (m.kind !== 'atom' && m.kind !== 'var')) continue;
    let arity: number | 'none' = 'none';
    try {
      const args = collectArgs(body.slice(k + 2), m, m.value as string);
      if (args !== null) arity = args.args.length;
    } catch {
      arity = 'none';
    }
    out.push({ name: m.value as string, arity });
  }
  return out;
}

/** Per name: predefined tokens, 'undefined' (known but unset), or user definitions by arity. */
export type MacroEntry = { kind: 'predef'; body: Token[] | 'undefined' } | { kind: 'user'; defs: Map<number | 'none', UserMacro> };

export class MacroError extends Error {
  constructor(
    readonly line: number,
    readonly col: number,
    override readonly message: string,
  ) {
    super(message);
  }
}

const OPENERS = new Set(['(', '[', '{', '<<', 'begin', 'case', 'if', 'receive', 'try']);
const CLOSERS = new Set([')', ']', '}', '>>', 'end']);
const EXPANSION_LIMIT = 100_000;

export class MacroExpander {
  readonly macros = new Map<string, MacroEntry>();
  private budget = EXPANSION_LIMIT;
  /** The unexpanded tokens of the form being expanded, for ?FUNCTION_NAME. */
  private formTokens: Token[] = [];
  private functionNameArity: [string, number] | null | undefined;

  isDefined(name: string): boolean {
    const m = this.macros.get(name);
    return m !== undefined && !(m.kind === 'predef' && m.body === 'undefined');
  }

  expandForm(tokens: Token[]): Token[] {
    this.budget = EXPANSION_LIMIT;
    this.formTokens = tokens;
    this.functionNameArity = undefined;
    return this.expand(tokens);
  }

  expand(tokens: readonly Token[]): Token[] {
    const out: Token[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      const m = tokens[i + 1];
      if (t.kind !== '?' || m === undefined) {
        out.push(t);
        i++;
        continue;
      }
      if (m.kind !== 'atom' && m.kind !== 'var') {
        throw new MacroError(m.line, m.col, `illegal macro call '?${tokenSource(m)}'`);
      }
      const name = m.value as string;
      if (m.kind === 'var' && name === 'LINE') {
        out.push({ kind: 'integer', line: m.line, col: m.col, value: m.line });
        i += 2;
        continue;
      }
      if (m.kind === 'var' && (name === 'FUNCTION_NAME' || name === 'FUNCTION_ARITY')) {
        const fa = this.functionName(m, name);
        if (fa === null) out.push(t, m);
        else if (name === 'FUNCTION_NAME') out.push({ kind: 'atom', line: m.line, col: m.col, value: fa[0] });
        else out.push({ kind: 'integer', line: m.line, col: m.col, value: fa[1] });
        i += 2;
        continue;
      }
      const rest = tokens.slice(i + 2);
      const args = collectArgs(rest, m, name);
      const entry = this.macros.get(name);
      const arity = args === null ? 'none' : args.args.length;
      const undef = (): never => {
        throw new MacroError(m.line, m.col, `undefined macro '${name}${arity === 'none' ? '' : '/' + arity}'`);
      };
      if (entry === undefined) undef();
      if (entry!.kind === 'predef') {
        if (entry!.body === 'undefined') undef();
        out.push(
          ...this.expandInside(
            name,
            arity,
            m,
            (entry!.body as Token[]).map((b) => relocate(b, m)),
          ),
        );
        i += 2;
        continue;
      }
      const defs = (entry as { kind: 'user'; defs: Map<number | 'none', UserMacro> }).defs;
      let def = defs.size === 1 ? defs.get('none') : undefined;
      let useArgs = false;
      if (def === undefined) {
        def = defs.get(arity);
        if (def === undefined) throw new MacroError(m.line, m.col, `argument mismatch for macro '${name}'`);
        useArgs = arity !== 'none';
      }
      if (!useArgs) {
        out.push(
          ...this.expandInside(
            name,
            'none',
            m,
            def.body.map((b) => relocate(b, m)),
          ),
        );
        i += 2;
        continue;
      }
      const bindings = new Map<string, Token[]>();
      def.params!.forEach((p, k) => bindings.set(p, args!.args[k]!));
      out.push(...this.expandInside(name, arity, m, substitute(def.body, m, bindings)));
      i += 2 + args!.consumed;
    }
    return out;
  }

  /** Expands a macro's body, after epp's check that its definitions do not loop. */
  private expandInside(name: string, arity: number | 'none', at: Token, body: Token[]): Token[] {
    this.checkUses(name, arity, at, []);
    if (--this.budget < 0) throw new MacroError(at.line, at.col, `circular macro '${name}'`);
    return this.expand(body);
  }

  /** epp's check_uses: following the macros each definition uses must not lead back. */
  private checkUses(name: string, arity: number | 'none', at: Token, ancestors: string[]): void {
    const key = `${name}/${arity}`;
    if (ancestors.includes(key)) {
      throw new MacroError(at.line, at.col, `circular macro '${name}${arity === 'none' ? '' : '/' + arity}'`);
    }
    const entry = this.macros.get(name);
    if (entry?.kind !== 'user') return;
    const def = entry.defs.get(arity) ?? entry.defs.get('none');
    if (def === undefined) return;
    def.uses ??= macroUses(def.body);
    for (const u of def.uses) this.checkUses(u.name, u.arity, at, [...ancestors, key]);
  }

  /** Name and arity of the function the current form defines, or null outside one. */
  private functionName(at: Token, macro: string): [string, number] | null {
    if (this.functionNameArity !== undefined) return this.functionNameArity;
    const toks = this.formTokens;
    if (toks[0]?.kind === '?') throw new MacroError(at.line, at.col, `?${macro} must not begin a form`);
    if (toks[0]?.kind !== 'atom' || toks[1]?.kind !== '(') {
      this.functionNameArity = null;
      throw new MacroError(at.line, at.col, `?${macro} can only be used within a function`);
    }
    let depth = 1;
    let arity = 0;
    for (let k = 2; k < toks.length && depth > 0; k++) {
      const kind = toks[k]!.kind;
      if (kind === ',' && depth === 1) arity++;
      else if (kind === '(' || kind === '{' || kind === '[' || kind === '<<') depth++;
      else if (kind === ')' || kind === '}' || kind === ']' || kind === '>>') depth--;
      else if (arity === 0) arity = 1;
    }
    this.functionNameArity = [toks[0].value as string, arity];
    return this.functionNameArity;
  }
}

function relocate(t: Token, at: Token): Token {
  return { ...t, line: at.line, col: at.col };
}

/** Body tokens take the macro call's location; argument tokens keep theirs. */
function substitute(body: readonly Token[], at: Token, bindings: Map<string, Token[]>): Token[] {
  const out: Token[] = [];
  let loc: Token = at;
  for (let k = 0; k < body.length; k++) {
    const b = body[k]!;
    if (b.kind === '?' && body[k + 1]?.kind === '?' && body[k + 2]?.kind === 'var') {
      const arg = bindings.get(body[k + 2]!.value as string);
      if (arg !== undefined) {
        out.push({ kind: 'string', line: loc.line, col: loc.col, value: stringify(arg) });
        k += 2;
        continue;
      }
    }
    if (b.kind === 'var') {
      const arg = bindings.get(b.value as string);
      if (arg !== undefined) {
        out.push(...arg);
        // Body tokens after an argument take the place of its last token.
        if (arg.length > 0) loc = arg[arg.length - 1]!;
        continue;
      }
    }
    out.push(relocate(b, loc));
  }
  return out;
}

/** epp's token_src: how ??Arg spells a token. */
export function tokenSource(t: Token): string {
  switch (t.kind) {
    case 'dot':
      return '.';
    case 'atom':
      return writeAtom(t.value as string);
    case 'var':
      return t.value as string;
    case 'char':
      return writeChar(t.value as number);
    case 'string':
      return writeString(t.value as number[]);
    case 'integer':
      return String(t.value);
    case 'float':
      // io_lib:write's shortest form, as epp does: 1.50 is "1.5", 1.0e-7 stays "1.0e-7".
      return formatFloatShortest(t.value as number);
    default:
      return t.kind;
  }
}

function stringify(ts: readonly Token[]): number[] {
  return Array.from(ts.map(tokenSource).join(' '), (c) => c.codePointAt(0)!);
}

/**
 * The arguments of a macro call when `rest` starts with '('; null when the
 * call has none. `consumed` counts the tokens through the closing ')'.
 */
function collectArgs(rest: readonly Token[], m: Token, name: string): { args: Token[][]; consumed: number } | null {
  if (rest[0]?.kind !== '(') return null;
  const argError = (): never => {
    throw new MacroError(m.line, m.col, `badly formed argument for macro '${name}'`);
  };
  if (rest[1]?.kind === ')') return { args: [], consumed: 2 };
  const args: Token[][] = [];
  let cur: Token[] = [];
  let depth = 0;
  for (let k = 1; k < rest.length; k++) {
    const t = rest[k]!;
    if (depth === 0 && (t.kind === ',' || t.kind === ')')) {
      if (cur.length === 0) argError();
      args.push(cur);
      cur = [];
      if (t.kind === ')') return { args, consumed: k + 1 };
      continue;
    }
    if (t.kind === 'dot') break;
    if (OPENERS.has(t.kind) || (t.kind === 'fun' && rest[k + 1]?.kind === '(')) depth++;
    else if (CLOSERS.has(t.kind)) depth--;
    cur.push(t);
  }
  return argError();
}
