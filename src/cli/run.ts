// The program: erl's command line in, a running node out. Kept apart from
// main.ts so that the bundle (scripts/bundle.mjs) and bin/erlts's fallback
// start the node the same way, and importing main.ts starts nothing.

import { main } from './main.js';

void main(process.argv.slice(2)).then((code) => {
  if (code !== null) process.exitCode = code;
});
