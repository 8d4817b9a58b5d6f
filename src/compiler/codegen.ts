// Expressions to JavaScript. One FnCompiler per compiled function (or fun
// body); it walks the AST in evaluation order, keeps the set of bound
// variables, and writes blocks through FnBuilder. See fn_builder.ts for the
// state machine and docs/architecture.md for the calling convention.

import type * as ast from '../syntax/ast.js';
import { Atom, BitStr, ErlFloat, ExportFun, list, NIL, str } from '../terms/types.js';
import { SIZE_ALL_OK, STRING_CONTINUES } from '../terms/bits/diagnose.js';
import { FnBuilder, SELF_TAIL_CALL } from './fn_builder.js';
import { constantTerm, stringToList } from './literals.js';
import { clauseHeadText, receiveKey } from './pattern_text.js';
import { skipPosition, visitTree } from '../syntax/tree_walk.js';
import type { ComprehensionChain, LambdaSpec, ModuleCtx } from './module_ctx.js';
import { matchPattern, matchSegments, segSpec, walkVars } from './patterns.js';
import { restVar } from './match_context.js';
import { compileGuardSeq, guardTermExpr } from './guards.js';
import { isAutoImported } from './autoimport.js';
import { isOtpBif } from './otp_bifs.js';
import { EVAL, EVAL_RAISE, EvalContext, type EvalFrame } from './eval_frames.js';
import { isGuardBif, isGuardOp } from './lint/bifs.js';
import { inlineBif } from './inline_bifs.js';
import { safeIntResult } from './small_int.js';

/**
 * How many erl_eval calls deep a long list or operator chain in shell code
 * is traced as: erl_eval's own depth, up to this, beyond which the frames
 * would only repeat.
 */
const MAX_EVAL_NESTING = 64;

/**
 * A comprehension's element costs a reduction, as on BEAM (where each one is
 * a call): a long comprehension is preempted like any loop, and when it
 * suspends the frames under it move to the heap with only their live locals,
 * so a body recursion that filters lists (the naive sieve) does not keep
 * every level's input alive in V8's stack frames.
 */
const REDUCTION_CHECK = 'if (--p.reds < 0) break L;';
/** A parameter (or any local) named in an argument's expression: see selfLoop. */
const PARAM_READ = /(?<![\w$.])(?:a\d+|\$f)(?![\w$])/g;

export class CompileError extends Error {
  constructor(
    readonly line: number,
    readonly col: number,
    message: string,
  ) {
    super(message);
  }
}

const RET = (v: string) => `return ${v};`;

/** BIFs BEAM compiles to a `bif` instruction with no line (guard BIFs that can fail; maps:get/2 is map_get/2). */
const NO_LINE_BIFS = new Set([
  'erlang:and/2',
  'erlang:or/2',
  'erlang:xor/2',
  'erlang:not/1',
  'erlang:element/2',
  'erlang:hd/1',
  'erlang:tl/1',
  'erlang:tuple_size/1',
  'erlang:map_get/2',
  'erlang:is_map_key/2',
  'maps:get/2',
  'maps:is_key/2',
]);

/** Operators BEAM runs as gc_bif instructions, which carry a line. */
const ARITH_OPS = new Set(['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr']);

/**
 * A BIF failing in tail position still shows its caller in BEAM's stack
 * trace (a BIF has no frame to replace the caller's), so it is called as a
 * body call. Not apply: that one must stay a real tail call.
 */
function bifKeepsCaller(module: string, name: string, arity: number): boolean {
  return (module === 'erlang' && name !== 'apply') || isOtpBif(module, name, arity);
}

/** Calls erlc (sys_core_fold) turns into erlang BIFs: maps:get/2 is erlang:map_get/2, and so on. */
const COMPILED_AS_ERLANG_BIF = new Map([
  ['maps:get/2', 'map_get'],
  ['maps:is_key/2', 'is_map_key'],
  ['maps:size/1', 'map_size'],
]);

export class FnCompiler {
  readonly b: FnBuilder;
  /** Code erl interprets (the shell's, -eval's): erl_eval's frames around each piece of code. */
  private readonly ev: EvalContext | null;

  /** Code typed at the shell or given to -eval, which erl runs through erl_eval. */
  get isShellCode(): boolean {
    return this.ev !== null;
  }
  constructor(
    readonly m: ModuleCtx,
    params: string[],
    /** JS id of the function being compiled (for self tail calls). */
    readonly selfId: string | null,
    readonly selfName: string | null,
    readonly selfArity: number,
    /** In a named fun, the variable that names the fun itself. */
    readonly selfFunVar: string | null = null,
    /**
     * The module-level function this code is in: funs are named after it
     * ('-f/1-fun-N-'), however deeply nested, as erl names them.
     */
    readonly owner: { name: string | null; arity: number } = { name: selfName, arity: selfArity },
    /** What stack traces call this code's frame (a fun's OTP name and arity with its free variables). */
    readonly frame: { name: string; arity: number } = { name: selfName ?? '', arity: selfArity },
  ) {
    this.b = new FnBuilder(params);
    this.ev = m.file === 'shell' ? new EvalContext(this.b) : null;
  }

  /** Compiles `body` as a subexpression erl_eval evaluates at `frame` (eval_frames.ts). */
  private at<T>(frame: EvalFrame, body: () => T, passesValue = false): T {
    return this.ev === null ? body() : this.ev.within(frame, body, passesValue);
  }

  /** Compiles `body`, code that raises an error erl_eval raises itself at `frame`. */
  private raiseAt<T>(frame: EvalFrame, body: () => T): T {
    return this.ev === null ? body() : this.ev.within(frame, body, false, true);
  }

  compileError(at: ast.Anno, msg: string): CompileError {
    return new CompileError(at.line, at.col, msg);
  }

  guardTerm(e: ast.Expr, bound: Set<string>): string {
    return guardTermExpr(this, e, bound);
  }

  // ---- bodies ---------------------------------------------------------

  /**
   * Compiles a body; in tail position it returns, otherwise yields the last
   * value. `sequence` false: the shell's top level, whose expressions the
   * shell hands to erl_eval one at a time.
   */
  body(exprs: ast.Expr[], s: Set<string>, tail: boolean, sequence = true): string {
    let v = 'NIL';
    for (let i = 0; i < exprs.length; i++) {
      const last = i === exprs.length - 1;
      if (last && tail) {
        this.tailExpr(exprs[i]!, s);
        return '';
      }
      const e = exprs[i]!;
      // A list comprehension whose value is dropped builds no list: OTP's is then a loop, with no return frames.
      if (!last && e.kind === 'lc') this.effectComps.add(e);
      // sys_core_fold puts a constant bound to a variable where the variable is used: funs do not carry it.
      if (e.kind === 'match' && e.pattern.kind === 'var' && constantTerm(e.expr) !== undefined) this.constVars.add(e.pattern.name);
      v = last || !sequence ? this.expr(e, s) : this.at(EVAL.seq, () => this.expr(e, s));
    }
    return v;
  }

  tailExpr(e: ast.Expr, s: Set<string>): void {
    this.b.line = e.line;
    switch (e.kind) {
      case 'call': {
        // An inlined fun's call is no tail call: its frame is its caller's (see fun_names.ts).
        const r = this.call(e, s, this.m.funNames?.inlinedCalls.has(e) !== true);
        if (r !== null) this.b.finish(RET(r));
        return;
      }
      case 'case':
        this.caseExpr(e, s, true);
        return;
      case 'if':
        this.ifExpr(e, s, true);
        return;
      case 'receive':
        this.receiveExpr(e, s, true);
        return;
      case 'block':
        this.body(e.body, s, true);
        return;
      case 'try':
        // BEAM leaves the try's scope before the `of` and catch clauses, so a
        // call last in one of them is a tail call (no frame in a stack trace),
        // unless an `after` still has to run. Interpreted code (the shell's,
        // -eval's) keeps erl_eval's frames instead.
        if (e.after.length === 0 && this.ev === null) {
          this.tryExpr(e, s, true);
          return;
        }
        this.b.finish(RET(this.expr(e, s)));
        return;
      default:
        // A comprehension called last: BEAM's call of its first generator's function is a tail call.
        if ((e.kind === 'lc' || e.kind === 'bc') && this.b.region < 0) this.tailComp = e;
        this.b.finish(RET(this.expr(e, s)));
    }
  }

  // ---- expressions ----------------------------------------------------

  /** Compiles e; the code it emits after its subexpressions is still on e's line (stack traces). */
  expr(e: ast.Expr, s: Set<string>): string {
    const outer = this.b.line;
    const v = this.exprAt(e, s);
    this.b.line = outer;
    return v;
  }

