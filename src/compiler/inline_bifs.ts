// BIF calls that compile to a JavaScript expression instead of a call:
// the common case inline, anything else (including every error) through the
// real BIF, so failures read as erl's. Used in bodies and in guards.

/** BIFs cheap enough to inline as an expression (never suspend, may throw). */
export function inlineBif(name: string, rawArgs: string[]): string | null {
  // A number literal operand needs parentheses: `-1.tail`, `1.length` are not JavaScript.
  const args = rawArgs.map((x) => (/^[-\d]/.test(x) ? `(${x})` : x));
  const [a, b2] = args;
  switch (args.length) {
    case 0:
      if (name === 'self') return 'p.pid';
      return null;
    case 1:
      switch (name) {
        case 'hd':
          return `${a} instanceof Cons ? ${a}.head : rt.bif1(p, 'hd', ${a})`;
        case 'tl':
          return `${a} instanceof Cons ? ${a}.tail : rt.bif1(p, 'tl', ${a})`;
        case 'is_atom':
          return `${a} instanceof Atom ? TRUE : FALSE`;
        case 'is_integer':
          return `(typeof ${a} === 'number' || typeof ${a} === 'bigint') ? TRUE : FALSE`;
        case 'is_tuple':
          return `Array.isArray(${a}) ? TRUE : FALSE`;
        case 'is_list':
          return `(${a} instanceof Cons || ${a} === NIL) ? TRUE : FALSE`;
        case 'abs':
          return `(typeof ${a} === 'number' && ${a} !== 0) ? (${a} < 0 ? -${a} : ${a}) : rt.bif1(p, 'abs', ${a})`;
        case 'byte_size':
          return `${a} instanceof rt.BitStr ? Math.ceil(${a}.bits / 8) : rt.bif1(p, 'byte_size', ${a})`;
        case 'tuple_size':
          return `Array.isArray(${a}) ? ${a}.length : rt.bif1(p, 'tuple_size', ${a})`;
        case 'list_to_binary':
          // A flat string needs no call; anything else goes to the BIF, which may fail.
          return `rt.byteListBinary(${a}) ?? rt.bif1(p, 'list_to_binary', ${a})`;
        default:
          return null;
      }
    case 2:
      // Integers are JS numbers or bigints (floats are boxed), and JS compares
      // those exactly, even a number with a bigint, as Erlang's terms compare.
      if (name === 'max' || name === 'min') {
        const pick = name === 'max' ? `${a} >= ${b2} ? ${a} : ${b2}` : `${a} <= ${b2} ? ${a} : ${b2}`;
        const ints = `(typeof ${a} === 'number' || typeof ${a} === 'bigint') && (typeof ${b2} === 'number' || typeof ${b2} === 'bigint')`;
        return `(typeof ${a} === 'number' && typeof ${b2} === 'number') ? (${pick}) : (${ints}) ? (${pick}) : rt.bif2(p, '${name}', ${a}, ${b2})`;
      }
      if (name === 'element')
        return `(Array.isArray(${b2}) && typeof ${a} === 'number' && ${a} >= 1 && ${a} <= ${b2}.length) ? ${b2}[${a} - 1] : rt.bif2(p, 'element', ${a}, ${b2})`;
      return null;
    default:
      return null;
  }
}
