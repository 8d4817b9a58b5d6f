// Following the newest row: the view stays at the bottom as rows arrive,
// unless the user has scrolled up to read, and then offers the way back.

import { jumpBtn, view } from './elements.js';
import { ROW } from './layout.js';

let follow = true;

export const following = () => follow;

function atBottom() {
  return view.scrollTop + view.clientHeight >= view.scrollHeight - ROW;
}

function updateJump() {
  jumpBtn.hidden = follow || atBottom();
}

// After drawing; `stick` is whether the view followed before the rows changed.
export function settle(stick) {
  if (stick) view.scrollTop = view.scrollHeight;
  updateJump();
}

export function watchScrolling() {
  view.addEventListener('scroll', () => {
    follow = atBottom();
    updateJump();
  });
  jumpBtn.addEventListener('click', () => {
    follow = true;
    view.scrollTop = view.scrollHeight;
    updateJump();
  });
}