  private exprAt(e: ast.Expr, s: Set<string>): string {
    const b = this.b;
    b.line = e.line;
    switch (e.kind) {
      case 'atom':
      case 'integer':
      case 'char':
      case 'float':
      case 'string':
      case 'nil':
      case 'term':
        return this.m.k(constantTerm(e)!);
      case 'var': {
        if (e.name === '_' || !s.has(e.name)) throw this.compileError(e, `variable '${e.name}' is unbound`);
        return b.varLocal(e.name);
      }
      case 'cons': {
        const k = constantTerm(e);
        if (k !== undefined) return this.m.k(k);
        // Along the tail iteratively (a long list is a deep chain): the
        // heads in order, then the tail, then the cells from the last. In
        // shell code each cell is one erl_eval call deeper (up to a point).
        const heads: string[] = [];
        let c: ast.Expr = e;
        let entered = 0;
        for (; c.kind === 'cons' && (c === e || constantTerm(c) === undefined); c = c.tail) {
          const cell = c;
          heads.push(this.at(EVAL.consHead, () => this.expr(cell.head, s)));
          if (this.ev !== null && entered < MAX_EVAL_NESTING) {
            this.ev.enter(EVAL.consTail);
            entered++;
          }
        }
        let tl = this.expr(c, s);
        for (; entered > 0; entered--) this.ev!.leave();
        for (let i = heads.length - 1; i >= 0; i--) {
          const t = b.temp();
          b.emit(`${t} = new Cons(${heads[i]!}, ${tl});`);
          tl = t;
        }
        return tl;
      }
      case 'tuple': {
        const k = constantTerm(e);
        if (k !== undefined) return this.m.k(k);
        const els = this.at(EVAL.tuple, () => this.exprList(e.elements, s));
        const t = b.temp();
        b.emit(`${t} = [${els.join(', ')}];`);
        return t;
      }
      case 'map': {
        const k = constantTerm(e);
        if (k !== undefined) return this.m.k(k);
        const parts: string[] = [];
        this.at(EVAL.mapFields, () => {
          for (const a of e.assocs) {
            if (a.kind === 'map_field_exact') throw this.compileError(a, 'illegal map key in pattern');
            parts.push(
              this.at(EVAL.mapAssocKey, () => this.expr(a.key, s)),
              this.at(EVAL.mapAssocValue, () => this.expr(a.value, s)),
            );
          }
        });
        const t = b.temp();
        b.emit(`${t} = rt.mapBuild([${parts.join(', ')}]);`);
        return t;
      }
      case 'map_update': {
        const m = this.at(EVAL.mapUpdateMap, () => this.expr(e.map, s));
        const parts: string[] = [];
        this.at(EVAL.mapUpdateFields, () => {
          for (const a of e.assocs) {
            const exact = a.kind === 'map_field_exact';
            const k = this.at(exact ? EVAL.mapExactKey : EVAL.mapAssocKey, () => this.expr(a.key, s));
            const v = this.at(exact ? EVAL.mapExactValue : EVAL.mapAssocValue, () => this.expr(a.value, s));
            parts.push(exact ? '1' : '0', k, v);
          }
        });
        const t = b.temp();
        b.emit(`${t} = rt.mapUpdate(${m}, [${parts.join(', ')}]);`);
        return t;
      }
      case 'bin':
        return this.binExpr(e, s);
      case 'match': {
        const v = this.at(EVAL.matchRhs, () => this.expr(e.expr, s));
        this.raiseAt(EVAL_RAISE.badmatch, () => matchPattern(this, e.pattern, v, s, `throw rt.badmatch(${v});`));
        return v;
      }
      case 'op':
        return this.binOp(e, s);
      case 'unop':
        return this.unOp(e, s);
      case 'call':
        return this.call(e, s, false)!;
      case 'fun_ref':
        return this.funRef(e);
      case 'fun_remote': {
        const k = constantTerm(e.module);
        const n = constantTerm(e.name);
        const a = constantTerm(e.arity);
        if (k instanceof Atom && n instanceof Atom && typeof a === 'number') {
          return this.m.k(new ExportFun(k, n, a));
        }
        const mv = this.expr(e.module, s);
        const nv = this.expr(e.name, s);
        const av = this.expr(e.arity, s);
        const t = b.temp();
        b.emit(`${t} = rt.makeExportFun(${mv}, ${nv}, ${av});`);
        return t;
      }
      case 'fun':
        return this.lambda(e.clauses, null, s, e);
      case 'named_fun':
        return this.lambda(e.clauses, e.name, s, e);
      case 'block':
        return this.body(e.body, s, false);
      case 'case':
        return this.caseExpr(e, s, false);
      case 'if':
        return this.ifExpr(e, s, false);
      case 'receive':
        return this.receiveExpr(e, s, false);
      case 'try':
        return this.tryExpr(e, s);
      case 'catch':
        return this.catchExpr(e, s);
      case 'lc':
        return this.listComp(e, s);
      case 'bc':
        return this.binComp(e, s);
      case 'mc':
        return this.mapComp(e, s);
      case 'remote':
        throw this.compileError(e, 'illegal expression');
      default:
        throw this.compileError(e, `record expression not expanded (${(e as ast.Expr).kind})`);
    }
  }

  // ---- operators ------------------------------------------------------

  private binOp(e: ast.BinOp, s: Set<string>): string {
    const b = this.b;
    const k = constantTerm(e);
    if (k !== undefined) return this.m.k(k);
    if (e.op === 'andalso' || e.op === 'orelse') {
      const res = b.temp();
      const and = e.op === 'andalso';
      const l = this.at(and ? EVAL.andalsoLeft : EVAL.orelseLeft, () => this.expr(e.left, s));
      const done = b.newLabel();
      const rhs = b.newLabel();
      if (and) {
        b.emit(`if (${l} === FALSE) { ${res} = FALSE; pc = ${done}; continue; }`);
      } else {
        b.emit(`if (${l} === TRUE) { ${res} = TRUE; pc = ${done}; continue; }`);
      }
      this.raiseAt(and ? EVAL_RAISE.andalsoBadarg : EVAL_RAISE.orelseBadarg, () =>
        b.emit(`if (${l} !== TRUE && ${l} !== FALSE) throw rt.badargOp(${l}, ${this.m.k(Atom.of(e.op))});`),
      );
      b.jump(rhs);
      b.start(rhs);
      const s2 = new Set(s);
      const r = this.at(and ? EVAL.andalsoRight : EVAL.orelseRight, () => this.expr(e.right, s2));
      b.emit(`${res} = ${r};`);
      b.start(done);
      return res;
    }
    // A left-nested chain (1+X+...+X) bottom up, iteratively. In shell
    // code erl_eval evaluates the innermost left operand that many calls
    // deep, and each right operand one opLeft fewer.
    const spine: ast.BinOp[] = [e];
    for (let l: ast.Expr = e.left; l.kind === 'op' && l.op !== 'andalso' && l.op !== 'orelse' && constantTerm(l) === undefined; l = l.left) spine.push(l);
    let entered = 0;
    if (this.ev !== null) for (; entered < Math.min(spine.length, MAX_EVAL_NESTING); entered++) this.ev.enter(EVAL.opLeft);
    let acc = this.expr(spine[spine.length - 1]!.left, s);
    for (let i = spine.length - 1; i >= 0; i--) {
      if (entered > i) {
        this.ev!.leave();
        entered--;
      }
      const o = spine[i]!;
      const r = this.at(EVAL.opRight, () => this.expr(o.right, s));
      const t = b.temp();
      b.line = o.line;
      // BEAM's compiler puts a literal operand of a commutative operator second (`2 * X` fails as X * 2).
      const swap = this.ev === null && COMMUTATIVE.has(o.op) && isLiteral(o.left) && !isLiteral(o.right);
      const [left, right] = swap ? [r, acc] : [acc, r];
      this.lineless('erlang', o.op, 2, () => b.emit(`${t} = ${opExpr(o.op, left, right, t, this, inlineOperator(o.op, o.left, o.right))};`));
      // An arithmetic operator is a gc_bif on BEAM, with a line of its own.
      if (ARITH_OPS.has(o.op)) b.lastLine = b.line;
      acc = t;
    }
    return acc;
  }

  private unOp(e: ast.UnOp, s: Set<string>): string {
    const k = constantTerm(e);
    if (k !== undefined) return this.m.k(k);
    const v = this.at(EVAL.unopArg, () => this.expr(e.operand, s));
    const t = this.b.temp();
    switch (e.op) {
      case '-':
        this.b.emit(`${t} = typeof ${v} === 'number' && ${v} !== 0 ? -${v} : rt.neg(${v});`);
        break;
      case '+':
        this.b.emit(`${t} = rt.${this.isShellCode ? 'plus' : 'plusZero'}(${v});`);
        break;
      case 'not':
        this.lineless('erlang', 'not', 1, () => this.b.emit(`${t} = rt.not(${v});`));
        break;
      case 'bnot':
        this.b.emit(`${t} = rt.bnot(${v});`);
        break;
      default:
        throw this.compileError(e, `unknown operator ${e.op}`);
    }
    return t;
  }

  // ---- calls ----------------------------------------------------------

