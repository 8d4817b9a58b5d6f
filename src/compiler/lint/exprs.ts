// Variable, record and guard checks over function bodies: erl_lint's
// expr/pattern/guard traversal. Each check returns the variable table of the
// variables it saw (bound, used, exported, unsafe) so that callers can merge
// tables the way erl_lint does; diagnostics go into the shared LintState.

import { checkFormatCall, obsoleteCallWarning } from './format_calls.js';
import type { BinElement, Clause, Expr, MapAssoc, Qualifier, RecordFieldInit } from '../../syntax/ast.js';
import { rewriteTree } from '../../syntax/tree_walk.js';
import { isAutoBif, isGuardBif, isGuardOp, isOldBif, isOldTypeTest, isTypeTest, isArithOp } from './bifs.js';
import { msg } from './messages.js';
import type { LintState, RecordInfo } from './state.js';
import {
  BOUND,
  EMPTY_VT,
  type Loc,
  type VarInfo,
  type Vt,
  type Where,
  mergeAnnos,
  mergeState,
  sortedNames,
  vtMerge,
  vtMergeAll,
  vtNew,
  vtNoUnsafe,
  vtNoUnused,
  vtOld,
  vtSubtract,
  vtUnsafe,
  vtUpdate,
} from './vartable.js';
import { fieldLoc } from './records.js';

interface PatResult {
  vt: Vt;
  /** Variables bound for the first time by the pattern. */
  nw: Vt;
}

const one = (v: string, info: VarInfo): Vt => new Map([[v, info]]);
const loc = (n: Loc): Loc => ({ line: n.line, col: n.col });
const where = (tag: string, n: Loc): Where => ({ tag, line: n.line, col: n.col });

export class ExprChecker {
  constructor(readonly st: LintState) {}

  // ---- function clauses ------------------------------------------------

  functionClause(c: Clause): void {
    const head = this.head(c.patterns, EMPTY_VT, EMPTY_VT);
    const vt1 = vtUpdate(head.vt, head.nw);
    const gvt = this.guard(c.guards, vt1);
    const vt2 = vtUpdate(gvt, vt1);
    const bvt = this.exprs(c.body, vt2);
    this.checkUnusedVars(vtUpdate(bvt, vt2), EMPTY_VT);
  }

  // ---- variable tables: merging with pattern semantics -------------------

  /** vtmerge for patterns: a variable repeated within the pattern counts as used. */
  mergePat(a: Vt, b: Vt): Vt {
    if (a.size === 0) return b;
    if (b.size === 0) return a;
    const out = new Map(b);
    for (const [v, x] of a) {
      const y = b.get(v);
      if (!y) {
        out.set(v, x);
        continue;
      }
      const annos = mergeAnnos(x.annos, y.annos);
      const matched = !x.used && !y.used ? annos : !x.used ? x.annos : !y.used ? y.annos : null;
      if (matched) this.warnUnderscoreMatchPat(v, matched);
      out.set(v, { state: mergeState(x.state, y.state), used: true, annos });
    }
    return out;
  }

  private warnUnderscoreMatch(v: string, at: Loc): void {
    if (this.st.isEnabled('underscore_match') && v.startsWith('_')) this.st.warn(at, msg.matchUnderscoreVar(v));
  }

  private warnUnderscoreMatchPat(v: string, annos: Loc[]): void {
    if (!this.st.isEnabled('underscore_match') || !v.startsWith('_')) return;
    for (const a of annos) this.st.warn(a, msg.matchUnderscoreVarPat(v));
  }

  // ---- unused and shadowed variables -------------------------------------

  checkUnusedVars(vt: Vt, vt0: Vt): Vt {
    return this.warnUnusedVars(vtNew(this.unusedIn(vt), vt0), vt);
  }

  checkOldUnusedVars(vt: Vt, vt0: Vt): Vt {
    return this.warnUnusedVars(this.unusedIn(vtOld(vt, vt0)), vt);
  }

  private unusedIn(vt: Vt): Vt {
    const out = new Map<string, VarInfo>();
    for (const [v, x] of vt) if (!x.used && !v.startsWith('_')) out.set(v, x);
    return out;
  }

  private warnUnusedVars(unused: Vt, vt: Vt): Vt {
    if (unused.size === 0) return vt;
    if (this.st.isEnabled('unused_vars')) {
      for (const v of sortedNames(unused)) for (const a of unused.get(v)!.annos) this.st.warn(a, msg.unusedVar(v));
    }
    const marked = new Map<string, VarInfo>();
    for (const [v, x] of unused) marked.set(v, { ...x, used: true });
    return vtMerge(vt, marked);
  }

  private shadowVars(vt: Vt, vt0: Vt, inWhat: string): void {
    if (!this.st.isEnabled('shadow_vars')) return;
    const old = vtOld(vt, vtNoUnsafe(vt0));
    for (const v of sortedNames(old)) {
      const a = old.get(v)!.annos[0];
      if (a) this.st.warn(a, msg.shadowedVar(v, inWhat));
    }
  }

  // ---- patterns ----------------------------------------------------------

  head(ps: Expr[], vt: Vt, old: Vt): PatResult {
    let acc: PatResult = { vt: EMPTY_VT, nw: EMPTY_VT };
    for (const p of ps) {
      const r = this.pattern(p, vt, old);
      acc = { vt: this.mergePat(r.vt, acc.vt), nw: this.mergePat(r.nw, acc.nw) };
    }
    return acc;
  }

