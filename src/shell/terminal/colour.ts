// Colour policy for the terminal. erl 25's shell prints no colour at all
// (prompts, results, errors, completion lists are plain), so neither do we;
// chalk is still set up here, from NO_COLOR / FORCE_COLOR and whether stdout
// is a terminal, so that anything coloured later follows the same rules.

import chalk from 'chalk';

export function colourLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    const n = Number(force);
    return n >= 3 ? 3 : n === 2 ? 2 : n === 1 ? 1 : 0;
  }
  return isTTY ? 1 : 0;
}

export function configureColour(env: NodeJS.ProcessEnv, isTTY: boolean): void {
  chalk.level = colourLevel(env, isTTY);
}