  /** Returns the value, or null when a tail call was emitted. */
  call(e: ast.Call, s: Set<string>, tail: boolean): string | null {
    const b = this.b;
    const fn = e.fn;
    const n = e.args.length;
    if (fn.kind === 'remote') {
      const mod = constantTerm(fn.module);
      const name = constantTerm(fn.name);
      const args = this.at(EVAL.remoteArgs, () => this.exprList(e.args, s));
      if (mod instanceof Atom && name instanceof Atom) {
        // erlc compiles these maps calls to the erlang BIFs (a compiled
        // module's trace names erlang:map_get/2); erl_eval calls maps.
        const alias = this.ev === null ? COMPILED_AS_ERLANG_BIF.get(`${mod.name}:${name.name}/${n}`) : undefined;
        const m = alias === undefined ? mod.name : 'erlang';
        const f = alias ?? name.name;
        return this.lineless(m, f, n, () => {
          const inl = m === 'erlang' ? inlineBif(f, args) : null;
          if (inl !== null) {
            const t = b.temp();
            b.emit(`${t} = ${inl};`);
            return t;
          }
          const ent = this.m.remote(m, f, n);
          return this.emitCall(`${ent}.fn(${['p', ...args].join(', ')})`, tail && !bifKeepsCaller(m, f, n));
        });
      }
      const mv = this.at(EVAL.remoteModule, () => this.expr(fn.module, s));
      const nv = this.at(EVAL.remoteName, () => this.expr(fn.name, s));
      return this.emitCall(`rt.applyMFA(p, ${mv}, ${nv}, [${args.join(', ')}])`, tail);
    }
    if (fn.kind === 'atom') {
      const name = fn.value;
      const key = `${name}/${n}`;
      // erl_eval evaluates a BIF's arguments in expr/6, a shell function's in local_func/8.
      const argsAt = isAutoImported(name, n) || this.m.localFallback === null ? EVAL.bifArgs : EVAL.localArgs;
      const args = this.at(argsAt, () => this.exprList(e.args, s));
      const local = this.m.locals.get(key);
      if (local !== undefined) {
        if (tail && local === this.selfId) return this.selfLoopArgs(e, args);
        return this.emitCall(`${local}(${['p', ...args].join(', ')})`, tail);
      }
      // An imported function is a remote call, as erl compiles it; it wins over an auto-imported BIF.
      const imported = this.m.imports.get(key);
      if (imported !== undefined) {
        const ent = this.m.remote(imported, name, n);
        return this.emitCall(`${ent}.fn(${['p', ...args].join(', ')})`, tail && !bifKeepsCaller(imported, name, args.length));
      }
      if (isAutoImported(name, n)) {
        return this.lineless('erlang', name, n, () => {
          const inl = inlineBif(name, args);
          if (inl !== null) {
            const t = b.temp();
            b.emit(`${t} = ${inl};`);
            return t;
          }
          const ent = this.m.remote('erlang', name, n);
          return this.emitCall(`${ent}.fn(${['p', ...args].join(', ')})`, tail && !bifKeepsCaller('erlang', name, args.length));
        });
      }
      if (name === 'module_info' && n <= 1 && this.m.localFallback === null) {
        // The loader adds module_info/0,1 to every module; a local call reaches them the same way.
        const ent = this.m.remote(this.m.module, name, n);
        return this.emitCall(`${ent}.fn(${['p', ...args].join(', ')})`, tail);
      }
      if (this.m.localFallback !== null) {
        const fb = this.m.k(Atom.of(this.m.localFallback));
        return this.emitCall(`rt.shellLocal(p, ${fb}.name, ${this.m.k(Atom.of(name))}, [${args.join(', ')}])`, tail);
      }
      throw this.compileError(e, `function ${name}/${n} undefined`);
    }
    // A named fun calling itself in tail position: a loop, like a self tail call.
    if (tail && fn.kind === 'var' && fn.name === this.selfFunVar && n === this.selfArity && s.has(fn.name)) {
      return this.selfLoop(this.at(EVAL.funArgs, () => this.exprList(e.args, s)));
    }
    // Fun call: F(Args) or (Expr)(Args).
    const f = this.at(EVAL.funExpr, () => this.expr(fn, s));
    const args = this.at(EVAL.funArgs, () => this.exprList(e.args, s));
    const fast = `(${f} instanceof Fun && ${f}.code.arity === ${n}) ? ${f}.code.fn(${['p', ...args, f].join(', ')}) : rt.callFun(p, ${f}, [${args.join(', ')}])`;
    return this.emitCall(fast, tail);
  }

  /**
   * A call of a BIF that BEAM runs as a `bif` instruction, which has no line
   * of its own: when it fails, the frame shows the line of the last
   * instruction before it that has one (a call, an arithmetic operator), or
   * the function's. Compiled modules only: in the shell each is a call.
   */
  private lineless<T>(module: string, name: string, arity: number, body: () => T): T {
    if (this.ev !== null || !NO_LINE_BIFS.has(`${module}:${name}/${arity}`)) return body();
    const b = this.b;
    const line = b.line;
    const last = b.lastLine;
    b.line = last;
    try {
      return body();
    } finally {
      b.line = line;
      b.lastLine = last;
    }
  }

  /** Arguments or elements, each evaluated by erl_eval's expr_list/7. */
  private exprList(es: ast.Expr[], s: Set<string>): string[] {
    return this.at(EVAL.exprList, () => es.map((a) => this.expr(a, s)));
  }

  /**
   * The parameter a loop over a binary walks with a sub-binary of its own
   * (match_context.ts), and the temp holding that object; set before the
   * clauses are compiled.
   */
  loopRest: { index: number; param: string; own: string; restVar: string | null } | null = null;

  loopOverBinary(index: number): void {
    this.loopRest = { index, param: this.b.params[index]!, own: this.b.temp(), restVar: null };
  }

  /**
   * A self tail call `f(..., Rest, ...)` passing a loop's rest on (see
   * loopRest): the head bound Rest to an offset, made into the argument here.
   */
  private selfLoopArgs(e: ast.Call, args: string[]): null {
    const loop = this.loopRest;
    const a = loop === null ? undefined : e.args[loop.index];
    return this.selfLoop(args, a !== undefined && a.kind === 'var' && a.name === loop!.restVar);
  }

  /** A tail call to the function itself: rebind the parameters and jump to the start, with a reduction check so it can be preempted. */
  private selfLoop(args: string[], passesRest = false): null {
    const b = this.b;
    const loop = this.loopRest;
    if (passesRest && loop !== null) {
      const tmps = args.map((a) => {
        const t = b.temp();
        b.emit(`${t} = ${a};`);
        return t;
      });
      tmps.forEach((t, i) =>
        b.emit(i === loop.index ? `${b.params[i]} = ${loop.own} = rt.restInto(${loop.own}, ${b.params[i]}, ${t});` : `${b.params[i]} = ${t};`),
      );
      // About to be suspended: the loop's own sub-binary may now be kept in
      // the frame (or a trace), so it must not change any more.
      b.emit(`if (p.reds <= 0) ${loop.own} = undefined;`);
      b.emit(SELF_TAIL_CALL);
      b.jump(0);
      return null;
    }
    // The arguments are stored straight into the parameters when none of
    // them reads a parameter stored before it (the usual case: arguments
    // are in locals or temporaries by now). A temporary per argument made
    // every loop's frame longer by its arity, and each temporary was then
    // cleared before every call in the function.
    const params = b.params.slice(0, args.length);
    const clash = args.some((a, i) => [...a.matchAll(PARAM_READ)].some((m) => params.indexOf(m[0]) >= 0 && params.indexOf(m[0]) < i));
    if (!clash) {
      args.forEach((a, i) => {
        if (a !== params[i]) b.emit(`${params[i]} = ${a};`);
      });
    } else {
      const tmps = args.map((a) => {
        const t = b.temp();
        b.emit(`${t} = ${a};`);
        return t;
      });
      tmps.forEach((t, i) => b.emit(`${b.params[i]} = ${t};`));
    }
    b.emit(SELF_TAIL_CALL);
    b.jump(0);
    return null;
  }

  private emitCall(callExpr: string, tail: boolean): string | null {
    const b = this.b;
    if (tail && b.region < 0) {
      b.emit(`pc = -1; r = ${callExpr};`);
      b.finish(RET('r'));
      return null;
    }
    const v = b.call(callExpr);
    if (tail) {
      b.finish(RET(v));
      return null;
    }
    return v;
  }

  private funRef(e: ast.FunRef): string {
    const key = `${e.name}/${e.arity}`;
    const local = this.m.locals.get(key);
    if (local === undefined) {
      if (isAutoImported(e.name, e.arity)) return this.m.k(new ExportFun(Atom.of('erlang'), Atom.of(e.name), e.arity));
      throw this.compileError(e, `function ${e.name}/${e.arity} undefined`);
    }
    // One fun per local function, as BEAM shares its fun entry.
    let idx = this.m.funRefs.get(key);
    if (idx === undefined) {
      // A fun that calls the local function: a lambda with no free variables.
      const params: string[] = [];
      for (let i = 0; i < e.arity; i++) params.push(`a${i}`);
      const jsId = this.m.newFnId('l');
      const fc = new FnCompiler(this.m, [...params, '$f'], null, null, e.arity);
      fc.b.emit(`pc = -1; r = ${local}(${['p', ...params].join(', ')});`);
      fc.b.finish(RET('r'));
      this.m.functionTexts.push(fc.b.render(jsId, `H_${jsId}`));
      this.m.functionTexts.push(fc.b.tablesText(jsId));
      idx = this.m.lambdas.length;
      this.m.funRefs.set(key, idx);
      // erl (OTP 24+) gives `fun f/1` the name of f itself (erlang:fun_info(F, name)).
      const index = this.m.funNames?.funRefIndex.get(key);
      this.m.lambdas.push({ jsId, name: e.name, arity: e.arity, nFree: 0, ...(index !== undefined ? { index } : {}) });
    }
    const t = this.b.temp();
    this.b.emit(`${t} = FUNREF[${idx}] || (FUNREF[${idx}] = new Fun(FC[${idx}], [], null));`);
    return t;
  }

