// Expressions back to source text, as erl_pp lays out the short ones: the
// shell's rl() prints record definitions this way (`-record(point,{x = 0,
// y = 0}).`). Only the forms that fit on one line are covered; the rest
// (funs, case...) print as `...`, which rl() in erl would spread over lines.

import type { Expr } from '../syntax/ast.js';
import { writeAtom, writeChar, writeFloat, writeString } from '../syntax/write-term.js';

/** erl_pp's operator priorities are not needed for the flat forms: operands print as written. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'atom':
      return writeAtom(e.value);
    case 'integer':
      return String(e.value);
    case 'float':
      return writeFloat(e.value);
    case 'char':
      return writeChar(e.value);
    case 'string':
      return writeString(e.value);
    case 'var':
      return e.name;
    case 'nil':
      return '[]';
    case 'cons': {
      const items: string[] = [];
      let t: Expr = e;
      while (t.kind === 'cons') {
        items.push(exprText(t.head));
        t = t.tail;
      }
      return t.kind === 'nil' ? `[${items.join(', ')}]` : `[${items.join(', ')} | ${exprText(t)}]`;
    }
    case 'tuple':
      return `{${e.elements.map(exprText).join(', ')}}`;
    case 'map':
      return `#{${e.assocs.map((a) => `${exprText(a.key)} ${a.kind === 'map_field_assoc' ? '=>' : ':='} ${exprText(a.value)}`).join(', ')}}`;
    case 'match':
      return `${exprText(e.pattern)} = ${exprText(e.expr)}`;
    case 'op':
      return `${exprText(e.left)} ${e.op} ${exprText(e.right)}`;
    case 'unop':
      return /^[a-z]/.test(e.op) ? `${e.op} ${exprText(e.operand)}` : `${e.op}${exprText(e.operand)}`;
    case 'call': {
      const f = e.fn.kind === 'remote' ? `${exprText(e.fn.module)}:${exprText(e.fn.name)}` : exprText(e.fn);
      return `${f}(${e.args.map(exprText).join(', ')})`;
    }
    case 'fun_ref':
      return `fun ${writeAtom(e.name)}/${e.arity}`;
    case 'record':
      return `#${writeAtom(e.name)}{${e.fields.map((f) => `${writeAtom(f.field)} = ${exprText(f.value)}`).join(', ')}}`;
    default:
      return '...';
  }
}
