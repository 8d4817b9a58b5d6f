// Every native module the node starts with.

import type { NativeModule } from '../vm/native.js';
import { erlangPureNatives } from './erlang_pure.js';
import { erlangNatives } from './erlang.js';
import { erlangDistNatives, erltsDistBifs } from './erlang_dist.js';
import { listsNatives } from './lists.js';
import { mapsNatives } from './maps.js';
import { erltsIoNatives } from './erlts_io.js';
import { ioLibNatives } from './io_lib.js';
import { ioLibCharsNatives } from './io_lib_chars.js';
import { mathNatives } from './math.js';
import { stringNatives } from './string.js';
import { proplistsNatives } from './proplists.js';
import { etsNatives } from './ets.js';
import { initNatives } from './init.js';
import { fileNatives } from './file.js';
import { fileIoNatives } from './file_io.js';
import { filenameNatives } from './filename.js';
import { filelibNatives } from './filelib.js';
import { osNatives } from './os.js';
import { unicodeNatives } from './unicode.js';
import { reNatives } from './re.js';
import { erltsReportNatives } from './erlang_extra_report.js';
import { erlangPidTextNatives } from './erlang_pid_text.js';
import { erlangTimeNatives } from './erlang_time.js';
import { erlangPhashNatives } from './erlang_phash.js';
import { binaryNatives } from './binary.js';
import { cryptoNatives } from './crypto.js';
import { erlangDigestNatives } from './erlang_digest.js';
import { erltsLoggerNatives } from './erlts_logger.js';

export const nativeModules: NativeModule[] = [erlangPureNatives, erlangNatives, erlangDistNatives, erltsDistBifs, listsNatives, mapsNatives, erltsIoNatives, ioLibNatives, ioLibCharsNatives, mathNatives, stringNatives, proplistsNatives, etsNatives, initNatives, fileNatives, fileIoNatives, filenameNatives, filelibNatives, osNatives, unicodeNatives, reNatives, erltsReportNatives, erlangPidTextNatives, erlangTimeNatives, erlangPhashNatives, binaryNatives, cryptoNatives, erlangDigestNatives, erltsLoggerNatives];