  private lambda(clauses: ast.Clause[], name: string | null, s: Set<string>, at: ast.FunClauses | ast.NamedFun): string {
    const arity = clauses[0]!.patterns.length;
    // Free variables: used in the fun and bound outside it.
    const used = new Set<string>();
    for (const cl of clauses) {
      walkVars(cl.patterns, (v) => used.add(v));
      walkVars(cl.guards, (v) => used.add(v));
      walkVars(cl.body, (v) => used.add(v));
    }
    // In the order the enclosing function bound them, as OTP's compiler
    // keeps a fun's free variables in the common cases (parameters, then
    // later matches): erlang:fun_info(F, env), a lifted fun's arguments in
    // trace lines and stack traces, and the environment of a fun sent to an
    // erl node follow it.
    const free = [...s].filter((v) => used.has(v) && v !== name);
    const params: string[] = [];
    for (let i = 0; i < arity; i++) params.push(`a${i}`);
    const jsId = this.m.newFnId('l');
    const idx = this.m.lambdas.length;
    const lambda: LambdaSpec = { jsId, name: '', arity, nFree: free.length };
    if (this.m.file === 'shell') lambda.source = { clauses, name, free };
    this.m.lambdas.push(lambda);
    const otp = this.m.funNames?.funs.get(at);
    let frame = { name: '', arity };
    if (otp !== undefined) {
      lambda.name = otp.name;
      if (otp.index >= 0) lambda.index = otp.index;
      // An inlined fun's code runs in its caller's frame; a lifted fun's frame has its free variables as arguments.
      frame = otp.inlined ? this.frame : { name: otp.name, arity: arity + otpFreeCount(clauses, s, name, this.constVars) };
      lambda.frame = { ...frame, inlined: otp.inlined };
    }
    const fc = new FnCompiler(this.m, [...params, '$f'], null, null, arity, name, this.owner, frame);
    fc.constVars = new Set(this.constVars);
    const fb = fc.b;
    fb.line = at.line;
    fb.lastLine = at.line;
    const loadFree = () => free.forEach((v, i) => fb.emit(`${fb.varLocal(v)} = $f.env[${i}];`));
    loadFree();
    const base = new Set<string>(free);
    if (name !== null) {
      fb.emit(`${fb.varLocal(name)} = $f;`);
      base.add(name);
    }
    const noClause = name === null ? EVAL_RAISE.funClause : EVAL_RAISE.namedFunClause;
    fc.clauses(clauses, params, base, `throw rt.funClause($f, [${params.join(', ')}]);`, true, loadFree, noClause);
    if (otp === undefined) {
      // Shell code: named after its body's funs (innermost first).
      const n = this.m.lambdaCounter++;
      const owner = `-${this.owner.name ?? 'fun'}/${this.owner.arity}-`;
      lambda.name = name === null ? `${owner}fun-${n}-` : `${owner}${name}/${arity}-${this.m.namedLambdaCounter++}-`;
      fc.frame.name = lambda.name;
    }
    this.m.functionTexts.push(fb.render(jsId, `H_${jsId}`));
    this.m.functionTexts.push(fb.tablesText(jsId));
    const t = this.b.temp();
    const env = free.map((v) => this.b.varLocal(v));
    this.b.emit(`${t} = new Fun(FC[${idx}], [${env.join(', ')}], p.pid);`);
    return t;
  }

  /**
   * Function or fun clauses over parameters; no match runs `noMatch`.
   * `reset` re-establishes shadowed free variables before each clause.
   */
  clauses(cls: ast.Clause[], params: string[], base: Set<string>, noMatch: string, tail: boolean, reset?: () => void, raise?: EvalFrame): void {
    const b = this.b;
    cls.forEach((cl, i) => {
      b.line = cl.line;
      const next = b.newLabel();
      const fail = `pc = ${next}; continue;`;
      const s = new Set(base);
      const shadowsFree =
        reset !== undefined &&
        cl.patterns.some((p) => {
          let hit = false;
          walkVars(p, (v) => {
            if (base.has(v)) hit = true;
          });
          return hit;
        });
      // Head variables are fresh in a fun even when bound outside.
      if (reset !== undefined) walkVars(cl.patterns, (v) => s.delete(v));
      const loop = this.loopRest;
      if (loop !== null && params[loop.index] === loop.param) {
        const pat = cl.patterns[loop.index];
        loop.restVar = pat !== undefined && pat.kind === 'bin' ? restVar(pat) : null;
      }
      cl.patterns.forEach((pat, j) => matchPattern(this, pat, params[j]!, s, fail));
      if (cl.guards.length > 0) compileGuardSeq(this, cl.guards, s, fail);
      this.body(cl.body, s, tail);
      if (!b.terminated) throw new Error('clause body did not end');
      b.start(next);
      if (shadowsFree && i < cls.length - 1) reset!();
    });
    if (raise === undefined) b.finish(noMatch);
    else this.raiseAt(raise, () => b.finish(noMatch));
  }

  // ---- case / if / receive ---------------------------------------------

  private caseExpr(e: ast.Case, s: Set<string>, tail: boolean): string {
    const v = this.at(EVAL.caseExpr, () => this.expr(e.expr, s));
    return this.matchClauses(e.clauses, v, s, tail, `throw rt.caseClause(${v});`, EVAL_RAISE.caseClause, e.line, isComparison(e.expr));
  }

  /** Clauses of one pattern each against `v`; joins with a result temp. */
  /** `keywordLine`: BEAM reports a case_clause or try_clause at the line of the `case` or `try`. */
  /** `boolean`: `v` is true or false (a comparison's value). */
  private matchClauses(
    cls: ast.Clause[],
    v: string,
    s: Set<string>,
    tail: boolean,
    noMatch: string,
    raise?: EvalFrame,
    keywordLine?: number,
    boolean = false,
  ): string {
    const b = this.b;
    const res = tail ? '' : b.temp();
    const join = tail ? -1 : b.newLabel();
    const after = new Set<string>();
    // `case A < B of true -> ...; false -> ... end`: once the first clause
    // has failed, the second matches without a test. The test would run
    // only when the comparison first comes out the other way, and optimized
    // code that had never seen it ran deoptimized there.
    const otherBool =
      boolean &&
      cls.length === 2 &&
      cls.every((cl) => cl.guards.length === 0 && boolAtom(cl.patterns[0]!) !== null) &&
      boolAtom(cls[0]!.patterns[0]!) !== boolAtom(cls[1]!.patterns[0]!);
    for (const [i, cl] of cls.entries()) {
      b.line = cl.line;
      const next = b.newLabel();
      const fail = `pc = ${next}; continue;`;
      const cs = new Set(s);
      if (!(otherBool && i === 1)) matchPattern(this, cl.patterns[0]!, v, cs, fail);
      if (cl.guards.length > 0) compileGuardSeq(this, cl.guards, cs, fail);
      const r = this.body(cl.body, cs, tail);
      if (!tail) {
        b.emit(`${res} = ${r};`);
        b.jump(join);
      }
      for (const x of cs) after.add(x);
      b.start(next);
    }
    if (keywordLine !== undefined) b.line = keywordLine;
    if (raise === undefined) b.finish(noMatch);
    else this.raiseAt(raise, () => b.finish(noMatch));
    if (tail) return '';
    b.start(join);
    for (const x of after) s.add(x);
    return res;
  }

  private ifExpr(e: ast.If, s: Set<string>, tail: boolean): string {
    const b = this.b;
    const res = tail ? '' : b.temp();
    const join = tail ? -1 : b.newLabel();
    const after = new Set<string>();
    for (const cl of e.clauses) {
      const next = b.newLabel();
      const cs = new Set(s);
      compileGuardSeq(this, cl.guards, cs, `pc = ${next}; continue;`);
      const r = this.body(cl.body, cs, tail);
      if (!tail) {
        b.emit(`${res} = ${r};`);
        b.jump(join);
      }
      for (const x of cs) after.add(x);
      b.start(next);
    }
    // BEAM reports an if_clause at the line of the `if`.
    b.line = e.line;
    this.raiseAt(EVAL_RAISE.ifClause, () => b.finish('throw rt.ifClause();'));
    if (tail) return '';
    b.start(join);
    for (const x of after) s.add(x);
    return res;
  }

