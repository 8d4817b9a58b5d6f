// A receive clause's pattern (and guard) back to text, for the live view's
// lesson tools: when a held message is taken, the page says which clause
// matched, as the student wrote it. The text is computed before records are
// expanded (so `#req{from = F}` stays as written) and goes into the module's
// constant table; it is never part of the generated JavaScript.

import type { Clause, Expr, Form } from '../syntax/ast.js';
import { writeAtom, writeChar, writeFloat, writeString } from '../syntax/write_term.js';
import { prettyTerm } from '../terms/print/pretty.js';
import { skipPosition, visitTree } from '../syntax/tree_walk.js';

/** Text beyond this is cut: a label, not a listing. */
const MAX_TEXT = 400;

const list = (es: Expr[]): string => es.map(exprText).join(', ');

/** Nesting beyond this is written `...`: the text is a label, and the writer recurses. */
const MAX_DEPTH = 40;
let depth = 0;

/** One expression as erl_pp would write it on one line (the forms a pattern or guard uses). */
export function exprText(e: Expr): string {
  if (depth >= MAX_DEPTH) return '...';
  depth++;
  try {
    return exprTextAt(e);
  } finally {
    depth--;
  }
}

function exprTextAt(e: Expr): string {
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
      const heads: string[] = [];
      let t: Expr = e;
      while (t.kind === 'cons') {
        heads.push(exprText(t.head));
        t = t.tail;
      }
      return t.kind === 'nil' ? `[${heads.join(', ')}]` : `[${heads.join(', ')} | ${exprText(t)}]`;
    }
    case 'tuple':
      return `{${list(e.elements)}}`;
    case 'map':
      return `#{${e.assocs.map((a) => `${exprText(a.key)} ${a.kind === 'map_field_exact' ? ':=' : '=>'} ${exprText(a.value)}`).join(', ')}}`;
    case 'bin':
      return `<<${e.elements
        .map((b) => {
          let s = exprText(b.value);
          if (b.size !== 'default') s += `:${exprText(b.size)}`;
          if (b.types !== 'default') s += `/${b.types.map((t) => (typeof t === 'string' ? t : `unit:${t.unit}`)).join('-')}`;
          return s;
        })
        .join(', ')}>>`;
    case 'match':
      return `${exprText(e.pattern)} = ${exprText(e.expr)}`;
    case 'op':
      return `${exprText(e.left)} ${e.op} ${exprText(e.right)}`;
    case 'unop':
      return /^[a-z]/.test(e.op) ? `${e.op} ${exprText(e.operand)}` : `${e.op}${exprText(e.operand)}`;
    case 'call':
      return `${e.fn.kind === 'remote' ? `${exprText(e.fn.module)}:${exprText(e.fn.name)}` : exprText(e.fn)}(${list(e.args)})`;
    case 'record':
      return `#${writeAtom(e.name)}{${e.fields.map((f) => `${f.field === '_' ? '_' : writeAtom(f.field)} = ${exprText(f.value)}`).join(', ')}}`;
    case 'record_index':
      return `#${writeAtom(e.name)}.${writeAtom(e.field)}`;
    case 'record_field_access':
      return `${exprText(e.record)}#${writeAtom(e.name)}.${writeAtom(e.field)}`;
    case 'term':
      return prettyTerm(e.value, { depth: 12, lineLength: 0 });
    default:
      return '...';
  }
}

/** `Pattern` or `Pattern when Guard`, as a receive clause's head reads. */
export function clauseHeadText(c: Clause): string {
  const pattern = c.patterns[0] === undefined ? '_' : exprText(c.patterns[0]);
  const guard = c.guards.map((alt) => alt.map(exprText).join(', ')).join('; ');
  const text = guard === '' ? pattern : `${pattern} when ${guard}`;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 3)}...` : text;
}

/** Where a receive's clause is, as a key that survives record expansion (which keeps annotations). */
export const receiveKey = (r: { line: number; col: number }, clause: number): string => `${r.line}:${r.col}:${clause}`;

/** The head text of every receive clause in `forms`, by receiveKey: taken before records are expanded. */
export function receiveClauseTexts(forms: Form[]): Map<string, string> {
  const out = new Map<string, string>();
  // An explicit stack (tree_walk.ts): a function body nests as deep as its author wrote it.
  const visit = (n: Record<string | number, unknown>): boolean => {
    if (n.kind === 'term') return false;
    if (n.kind === 'receive' && Array.isArray(n.clauses)) {
      (n.clauses as Clause[]).forEach((c, i) => out.set(receiveKey(n as unknown as { line: number; col: number }, i), clauseHeadText(c)));
    }
    return true;
  };
  for (const f of forms) if (f.kind === 'function') visitTree(f.clauses, visit, skipPosition);
  return out;
}
