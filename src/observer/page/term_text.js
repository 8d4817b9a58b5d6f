// Terms as a person would shorten them to fit a label: the text the server
// sends (as ~P prints it) is read back into a tree, refs lose their long
// middle (`#Ref<..4>`), long lists, strings and binaries lose their middle,
// and when that is not enough the deepest parts become `…`. A word (an
// atom, a number, a pid) is never cut: it is shown whole or replaced whole.

const ELLIPSIS = '…';

// ---- reading ----

const OPEN = { '{': 'tuple', '[': 'list', '#{': 'map', '<<': 'bin' };
const CLOSE = { tuple: '}', list: ']', map: '}', bin: '>>' };

function tokenize(text) {
  const out = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\t') {
      i++;
      continue;
    }
    let m;
    const rest = text.slice(i, i + 64);
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out.push({ t: c === '"' ? 'str' : 'word', text: text.slice(i, Math.min(j + 1, n)) });
      i = j + 1;
    } else if (text.startsWith('#Ref<', i) || text.startsWith('#Port<', i) || text.startsWith('#Fun<', i)) {
      const j = text.indexOf('>', i);
      const end = j < 0 ? n : j + 1;
      out.push({ t: 'word', text: text.slice(i, end) });
      i = end;
    } else if (text.startsWith('#{', i) || text.startsWith('<<', i)) {
      out.push({ t: 'open', text: text.slice(i, i + 2) });
      i += 2;
    } else if (text.startsWith('>>', i) || text.startsWith('=>', i) || text.startsWith('...', i)) {
      out.push({ t: text[i] === '.' ? 'word' : text[i] === '=' ? 'arrow' : 'close', text: text.slice(i, i + (text[i] === '.' ? 3 : 2)) });
      i += text[i] === '.' ? 3 : 2;
    } else if (c === '{' || c === '[') {
      out.push({ t: 'open', text: c });
      i++;
    } else if (c === '}' || c === ']') {
      out.push({ t: 'close', text: c });
      i++;
    } else if (c === ',' || c === '|') {
      out.push({ t: c === ',' ? 'comma' : 'bar', text: c });
      i++;
    } else if ((m = /^<[\d.]+>/.exec(rest))) {
      out.push({ t: 'word', text: m[0] });
      i += m[0].length;
    } else {
      // Anything else up to the next delimiter is one word: an atom, a number, a record name.
      let j = i + 1;
      while (j < n && !/[\s,|{}[\]]/.test(text[j]) && !text.startsWith('>>', j) && !text.startsWith('=>', j)) j++;
      out.push({ t: 'word', text: text.slice(i, j) });
      i = j;
    }
  }
  return out;
}

// A node: { t: 'word' | 'str', text } or { t: 'tuple' | 'list' | 'map' | 'bin', items, tail }.
// A map's items alternate key, value. Text that is not a term reads as words.
export function readTerm(text) {
  const toks = tokenize(text);
  let i = 0;
  function item() {
    const tok = toks[i++];
    if (tok === undefined) return { t: 'word', text: '' };
    if (tok.t === 'open') return compound(OPEN[tok.text]);
    if (tok.t === 'word' && /^#[a-z_]/.test(tok.text) && toks[i]?.t === 'open' && toks[i].text === '{') {
      i++;
      const rec = compound('tuple');
      rec.record = tok.text;
      return rec;
    }
    return { t: tok.t === 'str' ? 'str' : 'word', text: tok.text };
  }
  function compound(t) {
    const node = { t, items: [], tail: null };
    for (;;) {
      const tok = toks[i];
      if (tok === undefined) return node;
      if (tok.t === 'close') {
        i++;
        return node;
      }
      if (tok.t === 'comma' || tok.t === 'arrow') {
        i++;
        continue;
      }
      if (tok.t === 'bar') {
        i++;
        node.tail = item();
        continue;
      }
      node.items.push(item());
    }
  }
  const first = item();
  if (i >= toks.length) return first;
  // Several terms side by side (not one term): keep them as words.
  const all = [first];
  while (i < toks.length) all.push(item());
  return { t: 'seq', items: all };
}

// ---- writing, at a level of detail ----

// `#Ref<0.3135826047.1132654219.4>` -> `#Ref<..4>`: only the end tells two refs apart.
function shortWord(text) {
  const ref = /^#Ref<[\d.]+\.(\d+)>$/.exec(text);
  if (ref) return `#Ref<..${ref[1]}>`;
  const fun = /^#Fun<([^.>]+)\.[^>]*>$/.exec(text);
  if (fun) return `#Fun<${fun[1]}..>`;
  return text;
}

