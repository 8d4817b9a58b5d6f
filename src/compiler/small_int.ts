// The test that a sum or difference computed on two JS-number integers is
// still an Erlang small integer (a safe integer: every JS number term is one).
//
// Int32 first: when V8's feedback says both operands are small, it computes
// in 32 bits and knows the `| 0` test is true, so nothing is compared; the
// range test is only reached by results past 2^31. Testing the range alone
// made V8 compare in floating point at every `N - 1` (fib(32) 43 -> 35 ms).
// A result past 2^53 is rounded to a value past the range too, so the test
// is exact. `t` is the temporary the result goes in.

const MAX_SAFE = '9007199254740991';

export function safeIntResult(t: string, expr: string): string {
  return `((((${t} = ${expr}) | 0) === ${t}) || (${t} <= ${MAX_SAFE} && ${t} >= -${MAX_SAFE}))`;
}
