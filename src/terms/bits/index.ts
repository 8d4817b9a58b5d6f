// The bit-syntax runtime used by compiled code: construction (BitBuilder) and matching (get*).

export { BitBuilder, binCat, direct, slabCopy, SLAB_COPY_MAX } from './build.js';
export { getInteger, getFloat, getBits, getBinary, restInto, getUtf8, getUtf16, getUtf32, utfCodepoint, utfBits, bitsLeft, UTF_FAIL } from './match.js';
export { type Endian, isLittle } from './endian.js';
export { segmentError, bitsSystemLimit, type SegmentType, type SegmentError } from './error.js';
export { diagnoseConstruction, SIZE_ALL_OK, STRING_CONTINUES } from './diagnose.js';
export { toHalfBits, fromHalfBits } from './float16.js';