  private patVar(v: string, at: Loc, old: Vt): PatResult {
    const x = old.get(v);
    if (x === undefined) {
      if (this.st.recdefTop) this.st.error(at, msg.variableInRecordDef(v));
      return { vt: EMPTY_VT, nw: one(v, { state: BOUND, used: false, annos: [loc(at)] }) };
    }
    const usedBound = one(v, { state: BOUND, used: true, annos: x.annos });
    switch (x.state.kind) {
      case 'unsafe':
        this.st.error(at, msg.unsafeVar(v, x.state.in));
        break;
      case 'export':
        this.warnUnderscoreMatch(v, at);
        this.st.warn(at, msg.exportedVar(v, x.state.from));
        break;
      default:
        this.warnUnderscoreMatch(v, at);
    }
    return { vt: usedBound, nw: EMPTY_VT };
  }

  pattern(p: Expr, vt: Vt, old: Vt): PatResult {
    const none: PatResult = { vt: EMPTY_VT, nw: EMPTY_VT };
    switch (p.kind) {
      case 'var':
        return p.name === '_' ? none : this.patVar(p.name, p, old);
      case 'char':
      case 'integer':
      case 'float':
      case 'atom':
      case 'string':
      case 'nil':
      case 'term':
        return none;
      case 'cons': {
        // Along the tail iteratively (a long list is a deep chain), merging as the recursion would.
        const heads: PatResult[] = [];
        let c: Expr = p;
        for (; c.kind === 'cons'; c = c.tail) heads.push(this.pattern(c.head, vt, old));
        let acc = this.pattern(c, vt, old);
        for (let i = heads.length - 1; i >= 0; i--) {
          const h = heads[i]!;
          acc = { vt: this.mergePat(acc.vt, h.vt), nw: this.mergePat(h.nw, acc.nw) };
        }
        return acc;
      }
      case 'tuple':
        return this.patternList(p.elements, vt, old);
      case 'map':
        return this.patternMap(p.assocs, vt, old);
      case 'record_index': {
        const rec = this.checkRecord(p, p.name);
        if (rec && !rec.fields.some((f) => f.name === p.field)) this.st.error(fieldLoc(p), msg.undefinedField(p.name, p.field));
        return none;
      }
      case 'record': {
        const rec = this.checkRecord(p, p.name);
        if (!rec) return none;
        this.checkMultiFieldInit(p.fields, rec);
        return this.patternFields(p.fields, rec, vt, old);
      }
      case 'bin':
        return this.patternBin(p.elements, vt, old);
      case 'match': {
        const l = this.pattern(p.pattern, vt, old);
        const r = this.pattern(p.expr, vt, old);
        return { vt: this.mergePat(l.vt, r.vt), nw: this.mergePat(l.nw, r.nw) };
      }
      case 'op':
        if (p.op === '++') return this.patternAppend(p.left, p.right, vt, old);
        break;
    }
    if (!isConstantPatternExpr(p)) this.st.error(p, msg.illegalPattern());
    return none;
  }

  private patternAppend(left: Expr, right: Expr, vt: Vt, old: Vt): PatResult {
    // Only a literal string prefix may precede ++ in a pattern.
    let l = left;
    while (l.kind === 'cons' && (l.head.kind === 'char' || l.head.kind === 'integer')) l = l.tail;
    if (l.kind === 'nil' || l.kind === 'string') return this.pattern(right, vt, old);
    this.st.error(left, msg.illegalPattern());
    return { vt: EMPTY_VT, nw: EMPTY_VT };
  }

  private patternList(ps: Expr[], vt: Vt, old: Vt): PatResult {
    let acc: PatResult = { vt: EMPTY_VT, nw: EMPTY_VT };
    for (const p of ps) {
      const r = this.pattern(p, vt, old);
      acc = { vt: this.mergePat(r.vt, acc.vt), nw: this.mergePat(acc.nw, r.nw) };
    }
    return acc;
  }

  private patternMap(assocs: MapAssoc[], vt: Vt, old: Vt): PatResult {
    let acc: PatResult = { vt: EMPTY_VT, nw: EMPTY_VT };
    for (const a of assocs) {
      if (a.kind === 'map_field_assoc') {
        this.st.error(a, msg.illegalPattern());
        continue;
      }
      const kvt = this.gexpr(a.key, vt);
      const r = this.pattern(a.value, vt, old);
      acc = { vt: this.mergePat(this.mergePat(kvt, r.vt), acc.vt), nw: this.mergePat(acc.nw, r.nw) };
    }
    return acc;
  }

  private patternBin(es: BinElement[], vt: Vt, old: Vt): PatResult {
    let acc: PatResult = { vt: EMPTY_VT, nw: EMPTY_VT };
    for (const e of es) {
      this.bitTypes(e);
      // A size may refer to variables bound earlier in the same binary.
      if (e.size !== 'default') acc = this.mergeResult(acc, this.patBinSize(e.size, vt, acc.nw));
      if (e.value.kind === 'string') continue;
      const r = this.pattern(e.value, vt, old);
      acc = { vt: this.mergePat(r.vt, acc.vt), nw: this.mergePat(acc.nw, r.nw) };
    }
    return acc;
  }

  private mergeResult(a: PatResult, b: PatResult): PatResult {
    return { vt: vtMerge(b.vt, a.vt), nw: vtMerge(a.nw, b.nw) };
  }

  private patBinSize(size: Expr, vt: Vt, nw: Vt): PatResult {
    if (size.kind === 'var') {
      const v = size.name;
      const n = nw.get(v);
      if (n) return { vt: EMPTY_VT, nw: one(v, { state: BOUND, used: true, annos: n.annos }) };
      const x = vt.get(v);
      if (!x) {
        this.st.error(size, msg.unboundVar(v));
        return { vt: one(v, { state: BOUND, used: true, annos: [loc(size)] }), nw: EMPTY_VT };
      }
      if (x.state.kind === 'unsafe') this.st.error(size, msg.unsafeVar(v, x.state.in));
      return { vt: one(v, { state: BOUND, used: true, annos: x.annos }), nw: EMPTY_VT };
    }
    return { vt: this.gexpr(size, vtUpdate(nw, vt)), nw: EMPTY_VT };
  }

