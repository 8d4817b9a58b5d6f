// Every native module the node starts with.

import type { NativeModule } from '../vm/native.js';
import { erlangPureNatives } from './erlang/pure.js';
import { erlangNatives } from './erlang/erlang.js';
import { erlangDistNatives, erltsDistBifs } from './erlang/dist.js';
import { erlangTraceNatives } from './erlang/trace.js';
import { listsNatives } from './lists/lists.js';
import { erltsListsNatives } from './lists/builder.js';
import { erltsMapsNatives, mapsNatives } from './maps.js';
import { erltsIoNatives } from './io/erlts_io.js';
import { ioLibNatives } from './io_lib/io_lib.js';
import { ioLibCharsNatives } from './io_lib/chars.js';
import { ioLibFreadNatives } from './io_lib/fread.js';
import { mathNatives } from './math/math.js';
import { stringNatives } from './string/numbers.js';
import { proplistsNatives } from './proplists.js';
import { etsNatives } from './ets/ets.js';
import { initNatives } from './init.js';
import { fileNatives } from './file/file.js';
import { fileIoNatives } from './file/io_device.js';
import { filelibNatives } from './file/filelib.js';
import { osNatives } from './os.js';
import { unicodeNatives } from './unicode.js';
import { unicodeUtilNatives } from './unicode_util/unicode_util.js';
import { reNatives } from './re/re.js';
import { erltsReportNatives } from './erlang/extra_report.js';
import { erlangPidTextNatives } from './erlang/pid_text.js';
import { erlangTimeNatives } from './erlang/time.js';
import { erlangPhashNatives } from './erlang/phash.js';
import { binaryNatives } from './binary/binary.js';
import { arrayNatives } from './array.js';
import { queueNatives } from './queue.js';
import { setsNatives } from './sets.js';
import { cryptoNatives } from './crypto.js';
import { erlangDigestNatives } from './erlang/digest.js';
import { erlangDecodePacketNatives } from './erlang/decode_packet.js';
import { erltsLoggerNatives } from './logger/logger.js';
import { hintNatives } from './lesson/hints.js';
import { lessonStepNatives } from './lesson/step.js';
import { lessonFaultNatives } from './lesson/faults.js';
import { erlScanNatives } from './erl_scan.js';
import { erlParseNatives } from './erl_parse.js';
import { erltsEvalNatives } from './erl_eval.js';
import { persistentTermNatives } from './persistent_term.js';

export const nativeModules: NativeModule[] = [
  erlangPureNatives,
  erlangNatives,
  erlangDistNatives,
  erlangTraceNatives,
  erltsDistBifs,
  listsNatives,
  erltsListsNatives,
  mapsNatives,
  erltsMapsNatives,
  erltsIoNatives,
  ioLibNatives,
  ioLibCharsNatives,
  ioLibFreadNatives,
  mathNatives,
  stringNatives,
  proplistsNatives,
  etsNatives,
  initNatives,
  fileNatives,
  fileIoNatives,
  filelibNatives,
  osNatives,
  unicodeNatives,
  unicodeUtilNatives,
  reNatives,
  erltsReportNatives,
  erlangPidTextNatives,
  erlangTimeNatives,
  erlangPhashNatives,
  binaryNatives,
  arrayNatives,
  queueNatives,
  setsNatives,
  cryptoNatives,
  erlangDigestNatives,
  erlangDecodePacketNatives,
  erltsLoggerNatives,
  hintNatives,
  lessonStepNatives,
  lessonFaultNatives,
  erlScanNatives,
  erlParseNatives,
  erltsEvalNatives,
  persistentTermNatives,
];