  private receiveExpr(e: ast.Receive, s: Set<string>, tail: boolean): string {
    const b = this.b;
    const res = tail ? '' : b.temp();
    const join = tail ? -1 : b.newLabel();
    let timeout = 'rt.INFINITY';
    if (e.after !== undefined) timeout = this.at(EVAL.receiveTimeout, () => this.expr(e.after!.timeout, s));
    const tmo = b.temp();
    b.emit(`${tmo} = rt.recvStart(p, ${timeout});`);
    const loop = b.newLabel();
    const afterLbl = b.newLabel();
    b.start(loop);
    const msg = b.temp();
    b.emit(`${msg} = p.mbox.peek();`);
    b.emit(`if (${msg} === rt.NOMSG) { if (rt.recvTimedOut(p, ${tmo})) { pc = ${afterLbl}; continue; } p.waiting = true; break L; }`);
    const after = new Set<string>();
    // Each clause's head as written, from the constant table (never spliced
    // into the code): the trace point says which clause took a message.
    const heads = e.clauses.map((cl, i) => this.m.receiveTexts?.get(receiveKey(e, i)) ?? clauseHeadText(cl));
    e.clauses.forEach((cl, i) => {
      const next = b.newLabel();
      const cs = new Set(s);
      const fail = `pc = ${next}; continue;`;
      matchPattern(this, cl.patterns[0]!, msg, cs, fail);
      if (cl.guards.length > 0) compileGuardSeq(this, cl.guards, cs, fail);
      b.emit(`rt.recvTake(p, ${this.m.k([i + 1, str(heads[i]!)])});`);
      const r = this.body(cl.body, cs, tail);
      if (!tail) {
        b.emit(`${res} = ${r};`);
        b.jump(join);
      }
      for (const x of cs) after.add(x);
      b.start(next);
    });
    b.emit(`if (p.vm.recvWatch !== null) rt.recvSkip(p, ${msg}, ${this.m.k(list(heads.map((h) => str(h))))});`);
    b.emit('p.mbox.advance();');
    b.jump(loop);
    b.start(afterLbl);
    if (e.after !== undefined) {
      const cs = new Set(s);
      const r = this.body(e.after.body, cs, tail);
      if (!tail) {
        b.emit(`${res} = ${r};`);
        b.jump(join);
      }
      for (const x of cs) after.add(x);
    } else {
      b.finish(`throw rt.internal('receive without after timed out');`);
    }
    if (tail) return '';
    b.start(join);
    for (const x of after) s.add(x);
    return res;
  }

  // ---- try / catch ------------------------------------------------------

  /** A try; in tail position (no `after`), its clauses return themselves and the result is ''. */
  private tryExpr(e: ast.Try, s: Set<string>, tail = false): string {
    const b = this.b;
    const res = b.temp();
    const outer = b.region;
    const hasAfter = e.after.length > 0;
    const catchLbl = b.newLabel();
    const afterExc = hasAfter ? b.newLabel() : -1;
    const join = b.newLabel();
    const savedEx = b.temp();

    // Body, protected by the catch clauses (or only by `after`).
    const bodyLbl = b.newLabel();
    b.region = e.catchClauses.length > 0 ? catchLbl : afterExc;
    b.start(bodyLbl);
    const bs = new Set(s);
    const bv = this.at(EVAL.tryBody, () => this.body(e.body, bs, false));
    // `of` clauses and catch bodies are protected only by `after`.
    const ofLbl = b.newLabel();
    b.emit(`${res} = ${bv};`);
    b.region = hasAfter ? afterExc : outer;
    b.start(ofLbl);
    if (e.clauses.length > 0) {
      const ov = b.temp();
      b.emit(`${ov} = ${res};`);
      const r = this.at(EVAL.tryOf, () => this.matchClauses(e.clauses, ov, bs, tail, `throw rt.tryClause(${ov});`, EVAL_RAISE.tryClause, e.line), true);
      if (!tail) b.emit(`${res} = ${r};`);
    } else if (tail) b.finish(RET(res));
    if (!tail) b.jump(join);

    if (e.catchClauses.length > 0) {
      b.start(catchLbl);
      b.emit(`${savedEx} = ex;`);
      const tup = b.temp();
      // As on BEAM, the stack trace is built only for a clause that binds it.
      const stack = e.catchClauses.some((c) => !noStackVar(c.patterns[0])) ? '' : ', false';
      b.emit(`${tup} = rt.exceptionTuple(${savedEx}${stack});`);
      const r = this.at(EVAL.tryCatch, () => this.matchClauses(e.catchClauses, tup, new Set(s), tail, `throw ${savedEx};`), true);
      if (!tail) {
        b.emit(`${res} = ${r};`);
        b.jump(join);
      }
    }
    b.region = outer;
    if (hasAfter) {
      b.start(afterExc);
      b.emit(`${savedEx} = ex;`);
      this.at(EVAL.tryAfter, () => this.body(e.after, new Set(s), false));
      b.finish(`throw ${savedEx};`);
    }
    if (tail) return '';
    b.start(join);
    if (hasAfter) this.at(EVAL.tryAfter, () => this.body(e.after, new Set(s), false));
    return res;
  }

  private catchExpr(e: ast.Catch, s: Set<string>): string {
    const b = this.b;
    const res = b.temp();
    const outer = b.region;
    const handler = b.newLabel();
    const join = b.newLabel();
    const bodyLbl = b.newLabel();
    b.region = handler;
    b.start(bodyLbl);
    const v = this.at(EVAL.catchBody, () => this.expr(e.expr, s));
    b.emit(`${res} = ${v};`);
    b.region = outer;
    b.jump(join);
    b.start(handler);
    b.emit(`${res} = rt.catchValue(ex);`);
    b.start(join);
    return res;
  }

  // ---- comprehensions ----------------------------------------------------

  /** The comprehensions being compiled, outermost first, that BEAM makes functions of. */
  private readonly comps: CompFrames[] = [];
  /** The comprehension compiled as the function's last call. */
  private tailComp: ast.Expr | null = null;
  /** Variables bound to a constant (`K = 0`): the optimiser puts the constant in their place. */
  constVars = new Set<string>();
  /** List comprehensions whose value is not used. */
  private readonly effectComps = new Set<ast.Expr>();