  private patternFields(fs: RecordFieldInit[], rec: RecordInfo, vt: Vt, old: Vt): PatResult {
    let acc: PatResult = { vt: EMPTY_VT, nw: EMPTY_VT };
    const seen = new Set<string>();
    for (const f of fs) {
      if (!this.checkFieldName(f, rec, seen)) continue;
      const r = this.pattern(f.value, vt, old);
      acc = { vt: this.mergePat(acc.vt, r.vt), nw: this.mergePat(acc.nw, r.nw) };
    }
    return acc;
  }

  // ---- records -----------------------------------------------------------

  checkRecord(at: Loc, name: string): RecordInfo | undefined {
    const rec = this.st.records.get(name);
    if (!rec) this.st.error(at, msg.undefinedRecord(name));
    else this.st.useRecord(name);
    return rec;
  }

  /** Reports duplicate and unknown field names; true when the value should be checked. */
  private checkFieldName(f: RecordFieldInit, rec: RecordInfo, seen: Set<string>): boolean {
    if (seen.has(f.field)) {
      this.st.error(f, f.field === '_' ? msg.badMultiFieldInit() : msg.redefineField(rec.name, f.field));
      return false;
    }
    seen.add(f.field);
    if (f.field !== '_' && !rec.fields.some((d) => d.name === f.field)) {
      this.st.error(f, msg.undefinedField(rec.name, f.field));
      return false;
    }
    return true;
  }

  private checkMultiFieldInit(fs: RecordFieldInit[], rec: RecordInfo): void {
    const wild = fs.find((f) => f.field === '_');
    if (wild && rec.fields.every((d) => fs.some((f) => f.field === d.name))) this.st.error(wild, msg.badMultiFieldInit());
  }

  private checkFields(fs: RecordFieldInit[], rec: RecordInfo, vt: Vt, check: (e: Expr, vt: Vt) => Vt): Vt {
    let acc: Vt = EMPTY_VT;
    const seen = new Set<string>();
    for (const f of fs) {
      if (!this.checkFieldName(f, rec, seen)) continue;
      acc = this.mergePat(acc, check(f.value, vt));
    }
    return acc;
  }

  /**
   * The defaults of fields not given explicitly are checked too (for the
   * calls and records they use), at the location of the record expression;
   * their diagnostics were already reported with the definition.
   */
  private initDefaults(at: Loc, fs: RecordFieldInit[], rec: RecordInfo, vt: Vt, inGuard: boolean): void {
    const defaults: RecordFieldInit[] = rec.fields
      .filter((d) => !fs.some((f) => f.field === d.name))
      .map((d) => ({ kind: 'record_field', field: d.name, value: relocate(d.default, at), line: at.line, col: at.col }));
    if (defaults.length === 0) return;
    const nErrors = this.st.errors.length,
      nWarnings = this.st.warnings.length,
      nCalled = this.st.called.length;
    this.checkFields(defaults, rec, vt, inGuard ? (e, v) => this.gexpr(e, v) : (e, v) => this.expr(e, v));
    // In a guard a default that is not a guard expression is still an error.
    if (!inGuard) this.st.errors.length = nErrors;
    this.st.warnings.length = nWarnings;
    this.st.called.length = nCalled;
  }

  private checkRecordInfoCall(call: Expr & { kind: 'call' }): void {
    const [what, name] = call.args;
    if (what?.kind === 'atom' && name?.kind === 'atom') {
      if (what.value === 'fields' || what.value === 'size') {
        if (!this.st.records.has(name.value)) this.st.error(call.fn, msg.undefinedRecord(name.value));
        else this.st.useRecord(name.value);
      } else this.st.error(what, msg.illegalRecordInfo());
    } else this.st.error(call, msg.illegalRecordInfo());
  }

  // ---- guards ------------------------------------------------------------

  guard(gs: Expr[][], vt: Vt): Vt {
    let acc: Vt = EMPTY_VT;
    for (const tests of gs) {
      let gvt: Vt = EMPTY_VT;
      for (const t of tests) gvt = vtUpdate(this.guardTest(t, vtUpdate(gvt, vt)), gvt);
      acc = vtUpdate(gvt, acc);
    }
    return acc;
  }

  private guardTest(g: Expr, vt: Vt): Vt {
    if (g.kind === 'call' && g.fn.kind === 'atom') {
      const f = g.fn.value,
        a = g.args.length;
      if (isOldTypeTest(f, a) && this.st.isEnabled('obsolete_guard')) this.st.warn(g.fn, msg.obsoleteGuard(f, a));
      if (f === 'record' && a === 2) return this.gexpr({ ...g, fn: { ...g.fn, value: 'is_record' } }, vt);
      if (isTypeTest(f, a) && f !== 'is_record' && a !== 2) {
        const avt = this.gexprList(g.args, vt);
        if (!this.noGuardBifClash(`${f}/${a}`)) this.st.error(g, msg.illegalGuardLocalCall(f, a));
        return avt;
      }
    }
    return this.gexpr(g, vt);
  }

  private noGuardBifClash(key: string): boolean {
    const imported = this.st.imports.get(key);
    const fromErlang = imported === 'erlang';
    return !this.st.locals.has(key) && (imported === undefined || fromErlang) && (!this.st.isAutoImportSuppressed(key) || fromErlang);
  }

  gexprList(es: Expr[], vt: Vt): Vt {
    let acc: Vt = EMPTY_VT;
    for (const e of es) acc = vtMerge(this.gexpr(e, vt), acc);
    return acc;
  }

