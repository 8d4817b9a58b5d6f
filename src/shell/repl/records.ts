// The shell's record commands (shell.erl's rd/2, rr/1, rl/0,1, rf/0,1):
// definitions typed at the prompt or read from a module's source, kept
// with the text rl() prints for them.

import * as path from 'node:path';
import type { Expr, RecordAttr, RecordFieldDef } from '../../syntax/ast.js';
import { parseForms } from '../../syntax/index.js';
import { readSourceFile } from '../../syntax/source_text.js';
import { writeAtom } from '../../syntax/write_term.js';
import type { RecordInfo } from '../../compiler/records.js';
import { exprText } from './expr_text.js';

export interface ShellRecord {
  info: RecordInfo;
  /** `-record(name,{...}).` as rl() prints it. */
  text: string;
}

/** rd(Name, {f1 = Default, f2}): the definition, or null when the tuple is no record definition. */
export function recordFromTuple(name: string, def: Expr): RecordAttr | null {
  if (def.kind !== 'tuple') return null;
  const fields: RecordFieldDef[] = [];
  for (const el of def.elements) {
    if (el.kind === 'atom') fields.push({ name: el.value, line: el.line, col: el.col });
    else if (el.kind === 'match' && el.pattern.kind === 'atom') fields.push({ name: el.pattern.value, line: el.line, col: el.col, default: el.expr });
    else return null;
  }
  return { kind: 'record_def', name, fields, line: def.line, col: def.col };
}

/** The first field defined twice, if any (erl_lint: "field F already defined in record R"). */
export function duplicateField(attr: RecordAttr): RecordFieldDef | null {
  const seen = new Set<string>();
  for (const f of attr.fields) {
    if (seen.has(f.name)) return f;
    seen.add(f.name);
  }
  return null;
}

export function shellRecord(attr: RecordAttr): ShellRecord {
  const info: RecordInfo = {
    name: attr.name,
    line: attr.line,
    col: attr.col,
    fields: attr.fields.map((f) => ({
      name: f.name,
      line: f.line,
      col: f.col,
      default: f.default ?? { kind: 'atom', value: 'undefined', line: f.line, col: f.col },
    })),
  };
  return { info, text: recordText(attr) };
}

/** erl_pp's layout: one line when it fits, else one field a line under the first. */
const LINE_LENGTH = 72;

function recordText(attr: RecordAttr): string {
  const head = `-record(${writeAtom(attr.name)},{`;
  const fields = attr.fields.map((f) => (f.default === undefined ? writeAtom(f.name) : `${writeAtom(f.name)} = ${exprText(f.default)}`));
  const flat = `${head}${fields.join(', ')}}).`;
  if (flat.length <= LINE_LENGTH) return flat;
  return `${head}${fields.join(',\n' + ' '.repeat(head.length))}}).`;
}

/** The record definitions of an Erlang source file (with its includes), in order. */
export function recordsInFile(file: string): RecordAttr[] | null {
  let text: string;
  try {
    text = readSourceFile(file);
  } catch {
    return null;
  }
  const forms = parseForms(text, {
    file,
    includePath: [path.dirname(file)],
    libDir: () => null,
    readFile: (p) => {
      try {
        return readSourceFile(p);
      } catch {
        return null;
      }
    },
  });
  return forms.filter((f): f is RecordAttr => f.kind === 'record_def');
}
