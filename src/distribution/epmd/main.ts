// The entry point of our EPMD process (started through bin/erlts-epmd):
// `erlts-epmd [-port N]`, N defaulting to ERL_EPMD_PORT or 4369. It serves
// until a local KILL_REQ (`epmd -kill` works on it too). If the port is
// taken, another EPMD won the race: exit quietly, like `epmd -daemon`.

import { EpmdServer } from './server.js';
import { epmdPortFromEnv } from './protocol.js';

function portArg(argv: readonly string[]): number {
  const i = argv.indexOf('-port');
  if (i >= 0 && argv[i + 1] !== undefined && /^\d+$/.test(argv[i + 1]!)) return Number(argv[i + 1]);
  return epmdPortFromEnv(process.env);
}

export async function runEpmd(argv: readonly string[]): Promise<void> {
  const server = new EpmdServer(() => {
    server.close();
    process.exit(0);
  });
  try {
    await server.listen(portArg(argv));
  } catch {
    process.exit(0);
  }
}

await runEpmd(process.argv.slice(2));