  gexpr(e: Expr, vt: Vt): Vt {
    switch (e.kind) {
      case 'var':
        return this.exprVar(e.name, e, vt);
      case 'char':
      case 'integer':
      case 'float':
      case 'atom':
      case 'string':
      case 'nil':
      case 'term':
        return EMPTY_VT;
      case 'cons': {
        const heads: Vt[] = [];
        let c: Expr = e;
        for (; c.kind === 'cons'; c = c.tail) heads.push(this.gexpr(c.head, vt));
        let acc = this.gexpr(c, vt);
        for (let i = heads.length - 1; i >= 0; i--) acc = vtMerge(acc, heads[i]!);
        return acc;
      }
      case 'tuple':
        return this.gexprList(e.elements, vt);
      case 'map':
        this.checkAssocFields(e.assocs);
        return this.mapFields(e.assocs, vt, (xs, v) => this.gexprList(xs, v));
      case 'map_update':
        return vtMerge(
          this.gexpr(e.map, vt),
          this.mapFields(e.assocs, vt, (xs, v) => this.gexprList(xs, v)),
        );
      case 'record_index': {
        const rec = this.checkRecord(e, e.name);
        if (rec && !rec.fields.some((f) => f.name === e.field)) this.st.error(fieldLoc(e), msg.undefinedField(e.name, e.field));
        return EMPTY_VT;
      }
      case 'record_field_access': {
        const rvt = this.gexpr(e.record, vt);
        const rec = this.checkRecord(e, e.name);
        if (rec && !rec.fields.some((f) => f.name === e.field)) this.st.error(fieldLoc(e), msg.undefinedField(e.name, e.field));
        return rvt;
      }
      case 'record': {
        const rec = this.checkRecord(e, e.name);
        if (!rec) return EMPTY_VT;
        const fvt = this.checkFields(e.fields, rec, vt, (x, v) => this.gexpr(x, v));
        this.initDefaults(e, e.fields, rec, vtUpdate(fvt, vt), true);
        return fvt;
      }
      case 'bin':
        return this.exprBin(e.elements, vt, (x, v) => this.gexpr(x, v));
      case 'call':
        return this.gexprCall(e, vt);
      case 'unop': {
        const avt = this.gexpr(e.operand, vt);
        if (!isGuardOp(e.op, 1)) this.st.error(e, msg.illegalGuardExpr());
        return avt;
      }
      case 'op': {
        // A long left-nested chain (1+1+...+1) iteratively, bottom up.
        const spine: (Expr & { kind: 'op' })[] = [e];
        for (let l: Expr = e.left; l.kind === 'op'; l = l.left) spine.push(l);
        let avt = this.gexpr(spine[spine.length - 1]!.left, vt);
        for (let i = spine.length - 1; i >= 0; i--) {
          const o = spine[i]!;
          avt = vtMerge(this.gexpr(o.right, vt), avt);
          if (o.op !== 'andalso' && o.op !== 'orelse' && !isGuardOp(o.op, 2)) this.st.error(o, msg.illegalGuardExpr());
        }
        return avt;
      }
    }
    this.st.error(e, msg.illegalGuardExpr());
    return EMPTY_VT;
  }

  private gexprCall(e: Expr & { kind: 'call' }, vt: Vt): Vt {
    const a = e.args.length;
    const fn = e.fn;
    if (fn.kind === 'atom' && fn.value === 'is_record' && (a === 2 || a === 3)) {
      if (a === 2 && e.args[1]!.kind === 'atom') {
        const rvt = this.gexpr(e.args[0]!, vt);
        const name = e.args[1].value;
        if (!this.st.records.has(name)) this.st.error(e.args[1], msg.undefinedRecord(name));
        else this.st.useRecord(name);
        return rvt;
      }
      if (a === 3 && e.args[1]!.kind === 'atom' && e.args[2]!.kind === 'integer') {
        const rvt = this.gexpr(e.args[0]!, vt);
        if (!this.noGuardBifClash('is_record/3')) this.st.error(e, msg.illegalGuardLocalCall('is_record', 3));
        return rvt;
      }
      const avt = this.gexprList(e.args, vt);
      this.st.error(e, msg.illegalGuardExpr());
      return avt;
    }
    if (fn.kind === 'remote' && fn.module.kind === 'atom' && fn.module.value === 'erlang' && fn.name.kind === 'atom') {
      const f = fn.name.value;
      if (f === 'is_record' && (a === 2 || a === 3)) return this.gexprCall({ ...e, fn: fn.name }, vt);
      const avt = this.gexprList(e.args, vt);
      if (!isGuardBif(f, a) && !isGuardOp(f, a)) this.st.error(e, msg.illegalGuardExpr());
      return avt;
    }
    if (fn.kind === 'atom') {
      const f = fn.value,
        key = `${f}/${a}`;
      const avt = this.gexprList(e.args, vt);
      if (isGuardBif(f, a) && this.noGuardBifClash(key)) return avt;
      if (this.st.locals.has(key) || this.st.imports.has(key)) this.st.error(e, msg.illegalGuardLocalCall(f, a));
      else this.st.error(e, msg.illegalGuardExpr());
      return avt;
    }
    this.st.error(e, msg.illegalGuardExpr());
    return EMPTY_VT;
  }

  // ---- expressions -------------------------------------------------------

  exprs(es: Expr[], vt: Vt): Vt {
    let acc: Vt = EMPTY_VT;
    // Each expression sees the variables of the ones before it.
    const evts: Vt[] = [];
    let cur = vt;
    for (const e of es) {
      const evt = this.expr(e, cur);
      evts.push(evt);
      cur = vtUpdate(evt, cur);
    }
    for (let i = evts.length - 1; i >= 0; i--) acc = vtUpdate(evts[i]!, acc);
    return acc;
  }

