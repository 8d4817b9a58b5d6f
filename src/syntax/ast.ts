// The abstract syntax tree. It maps one-to-one onto OTP's abstract format
// (erl_parse), node for node and field for field, so that real erl's
// `erl_parse` output can serve as a test oracle and abstract code received
// from a real node (shell funs) can be turned into these nodes.
//
// `kind` is the abstract format's tag; `line`/`col` are its annotation.

import type { Term } from '../terms/types.js';

export interface Anno {
  line: number;
  col: number;
}

// ---- expressions ------------------------------------------------------

export type Expr =
  | AtomLit
  | IntegerLit
  | FloatLit
  | CharLit
  | StringLit
  | Var
  | Nil
  | ConsE
  | TupleE
  | MapE
  | MapUpdate
  | BinE
  | Match
  | BinOp
  | UnOp
  | Call
  | Remote
  | FunRef
  | FunRemoteRef
  | FunClauses
  | NamedFun
  | Block
  | Case
  | If
  | Receive
  | Try
  | Catch
  | ListComp
  | BinComp
  | MapComp
  | RecordNew
  | RecordUpdate
  | RecordIndex
  | RecordFieldAccess
  | TermLit;

/**
 * A constant term too deeply nested to keep as nested nodes (every pass
 * would walk it): the parser reads it with an explicit stack and hands on
 * the value, which code generation puts in the constant table.
 */
export interface TermLit extends Anno {
  kind: 'term';
  value: Term;
}

export interface AtomLit extends Anno {
  kind: 'atom';
  value: string;
}
/** Integers too large for a safe JS number are bigint. */
export interface IntegerLit extends Anno {
  kind: 'integer';
  value: number | bigint;
}
export interface FloatLit extends Anno {
  kind: 'float';
  value: number;
}
export interface CharLit extends Anno {
  kind: 'char';
  value: number;
}
/** Character codes; erl_parse keeps strings as strings, so do we. */
export interface StringLit extends Anno {
  kind: 'string';
  value: number[];
}
export interface Var extends Anno {
  kind: 'var';
  name: string;
}
export interface Nil extends Anno {
  kind: 'nil';
}
export interface ConsE extends Anno {
  kind: 'cons';
  head: Expr;
  tail: Expr;
}
export interface TupleE extends Anno {
  kind: 'tuple';
  elements: Expr[];
}
/** #{K => V, K := V}; `:=` only appears in patterns and updates. */
export interface MapE extends Anno {
  kind: 'map';
  assocs: MapAssoc[];
}
export interface MapUpdate extends Anno {
  kind: 'map_update';
  map: Expr;
  assocs: MapAssoc[];
}
export interface MapAssoc extends Anno {
  kind: 'map_field_assoc' | 'map_field_exact';
  key: Expr;
  value: Expr;
}

export interface BinE extends Anno {
  kind: 'bin';
  elements: BinElement[];
}
/** Type specifier list entries: 'integer', 'little', 'signed', {unit: 8}... */
export type BinTypeSpec = string | { unit: number };
export interface BinElement extends Anno {
  kind: 'bin_element';
  value: Expr;
  /** 'default' when no size was written. */
  size: Expr | 'default';
  /** 'default' when no type list was written. */
  types: BinTypeSpec[] | 'default';
}

