// `erlts --replay FILE`: serves the live view's page with a recording
// (docs/live-view-protocol.md, "Recordings") instead of a node, so that a
// class that meets after the demo can watch it. The page plays it back with
// its own controls; the server only hands the file over, behind the same
// token, Host and Origin checks as a live node's view.

import * as fs from 'node:fs';
import { startLiveServer } from './http_server.js';

export const RECORDING_FORMAT = 'erlts-live-view-recording';
export const RECORDING_VERSION = 1;

/** The recording in `text`, or the reason it is not one. */
export function readRecording(text: string): { node: string; recording: unknown } | string {
  let rec: unknown;
  try {
    rec = JSON.parse(text);
  } catch {
    return 'not a recording: the file is not JSON';
  }
  if (rec === null || typeof rec !== 'object') return 'not a recording of the erlts live view';
  const r = rec as Record<string, unknown>;
  if (r.format !== RECORDING_FORMAT) return 'not a recording of the erlts live view';
  if (r.version !== RECORDING_VERSION) return `a recording of version ${String(r.version)}; this erlts reads version ${RECORDING_VERSION}`;
  if (typeof r.node !== 'string' || !Array.isArray(r.events) || !Array.isArray(r.processes)) return 'a damaged recording';
  return { node: r.node, recording: rec };
}

/** Serves the recording in `file` until the process is stopped; null while it runs, an exit code when it cannot start. */
export async function serveReplay(file: string | undefined, port = 0): Promise<number | null> {
  if (file === undefined) {
    process.stderr.write('erlts: --replay needs a file (a recording downloaded from the live view)\n');
    return 1;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`erlts: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message)}\n`);
    return 1;
  }
  const rec = readRecording(text);
  if (typeof rec === 'string') {
    process.stderr.write(`erlts: ${file}: ${rec}\n`);
    return 1;
  }
  const frame = JSON.stringify({ type: 'replay', recording: rec.recording });
  const source = {
    subscribe(listener: (frame: string, events: number) => void): () => void {
      listener(frame, 0);
      return () => {};
    },
  };
  const server = await startLiveServer(source, port, () => []);
  process.stdout.write(`Replay of ${rec.node}: ${server.url}\n`);
  return null;
}