  /**
   * The functions OTP's compiler makes of comprehension `e` (one per
   * generator: fun_names.ts), with their arities: 1 (the list; 2 with the
   * binary so far for `<<>>`) plus the variables from outside they use; an
   * inner generator's function also carries the outer one's and its tail.
   */
  private enterComprehension(e: ast.ListComp | ast.BinComp, s: Set<string>, acc: string | null): CompFrames | null {
    const names = this.m.funNames?.comps.get(e);
    if (names === undefined || names.length === 0) return null;
    const gens: ast.Generator[] = [];
    const after: ast.Expr[][] = [];
    for (const q of e.qualifiers) {
      if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
        gens.push(q as ast.Generator);
        after.push([]);
      } else after[after.length - 1]?.push(q as ast.Expr);
    }
    const arities: number[] = [];
    // `Lc ++ More`: the first generator's last clause returns More, which it is given.
    const more = this.m.funNames?.withMore.get(e);
    let outerFree = new Set<string>(more === undefined ? [] : [more]);
    const visible = new Set(s);
    gens.forEach((g, i) => {
      const uses: unknown[] = [after.slice(i), gens.slice(i + 1).map((x) => x.expr), e.expr];
      const shadowed = new Set<string>();
      for (const x of gens.slice(i)) walkVars(x.pattern, (v) => shadowed.add(v));
      const free = new Set<string>(outerFree);
      walkVars(uses, (v) => {
        if (visible.has(v) && !shadowed.has(v) && !this.constVars.has(v)) free.add(v);
      });
      // The outer generator's tail, which this one's last clause goes back to.
      if (i > 0) free.add(`\u0000tail${i - 1}`);
      arities.push((e.kind === 'lc' ? 1 : 2) + free.size);
      outerFree = free;
      walkVars(g.pattern, (v) => visible.add(v));
    });
    let bit = -1;
    if (acc !== null && !this.effectComps.has(e) && this.b.accTemps.length < 30) {
      bit = this.b.accTemps.length;
      this.b.accTemps.push(acc);
    }
    const st: CompFrames = {
      names,
      arities,
      level: -1,
      bit,
      firstLine: gens[0]!.line,
      lastLine: gens[gens.length - 1]!.line,
      tail: this.tailComp === e,
    };
    this.comps.push(st);
    return st;
  }

  private leaveComprehension(st: CompFrames | null): void {
    if (st === null) return;
    this.comps.pop();
    this.setComprehensionFrames();
  }

  /** Notes in the builder which comprehension functions the code emitted next runs in. */
  private setComprehensionFrames(): void {
    const entered = this.comps.filter((c) => c.level >= 0);
    if (entered.length === 0) {
      this.b.vf = 0;
      return;
    }
    const levels: ComprehensionChain['levels'] = [];
    for (let i = entered.length - 1; i >= 0; i--) {
      const c = entered[i]!;
      const n = c.names.length - 1;
      levels.push({
        name: c.names[c.level]!,
        arity: c.arities[c.level]!,
        callLine: entered[i + 1]?.firstLine ?? 0,
        bit: c.bit,
        ret: c.bit >= 0 ? [c.names[n]!, c.arities[n]!, c.lastLine] : null,
      });
    }
    const outer = entered[0]!;
    this.b.vf = this.m.chain({ levels, tail: outer.tail, line: outer.firstLine });
  }

  /** Runs `inner` for each combination of the qualifiers (generators and filters). */
  private qualifiers(qs: ast.Qualifier[], s: Set<string>, done: number, inner: (s: Set<string>) => void, st: CompFrames | null = null, gi = 0): void {
    const b = this.b;
    if (qs.length === 0) {
      inner(s);
      return;
    }
    const [q, ...rest] = qs as [ast.Qualifier, ...ast.Qualifier[]];
    if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
      const g = q as ast.Generator;
      const bc = this.comp === 'bc';
      const bits = g.kind === 'b_generate';
      const genAt = bc ? (bits ? EVAL.bcBinGenerator : EVAL.bcGenerator) : bits ? EVAL.lcBinGenerator : EVAL.lcGenerator;
      const src = this.at(genAt, () => this.expr(g.expr, s));
      // From here on, the code is this generator's function's.
      const outerLevel = st?.level ?? -1;
      if (st !== null) {
        st.level = gi;
        this.setComprehensionFrames();
      }
      // The rest runs once per element, called back from eval_generate (or eval_b_generate).
      const loopAt = bits ? EVAL.binGenerateLoop : EVAL.generateLoop;
      const cur = b.temp();
      const loop = b.newLabel();
      const exit = b.newLabel();
      const item = b.temp();
      if (g.kind === 'generate') {
        b.emit(`${cur} = ${src};`);
        b.start(loop);
        b.emit(REDUCTION_CHECK);
        b.emit(`if (!(${cur} instanceof Cons)) { if (${cur} === NIL) { pc = ${exit}; continue; } throw rt.badGenerator(${cur}); }`);
        b.emit(`${item} = ${cur}.head; ${cur} = ${cur}.tail;`);
        const cs = new Set(s);
        for (const v of boundIn(g.pattern)) cs.delete(v);
        matchPattern(this, g.pattern, item, cs, `pc = ${loop}; continue;`);
        this.at(loopAt, () => this.qualifiers(rest, cs, loop, inner, st, gi + 1));
      } else if (g.kind === 'm_generate') {
        b.emit(`${cur} = rt.mapIterList(${src});`);
        b.start(loop);
        b.emit(REDUCTION_CHECK);
        b.emit(`if (${cur} === NIL) { pc = ${exit}; continue; }`);
        b.emit(`${item} = ${cur}.head; ${cur} = ${cur}.tail;`);
        const cs = new Set(s);
        const pat = g.pattern as ast.MapE;
        const a = pat.assocs?.[0];
        if (a === undefined) throw this.compileError(g, 'bad map generator');
        const kT = b.temp();
        const vT = b.temp();
        b.emit(`${kT} = ${item}[0]; ${vT} = ${item}[1];`);
        const fail = `pc = ${loop}; continue;`;
        matchPattern(this, a.key, kT, cs, fail);
        matchPattern(this, a.value, vT, cs, fail);
        this.at(loopAt, () => this.qualifiers(rest, cs, loop, inner, st, gi + 1));
      } else {
        // Bit string generator: match the pattern repeatedly at the front.
        // The rest is never seen by the program, so it is an offset into
        // the generator's binary (BEAM's match context), not a sub-binary.
        b.emit(`${cur} = ${src};`);
        b.emit(`if (!(${cur} instanceof rt.BitStr)) throw rt.badGenerator(${cur});`);
        const at = b.temp();
        b.emit(`${at} = 0;`);
        b.start(loop);
        b.emit(REDUCTION_CHECK);
        const cs = new Set(s);
        for (const v of boundIn(g.pattern)) cs.delete(v);
        const pat = g.pattern as ast.BinE;
        const skip = b.newLabel();
        const next = matchSegments(this, pat, cur, at, false, cs, `pc = ${skip}; continue;`);
        b.emit(`${at} = ${next};`);
        this.at(loopAt, () => this.qualifiers(rest, cs, loop, inner, st, gi + 1));
        if (!b.terminated) b.jump(loop);
        // No match: as in OTP (v3_core's skip clause), skip one element of the
        // same segment sizes and go on; stop only when even that fails.
        b.start(skip);
        const skipCs = new Set(s);
        for (const v of boundIn(g.pattern)) skipCs.delete(v);
        const skipped = matchSegments(this, { ...pat, elements: skipSegments(pat.elements, skipCs) }, cur, at, false, skipCs, `pc = ${exit}; continue;`);
        b.emit(`${at} = ${skipped};`);
      }
      if (!b.terminated) b.jump(loop);
      if (st !== null) {
        st.level = outerLevel;
        this.setComprehensionFrames();
      }
      b.start(exit);
      b.jump(done);
      return;
    }
    // A filter that is a guard expression is a guard, as in erl: an
    // exception in it (element/2 of a non-tuple) makes it false.
    if (this.isGuardExpr(q as ast.Expr)) {
      compileGuardSeq(this, [[q as ast.Expr]], s, `pc = ${done}; continue;`);
      this.qualifiers(rest, s, done, inner, st, gi);
      return;
    }
    // Else a boolean expression.
    const v = this.at(EVAL.filter, () => this.expr(q as ast.Expr, s));
    b.emit(`if (${v} !== TRUE) { if (${v} === FALSE) { pc = ${done}; continue; } throw rt.badFilter(${v}); }`);
    this.qualifiers(rest, s, done, inner, st, gi);
  }

  /** The comprehension being compiled, for erl_eval's frames of its parts. */
  private comp: 'lc' | 'bc' | null = null;

  private comprehension(kind: 'lc' | 'bc', body: () => void): void {
    const outer = this.comp;
    this.comp = kind;
    try {
      this.at(kind === 'lc' ? EVAL.lc : EVAL.bc, body);
    } finally {
      this.comp = outer;
    }
  }

  /** erl_lint's is_guard_test for a filter: only guard BIFs, operators and terms, looked at with an explicit stack. */
  private isGuardExpr(e: ast.Expr): boolean {
    const todo: ast.Expr[] = [e];
    while (todo.length > 0) {
      const x = todo.pop()!;
      switch (x.kind) {
        case 'var':
        case 'atom':
        case 'integer':
        case 'char':
        case 'float':
        case 'string':
        case 'nil':
        case 'term':
          break;
        case 'cons':
          todo.push(x.head, x.tail);
          break;
        case 'tuple':
          todo.push(...x.elements);
          break;
        case 'map':
          for (const a of x.assocs) todo.push(a.key, a.value);
          break;
        case 'map_update':
          todo.push(x.map);
          for (const a of x.assocs) todo.push(a.key, a.value);
          break;
        case 'bin':
          for (const el of x.elements) {
            todo.push(el.value);
            if (el.size !== 'default') todo.push(el.size);
          }
          break;
        case 'op':
          if (x.op !== 'andalso' && x.op !== 'orelse' && !isGuardOp(x.op, 2)) return false;
          todo.push(x.left, x.right);
          break;
        case 'unop':
          if (!isGuardOp(x.op, 1)) return false;
          todo.push(x.operand);
          break;
        case 'call': {
          const fn = x.fn;
          const n = x.args.length;
          if (fn.kind === 'atom') {
            if (!isGuardBif(fn.value, n) || this.m.locals.has(`${fn.value}/${n}`)) return false;
          } else if (fn.kind === 'remote') {
            if (fn.module.kind !== 'atom' || fn.module.value !== 'erlang' || fn.name.kind !== 'atom' || !isGuardBif(fn.name.value, n)) return false;
          } else return false;
          todo.push(...x.args);
          break;
        }
        default:
          return false;
      }
    }
    return true;
  }

  private listComp(e: ast.ListComp, s: Set<string>): string {
    const b = this.b;
    // Built front to back: a cell before the first one, and the last cell,
    // whose tail each new element fills in (nobody sees the list before it is
    // done), so no reversed copy to allocate and walk again.
    const head = b.temp();
    const last = b.temp();
    b.emit(`${head} = new Cons(NIL, NIL); ${last} = ${head};`);
    const st = this.enterComprehension(e, s, head);
    const end = b.newLabel();
    const first = b.newLabel();
    b.start(first);
    this.comprehension('lc', () =>
      this.qualifiers(
        e.qualifiers,
        new Set(s),
        end,
        (cs) => {
          const v = this.at(EVAL.lcElement, () => this.expr(e.expr, cs));
          b.emit(`${last} = ${last}.tail = new Cons(${v}, NIL);`);
        },
        st,
      ),
    );
    this.leaveComprehension(st);
    // Filters only ([X || Cond]): one pass, no loop to go back to.
    if (!b.terminated) b.jump(end);
    b.start(end);
    const t = b.temp();
    b.emit(`${t} = ${head}.tail;`);
    return t;
  }

  private binComp(e: ast.BinComp, s: Set<string>): string {
    const b = this.b;
    const acc = b.temp();
    // Each element is appended as it comes, as BEAM's loop does: one growing
    // buffer, no list of small binaries to join at the end.
    b.emit(`${acc} = new rt.BitBuilder();`);
    const st = this.enterComprehension(e, s, null);
    const end = b.newLabel();
    const first = b.newLabel();
    b.start(first);
    this.comprehension('bc', () =>
      this.qualifiers(
        e.qualifiers,
        new Set(s),
        end,
        (cs) => {
          const el = e.expr;
          if (this.ev === null && el.kind === 'bin' && this.bytesInto(el, cs, acc)) return;
          const v = this.at(EVAL.bcElement, () => (this.ev === null && el.kind === 'bin' ? this.binExpr(el, cs, true) : this.expr(el, cs)));
          b.emit(`${acc}.putBits(${v}, 'all', 1);`);
        },
        st,
      ),
    );
    this.leaveComprehension(st);
    b.start(end);
    const t = b.temp();
    b.emit(`${t} = ${acc}.finish();`);
    return t;
  }

  private mapComp(e: ast.MapComp, s: Set<string>): string {
    const b = this.b;
    const acc = b.temp();
    b.emit(`${acc} = rt.EMPTY_MAP;`);
    const end = b.newLabel();
    const first = b.newLabel();
    b.start(first);
    const ex = e.expr as ast.MapAssoc | ast.Expr;
    this.qualifiers(e.qualifiers, new Set(s), end, (cs) => {
      if (ex.kind !== 'map_field_assoc') throw this.compileError(ex, 'bad map comprehension');
      const k = this.expr(ex.key, cs);
      const v = this.expr(ex.value, cs);
      b.emit(`${acc} = ${acc}.set(${k}, ${v});`);
    });
    b.start(end);
    return acc;
  }

  // ---- binaries -----------------------------------------------------------

  /** X when e is `list_to_binary(X)` (the BIF, X a variable or literal), else null. */
  private listToBinaryArg(e: ast.Expr): ast.Expr | null {
    if (e.kind !== 'call' || e.args.length !== 1 || !PLAIN_KINDS.has(e.args[0]!.kind)) return null;
    const fn = e.fn;
    if (fn.kind === 'atom') {
      if (fn.value !== 'list_to_binary' || this.m.locals.has('list_to_binary/1') || !isAutoImported('list_to_binary', 1)) return null;
    } else if (fn.kind === 'remote') {
      if (fn.module.kind !== 'atom' || fn.module.value !== 'erlang' || fn.name.kind !== 'atom' || fn.name.value !== 'list_to_binary') return null;
    } else return null;
    return e.args[0]!;
  }

  /**
   * A comprehension's element made of one to four plain bytes (`<<X>>`,
   * `<<A, B>>`): written straight into the comprehension's builder `acc`,
   * no binary per element. When a value is not an integer, or the output is
   * not at a byte boundary, the element is built as any other construction
   * (which then raises erl's error). False when e is not of that shape.
   */
  private bytesInto(e: ast.BinE, s: Set<string>, acc: string): boolean {
    const els = e.elements;
    if (els.length < 1 || els.length > 4 || literalBytes(els) !== null) return false;
    // (A string is one segment to erl's errors but several bytes: left to binExpr.)
    for (const el of els) {
      if (el.size !== 'default' || el.types !== 'default' || el.value.kind === 'string') return false;
    }
    const values = els.map((el) => this.expr(el.value, s));
    const segs = [this.accSegment(), ...values.map((v) => `${v}, undefined, 0, 1, 0`)];
    this.b.emit(`if (!${acc}.addBytes(${values.length}, ${values.join(', ')})) ${acc}.putBits(rt.binBuild([${segs.join(', ')}]), 'all', 1);`);
    return true;
  }

  /**
   * erl compiles a binary comprehension's element `<<X, Y>>` into one
   * construction `<<Acc/bitstring, X, Y>>`, so its errors number X's
   * segment 2: an empty first segment in the table the errors are
   * diagnosed from does the same.
   */
  private accSegment(): string {
    return `${this.m.k(new BitStr(new Uint8Array(0)))}, undefined, 3, 1, 0`;
  }

  /** `inComprehension`: e is a binary comprehension's element (see accSegment). */
  private binExpr(e: ast.BinE, s: Set<string>, inComprehension = false): string {
    const b = this.b;
    const segs: string[] = inComprehension ? [this.accSegment()] : [];
    const values: string[] = [];
    // Whole binaries and single bytes (`<<Acc/binary, B/binary, $,>>`) take
    // rt.binCat, which needs no segment table; bit i of byteMask marks a byte.
    let byteMask = 0;
    let simple = true;
    // A string's characters are one segment to erl's error messages: later ones say so.
    const expanded = e.elements.flatMap((src) => expandStringSegments([src], true).map((el, k) => ({ el, continues: k > 0 })));
    const literal = literalBytes(expanded.map(({ el }) => el));
    if (literal !== null) return this.m.k(new BitStr(literal));
    // `(list_to_binary(S))/binary` among plain values: binCat copies S's bytes
    // straight into the result (bit 8+i of the mask) instead of making a
    // binary first. Only when every other value is a variable or literal, so
    // that list_to_binary's badarg still comes before anything else can fail.
    const plain = expanded.every(({ el }) => PLAIN_KINDS.has(el.value.kind) || this.listToBinaryArg(el.value) !== null);
    // Integer and binary segments only: written straight into one shared
    // builder (rt.binDirect), no segment table; binBuild when one does not fit.
    // A literal byte is its number here; runs of them are written as one constant.
    let direct: (string | number)[] | null = [];
    for (const { el, continues } of expanded) {
      const spec = segSpec(el);
      const wholeBinary = el.size === 'default' && spec.type === 'binary' && spec.unit === 8;
      const l2b = plain && wholeBinary ? this.listToBinaryArg(el.value) : null;
      let v: string;
      let segValue: string;
      if (l2b !== null) {
        v = this.expr(l2b, s);
        segValue = `(rt.byteListBinary(${v}) ?? rt.bif1(p, 'list_to_binary', ${v}))`;
        byteMask |= 1 << (values.length + 8);
      } else {
        v = this.expr(el.value, s);
        segValue = v;
      }
      let size = 'undefined';
      if (el.size !== 'default') size = this.expr(el.size, s);
      const shellAll = this.ev !== null && el.size !== 'default' && (spec.type === 'binary' || spec.type === 'bitstring');
      const flags =
        (spec.signed ? 1 : 0) |
        (spec.endian === 'little' ? 2 : 0) |
        (spec.endian === 'native' ? 4 : 0) |
        (continues ? STRING_CONTINUES : 0) |
        (shellAll ? SIZE_ALL_OK : 0);
      segs.push(`${segValue}, ${size}, ${typeCode(spec.type)}, ${spec.unit}, ${flags}`);
      const byte = literalBytes([el]);
      if (segValue !== v) direct = null;
      else if (byte !== null) direct?.push(byte[0]!);
      else if (spec.type === 'integer')
        direct?.push(`int(${v}, ${el.size === 'default' ? '8' : size}, ${el.size === 'default' ? 1 : spec.unit}, ${spec.endian === 'little'})`);
      else if (spec.type === 'binary' || spec.type === 'bitstring') {
        if (el.size === 'default') direct?.push(`bin(${v}, undefined, ${spec.type === 'binary' ? 8 : 1})`);
        else direct?.push(`bin(${v}, ${size}, ${spec.unit})`);
      } else direct = null;
      if (el.size === 'default' && spec.type === 'integer' && spec.unit === 1) byteMask |= 1 << values.length;
      else if (!(el.size === 'default' && spec.type === 'binary' && spec.unit === 8)) simple = false;
      values.push(v);
    }
    const t = b.temp();
    const generic = `rt.binBuild([${segs.join(', ')}])`;
    if (simple && values.length >= 1 && values.length <= 4) {
      const args = [String(byteMask), String(values.length), ...values];
      b.emit(`${t} = rt.binCat(${args.join(', ')}) ?? ${generic};`);
    } else if (direct !== null && direct.length > 0) {
      const d = b.temp();
      b.emit(`${d} = rt.binDirect();`);
      const calls: string[] = [];
      for (let i = 0; i < direct.length; ) {
        const x = direct[i]!;
        if (typeof x === 'string') {
          calls.push(`${d}.${x}`);
          i++;
          continue;
        }
        let j = i;
        while (j < direct.length && typeof direct[j] === 'number') j++;
        calls.push(`${d}.lit(${this.m.k(new BitStr(Uint8Array.from(direct.slice(i, j) as number[])))})`);
        i = j;
      }
      b.emit(`${t} = ${calls.join(' && ')} ? ${d}.finish() : ${generic};`);
    } else b.emit(`${t} = ${generic};`);
    return t;
  }
}

