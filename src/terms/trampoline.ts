// Running a recursive algorithm without the JS stack. A recursive function is
// written as a generator that yields the generator of each call it would make
// and receives that call's result back from `yield`; `trampoline` drives the
// chain with a heap array of suspended generators, so the depth of the
// recursion is limited by memory only (BEAM's stack lives on its heap too).
// Exceptions thrown by an inner call travel out through the outer ones.

export type Rec<T> = Generator<Rec<unknown>, T, unknown>;

export function trampoline<T>(root: Rec<T>): T {
  const stack: Rec<unknown>[] = [root];
  let value: unknown;
  let error: unknown;
  let failed = false;
  for (;;) {
    const top = stack[stack.length - 1]!;
    let r: IteratorResult<Rec<unknown>, unknown>;
    try {
      if (failed) {
        failed = false;
        r = top.throw(error);
      } else r = top.next(value);
    } catch (e) {
      stack.pop();
      if (stack.length === 0) throw e;
      error = e;
      failed = true;
      continue;
    }
    if (r.done) {
      stack.pop();
      value = r.value;
      if (stack.length === 0) return value as T;
    } else {
      stack.push(r.value);
      value = undefined;
    }
  }
}
