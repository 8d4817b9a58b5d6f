// The bit-syntax runtime used by compiled code: construction (BitBuilder) and matching (get*).

export { BitBuilder, binCat } from './bits_build.js';
export { getInteger, getFloat, getBits, getBinary, getUtf8, getUtf16, getUtf32, utfCodepoint, utfBits, bitsLeft, UTF_FAIL } from './bits_match.js';
export { type Endian, isLittle } from './bits_endian.js';
export { segmentError, bitsSystemLimit, type SegmentType, type SegmentError } from './bits_error.js';
export { diagnoseConstruction, STRING_CONTINUES } from './bits_diagnose.js';
export { toHalfBits, fromHalfBits } from './bits_float16.js';
