// Compiler diagnostics and their printed form, as OTP 25's compile module
// prints them for c(M) and erlc: "file:line:col: message", then the quoted
// source line with a caret under the column, then a blank line.

export interface Diagnostic {
  file: string;
  /** 0 when the message has no location (printed as "file: message"). */
  line: number;
  /** 0 when only the line is known. */
  col: number;
  message: string;
  /**
   * The OTP module that would have produced it; compile prints the
   * scanner/preprocessor/parser errors before all others. Defaults to erl_lint.
   */
  pass?: 'erl_scan' | 'epp' | 'erl_parse' | 'erl_lint' | 'sys_core_fold' | 'v3_core';
}

export type DiagnosticKind = 'error' | 'warning';

export function formatDiagnostic(d: Diagnostic, sourceText: string | null, kind: DiagnosticKind): string {
  const prefix = kind === 'warning' ? 'Warning: ' : '';
  if (d.line <= 0) return `${d.file}: ${prefix}${d.message}\n`;
  const pos = d.col > 0 ? `${d.line}:${d.col}` : `${d.line}`;
  return `${d.file}:${pos}: ${prefix}${d.message}\n${quoteSource(sourceText, d.line, d.col)}`;
}

/** Several diagnostics in the order compile reports them: errors, then warnings. */
export function formatDiagnostics(errors: Diagnostic[], warnings: Diagnostic[], sourceFor: (file: string) => string | null): string {
  let out = '';
  for (const d of sortErrors(errors)) out += formatDiagnostic(d, sourceFor(d.file), 'error');
  for (const d of sortWarnings(warnings)) out += formatDiagnostic(d, sourceFor(d.file), 'warning');
  return out;
}

function quoteSource(sourceText: string | null, line: number, col: number): string {
  if (sourceText === null) return '';
  const lines = sourceText.split('\n');
  if (line > lines.length || (line === lines.length && lines[line - 1] === '')) return '';
  const text = (lines[line - 1] ?? '').replace(/\r$/, '');
  let out = fmtLine(String(line), text);
  // A bare line number gives no column, and then compile draws no caret.
  if (col > 0) {
    const chars = Array.from(text);
    let mark = '';
    for (let n = 1; n < col; n++) mark += chars[n - 1] === '\t' ? '\t' : ' ';
    out += fmtLine('', mark + '^');
  }
  return out + '\n';
}

function fmtLine(label: string, text: string): string {
  const width = Math.max(4, label.length);
  return `% ${label.padStart(width)}| ${text}\n`;
}

const PRIORITY_PASSES = new Set(['erl_scan', 'epp', 'erl_parse']);

function compareLoc(a: Diagnostic, b: Diagnostic): number {
  // Term order: a bare line (integer) sorts before any {Line,Col}.
  if (a.line !== b.line) return a.line - b.line;
  const ac = a.col > 0 ? a.col : -1;
  const bc = b.col > 0 ? b.col : -1;
  return ac - bc;
}

function compareFile(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * compile:messages_per_file/1: scanner/preprocessor/parser messages first
 * (by location), then everything else sorted by file, location and pass.
 */
export function sortErrors(ds: Diagnostic[]): Diagnostic[] {
  const passOf = (d: Diagnostic) => d.pass ?? 'erl_lint';
  const prio = ds.filter((d) => PRIORITY_PASSES.has(passOf(d)));
  const rest = ds.filter((d) => !PRIORITY_PASSES.has(passOf(d)));
  prio.sort((a, b) => compareFile(a, b) || compareLoc(a, b));
  rest.sort((a, b) => {
    const c = compareFile(a, b) || compareLoc(a, b);
    if (c !== 0) return c;
    const pa = passOf(a),
      pb = passOf(b);
    return pa < pb ? -1 : pa > pb ? 1 : 0;
  });
  return groupByFile(prio).concat(groupByFile(rest));
}

/** compile:report_warnings/1 sorts the formatted messages by file, position and text. */
export function sortWarnings(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => {
    const an = a.line <= 0,
      bn = b.line <= 0;
    if (an !== bn) return an ? -1 : 1;
    const c = compareFile(a, b) || compareLoc(a, b);
    if (c !== 0) return c;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
  });
}

function groupByFile(ds: Diagnostic[]): Diagnostic[] {
  const files = [...new Set(ds.map((d) => d.file))].sort();
  return files.flatMap((f) => ds.filter((d) => d.file === f));
}
