// Builds the JavaScript text of one compiled function as a flat state machine:
// a `switch (pc)` over basic blocks inside `for (;;)`. Every call to Erlang
// code ends a block, so a process can be suspended at any call (the VM's
// unwinding saves pc and locals into a heap frame) and resumed there later.
//
// Only fixed identifiers appear in the text: locals are v<N>/t<N>, labels are
// numbers, and every name or literal of the user's program is an index into
// the module's constant tables. See docs/architecture.md.

import { holdingBeforeCalls } from './holding.js';
import { liveAtLabels } from './liveness.js';

export const TAIL_PC = -1;

/** A self tail call's jump to the start, after the parameters are rebound (codegen.ts selfLoop). */
export const SELF_TAIL_CALL = 'pc = 0; if (--p.reds < 0) break L;';

/** The JS name of a function's resuming copy is its own plus this (see render). */
export const RESUME_SUFFIX = '$s';

interface Block {
  label: number;
  /** The source line of the code in this block (lineOf[label]). */
  line: number;
  /** The erl_eval frames around this block's code (evalOf[label]). */
  ctx: number;
  /** The comprehension functions around this block's code (vfOf[label]). */
  vf: number;
  lines: string[];
  /** Set once the block ends in a jump, return or throw. */
  terminated: boolean;
}

/** Frame records of more locals than this are pushed through an array (see render). */
const PUSH_ARGS = 6;

/**
 * Clears the n slots of a frame record just restored (s, b: the prologue's).
 * Stores rather than `s.fill`: fill is a C++ builtin in V8, and the call
 * cost more than the resume it was part of (a process woken by a message).
 */
function clearSlots(n: number): string {
  if (n <= 8) return Array.from({ length: n }, (_, i) => `s[b + ${i}] = undefined;`).join(' ');
  return `for (let i = b + ${n}; --i >= b; ) s[i] = undefined;`;
}
export class FnBuilder {
  private blocks: Block[] = [];
  private cur: Block;
  private nextLabel = 1;
  private nTemps = 0;
  /** label -> handler label (-1: none). */
  readonly handlerOf: number[] = [];
  /** The handler label of the try region being compiled, -1 outside any. */
  region = -1;
  /** Erlang variable name -> JS local. */
  private readonly varLocals = new Map<string, string>();
  private nVars = 0;
  /** Which labels start a clause body etc.: the source line, for stack traces. */
  readonly lineOf: number[] = [];
  line = 0;
  /** The line of the last call emitted (BEAM's last `line` instruction before the code here). */
  lastLine = 0;
  /**
   * Code erl interprets (typed at the shell or under -eval): the erl_eval
   * frames erl's evaluator has on the stack around the code being emitted,
   * as an index into evalChains (see evalContext in codegen.ts); 0 in
   * compiled modules. A change starts a block, like a change of line.
   */
  ctx = 0;
  private readonly evalOf: number[] = [];
  /**
   * The comprehension functions BEAM would be running the code in (see
   * comprehensionFrames in codegen.ts): an index into the module's table of
   * such chains, 0 outside any. A change starts a block, like a change of line.
   */
  vf = 0;
  private readonly vfOf: number[] = [];
  /** Each list comprehension's accumulator: whether it holds an element tells whether a return frame of its function stands below. */
  readonly accTemps: string[] = [];
  /** The chains by index, as JSON texts; index 0 is "none". */
  private readonly evalChains: string[] = [''];
  private readonly evalIndex = new Map<string, number>([['', 0]]);

  constructor(
    /** Parameter names, in order (a0.., then $f for lambdas). */
    readonly params: string[],
  ) {
    this.cur = { label: 0, line: 0, ctx: 0, vf: 0, lines: [], terminated: false };
    this.blocks.push(this.cur);
    this.handlerOf[0] = -1;
  }

  newLabel(): number {
    return this.nextLabel++;
  }

