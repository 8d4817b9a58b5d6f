// Making SVG elements, and cutting text to the room it has.

import { diagram } from './elements.js';

const NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

// Measured inside the diagram, where the labels' font applies.
function measureCharWidth() {
  const t = svg('text', { class: 'label', x: 0, y: -100 }, 'M'.repeat(20));
  diagram.append(t);
  const w = t.getComputedTextLength() / 20;
  t.remove();
  return w > 0 ? w : 7.2;
}

export const charWidth = measureCharWidth();

// Keeps both ends of a term: the tag at the start and the payload's end are
// what tell messages apart.
export function fit(text, width, size = 12) {
  const n = Math.max(1, Math.floor(width / ((charWidth * size) / 12)));
  if (text.length <= n) return text;
  if (n <= 2) return '…';
  const head = Math.ceil((n - 1) * 0.6);
  const tail = n - 1 - head;
  return text.slice(0, head) + '…' + (tail > 0 ? text.slice(-tail) : '');
}
