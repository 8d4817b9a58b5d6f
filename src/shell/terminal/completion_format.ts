// The list of alternatives printed when completion cannot decide:
// edlin_expand:format_matches/1 of OTP 25. Columns as wide as the longest
// name (without its /arity) plus 4, rows at most 79 columns, each entry
// padded with spaces, a newline before and after the block.

import type { Alternative } from './completion.js';
import { textWidth } from './width.js';

const LINE = 79;

export function formatMatches(alts: readonly Alternative[]): string {
  const sorted = [...alts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.arity ?? 0) - (b.arity ?? 0)));
  let maxName = 0;
  for (const a of sorted) maxName = Math.max(maxName, textWidth(a.name));
  const colWidth = maxName < LINE - 3 ? maxName + 4 : LINE;
  let out = '\n';
  let len = 0;
  for (const a of sorted) {
    if (colWidth + len > LINE) {
      out += '\n';
      len = 0;
    }
    const suffix = a.arity === undefined ? '' : `/${a.arity}`;
    let name = a.name;
    const room = LINE - suffix.length;
    if (textWidth(name) > room)
      name =
        Array.from(name)
          .slice(0, room - 3)
          .join('') + '...';
    out += pad(name + suffix, colWidth);
    len += colWidth;
  }
  return out + '\n';
}

/** io_lib's ~-*ts: padded on the right, cut when longer. */
function pad(s: string, w: number): string {
  const cs = Array.from(s);
  if (cs.length >= w) return cs.slice(0, w).join('');
  return s + ' '.repeat(w - cs.length);
}