export interface Match extends Anno {
  kind: 'match';
  pattern: Expr;
  expr: Expr;
}
/** Binary operators, including 'andalso', 'orelse', '!', '++', '--', comparisons. */
export interface BinOp extends Anno {
  kind: 'op';
  op: string;
  left: Expr;
  right: Expr;
}
export interface UnOp extends Anno {
  kind: 'unop';
  op: string;
  operand: Expr;
}
/** f(Args), M:F(Args), Fun(Args), (expr)(Args). */
export interface Call extends Anno {
  kind: 'call';
  fn: Expr;
  args: Expr[];
}
/** M:F as the `fn` of a call. */
export interface Remote extends Anno {
  kind: 'remote';
  module: Expr;
  name: Expr;
}
/** fun name/arity */
export interface FunRef extends Anno {
  kind: 'fun_ref';
  name: string;
  arity: number;
}
/** fun M:F/A, where each part may be a variable. */
export interface FunRemoteRef extends Anno {
  kind: 'fun_remote';
  module: Expr;
  name: Expr;
  arity: Expr;
}
export interface FunClauses extends Anno {
  kind: 'fun';
  clauses: Clause[];
}
export interface NamedFun extends Anno {
  kind: 'named_fun';
  name: string;
  clauses: Clause[];
}
export interface Block extends Anno {
  kind: 'block';
  body: Expr[];
}
export interface Case extends Anno {
  kind: 'case';
  expr: Expr;
  clauses: Clause[];
}
export interface If extends Anno {
  kind: 'if';
  clauses: Clause[];
}
export interface Receive extends Anno {
  kind: 'receive';
  clauses: Clause[];
  /** Present for `receive ... after T -> Body end`. */
  after?: { timeout: Expr; body: Expr[] };
}
export interface Try extends Anno {
  kind: 'try';
  body: Expr[];
  /** `of` clauses; empty when there is no `of`. */
  clauses: Clause[];
  /** Each catch clause has one pattern: a tuple {Class, Pattern, Stack} as erl_parse builds it. */
  catchClauses: Clause[];
  after: Expr[];
}
export interface Catch extends Anno {
  kind: 'catch';
  expr: Expr;
}
export interface ListComp extends Anno {
  kind: 'lc';
  expr: Expr;
  qualifiers: Qualifier[];
}
export interface BinComp extends Anno {
  kind: 'bc';
  expr: Expr;
  qualifiers: Qualifier[];
}
/** #{K => V || ...} (OTP 26). */
export interface MapComp extends Anno {
  kind: 'mc';
  expr: Expr;
  qualifiers: Qualifier[];
}
export type Qualifier = Generator | Expr;
export interface Generator extends Anno {
  kind: 'generate' | 'b_generate' | 'm_generate';
  pattern: Expr;
  expr: Expr;
}

export interface RecordNew extends Anno {
  kind: 'record';
  name: string;
  fields: RecordFieldInit[];
}
export interface RecordUpdate extends Anno {
  kind: 'record_update';
  record: Expr;
  name: string;
  fields: RecordFieldInit[];
}
/** A field initialiser; field name '_' is the `_ = V` default-all form. */
export interface RecordFieldInit extends Anno {
  kind: 'record_field';
  field: string;
  value: Expr;
}
/** `fieldAnno` is where the field name stands (erl_parse keeps it on the field's atom). */
export interface RecordIndex extends Anno {
  kind: 'record_index';
  name: string;
  field: string;
  fieldAnno?: Anno;
}
export interface RecordFieldAccess extends Anno {
  kind: 'record_field_access';
  record: Expr;
  name: string;
  field: string;
  fieldAnno?: Anno;
}

export interface Clause extends Anno {
  kind: 'clause';
  patterns: Expr[];
  /** A guard sequence: alternatives separated by ';', each a list of tests joined by ','. */
  guards: Expr[][];
  body: Expr[];
}

// ---- forms ------------------------------------------------------------

export type Form = ModuleAttr | ExportAttr | ImportAttr | RecordAttr | FileAttr | WildAttr | FunctionDef | FormError | FormWarning | Eof;

export interface ModuleAttr extends Anno {
  kind: 'module';
  name: string;
}
export interface ExportAttr extends Anno {
  kind: 'export';
  functions: [string, number][];
}
export interface ImportAttr extends Anno {
  kind: 'import';
  module: string;
  functions: [string, number][];
}
export interface RecordAttr extends Anno {
  kind: 'record_def';
  name: string;
  fields: RecordFieldDef[];
}
export interface RecordFieldDef extends Anno {
  name: string;
  default?: Expr;
}
/** -file(Name, Line): where the following forms came from (set by -include). */
export interface FileAttr extends Anno {
  kind: 'file';
  file: string;
  fileLine: number;
}
/** Any other attribute (-compile, -behaviour, -vsn, -spec, -type ...). `value` is the attribute's term as an expression. */
export interface WildAttr extends Anno {
  kind: 'attribute';
  name: string;
  value: Expr | null;
  raw?: unknown;
}
export interface FunctionDef extends Anno {
  kind: 'function';
  name: string;
  arity: number;
  clauses: Clause[];
}
/** A diagnostic in place of a form, as epp/erl_parse put {error, ...} in the form list. */
export interface FormError extends Anno {
  kind: 'error';
  file: string;
  message: string;
}
export interface FormWarning extends Anno {
  kind: 'warning';
  file: string;
  message: string;
}
export interface Eof extends Anno {
  kind: 'eof';
}
