// Generic walks over an AST (plain objects and arrays) with an explicit
// stack: a user's list of 100k elements is a cons chain 100k deep, and
// nesting is as deep as the user writes it, so recursion on the JavaScript
// stack would overflow where erl goes on.

type Obj = Record<string | number, unknown>;

const noSkip = (_k: string): boolean => false;

/** Skips the position and kind fields, which hold no subtrees. */
export const skipPosition = (k: string): boolean => k === 'line' || k === 'col' || k === 'kind';

/**
 * Calls `visit` on every object (not array) of the tree, pre-order, left to
 * right by key order. `visit` returning false skips that object's children.
 */
export function visitTree(root: unknown, visit: (n: Obj) => boolean | undefined, skipKey: (k: string) => boolean = noSkip): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === null || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) stack.push(n[i]);
      continue;
    }
    if (visit(n as Obj) === false) continue;
    const keys = Object.keys(n);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      if (!skipKey(k)) stack.push((n as Obj)[k]);
    }
  }
}

interface Frame {
  node: Obj;
  keys: (string | number)[];
  i: number;
  copy: Obj | null;
}

/**
 * Rebuilds the tree bottom-up, copying only what changes. `replace(n)`
 * returns a replacement for an object (not descended into) or undefined to
 * descend; `leave(original, rebuilt)` (objects only) may return a final
 * value for the object once its children are done.
 */
export function rewriteTree(
  root: unknown,
  replace: (n: Obj) => unknown,
  skipKey: (k: string) => boolean = noSkip,
  leave?: (original: Obj, rebuilt: Obj) => unknown,
): unknown {
  const stack: Frame[] = [];
  let cur: unknown = root;
  for (;;) {
    let value: unknown = cur;
    if (cur !== null && typeof cur === 'object') {
      const isArr = Array.isArray(cur);
      const r = isArr ? undefined : replace(cur as Obj);
      if (r !== undefined) value = r;
      else {
        const keys: (string | number)[] = isArr ? (cur as unknown[]).map((_, i) => i) : Object.keys(cur).filter((k) => !skipKey(k));
        if (keys.length > 0) {
          stack.push({ node: cur as Obj, keys, i: 0, copy: null });
          cur = (cur as Obj)[keys[0]!];
          continue;
        }
        if (!isArr && leave !== undefined) value = leave(cur as Obj, cur as Obj);
      }
    }
    for (;;) {
      const f = stack[stack.length - 1];
      if (f === undefined) return value;
      const k = f.keys[f.i]!;
      if (value !== f.node[k]) {
        f.copy ??= (Array.isArray(f.node) ? f.node.slice() : { ...f.node }) as Obj;
        f.copy[k] = value;
      }
      f.i++;
      if (f.i < f.keys.length) {
        cur = f.node[f.keys[f.i]!];
        break;
      }
      stack.pop();
      const rebuilt = f.copy ?? f.node;
      value = leave !== undefined && !Array.isArray(f.node) ? leave(f.node, rebuilt) : rebuilt;
    }
  }
}
