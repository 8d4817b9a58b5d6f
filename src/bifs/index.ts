// Every native module the node starts with.

import type { NativeModule } from '../vm/native.js';
import { erlangPureNatives } from './erlang_pure.js';
import { erlangNatives } from './erlang.js';
import { listsNatives } from './lists.js';
import { mapsNatives } from './maps.js';
import { erltsIoNatives } from './erlts_io.js';
import { ioLibNatives } from './io_lib.js';
import { mathNatives } from './math.js';
import { stringNatives } from './string.js';
import { proplistsNatives } from './proplists.js';
import { etsNatives } from './ets.js';

export const nativeModules: NativeModule[] = [erlangPureNatives, erlangNatives, listsNatives, mapsNatives, erltsIoNatives, ioLibNatives, mathNatives, stringNatives, proplistsNatives, etsNatives];