  /**
   * An operator whose left operand is a chain of plain operators (1+1+...+1,
   * left-associative) or whose right one is (A ++ B ++ ..., right-
   * associative), iteratively: same order of checks and merges as the
   * recursion, which would overflow the stack on a long chain.
   */
  private opChain(e: Expr & { kind: 'op' }, vt: Vt): Vt {
    const plain = (x: Expr): x is Expr & { kind: 'op' } => x.kind === 'op' && x.op !== 'andalso' && x.op !== 'orelse';
    if (plain(e.left)) {
      const spine: (Expr & { kind: 'op' })[] = [e];
      for (let l: Expr = e.left; plain(l); l = l.left) spine.push(l);
      let acc = this.expr(spine[spine.length - 1]!.left, vt);
      for (let i = spine.length - 1; i >= 0; i--) acc = this.mergePat(this.expr(spine[i]!.right, vt), acc);
      return acc;
    }
    const lefts: Vt[] = [this.expr(e.left, vt)];
    let r = e.right;
    for (; plain(r) && !plain(r.left); r = r.right) lefts.push(this.expr(r.left, vt));
    let acc = this.expr(r, vt);
    for (let i = lefts.length - 1; i >= 0; i--) acc = this.mergePat(acc, lefts[i]!);
    return acc;
  }

  private exprList(es: Expr[], vt: Vt): Vt {
    let acc: Vt = EMPTY_VT;
    for (const e of es) acc = this.mergePat(this.expr(e, vt), acc);
    return acc;
  }

  private exprVar(v: string, at: Loc, vt: Vt): Vt {
    const x = vt.get(v);
    if (!x) {
      this.st.error(at, msg.unboundVar(v));
      return one(v, { state: BOUND, used: true, annos: [loc(at)] });
    }
    switch (x.state.kind) {
      case 'unsafe':
        this.st.error(at, msg.unsafeVar(v, x.state.in));
        break;
      case 'export':
        if (this.st.isEnabled('export_vars')) this.st.warn(at, msg.exportedVar(v, x.state.from));
        else return one(v, { state: x.state, used: true, annos: x.annos });
        break;
      case 'stacktrace':
        this.st.error(at, msg.stacktraceGuard(v));
        break;
    }
    return one(v, { state: BOUND, used: true, annos: x.annos });
  }

  expr(e: Expr, vt: Vt): Vt {
    switch (e.kind) {
      case 'var':
        return this.exprVar(e.name, e, vt);
      case 'char':
      case 'integer':
      case 'float':
      case 'atom':
      case 'string':
      case 'nil':
      case 'term':
        return EMPTY_VT;
      case 'cons': {
        // Along the tail iteratively (a long list is a deep chain), merging as the recursion would.
        const heads: Vt[] = [];
        let c: Expr = e;
        for (; c.kind === 'cons'; c = c.tail) heads.push(this.expr(c.head, vt));
        let acc = this.expr(c, vt);
        for (let i = heads.length - 1; i >= 0; i--) acc = this.mergePat(acc, heads[i]!);
        return acc;
      }
      case 'tuple':
        return this.exprList(e.elements, vt);
      case 'lc':
      case 'bc':
      case 'mc':
        return this.comprehension(e.expr, e.qualifiers, vt);
      case 'map':
        this.checkAssocFields(e.assocs);
        return this.mapFields(e.assocs, vt, (xs, v) => this.exprList(xs, v));
      case 'map_update': {
        const svt = this.expr(e.map, vt);
        return vtUpdate(
          svt,
          this.mapFields(e.assocs, vt, (xs, v) => this.exprList(xs, v)),
        );
      }
      case 'record_index': {
        const rec = this.checkRecord(e, e.name);
        if (rec && !rec.fields.some((f) => f.name === e.field)) this.st.error(fieldLoc(e), msg.undefinedField(e.name, e.field));
        return EMPTY_VT;
      }
      case 'record': {
        const rec = this.checkRecord(e, e.name);
        if (!rec) return EMPTY_VT;
        const fvt = this.checkFields(e.fields, rec, vt, (x, v) => this.expr(x, v));
        this.initDefaults(e, e.fields, rec, fvt, false);
        return fvt;
      }
      case 'record_field_access': {
        this.warnInvalidRecord(e, e.record);
        const rvt = this.expr(e.record, vt);
        const rec = this.checkRecord(e, e.name);
        if (rec && !rec.fields.some((f) => f.name === e.field)) this.st.error(fieldLoc(e), msg.undefinedField(e.name, e.field));
        return rvt;
      }
      case 'record_update': {
        this.warnInvalidRecord(e, e.record);
        const rvt = this.expr(e.record, vt);
        const rec = this.checkRecord(e, e.name);
        const uvt = rec ? this.checkFields(e.fields, rec, vt, (x, v) => this.expr(x, v)) : EMPTY_VT;
        const wild = e.fields.find((f) => f.field === '_');
        if (wild) {
          this.st.error(wild, msg.wildcardInUpdate(e.name));
          return EMPTY_VT;
        }
        return vtMerge(rvt, uvt);
      }
      case 'bin':
        return this.exprBin(e.elements, vt, (x, v) => this.expr(x, v));
      case 'block':
        return this.exprs(e.body, vt);
      case 'if':
        return this.icrtClausesExport(e.clauses, where('if', e), vt);
      case 'case': {
        const evt = this.expr(e.expr, vt);
        const cvt = this.icrtClausesExport(e.clauses, where('case', e), vtUpdate(evt, vt));
        return vtMerge(evt, cvt);
      }
      case 'receive':
        return this.receive(e, vt);
      case 'fun':
        return this.funClauses(e.clauses, vt);
      case 'named_fun':
        return this.namedFun(e, vt);
      case 'fun_ref':
        this.funRef(e);
        return EMPTY_VT;
      case 'fun_remote':
        return this.exprList([e.module, e.name, e.arity], vt);
      case 'call':
        return this.call(e, vt);
      case 'remote':
        this.st.error(e.module, msg.illegalExpr());
        return EMPTY_VT;
      case 'try':
        return this.tryExpr(e, vt);
      case 'catch': {
        const evt = this.expr(e.expr, vt);
        return vtUpdate(vtUnsafe(where('catch', e), evt, vt), evt);
      }
      case 'match': {
        const evt = this.expr(e.expr, vt);
        const pvt = vtUpdate(evt, vt);
        const p = this.pattern(e.pattern, pvt, pvt);
        return vtUpdate(p.nw, vtMerge(evt, p.vt));
      }
      case 'unop':
        return this.expr(e.operand, vt);
      case 'op': {
        if (e.op === 'andalso' || e.op === 'orelse') {
          const evt1 = this.expr(e.left, vt);
          const vt1 = vtUpdate(evt1, vt);
          const evt2 = this.expr(e.right, vt1);
          const evt3 = vtUpdate(vtUnsafe(where(e.op, e), evt2, vt1), evt2);
          return vtMerge(evt1, evt3);
        }
        return this.opChain(e, vt);
      }
    }
    return EMPTY_VT;
  }

