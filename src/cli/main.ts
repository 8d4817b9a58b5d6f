// The erlts entry point, loaded by bin/erlts. A placeholder until the VM is
// wired in: it parses the command line like erl and answers what it can.

import { parseErlArgs, versionText } from './args.js';
import { helpText } from './help.js';

/** The erts version we imitate; `erl -version` and the Eshell banner show it. */
export const ERTS_VERSION = '13.1.5';

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseErlArgs(argv);
  if (!parsed.ok) {
    (parsed.failure.stream === 'stdout' ? process.stdout : process.stderr).write(parsed.failure.text);
    return parsed.failure.exitCode;
  }
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(helpText());
    return 0;
  }
  if (args.version) {
    process.stderr.write(versionText(ERTS_VERSION));
    return 0;
  }
  process.stderr.write('erlts: the Erlang runtime is not wired in yet\n');
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