/**
 * The bytes of a binary made only of byte literals (`<<"x">>`, `<<1,2,3>>`),
 * which is then one constant, as erl makes it, instead of being built at
 * every evaluation; null for anything else.
 */
function literalBytes(els: ast.BinElement[]): Uint8Array | null {
  if (els.length === 0 || els.length > 4096) return null;
  const out = new Uint8Array(els.length);
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    if (el.size !== 'default' || el.types !== 'default') return null;
    const v = el.value;
    if (v.kind !== 'integer' && v.kind !== 'char') return null;
    const n = constantTerm(v);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 255) return null;
    out[i] = n;
  }
  return out;
}

/** `<<"abc">>` is shorthand for one segment per character. */
export function expandStringSegments(els: ast.BinElement[], construct = false): ast.BinElement[] {
  const out: ast.BinElement[] = [];
  for (const el of els) {
    // Built, `<<""/binary>>` is a segment of [] (badarg, as in erl), not nothing.
    if (construct && el.value.kind === 'string' && el.value.value.length === 0 && (el.types !== 'default' || el.size !== 'default')) {
      out.push({ ...el, value: { kind: 'nil', line: el.value.line, col: el.value.col } });
    } else if (el.value.kind === 'string') {
      for (const ch of el.value.value) out.push({ ...el, value: { kind: 'integer', value: ch, line: el.line, col: el.col } });
    } else out.push(el);
  }
  return out;
}

/**
 * A bit string generator's pattern with every value made a wildcard (sizes and
 * types kept), so it matches exactly one element whatever its contents. A
 * variable a later segment's size refers to stays, so the size is still known.
 */
