// The text of erl_lint's messages (erl_lint:format_error/1 in OTP 25).

import { fa, quoteAtom as q } from './atoms.js';
import type { Where } from './vartable.js';

const where = (w: Where) => `(line ${w.line}, column ${w.col})`;

export const msg = {
  unboundVar: (v: string) => `variable ${q(v)} is unbound`,
  unsafeVar: (v: string, w: Where) => `variable ${q(v)} unsafe in ${q(w.tag)} ${where(w)}`,
  exportedVar: (v: string, w: Where) => `variable ${q(v)} exported from ${q(w.tag)} ${where(w)}`,
  shadowedVar: (v: string, inWhat: string) => `variable ${q(v)} shadowed in ${q(inWhat)}`,
  unusedVar: (v: string) => `variable ${q(v)} is unused`,
  matchUnderscoreVar: (v: string) => `variable ${q(v)} is already bound. If you mean to ignore this value, use '_' or a different underscore-prefixed name`,
  matchUnderscoreVarPat: (v: string) =>
    `variable ${q(v)} is bound multiple times in this pattern. If you mean to ignore this value, use '_' or a different underscore-prefixed name`,
  variableInRecordDef: (v: string) => `variable ${q(v)} in record definition`,
  stacktraceGuard: (v: string) => `stacktrace variable ${q(v)} must not be used in a guard`,
  stacktraceBound: (v: string) => `stacktrace variable ${q(v)} must not be previously bound`,

  undefinedFunction: (f: string, a: number) => `function ${fa(f, a)} undefined`,
  redefineFunction: (f: string, a: number) => `function ${fa(f, a)} already defined`,
  unusedFunction: (f: string, a: number) => `function ${fa(f, a)} is unused`,
  duplicatedExport: (f: string, a: number) => `function ${fa(f, a)} already exported`,
  redefineImport: (f: string, a: number, m: string) => `function ${fa(f, a)} already imported from ${q(m)}`,
  defineImport: (f: string, a: number) => `defining imported function ${fa(f, a)}`,
  unusedImport: (m: string, f: string, a: number) => `import ${q(m)}:${fa(f, a)} is unused`,
  callToRedefinedBif: (f: string, a: number) =>
    `ambiguous call of overridden auto-imported BIF ${q(f)}/${a}\n - use erlang:${q(f)}/${a} or "-compile({no_auto_import,[${q(f)}/${a}]})." to resolve name clash`,
  callToRedefinedOldBif: (f: string, a: number) =>
    `ambiguous call of overridden pre R14 auto-imported BIF ${q(f)}/${a}\n - use erlang:${q(f)}/${a} or "-compile({no_auto_import,[${q(f)}/${a}]})." to resolve name clash`,
  redefineOldBifImport: (f: string, a: number) =>
    `import directive overrides pre R14 auto-imported BIF ${q(f)}/${a}\n - use "-compile({no_auto_import,[${q(f)}/${a}]})." to resolve name clash`,
  redefineBifImport: (f: string, a: number) =>
    `import directive overrides auto-imported BIF ${q(f)}/${a}\n - use "-compile({no_auto_import,[${q(f)}/${a}]})." to resolve name clash`,
  exportAll: () => 'export_all flag enabled - all functions will be exported',
  undefinedModule: () => 'no module definition',
  redefineModule: () => 'redefining module',
  attributeAfterFunctions: (a: string) => `attribute ${q(a)} after function definitions`,
  tooManyArguments: (n: number) => `too many arguments (${n}) - maximum allowed is 255`,
  badOnLoad: (t: string) => `badly formed on_load attribute: ${t}`,
  undefinedOnLoad: (f: string, a: number) => `function ${fa(f, a)} undefined`,
  badOnLoadArity: (f: string, a: number) => `function ${fa(f, a)} has wrong arity (must be 0)`,
  multipleOnLoads: () => 'more than one on_load attribute',

  illegalPattern: () => 'illegal pattern',
  illegalMapKey: () => 'illegal map key in pattern',
  illegalExpr: () => 'illegal expression',
  illegalGuardExpr: () => 'illegal guard expression',
  illegalGuardLocalCall: (f: string, a: number) => `call to local/imported function ${fa(f, a)} is illegal in guard`,
  illegalMapConstruction: () => "only association operators '=>' are allowed in map construction",
  obsoleteGuard: (f: string, a: number) => `${f}/${a} obsolete (use is_${f}/${a})`,
  invalidCall: () => 'invalid function call',
  invalidRecord: () => 'invalid record expression',

  undefinedRecord: (r: string) => `record ${q(r)} undefined`,
  redefineRecord: (r: string) => `record ${q(r)} already defined`,
  redefineField: (r: string, f: string) => `field ${q(f)} already defined in record ${q(r)}`,
  badMultiFieldInit: () => "'_' initializes no omitted fields",
  undefinedField: (r: string, f: string) => `field ${q(f)} undefined in record ${q(r)}`,
  illegalRecordInfo: () => 'illegal record info',
  wildcardInUpdate: (r: string) => `meaningless use of _ in update of record ${q(r)}`,
  unusedRecord: (r: string) => `record ${q(r)} is unused`,

  undefinedBehaviourFunc: (f: string, a: number, b: string) => `undefined callback function ${fa(f, a)} (behaviour '${b}')`,
  undefinedBehaviour: (b: string) => `behaviour ${q(b)} undefined`,
  emptyModuleName: () => 'the module name must not be empty',
  undefinedBittype: (t: string) => `bit type ${q(t)} undefined`,
  conflictingBehaviours: (f: string, a: number, b: string, first: Where, firstB: string) =>
    `conflicting behaviours - callback ${fa(f, a)} required by both '${b}' and '${firstB}' ${where(first)}`,
};