  /** Starts the block `label`; an unterminated current block falls into it. */
  start(label: number): void {
    if (!this.cur.terminated) {
      // Falls through into the next case of the switch.
      this.cur.lines.push(`pc = ${label};`);
      this.cur.terminated = true;
    }
    this.cur = { label, line: this.line, ctx: this.ctx, vf: this.vf, lines: [], terminated: false };
    this.blocks.push(this.cur);
    this.handlerOf[label] = this.region;
    this.lineOf[label] = this.line;
    this.evalOf[label] = this.ctx;
    this.vfOf[label] = this.vf;
  }

  /** The index of an erl_eval frame chain (JSON text), for `ctx`. */
  evalChain(json: string): number {
    let i = this.evalIndex.get(json);
    if (i === undefined) {
      i = this.evalChains.length;
      this.evalChains.push(json);
      this.evalIndex.set(json, i);
    }
    return i;
  }

  emit(line: string): void {
    if (this.cur.terminated) {
      // Code after a jump is unreachable; keep it out of the switch.
      return;
    }
    // Code from another source line starts a block of its own, so that pc
    // alone tells the line for stack traces (a fall-through costs nothing).
    if (this.line !== this.cur.line || this.ctx !== this.cur.ctx || this.vf !== this.cur.vf) {
      if (this.cur.lines.length > 0) this.start(this.newLabel());
      else {
        this.cur.line = this.line;
        this.lineOf[this.cur.label] = this.line;
        this.cur.ctx = this.ctx;
        this.evalOf[this.cur.label] = this.ctx;
        this.cur.vf = this.vf;
        this.vfOf[this.cur.label] = this.vf;
      }
    }
    this.cur.lines.push(line);
  }

  get terminated(): boolean {
    return this.cur.terminated;
  }

  jump(label: number): void {
    this.emit(`pc = ${label}; continue;`);
    this.cur.terminated = true;
  }

  /** Ends the block with a return/throw statement. */
  finish(stmt: string): void {
    this.emit(stmt);
    this.cur.terminated = true;
  }

  /** A call that may suspend: ends the block; the result is in `r` in the next. */
  call(callExpr: string): string {
    this.lastLine = this.line;
    const k = this.newLabel();
    this.emit(`pc = ${k}; r = ${callExpr}; if (r === SUSPEND) break L;`);
    this.cur.terminated = true;
    this.cur.lines.push(`/* falls into ${k} */`);
    this.cur = { label: k, line: this.line, ctx: this.ctx, vf: this.vf, lines: [], terminated: false };
    this.blocks.push(this.cur);
    this.handlerOf[k] = this.region;
    this.lineOf[k] = this.line;
    this.evalOf[k] = this.ctx;
    this.vfOf[k] = this.vf;
    const t = this.temp();
    this.emit(`${t} = r;`);
    return t;
  }

  temp(): string {
    return `t${this.nTemps++}`;
  }

  /**
   * Temporaries written and read inside one statement only (a guard's
   * operands): never live from one statement to the next, so liveness
   * leaves them out and no frame saves them.
   */
  private readonly scratch = new Set<string>();

  scratchTemp(): string {
    const t = this.temp();
    this.scratch.add(t);
    return t;
  }

  varLocal(name: string): string {
    let l = this.varLocals.get(name);
    if (l === undefined) {
      l = `v${this.nVars++}`;
      this.varLocals.set(name, l);
    }
    return l;
  }