function skipSegments(els: ast.BinElement[], bound: Set<string>): ast.BinElement[] {
  const inSizes = new Set<string>();
  for (const el of els) if (el.size !== 'default') walkVars(el.size, (v) => inSizes.add(v));
  return expandStringSegments(els).map((el) => {
    const keep = el.value.kind === 'var' && inSizes.has(el.value.name) && !bound.has(el.value.name);
    return keep ? el : { ...el, value: { kind: 'var', name: '_', line: el.line, col: el.col } };
  });
}

/** Expressions that cannot fail or have effects when evaluated. */
const PLAIN_KINDS = new Set(['var', 'integer', 'char', 'float', 'atom', 'string', 'nil']);

function typeCode(t: string): number {
  return ['integer', 'float', 'binary', 'bitstring', 'utf8', 'utf16', 'utf32'].indexOf(t);
}

/**
 * The variables a generator pattern binds: they shadow outer ones. Binary
 * segment sizes and map keys only use variables, so they are left out.
 */
function boundIn(p: unknown, out = new Set<string>()): Set<string> {
  visitTree(
    p,
    (n) => {
      if (n.kind === 'bin_element' || n.kind === 'map_field_exact' || n.kind === 'map_field_assoc') {
        boundIn(n.value, out);
        return false;
      }
      if (n.kind === 'var') {
        walkVars(n, (v) => out.add(v));
        return false;
      }
      return true;
    },
    skipPosition,
  );
  return out;
}

const COMMUTATIVE = new Set(['+', '*', 'band', 'bor', 'bxor']);

/**
 * Whether BEAM runs `L op R` as an instruction that fails with no erlang:Op
 * frame: `/`, `+`/`-` with a literal integer (`X + 1`, `1 + X`, `X - 1`;
 * the compiler puts the literal second, and subtracting from one is a
 * call), and `+`/`-`/`*` with a literal float (float instructions). With
 * both operands literal the compiler writes a call of erlang:Op (it fails,
 * so it is not folded), which has the frame.
 */
function inlineOperator(op: string, left: ast.Expr, right: ast.Expr): boolean {
  const l = constantTerm(left);
  const r = constantTerm(right);
  if (isLiteral(left) && isLiteral(right)) return false;
  const int = (k: unknown) => typeof k === 'number' || typeof k === 'bigint';
  if (op === '/') return true;
  // A float literal makes it a float instruction (fadd, fmul...), which fails with no frame either.
  if ((op === '+' || op === '-' || op === '*') && (l instanceof ErlFloat || r instanceof ErlFloat)) return true;
  if (op === '+') return int(l) || int(r);
  if (op === '-') return int(r);
  return false;
}

/**
 * Whether BEAM's compiler sees a literal: a constant term, an external fun
 * `fun M:F/A` with literal parts, or a binary built from literals (it is
 * folded at compile time).
 */
function isLiteral(e: ast.Expr): boolean {
  if (constantTerm(e) !== undefined) return true;
  if (e.kind === 'fun_remote')
    return constantTerm(e.module) instanceof Atom && constantTerm(e.name) instanceof Atom && typeof constantTerm(e.arity) === 'number';
  if (e.kind === 'bin') return e.elements.every((el) => constantTerm(el.value) !== undefined && (el.size === 'default' || constantTerm(el.size) !== undefined));
  return false;
}

/** The JS expression for a binary operator on two simple values. */
/** A JS test that the operand is an integer in 32 bits (every JS number term is an integer; bigints must not meet `|`). */
function int32(x: string): string {
  return `(typeof ${x} === 'number' && (${x} | 0) === ${x})`;
}

export function opExpr(op: string, l: string, r: string, t: string, c: FnCompiler, inline = false): string {
  const bothNum = `typeof ${l} === 'number' && typeof ${r} === 'number'`;
  switch (op) {
    // `inline`: BEAM runs this operator as an instruction that fails with no
    // erlang:Op frame (see ErrorInfo.inline).
    case '+':
      return `(${bothNum} && ${safeIntResult(t, `${l} + ${r}`)}) ? ${t} : rt.${inline ? 'addImm' : 'add'}(${l}, ${r})`;
    case '-':
      return `(${bothNum} && ${safeIntResult(t, `${l} - ${r}`)}) ? ${t} : rt.${inline ? 'subImm' : 'sub'}(${l}, ${r})`;
    case '*':
      return `(${bothNum} && Number.isSafeInteger(${t} = ${l} * ${r}) && ${t} !== 0) ? ${t} : rt.${inline ? 'mulImm' : 'mul'}(${l}, ${r})`;
    case '/':
      return `rt.${inline ? 'divImm' : 'div'}(${l}, ${r})`;
    case 'div':
      // Exact for 32-bit operands (the error of one division is far below 1/r).
      return `(${int32(l)} && ${int32(r)} && ${r} !== 0) ? Math.trunc(${l} / ${r}) + 0 : rt.intDiv(${l}, ${r})`;
    case 'rem':
      return `(${bothNum} && ${r} !== 0) ? (${l} % ${r}) + 0 : rt.rem(${l}, ${r})`;
    // On 32-bit operands JS's bit operators agree with Erlang's (two's complement, arithmetic shift).
    case 'band':
      return `(${int32(l)} && ${int32(r)}) ? ${l} & ${r} : rt.band(${l}, ${r})`;
    case 'bor':
      return `(${int32(l)} && ${int32(r)}) ? ${l} | ${r} : rt.bor(${l}, ${r})`;
    case 'bxor':
      return `(${int32(l)} && ${int32(r)}) ? ${l} ^ ${r} : rt.bxor(${l}, ${r})`;
    case 'bsr':
      return `(${int32(l)} && typeof ${r} === 'number' && ${r} >= 0 && ${r} < 32) ? ${l} >> ${r} : rt.bsr(${l}, ${r})`;
    case 'bsl':
      return `(${bothNum} && ${r} >= 0 && ${r} < 32 && Number.isSafeInteger(${t} = ${l} * 2 ** ${r})) ? ${t} : rt.bsl(${l}, ${r})`;
    case '==':
      return `(${l} === ${r} || rt.eq(${l}, ${r})) ? TRUE : FALSE`;
    case '/=':
      return `(${l} === ${r} || rt.eq(${l}, ${r})) ? FALSE : TRUE`;
    case '=:=':
      return `(${l} === ${r} || rt.exactEq(${l}, ${r})) ? TRUE : FALSE`;
    case '=/=':
      return `(${l} === ${r} || rt.exactEq(${l}, ${r})) ? FALSE : TRUE`;
    case '<':
    case '>':
    case '=<':
    case '>=': {
      const js = op === '=<' ? '<=' : op;
      return `(${bothNum} ? ${l} ${js} ${r} : rt.compare(${l}, ${r}) ${js} 0) ? TRUE : FALSE`;
    }
    case '++':
      return `rt.append(${l}, ${r})`;
    case '--':
      return `rt.subtract(${l}, ${r})`;
    case 'and':
      return `rt.and(${l}, ${r})`;
    case 'or':
      return `rt.or(${l}, ${r})`;
    case 'xor':
      return `rt.xor(${l}, ${r})`;
    case '!':
      // erl_eval applies '!'/2; compiled code calls erlang:send/2: the frames differ.
      return c.isShellCode ? `rt.sendOp(p, ${l}, ${r})` : `rt.send(p, ${l}, ${r})`;
    default:
      throw new CompileError(0, 0, `unknown operator ${op} (${c.m.module})`);
  }
}

/** A comprehension being compiled: the functions BEAM makes of it and which one the code is in. */
interface CompFrames {
  names: string[];
  arities: number[];
  /** The generator whose function the code being compiled is in (-1: none yet). */
  level: number;
  /** Its accumulator's bit (list comprehensions), -1 for none. */
  bit: number;
  /** The first and last generator's lines: of the call of the first one's function and of the last one's body recursion. */
  firstLine: number;
  lastLine: number;
  tail: boolean;
}

/**
 * How many variables bound outside a fun its clauses use (v3_kernel passes
 * them to the lifted function, whose arity stack traces show). A variable
 * of a fun head is the fun's own, even when bound outside.
 */
function otpFreeCount(clauses: ast.Clause[], bound: Set<string>, self: string | null, constants: ReadonlySet<string>): number {
  const free = new Set<string>();
  for (const cl of clauses) {
    const heads = new Set<string>();
    walkVars(cl.patterns, (v) => heads.add(v));
    walkVars([cl.guards, cl.body], (v) => {
      if (!heads.has(v) && bound.has(v) && v !== self && !constants.has(v)) free.add(v);
    });
  }
  return free.size;
}

export { stringToList, NIL, ErlFloat };

/** A catch clause's Class:Reason pattern with no stack variable (the parser fills in `_`). */
function noStackVar(p: ast.Expr | undefined): boolean {
  if (p === undefined || p.kind !== 'tuple') return false;
  const st = p.elements[2];
  return st !== undefined && st.kind === 'var' && st.name === '_';
}

const COMPARISONS = new Set(['==', '/=', '=:=', '=/=', '<', '>', '=<', '>=']);

/** An expression whose value is always true or false when it has one: a term comparison. */
function isComparison(e: ast.Expr): boolean {
  return e.kind === 'op' && COMPARISONS.has(e.op);
}

/** 'true' or 'false' for a pattern that is that atom, else null. */
function boolAtom(p: ast.Expr): string | null {
  return p.kind === 'atom' && (p.value === 'true' || p.value === 'false') ? p.value : null;
}
