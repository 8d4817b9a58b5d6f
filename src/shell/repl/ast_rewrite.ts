// Rebuilding a command's AST with some nodes replaced, as the shell's
// rewrites (e(N)/v(N) expansion, history/results calls) need. Iterative,
// with an explicit stack: a command may be a 100,000-element list or nested
// thousands deep, and the JavaScript stack is far smaller than that.

interface Frame {
  node: Record<string, unknown>;
  keys: string[];
  next: number;
  /** The node's copy, made at its first changed child. */
  copy: Record<string, unknown> | unknown[] | null;
}

/**
 * The tree with each object node for which `replace` answers a value put in
 * its place (undefined: keep the node and look inside). Unchanged subtrees
 * are shared; keys in `skip` are not looked into.
 */
export function rewriteTree(root: unknown, replace: (node: object) => unknown, skip: ReadonlySet<string> = NO_KEYS): unknown {
  if (root === null || typeof root !== 'object') return root;
  const top = replace(root);
  if (top !== undefined) return top;
  const stack: Frame[] = [open(root, skip)];
  for (;;) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.keys.length) {
      const key = frame.keys[frame.next++]!;
      const child = frame.node[key];
      if (child === null || typeof child !== 'object') continue;
      const r = replace(child);
      if (r === undefined) stack.push(open(child, skip));
      else if (r !== child) set(frame, key, r);
      continue;
    }
    stack.pop();
    const done = frame.copy ?? frame.node;
    const parent = stack[stack.length - 1];
    if (parent === undefined) return done;
    if (done !== frame.node) set(parent, parent.keys[parent.next - 1]!, done);
  }
}

const NO_KEYS: ReadonlySet<string> = new Set();

function open(node: object, skip: ReadonlySet<string>): Frame {
  const keys = Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(node).filter((k) => !skip.has(k));
  return { node: node as Record<string, unknown>, keys, next: 0, copy: null };
}

function set(frame: Frame, key: string, value: unknown): void {
  frame.copy ??= Array.isArray(frame.node) ? (frame.node as unknown[]).slice() : { ...frame.node };
  (frame.copy as Record<string, unknown>)[key] = value;
}
