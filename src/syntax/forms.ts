// A whole module file to forms: preprocess, then parse form by form, with
// every diagnostic as an error/warning form in erl's order.

import type { Form } from './ast.js';
import { parseForm } from './form_parser.js';
import { ParseFail } from './parse_error.js';
import { preprocess, type PreprocessOptions } from './preprocessor/preprocessor.js';

export type ParseFormsOptions = PreprocessOptions;

export function parseForms(text: string, opts: ParseFormsOptions): Form[] {
  const forms: Form[] = [];
  for (const item of preprocess(text, opts)) {
    if (item.kind !== 'tokens') {
      forms.push(item);
      continue;
    }
    const f = parseForm(item.tokens);
    if (!(f instanceof ParseFail)) forms.push(f);
    else forms.push({ kind: 'error', file: item.file, line: f.line, col: f.col, message: f.message });
  }
  return forms;
}
