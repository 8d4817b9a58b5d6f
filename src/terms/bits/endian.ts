// Endianness of bit-syntax segments; 'native' is the host's, like BEAM's.

import { endianness } from 'node:os';

export type Endian = 'big' | 'little' | 'native';

const NATIVE_IS_LITTLE = endianness() === 'LE';

export function isLittle(e: Endian): boolean {
  return e === 'little' || (e === 'native' && NATIVE_IS_LITTLE);
}
