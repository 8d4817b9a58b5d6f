// The deep-stack worker's jobs (see src/compiler/deep_stack/runner.ts): the
// program's entry module runs this instead of a node when it starts in
// such a worker.

import { serveJobs } from '../compiler/deep_stack/runner.js';
import { compileSourceJob } from '../compiler/compile_source.js';
import { appLibDir } from '../code/lib_dirs.js';
import { deepCommandJob } from '../shell/repl/deep_command.js';

export function serveFrontEnd(data: unknown): void {
  serveJobs(data as Parameters<typeof serveJobs>[0], {
    compile_source: (input) => compileSourceJob(input, appLibDir),
    shell_command: deepCommandJob,
  });
}
