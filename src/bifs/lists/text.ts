// lists:concat/1's view of a term as text (its thing_to_list/1 helper).

import { Atom, ErlFloat, type Term, isInteger, isList } from '../../terms/types.js';
import { floatToListDefault } from '../../terms/floats.js';
import { functionClause } from '../errors.js';
import { integerToText } from '../number_text.js';
import { fromArray } from './util.js';

function codes(s: string): Term {
  return fromArray(Array.from(s, (c) => c.codePointAt(0)!));
}

export function thingToList(x: Term): Term {
  if (isInteger(x)) return codes(integerToText(x));
  if (x instanceof ErlFloat) return codes(floatToListDefault(x.value));
  if (x instanceof Atom) return codes(x.name);
  if (isList(x)) return x;
  throw functionClause('lists', 'thing_to_list', [x], 635);
}
