// Following the newest row: the view stays at the bottom as rows arrive,
// unless the user has scrolled up to read, and then offers the way back.

import { jumpBtn, view } from './elements.js';
import { LANE_W, ROW, rowPids, scale } from './layout.js';

let follow = true;

export const following = () => follow;

function atBottom() {
  return view.scrollTop + view.clientHeight >= view.scrollHeight - ROW;
}

// A reader at the bottom follows, however they got there.
function updateJump() {
  if (atBottom()) follow = true;
  jumpBtn.hidden = follow;
}

// After drawing; `stick` is whether the view followed before the rows
// changed. Following, the newest row's lanes are brought into view sideways
// too.
export function settle(stick, layout, rows) {
  if (stick) {
    view.scrollTop = view.scrollHeight;
    const newest = rows?.[rows.length - 1];
    const xs = newest
      ? rowPids(newest)
          .map((pid) => layout.x.get(pid))
          .filter((x) => x !== undefined)
      : [];
    if (newest?.kind === 'rpc' || newest?.kind === 'spawn_request') {
      const grp = layout.groups.find((g) => g.node === (newest.exchange?.node ?? newest.node));
      if (grp) xs.push((grp.x0 + grp.x1) / 2);
    }
    if (xs.length > 0) {
      const lo = (Math.min(...xs) - LANE_W / 2) * scale;
      const hi = (Math.max(...xs) + LANE_W / 2) * scale;
      const left = view.scrollLeft;
      const right = left + view.clientWidth;
      if (hi > right) view.scrollLeft = Math.min(lo, hi - view.clientWidth);
      else if (lo < left) view.scrollLeft = lo;
    }
  }
  updateJump();
}

export function watchScrolling() {
  // Only a move up means the reader left the newest rows: a window made
  // smaller (a projector, a mode with larger type) is not a reason to stop
  // following.
  let lastTop = view.scrollTop;
  view.addEventListener('scroll', () => {
    if (view.scrollTop < lastTop - 2) follow = atBottom();
    else if (atBottom()) follow = true;
    lastTop = view.scrollTop;
    updateJump();
  });
  jumpBtn.addEventListener('click', () => {
    follow = true;
    view.scrollTop = view.scrollHeight;
    updateJump();
  });
}
