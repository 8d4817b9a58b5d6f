// Ending the node the way erl's halt/0 does: after what it printed is out.
// process.stdout on a pipe is asynchronous here, so process.exit right after
// a big write loses its tail (a 500 KB term printed to a slow reader came out
// cut, with status 0). From the first call on, nothing more is printed, as
// when erl stops its schedulers; the exit waits until both streams are empty.

let halting = false;

/** Whether the node is on its way out: output written now would come after erl's last words. */
export function isHalting(): boolean {
  return halting;
}

export function exitFlushed(status: number): void {
  if (halting) return;
  halting = true;
  process.stdin.pause();
  const wait = (): void => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(status);
    else setTimeout(wait, 2);
  };
  wait();
}