  private locals(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.nVars; i++) out.push(`v${i}`);
    for (let i = 0; i < this.nTemps; i++) out.push(`t${i}`);
    return out;
  }

  /**
   * The whole function. `fnId` is the JS identifier of this function in the
   * module text, `hId` the identifier of its handler table.
   */
  render(fnId: string, hId: string, resumeCopy = true): string {
    const locals = this.locals();
    const saved = [...this.params, ...locals];
    const decl = ['pc = 0', 'r', 'ex', ...locals].join(', ');
    const tracked = saved.filter((v) => !this.scratch.has(v));
    const liveAt = liveAtLabels(this.blocks, tracked, this.handlerOf);
    const live = this.liveAtSuspensions(saved, liveAt);
    const assigned = assignedLocals(this.blocks, this.params);
    // Which list comprehensions have accumulated an element, as bits, noted
    // with the frame (each accumulator is the cell before the list's first).
    const acc = this.accTemps
      .slice(0, 30)
      .map((t, i) => `(${t} instanceof Cons && ${t}.tail instanceof Cons ? ${1 << i} : 0)`)
      .join(' | ');
    const accArg = acc === '' ? '' : `, ${acc}`;
    // A frame record is [fn, pc, ...the locals live at pc] (see frames.ts);
    // the scheduler has put its start in p.rb and the segment in p.resume.
    // A long record goes in through an array: a call's arguments take
    // consecutive interpreter registers, and a push of every local would
    // double the JS frame of a function of many locals (see frameUnits).
    const pushFor = (pc: string, vars: readonly string[]) =>
      vars.length <= PUSH_ARGS ? `p.unw.push(${[fnId, pc, ...vars].join(', ')});` : `rt.pushRecord(p.unw, ${fnId}, ${pc}, [${vars.join(', ')}]);`;
    // The record's slots are cleared once read: the segment stays on the heap
    // stack until its outermost frame resumes, and stale values there would
    // keep (say) a list being filtered alive for the rest of the recursion.
    const restoreFor = (vars: readonly string[]) =>
      vars.length === 0 ? '' : `${vars.map((n, i) => `${n} = s[b + ${i}];`).join(' ')} ${clearSlots(vars.length)}`;
    // Every `break L` and every frame record is at a pc of `live` (see
    // liveAtSuspensions), so a default branch never runs: it only throws,
    // instead of saving or restoring every local. A default naming every
    // local made V8 keep all of them live at every suspension edge and gave
    // it a record of the function's full size to build in each copy.
    const badPc = ` default: throw rt.internal('bad pc');`;
    const restore = [`switch (pc) {`, ...[...live].map(([k, vars]) => ` case ${k}: ${restoreFor(vars)} break;`), badPc, `}`].join('\n');
    const unwind = [`switch (pc) {`, ...[...live].map(([k, vars]) => ` case ${k}: ${pushFor(String(k), vars)} break;`), badPc, `}`].join('\n');
    this.frameSizes = [];
    for (let k = 0; k < this.nextLabel; k++) this.frameSizes.push(live.get(k)?.length ?? saved.length);
    const body: string[] = [];
    const assignedSaved = tracked.filter((v) => assigned.has(v)).length;
    const clearing = this.blocks.map((b) => ({ ...b, clears: b.lines.map((l) => deadBeforeCall(l, tracked, liveAt, assigned, assignedSaved)) }));
    const clears = holdingBeforeCalls(clearing, tracked, this.params, this.handlerOf, live);
    this.blocks.forEach((blk, i) => {
      const b = { ...blk, lines: blk.lines.map((l, j) => clearBeforeCall(l, clears[i]![j] ?? null)) };
      body.push(`case ${b.label}:`);
      if (!b.terminated) {
        for (const l of b.lines) body.push('  ' + l);
        body.push(`  throw rt.internal('fell off block ${b.label}');`);
        return;
      }
      // A jump to the block that follows (a failed clause trying the next)
      // leaves a labelled block and falls through, instead of a round trip
      // through the switch.
      const next = this.blocks[i + 1];
      const jump = next === undefined ? null : `pc = ${next.label}; continue;`;
      if (jump === null || !b.lines.some((l) => l.includes(jump))) {
        for (const l of b.lines) body.push('  ' + l);
        return;
      }
      body.push(`  b${b.label}: {`);
      for (const l of b.lines) body.push('    ' + l.split(jump).join(`break b${b.label};`));
      body.push(`  }`, `  pc = ${next!.label};`);
    });
    const header = (name: string) => `function ${name}(${['p', ...this.params].join(', ')}) {`;
    // Resuming a frame record: restore the locals live at its pc, take the
    // value (or exception) the callee ended with, and go on at pc.
    const resume = [
      `  const s = p.resume, b = p.rb; p.resume = null; pc = s[b - 1];`,
      restore,
      `  r = p.rv;`,
      `  if (p.rexc !== null) { ex = p.rexc; p.rexc = null; pc = ${hId}[pc]; }`,
    ];
    // Entering costs reductions, one for each frame unit of the JS frame
    // (see frameUnits); with too few left, the frame goes to the heap at
    // pc 0 before anything runs. A slice's reductions so also bound the JS
    // stack, with no depth count to keep.
    const units = frameUnits(saved.length + 3, maxCallArity(this.blocks));
    const charge = units === 1 ? '--p.reds < 0' : `(p.reds -= ${units}) < 0`;
    const enter = [`  if (${charge}) { ${pushFor('0', live.get(0) ?? saved)} return SUSPEND; }`];
    const core = this.renderCore(fnId, hId, body, accArg, unwind);
    const slowId = `${fnId}${RESUME_SUFFIX}`;
    // Two copies of the function (see docs/architecture.md): `fnId`, which
    // every call enters, never sees a resumption and so keeps V8's type
    // feedback for the code that runs, and `slowId`, which the scheduler
    // calls (as fnId.S) to resume a frame record of fnId, so that the entry
    // has no test for a resumption. Both save their
    // frames as fnId's, so stack traces and frame tables know only fnId.
    // In the resuming copy a self tail call goes on in fnId, so that a loop
    // preempted once does not run in this copy from then on: the reduction
    // check stays here (a traced process suspends at it, see call_trace),
    // and fnId's entry takes its reductions again (given back first).
    // TAIL_PC: fnId notes its own frame.
    const giveBack = units === 1 ? '++p.reds;' : `p.reds += ${units};`;
    const handOff = `${SELF_TAIL_CALL} ${giveBack} pc = ${TAIL_PC}; return ${fnId}(${['p', ...this.params].join(', ')});`;
    const slowCore = core.map((l) => (l.trim() === SELF_TAIL_CALL ? l.replace(SELF_TAIL_CALL, handOff) : l));
    const slow = this.entryOnlyResume(fnId, slowId, live, giveBack) ?? [header(slowId), `let ${decl};`, ...resume, ...slowCore];
    this.resumeId = resumeCopy ? slowId : null;
    const head = resumeCopy
      ? [...slow, header(fnId), `let ${decl};`, ...enter]
      : [header(fnId), `let ${decl};`, `if (p.resume !== null) {`, ...resume, `} else {`, ...enter, `}`];
    return [...head, ...core].join('\n');
  }

  /**
   * The resuming copy of a function that suspends only at its entry (pc 0:
   * the entry's checks and self tail calls; no call, receive or loop of its
   * own can suspend it), whose frame there holds only arguments: it takes
   * them from the record and enters fnId with the reduction given back (a
   * traced process, at zero, must not suspend again at once). A few lines
   * instead of a second copy of the body. Null for any other function.
   */
  private entryOnlyResume(fnId: string, slowId: string, live: Map<number, string[]>, giveBack: string): string[] | null {
    const live0 = live.get(0);
    if (live0 === undefined || [...live.keys()].some((k) => k !== 0) || live0.some((v) => !this.params.includes(v))) return null;
    const xs = this.params.map((v, i) => {
      const at = live0.indexOf(v);
      return `x${i} = ${at < 0 ? 'undefined' : `s[b + ${at}]`}`;
    });
    return [
      `function ${slowId}(p) {`,
      `  const s = p.resume, b = p.rb; p.resume = null;`,
      ...(xs.length > 0 ? [`  const ${xs.join(', ')};`] : []),
      ...(live0.length > 0 ? [`  ${clearSlots(live0.length)}`] : []),
      `  ${giveBack}`,
      `  return ${fnId}(${['p', ...this.params.map((_, i) => `x${i}`)].join(', ')});`,
      `}`,
    ];
  }

  /** The state machine, its exception handling and its unwinding: what follows the prologue. */
  private renderCore(fnId: string, hId: string, body: string[], accArg: string, unwind: string): string[] {
    return [
      `L: for (;;) {`,
      `try {`,
      `switch (pc) {`,
      ...body,
      `default: throw rt.internal('bad pc');`,
      `}`,
      `} catch (e) {`,
      `  if (pc === ${TAIL_PC}) throw e;`,
      ...(this.handlerOf.some((h) => h >= 0)
        ? [
            `  const h = ${hId}[pc];`,
            `  if (h === undefined || h < 0) throw rt.passing(e, ${fnId}, pc${accArg});`,
            `  ex = rt.caught(e, ${fnId}, pc${accArg}); pc = h;`,
          ]
        : // No handler in the function: the catch never goes back into the
          // loop, so V8 sees no local live into it but pc (a catch that may
          // go back keeps every local live at every call that can throw,
          // and TurboFan's graph and compile time grow with that product).
          [`  throw rt.passing(e, ${fnId}, pc${accArg});`]),
      `}`,
      `}`,
      unwind,
      `return SUSPEND;`,
      `}`,
    ];
  }

  /** The statement that hangs the handler, line and frame-size tables on the function (after render). */
  tablesText(fnId: string): string {
    let tables = `const H_${fnId} = ${JSON.stringify(this.handlerTable())}; ${fnId}.H = H_${fnId}; ${fnId}.L = ${JSON.stringify(this.lineTable())}; ${fnId}.NS = ${JSON.stringify(this.frameSizes)};`;
    if (this.resumeId !== null) tables += ` ${fnId}.S = ${this.resumeId};`;
    if (this.vfOf.some((v) => v !== 0)) {
      const v: number[] = [];
      for (let i = 0; i < this.nextLabel; i++) v.push(this.vfOf[i] ?? 0);
      tables += ` ${fnId}.V = ${JSON.stringify(v)};`;
    }
    if (this.evalChains.length === 1) return tables;
    // The chains are JSON of numbers and erl_eval's own function names, never user text.
    const e: number[] = [];
    for (let i = 0; i < this.nextLabel; i++) e.push(this.evalOf[i] ?? 0);
    return `${tables} ${fnId}.E = ${JSON.stringify(e)}; ${fnId}.EC = [null, ${this.evalChains.slice(1).join(', ')}];`;
  }

  /** The JS name of the resuming copy (the scheduler calls it through fnId.S); set by render. */
  private resumeId: string | null = null;

  /** pc -> how many locals a frame record saved at that pc holds; set by render. */
  private frameSizes: number[] = [];

  /**
   * The labels where this function can suspend (0, the label after each
   * call, reduction checks, receives), each with the locals live there.
   */
  private liveAtSuspensions(saved: string[], live: Map<number, string[]>): Map<number, string[]> {
    const points = new Set<number>([0]);
    for (const b of this.blocks) {
      for (const line of b.lines) {
        const call = /\bpc = (\d+); (?:r = |if \(--p\.reds < 0\) break L;)/.exec(line);
        if (call !== null) points.add(Number(call[1]));
        else if (/\bbreak L;/.test(line)) points.add(b.label);
      }
    }
    const out = new Map<number, string[]>();
    for (const k of [...points].sort((a, b) => a - b)) out.set(k, live.get(k) ?? saved);
    // A frame saved at entry holds every argument, used or not, first and in
    // order: local call tracing (src/vm/call_trace.ts) reads the call from it.
    const atEntry = new Set(out.get(0));
    out.set(
      0,
      saved.filter((v) => this.params.includes(v) || atEntry.has(v)),
    );
    return out;
  }

  handlerTable(): number[] {
    const max = this.nextLabel;
    const t: number[] = [];
    for (let i = 0; i < max; i++) t.push(this.handlerOf[i] ?? -1);
    return t;
  }

  lineTable(): number[] {
    const t: number[] = [];
    for (let i = 0; i < this.nextLabel; i++) t.push(this.lineOf[i] ?? 0);
    return t;
  }
}

