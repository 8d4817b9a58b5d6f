// Node's timers count on the event loop's millisecond clock and can fire up
// to a millisecond before the time asked for, as a monotonic clock sees it;
// erl's timers never fire early (`timer:tc` around `timer:sleep(20)` is at
// least 20000 us). A timer that wakes early sleeps again for the rest.

export type TimerHandle = ReturnType<typeof setTimeout>;

/** setTimeout that never fires before `ms` have passed; `rearmed` gets each new handle. */
export function setTimeoutNotEarly(ms: number, fire: () => void, rearmed: (h: TimerHandle) => void): TimerHandle {
  const deadline = performance.now() + ms;
  const check = () => {
    const left = deadline - performance.now();
    if (left > 0) rearmed(setTimeout(check, Math.ceil(left)));
    else fire();
  };
  return setTimeout(check, ms);
}