  private warnInvalidRecord(at: Loc, rec: Expr): void {
    const invalid = ['char', 'integer', 'float', 'atom', 'string', 'cons', 'nil', 'lc', 'record_index', 'fun', 'fun_ref', 'fun_remote', 'named_fun'];
    if (invalid.includes(rec.kind)) this.st.warn(at, msg.invalidRecord());
  }

  private checkAssocFields(assocs: MapAssoc[]): void {
    for (const a of assocs) if (a.kind === 'map_field_exact') this.st.error(a, msg.illegalMapConstruction());
  }

  private mapFields(assocs: MapAssoc[], vt: Vt, check: (es: Expr[], vt: Vt) => Vt): Vt {
    let acc: Vt = EMPTY_VT;
    for (let i = assocs.length - 1; i >= 0; i--) acc = vtUpdate(check([assocs[i]!.key, assocs[i]!.value], vt), acc);
    return acc;
  }

  /** erl_lint's bit_type: every type specifier must be one erl knows. */
  private bitTypes(el: BinElement): void {
    if (el.types === 'default') return;
    for (const t of el.types) if (typeof t === 'string' && !BIT_TYPES.has(t)) this.st.error(el, msg.undefinedBittype(t));
  }

  private exprBin(es: BinElement[], vt: Vt, check: (e: Expr, vt: Vt) => Vt): Vt {
    let acc: Vt = EMPTY_VT;
    for (const el of es) {
      this.bitTypes(el);
      acc = vtMerge(check(el.value, vt), acc);
      if (el.size !== 'default') acc = vtMerge(check(el.size, vt), acc);
    }
    return acc;
  }

  private funRef(e: Expr & { kind: 'fun_ref' }): void {
    const key = `${e.name}/${e.arity}`;
    if (key === 'record_info/2') {
      this.st.error(e, msg.illegalRecordInfo());
      return;
    }
    // Only auto-imported BIFs, never imports, are visible to `fun F/A`.
    if (!this.st.locals.has(key) && isAutoBif(e.name, e.arity) && !this.st.isAutoImportSuppressed(key)) return;
    this.st.callFunction(e, key);
  }

  private call(e: Expr & { kind: 'call' }, vt: Vt): Vt {
    const fn = e.fn;
    const a = e.args.length;
    if (fn.kind === 'atom' && fn.value === 'is_record' && a === 2 && e.args[1]!.kind === 'atom') {
      const rvt = this.expr(e.args[0]!, vt);
      const name = e.args[1].value;
      if (!this.st.records.has(name)) this.st.error(e.args[1], msg.undefinedRecord(name));
      else this.st.useRecord(name);
      return rvt;
    }
    if (fn.kind === 'remote') {
      if (fn.module.kind === 'atom' && fn.module.value === '') this.st.error(fn.module, msg.emptyModuleName());
      if (fn.module.kind === 'atom' && fn.name.kind === 'atom') {
        if (fn.module.value === 'erlang' && fn.name.value === 'is_record' && a === 2) {
          return this.call({ ...e, fn: fn.name }, vt);
        }
        const ow = obsoleteCallWarning(fn.module.value, fn.name.value, a, this.st.isEnabled('deprecated_function'));
        if (ow !== null) this.st.warn(e, ow);
        const fw = this.st.isEnabled('format') ? checkFormatCall(e, fn.module.value, fn.name.value, e.args) : null;
        if (fw !== null) this.st.warn(fw.at, fw.message);
        return this.exprList(e.args, vt);
      }
      return this.exprList([fn.module, fn.name, ...e.args], vt);
    }
    if (fn.kind === 'atom') {
      const f = fn.value,
        key = `${f}/${a}`;
      const asvt = this.exprList(e.args, vt);
      const isLocal = this.st.locals.has(key);
      const autoBif = isAutoBif(f, a);
      const suppressed = this.st.isAutoImportSuppressed(key);
      const imported = this.st.imports.get(key);
      if (!isLocal && imported === undefined && autoBif && !suppressed) {
        // An auto-imported BIF is a call of erlang:F, deprecated ones included (now/0).
        const ow = obsoleteCallWarning('erlang', f, a, this.st.isEnabled('deprecated_function'));
        if (ow !== null) this.st.warn(e, ow);
        return asvt;
      }
      if (imported !== undefined) {
        this.st.usedImports.add(key);
        return asvt;
      }
      if (key === 'record_info/2') {
        this.checkRecordInfoCall(e);
        return asvt;
      }
      if (!suppressed && autoBif && this.st.isEnabled('bif_clash')) {
        if (isOldBif(f, a)) this.st.error(e, msg.callToRedefinedOldBif(f, a));
        else this.st.warn(e, msg.callToRedefinedBif(f, a));
      }
      // Recursive calls count neither as uses nor as calls to check.
      if (key !== this.st.func) this.st.callFunction(e, key);
      return asvt;
    }
    this.warnInvalidCall(e, fn);
    return this.exprList([fn, ...e.args], vt);
  }