const CALL_LINE = /^pc = (\d+); r = (.*); if \(r === SUSPEND\) break L;$/;
const LOCAL = /(?<![\w$.])(?:[avt]\d+|\$f)(?![\w$])/g;

/**
 * The locals a call clears (sets to undefined) before it: those dead after
 * it and not its arguments. The function's JS frame stays on the stack
 * during the call and V8 keeps every local of it alive (the catch edge can
 * reach any block), so without this a body recursion over lists keeps each
 * level's input list: compute_sieve's 115 levels held 380 MB. BEAM's frames
 * hold only what is live, as the heap frames here do (liveness.ts). Null
 * for a line that is not a call. holding.ts then leaves out the locals that
 * are undefined already.
 */
function deadBeforeCall(
  line: string,
  saved: readonly string[],
  liveAt: Map<number, string[]>,
  assigned: ReadonlySet<string>,
  /** How many of `saved` are in `assigned`. */
  assignedSaved: number,
): string[] | null {
  const m = CALL_LINE.exec(line);
  if (m === null) return null;
  const live = new Set(liveAt.get(Number(m[1])) ?? saved);
  for (const u of m[2]!.matchAll(LOCAL)) live.add(u[0]);
  // At least this many are dead: past the bound, no need to list them (code nested thousands deep).
  if (assignedSaved - live.size > MAX_CLEARED) return [];
  const dead = saved.filter((v) => !live.has(v) && assigned.has(v));
  // None past a bound: a call in a function of thousands of temporaries (a
  // 20000-element list typed at the shell) would otherwise make the text
  // quadratic.
  return dead.length <= MAX_CLEARED ? dead : [];
}

