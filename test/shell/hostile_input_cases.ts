// Inputs that once broke erlts (issue 9): very long and very deep
// expressions, and every kind of literal in every position of every
// expression form. Generated here, not stored: the largest is a 1 MB line.
// gen_hostile_input.mjs records real erl's answers for them in
// hostile_input_data.json; hostile_input.test.ts replays them on erlts.

export interface Session {
  name: string;
  /** Files written to the session's directory first (modules to compile, terms to consult). */
  files: Record<string, string>;
  input: string;
  /** Per input line, the case it holds (literal sessions): compared one by one, so known failures can be listed. */
  ids?: string[];
}

const rep = (s: string, n: number, sep = ''): string => new Array<string>(n).fill(s).join(sep);

/** The exact inputs of issue 9. */
function issueInputs(): Session {
  const lines = [
    `length([${rep('1', 2500, ',')}]).`,
    `X = ${rep('1', 3000, '+')}, X.`,
    `length([${rep('1', 75_000, ',')}]).`,
    `length([\n${rep('1', 8000, ',\n')}]).`,
    `length(${rep('[', 10_000)}${rep(']', 10_000)}).`,
    'q().',
  ];
  return { name: 'issue', files: {}, input: `${lines.join('\n')}\n` };
}

/** Wraps text in lines of `width` characters. */
const folded = (text: string, width = 2000): string => text.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n');

/**
 * The same scaled up: 100k-element literals, 100k-deep nesting, 100k-line
 * expressions, a 1 MB line, long sums, big terms in files and modules.
 * Their answers are derived here, not recorded: erl's interactive shell
 * needs minutes to hours for these on the test machine (it is quadratic in
 * the length of a line, and took over 170 s for the 100k-line list), while
 * the answers themselves are plain (a length, a sum).
 */
export function scaledInputs(): Session & { expected: string[] } {
  const lines = [
    `length([\n${rep('a', 100_000, ',\n')}]).`,
    `length([${rep('12', 333_333, ',')}]).`,
    `length(${folded(rep('[', 100_000))}${folded(rep(']', 100_000))}).`,
    `size(element(1, {${folded(rep('{', 50_000))}${folded(rep('}', 50_000))}})).`,
    `Y = 2, lists:sum([${folded(rep('Y', 20_000, ','))}]).`,
    `Z = 1, ${folded(rep('Z', 20_000, ' + '))}.`,
    `{ok, [L1, L2, T1]} = file:consult("terms.txt"), {length(L1), length(L2), tuple_size(T1)}.`,
    'c(biglits), {length(biglits:list()), length(biglits:deep()), biglits:sum(1), length(biglits:vars(7))}.',
    'q().',
  ];
  const terms = `[${rep('1', 5000, ',')}].\n[${rep('"s"', 100_000, ',')}].\n{${rep('{', 3000)}${rep('}', 3000)}}.\n`;
  const biglits = [
    '-module(biglits).',
    '-export([list/0, deep/0, sum/1, vars/1]).',
    `list() -> [${Array.from({ length: 50_000 }, (_, i) => String(i)).join(',')}].`,
    `deep() -> [${rep('[', 3000)}${rep(']', 3000)}].`,
    `sum(X) -> ${rep('X', 3000, ' + ')}.`,
    `vars(X) -> [${rep('X', 5000, ',')}].`,
    '',
  ].join('\n');
  const expected = ['100000', '333333', '1', '1', '40000', '20000', '{5000,100000,1}', '{50000,1,3000,5000}', 'ok'];
  return { name: 'scaled', files: { 'terms.txt': terms, 'biglits.erl': biglits }, input: `${lines.join('\n')}\n`, expected };
}

/** Literals of every kind, as source text. */
export const LITERALS = [
  '0',
  '1',
  '42',
  '-1',
  '-7',
  '123456789012345678901234567890',
  '-98765432109876543210',
  '1.0',
  '0.5',
  '1.0e300',
  '-0.0',
  '$a',
  '$\\n',
  '$\\\\',
  '""',
  '"abc"',
  '"q\\"b\\\\s"',
  '"\\x{fc}\\x{f1}\\x{20ac}"',
  'a',
  "'A b'",
  "'it\\'s'",
  "''",
  "'\\x{fc}n\\x{ef}'",
  '<<>>',
  '<<1,2>>',
  '<<"x">>',
  '[]',
  '{}',
  '#{}',
  '[1|2]',
  '{a,"b",[c]}',
];

/** Expression forms with a hole `L` for the literal. */
const SHELL_FORMS = [
  'L()',
  'L = L',
  'case 0 of L -> m; _ -> n end',
  'if L -> t; true -> f end',
  'case x of _ when L -> g; _ -> h end',
  'case L of W when W == L -> y; _ -> z end',
  '<<L>>',
  '<<1:L>>',
  '<<L/binary>>',
  '[x || _ <- L]',
  '[x || <<_>> <= L]',
  '[x || L]',
  '#{L => 1}',
  '#{k => L}',
  '#r{a = L}',
  '(fun(L) -> 1; (_) -> 2 end)(L)',
  'receive L -> 1 after 0 -> 2 end',
  'receive after L -> 1 end',
  '{L, [L|L]}',
  'L + 1',
  '-L',
  'L:f()',
  'm:L()',
  'element(1, L)',
  'L ++ L',
];

/**
 * Catches what the form raises, so the answer is a value. Fresh variable
 * names each time: the shell keeps bindings, and a catch pattern with bound
 * variables would only match the same exception again.
 */
let fresh = 0;
const wrap = (e: string): string => {
  const n = fresh++;
  return `try ${e.replaceAll('W', `W${n}_`)} of V${n}_ -> {ok, V${n}_} catch C${n}_:R${n}_ -> {C${n}_, R${n}_} end`;
};

function literalShell(): Session {
  const lines = ['rd(r, {a}).'];
  const ids = ['rd'];
  SHELL_FORMS.forEach((form, f) =>
    LITERALS.forEach((lit, l) => {
      lines.push(`${wrap(form.replaceAll('L', lit))}.`);
      ids.push(`shell.f${f}.l${l}`);
    }),
  );
  lines.push('q().');
  ids.push('q');
  return { name: 'literals_shell', files: {}, input: `${lines.join('\n')}\n`, ids };
}

/** One module per literal, a function per form; each is compiled and every function called. */
function literalModules(): Session {
  const files: Record<string, string> = {};
  const lines: string[] = [];
  const ids: string[] = [];
  LITERALS.forEach((lit, i) => {
    ids.push(`module.l${i}.compile`, `module.l${i}.run`);
    const mod = `lit${i}`;
    const body = SHELL_FORMS.map((form, k) => `f${k}() -> ${wrap(form.replaceAll('L', lit))}.`).join('\n');
    files[`${mod}.erl`] = `-module(${mod}).\n-compile([export_all, nowarn_export_all]).\n-record(r, {a}).\n${body}\n`;
    lines.push(`c(${mod}).`);
    lines.push(`[catch ${mod}:F() || {F, 0} <- lists:sort(${mod}:module_info(exports)), F =/= module_info].`);
  });
  lines.push('q().');
  ids.push('q');
  return { name: 'literals_module', files, input: `${lines.join('\n')}\n`, ids };
}

export function sessions(): Session[] {
  fresh = 0;
  return [issueInputs(), literalShell(), literalModules()];
}