  private warnInvalidCall(at: Loc, fn: Expr): void {
    const invalid = ['char', 'integer', 'float', 'string', 'cons', 'nil', 'lc', 'record_index'];
    if (invalid.includes(fn.kind) || (fn.kind === 'tuple' && fn.elements.length !== 2)) this.st.warn(at, msg.invalidCall());
  }

  // ---- if/case/receive/try: clauses and exported variables ---------------

  private icrtClause(c: Clause, vt0: Vt): Vt {
    const h = this.head(c.patterns, vt0, vt0);
    const vt1 = vtUpdate(h.vt, h.nw);
    const gvt = this.guard(c.guards, vtUpdate(vt1, vt0));
    const vt2 = vtUpdate(gvt, vt1);
    const bvt = this.exprs(c.body, vtUpdate(vt2, vt0));
    return vtUpdate(bvt, vt2);
  }

  private catchClause(c: Clause, vt0: Vt): Vt {
    const h = this.head(c.patterns, vt0, vt0);
    const vt1 = vtUpdate(h.vt, h.nw);
    let guardVt = vtUpdate(vt1, vt0);
    const pat = c.patterns[0];
    const stack = pat?.kind === 'tuple' ? pat.elements[2] : undefined;
    if (stack?.kind === 'var' && stack.name !== '_') {
      if (guardVt.get(stack.name)?.used) this.st.error(stack, msg.stacktraceBound(stack.name));
      guardVt = vtUpdate(one(stack.name, { state: { kind: 'stacktrace' }, used: false, annos: [loc(stack)] }), guardVt);
    }
    const gvt = this.guard(c.guards, guardVt);
    const vt2 = vtUpdate(gvt, vt1);
    const bvt = this.exprs(c.body, vtUpdate(vt2, vt0));
    return vtUpdate(bvt, vt2);
  }

  private icrtClausesExport(cs: Clause[], w: Where, vt: Vt): Vt {
    return this.icrtExport(
      cs.map((c) => this.icrtClause(c, vt)),
      vt,
      w,
    );
  }

  /**
   * Merge the tables of alternative clauses. A new variable bound in every
   * clause is exported from the construct; bound in only some it is unsafe.
   */
  private icrtExport(vts: Vt[], vt: Vt, w: Where): Vt {
    const names = new Set<string>();
    for (const t of vts) for (const v of t.keys()) names.add(v);
    const out = new Map<string, VarInfo>();
    for (const v of [...names].sort()) {
      const entries = vts
        .map((t) => t.get(v))
        .filter((x): x is VarInfo => x !== undefined)
        .sort(compareVarInfo);
      const outer = vt.get(v);
      if (outer) {
        if (entries[0]!.state.kind === 'export' && outer.state.kind === 'export') {
          let s = outer.state as VarInfo['state'];
          for (const x of entries) s = mergeState(s, x.state);
          out.set(v, { state: s, used: true, annos: outer.annos });
        } else {
          out.set(v, { state: BOUND, used: true, annos: outer.annos });
        }
        continue;
      }
      let s: VarInfo['state'] = { kind: 'export', from: w };
      let annos: Loc[] = [];
      for (const x of entries) {
        if (x.state.kind === 'unsafe') s = s.kind === 'unsafe' ? { kind: 'unsafe', in: w } : x.state;
        if (!x.used) annos = mergeAnnos(annos, x.annos);
      }
      if (entries.length !== vts.length) s = { kind: 'unsafe', in: w };
      out.set(v, { state: s, used: annos.length === 0, annos });
    }
    return out;
  }

  private receive(e: Expr & { kind: 'receive' }, vt: Vt): Vt {
    const w = where('receive', e);
    if (!e.after) return this.icrtClausesExport(e.clauses, w, vt);
    // Variables of the timeout expression are not visible in the clauses.
    const tvt = this.expr(e.after.timeout, vt);
    const tevt = this.exprs(e.after.body, vt);
    const cvts = e.clauses.map((c) => this.icrtClause(c, vt));
    const rvt = this.icrtExport([tevt, ...cvts], vt, w);
    return vtMergeAll([tvt, tevt, rvt]);
  }

  private tryExpr(e: Expr & { kind: 'try' }, vt: Vt): Vt {
    const w = where('try', e);
    const evt0 = this.exprs(e.body, vt);
    const uvt = vtUnsafe(w, evt0, vt);
    const ofVt = vtUpdate(evt0, vt);
    const csvt = [...e.clauses.map((c) => this.icrtClause(c, ofVt)), ...e.catchClauses.map((c) => this.catchClause(c, vtUpdate(uvt, ofVt)))];
    const sccs = this.icrtExport(csvt, ofVt, w);
    const evt1 = vtUpdate(uvt, evt0);
    const rvt1 = vtUpdate(vtUnsafe(w, sccs, vt), sccs);
    const evt2 = vtMerge(evt1, rvt1);
    const avt0 = this.exprs(e.after, vtUpdate(evt2, vt));
    const avt1 = vtUpdate(vtUnsafe(w, avt0, vt), avt0);
    return vtMerge(evt2, avt1);
  }