/** A call line with its clears first; `r` is always dead before a call (it gets the result). */
function clearBeforeCall(line: string, cleared: readonly string[] | null): string {
  if (cleared === null) return line;
  // One statement each: a long `a = b = ... = undefined` chain nests in V8's parser.
  return `${[...cleared, 'r'].map((v) => `${v} = undefined;`).join(' ')} ${line}`;
}

const MAX_CLEARED = 64;

/** The parameters and every local some statement assigns: the ones that can hold a value. */
function assignedLocals(blocks: readonly Block[], params: readonly string[]): Set<string> {
  const out = new Set(params);
  const assign = /(?:^|[;{(]\s*)([avt]\d+) = (?!=)/g;
  for (const b of blocks) for (const l of b.lines) for (const m of l.matchAll(assign)) out.add(m[1]!);
  return out;
}

/**
 * The reductions a call of a function costs: one per FRAME_UNIT_BYTES of
 * its JS frame, at least one. A slice's reductions so bound the bytes of
 * compiled frames on the JS stack (the scheduler sizes the slice to the
 * stack, src/vm/slice_budget.ts), as a depth count did at the price of two
 * writes per call. The frame is estimated as the interpreter lays it out
 * (the largest, before V8 optimizes): its fixed part, parameters and
 * locals, and the consecutive registers the widest call's arguments take.
 */
export function frameUnits(locals: number, callArity: number): number {
  const slots = FIXED_FRAME_SLOTS + locals + callArity;
  return Math.max(1, Math.ceil((slots * 8) / FRAME_UNIT_BYTES));
}

/** Bytes of JS stack one reduction stands for. */
export const FRAME_UNIT_BYTES = 256;
/** The interpreter frame's own slots, the receiver and some expression temporaries. */
const FIXED_FRAME_SLOTS = 16;

/** The most arguments any call in the blocks passes (a rough scan of the text: only ever an overestimate matters little). */
function maxCallArity(blocks: readonly Block[]): number {
  let max = 0;
  for (const b of blocks) for (const l of b.lines) max = Math.max(max, lineCallArity(l));
  return max;
}

/** The most arguments a call in one line of code passes: commas at the level of a call's parentheses, plus one. */
function lineCallArity(line: string): number {
  let max = 0;
  // For each open parenthesis: whether it is a call's, and the commas seen at its level.
  const stack: { call: boolean; commas: number }[] = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') stack.push({ call: c === '(' && i > 0 && /[\w$)\]]/.test(line[i - 1]!), commas: 0 });
    else if (c === ')' || c === ']' || c === '}') {
      const top = stack.pop();
      if (top?.call === true) max = Math.max(max, top.commas + 1);
    } else if (c === ',' && stack.length > 0) stack[stack.length - 1]!.commas++;
  }
  return max;
}
