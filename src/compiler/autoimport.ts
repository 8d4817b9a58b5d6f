// Calls without a module that go to `erlang` (erl_internal:bif/2).

import { AUTO_IMPORTED_BIFS } from './lint/bifs.js';

export function isAutoImported(name: string, arity: number): boolean {
  return AUTO_IMPORTED_BIFS.has(`${name}/${arity}`);
}