  // ---- funs and comprehensions -------------------------------------------

  funClauses(cs: Clause[], vt: Vt): Vt {
    const saved = this.st.recdefTop;
    this.st.recdefTop = false;
    let bvt: Vt = EMPTY_VT;
    for (const c of cs) bvt = vtMerge(this.funClause(c, vt), bvt);
    this.st.recdefTop = saved;
    return vtNoUnsafe(vtNoUnused(vtOld(bvt, vt)));
  }

  private funClause(c: Clause, vt0: Vt): Vt {
    // Fun heads shadow: nothing outside counts as already bound.
    const h = this.head(c.patterns, vt0, EMPTY_VT);
    const vt1 = vtUpdate(h.vt, vt0);
    this.shadowVars(h.nw, vt0, 'fun');
    const vt2 = vtUpdate(vtSubtract(vt1, h.nw), h.nw);
    const gvt = this.guard(c.guards, vt2);
    const vt3 = vtUpdate(gvt, vt2);
    const bvt = this.exprs(c.body, vt3);
    const cvt = vtUpdate(bvt, vt3);
    this.checkUnusedVars(cvt, vt0);
    const svt = vtOld(vt1, h.nw);
    this.checkOldUnusedVars(cvt, svt);
    const vt4 = vtMerge(svt, vtSubtract(cvt, svt));
    return vtOld(vt4, vt0);
  }

  private namedFun(e: Expr & { kind: 'named_fun' }, vt: Vt): Vt {
    if (e.name === '_') return this.funClauses(e.clauses, vt);
    const nvt0 = one(e.name, { state: BOUND, used: false, annos: [loc(e)] });
    this.shadowVars(nvt0, vt, 'named fun');
    const nvt1 = vtUpdate(vtSubtract(vt, nvt0), nvt0);
    const csvt = this.funClauses(e.clauses, nvt1);
    this.checkUnusedVars(vtUpdate(csvt, nvt0), EMPTY_VT);
    return vtOld(csvt, vt);
  }

  private comprehension(body: Expr, qs: Qualifier[], vt0: Vt): Vt {
    const saved = this.st.recdefTop;
    this.st.recdefTop = false;
    let vt = vt0;
    let uvt: Vt = EMPTY_VT;
    for (const q of qs) {
      if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
        [vt, uvt] = this.generator(q.pattern, q.expr, vt, uvt);
      } else {
        vt = vtUpdate(this.expr(q as Expr, vt), vt);
      }
    }
    this.st.recdefTop = saved;
    const evt = this.expr(body, vt);
    const vt2 = vtUpdate(evt, vt);
    this.checkOldUnusedVars(vt2, uvt);
    this.checkUnusedVars(uvt, vt0);
    this.checkUnusedVars(vt2, vt0);
    const vt3 = vtMerge(vtSubtract(vt2, uvt), uvt);
    return vtNoUnsafe(vtNoUnused(vtOld(vt3, vt0)));
  }

  private generator(p: Expr, e: Expr, vt: Vt, uvt: Vt): [Vt, Vt] {
    const evt = this.expr(e, vt);
    // Variables local to the generator expression are forgotten at once.
    const vt1 = vtUpdate(vtOld(evt, vt), vt);
    this.checkUnusedVars(evt, vt);
    const r = this.pattern(p, vt1, EMPTY_VT);
    const vt2 = vtUpdate(r.vt, vt1);
    this.shadowVars(r.nw, vt1, 'generate');
    const svt = vtOld(vt2, r.nw);
    this.checkOldUnusedVars(svt, uvt);
    const nuvt = vtUpdate(vtNew(svt, uvt), uvt);
    const vt3 = vtUpdate(vtSubtract(vt2, r.nw), r.nw);
    return [vt3, nuvt];
  }
}

/** Term order of erl_lint's {State, Usage, Annos} triples, enough for icrt_export. */
function compareVarInfo(a: VarInfo, b: VarInfo): number {
  const rank = (x: VarInfo) => ({ bound: 0, stacktrace: 1, export: 2, unsafe: 3 })[x.state.kind];
  return rank(a) - rank(b) || (a.used === b.used ? 0 : a.used ? 1 : -1);
}

/** Constant arithmetic such as -1 or 2*3 is allowed where a pattern is expected. */
function isConstantPatternExpr(e: Expr): boolean {
  const isNum = (x: Expr): boolean => {
    switch (x.kind) {
      case 'integer':
      case 'char':
      case 'float':
        return true;
      case 'unop':
        return isArithOp(x.op, 1) && isNum(x.operand);
      case 'op':
        return isArithOp(x.op, 2) && isNum(x.left) && isNum(x.right);
      default:
        return false;
    }
  };
  if (e.kind === 'unop' || e.kind === 'op') return isNum(e);
  return false;
}

const BIT_TYPES = new Set([
  'integer',
  'float',
  'binary',
  'bytes',
  'bitstring',
  'bits',
  'utf8',
  'utf16',
  'utf32',
  'signed',
  'unsigned',
  'big',
  'little',
  'native',
]);

/** A copy of a record field's default with every location moved to `at`. */
export function relocate<T>(node: T, at: Loc): T {
  return rewriteTree(
    node,
    () => undefined,
    undefined,
    (orig, rebuilt) => {
      const out = rebuilt === orig ? { ...orig } : rebuilt;
      if ('line' in out) {
        out.line = at.line;
        out.col = at.col;
      }
      return out;
    },
  ) as T;
}
