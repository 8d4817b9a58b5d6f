// A receive clause's pattern (and guard) back to text, for the live view's
// lesson tools: when a held message is taken, the page says which clause
// matched, as the student wrote it. The text is computed before records are
// expanded (so `#req{from = F}` stays as written) and goes into the module's
// constant table; it is never part of the generated JavaScript.

import type { Clause, Expr, Form } from '../syntax/ast.js';
import { writeAtom, writeChar, writeFloat, writeString } from '../syntax/write_term.js';
import { prettyTerm } from '../terms/print/pretty.js';

/** Text beyond this is cut: a label, not a listing. */
const MAX_TEXT = 400;

const list = (es: Expr[]): string => es.map(exprText).join(', ');

/** One expression as erl_pp would write it on one line (the forms a pattern or guard uses). */
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
  // An explicit stack: a 50,000-element list literal is as deep a tree.
  const todo: unknown[] = forms.filter((f) => f.kind === 'function').map((f) => (f as { clauses: unknown }).clauses);
  while (todo.length > 0) {
    const node = todo.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const x of node) todo.push(x);
      continue;
    }
    const n = node as { kind?: unknown; clauses?: Clause[]; line?: number; col?: number };
    if (n.kind === 'term') continue;
    if (n.kind === 'receive' && Array.isArray(n.clauses)) {
      n.clauses.forEach((c, i) => out.set(receiveKey(n as { line: number; col: number }, i), clauseHeadText(c)));
    }
    for (const v of Object.values(node)) if (typeof v === 'object') todo.push(v);
  }
  return out;
}