// A string or a binary's text keeps its two ends, cut between words.
function shortString(text, keep) {
  const q = text[0];
  const body = text.slice(1, text.endsWith(q) && text.length > 1 ? -1 : undefined);
  if (body.length <= keep) return text;
  // Words end at spaces and at the separators of paths and addresses (a dot does not end one: `127.0.0.1`).
  const parts = body.match(/[^\s/:,;=&?|]+|[\s/:,;=&?|]/g) ?? [];
  let head = '';
  for (const p of parts) {
    if (head.length + p.length > Math.ceil(keep * 0.6)) break;
    head += p;
  }
  let tail = '';
  for (let k = parts.length - 1; k >= 0; k--) {
    if (tail.length + parts[k].length > keep - head.length) break;
    tail = parts[k] + tail;
  }
  return `${q}${head}${ELLIPSIS}${tail}${q}`;
}

// How much of a term to write: `depth` compound levels shown (deeper ones
// become `…`), lists and tuples cut to `items` (their ends kept), strings to
// `chars`.
function write(node, lod, depth, sep) {
  switch (node.t) {
    case 'word': {
      if (node.text === '...') return ELLIPSIS;
      const w = shortWord(node.text);
      return w.length > lod.word ? ELLIPSIS : w;
    }
    case 'str':
      return shortString(node.text, lod.chars);
    case 'seq':
      return node.items.map((x) => write(x, lod, depth, sep)).join(' ');
    default: {
      const open = node.record ? `${node.record}{` : node.t === 'tuple' ? '{' : node.t === 'list' ? '[' : node.t === 'map' ? '#{' : '<<';
      const close = CLOSE[node.t];
      if (node.items.length === 0 && node.tail === null) return open + close;
      if (depth >= lod.depth) return open + ELLIPSIS + close;
      if (node.t === 'bin' && node.items.length === 1 && node.items[0].t === 'str') return `<<${shortString(node.items[0].text, lod.chars)}>>`;
      let parts;
      if (node.t === 'map') {
        const pairs = [];
        for (let k = 0; k < node.items.length; k += 2) {
          const v = node.items[k + 1];
          pairs.push(`${write(node.items[k], lod, depth + 1, sep)} => ${v ? write(v, lod, depth + 1, sep) : ''}`);
        }
        parts = elide(pairs, lod.items);
      } else {
        parts = elide(
          node.items.map((x) => () => write(x, lod, depth + 1, sep)),
          lod.items,
        ).map((p) => (typeof p === 'function' ? p() : p));
      }
      // `<<"abc"...>>`: ~P's mark of a cut binary follows its text directly.
      let body = node.t === 'bin' ? parts.join(sep).replaceAll(`${sep}...`, '...') : parts.join(sep);
      // `[a,b|...]` is ~P's cut list: more elements, not an improper tail.
      if (node.tail !== null && node.tail.t === 'word' && node.tail.text === '...') body += `${sep}${ELLIPSIS}`;
      else if (node.tail !== null) body += `|${write(node.tail, lod, depth + 1, sep)}`;
      return open + body + close;
    }
  }
}

// Keeps the first items and the last one, with `…` for those between (the
// first alone when only two may stay: a tuple's tag says most).
function elide(items, max) {
  if (items.length <= max) return items;
  if (max <= 2) return [items[0], ELLIPSIS];
  return [...items.slice(0, max - 2), ELLIPSIS, items[items.length - 1]];
}

function maxDepth(node) {
  if (!node.items) return 0;
  let d = 0;
  for (const x of node.items) d = Math.max(d, maxDepth(x));
  if (node.tail) d = Math.max(d, maxDepth(node.tail));
  return node.t === 'seq' ? d : d + 1;
}

// The levels of detail tried, most first: a label takes the first that fits.
function levels(node) {
  const deepest = maxDepth(node);
  const out = [
    { depth: Infinity, items: Infinity, chars: Infinity, word: Infinity },
    { depth: Infinity, items: 8, chars: 40, word: Infinity },
    { depth: Infinity, items: 5, chars: 20, word: 40 },
    { depth: Infinity, items: 5, chars: 16, word: 16 },
  ];
  for (let d = deepest - 1; d >= 1; d--) out.push({ depth: d, items: 4, chars: 16, word: 16 });
  out.push({ depth: Infinity, items: 2, chars: 12, word: 16 });
  for (let d = deepest - 1; d >= 1; d--) out.push({ depth: d, items: 2, chars: 10, word: 12 });
  out.push({ depth: 0, items: 1, chars: 4, word: 8 });
  return out;
}

/**
 * The term text shortened to at most `max` characters, or '…' when not even
 * its outline fits. `spaced` writes `[weather, fine]` instead of
 * `[weather,fine]`, for words that read as code.
 */
export function shortTerm(text, max, spaced = false) {
  if (typeof text !== 'string') return '';
  const sep = spaced ? ', ' : ',';
  const tree = readTerm(text);
  let best = ELLIPSIS;
  for (const lod of levels(tree)) {
    const s = write(tree, lod, 0, sep);
    if (s.length <= max) return s;
    best = s;
  }
  return best.length <= max ? best : ELLIPSIS;
}

/** The term as ~p would space it in code: `[weather, fine]`, refs shortened, nothing elided. */
export function spacedTerm(text) {
  return write(readTerm(text), { depth: Infinity, items: Infinity, chars: Infinity }, 0, ', ');
}
