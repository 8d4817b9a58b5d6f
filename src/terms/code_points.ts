// Code points or bytes to a JS string. String.fromCodePoint(...array) passes
// every element as an argument on the JS stack and throws a RangeError for
// arrays of some 100k elements or more; these go in bounded chunks.

const CHUNK = 8192;

export function codePointsToString(cps: ArrayLike<number>): string {
  const n = cps.length;
  if (n <= CHUNK) return String.fromCodePoint(...Array.prototype.slice.call(cps, 0, n));
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(String.fromCodePoint(...Array.prototype.slice.call(cps, i, Math.min(n, i + CHUNK))));
  return parts.join('');
}

/** Each value a UTF-16 unit (bytes as Latin-1 characters). */
export function charCodesToString(codes: ArrayLike<number>): string {
  const n = codes.length;
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(String.fromCharCode(...Array.prototype.slice.call(codes, i, Math.min(n, i + CHUNK))));
  return parts.join('');
}
