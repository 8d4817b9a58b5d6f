// Every native module the node starts with.

import type { NativeModule } from '../vm/native.js';
import { erlangPureNatives } from './erlang_pure.js';
import { erlangNatives } from './erlang.js';
import { erlangDistNatives, erltsDistBifs } from './erlang_dist.js';
import { listsNatives } from './lists.js';
import { mapsNatives } from './maps.js';
import { erltsIoNatives } from './erlts_io.js';
import { ioLibNatives } from './io_lib.js';
import { mathNatives } from './math.js';
import { stringNatives } from './string.js';
import { proplistsNatives } from './proplists.js';
import { etsNatives } from './ets.js';
import { initNatives } from './init.js';
import { fileNatives } from './file.js';
import { filenameNatives } from './filename.js';
import { filelibNatives } from './filelib.js';
import { osNatives } from './os.js';
import { unicodeNatives } from './unicode.js';
import { erltsReportNatives } from './erlang_extra_report.js';
import { erlangPidTextNatives } from './erlang_pid_text.js';

export const nativeModules: NativeModule[] = [erlangPureNatives, erlangNatives, erlangDistNatives, erltsDistBifs, listsNatives, mapsNatives, erltsIoNatives, ioLibNatives, mathNatives, stringNatives, proplistsNatives, etsNatives, initNatives, fileNatives, filenameNatives, filelibNatives, osNatives, unicodeNatives, erltsReportNatives, erlangPidTextNatives];
