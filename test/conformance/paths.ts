// Where the corpus and the launcher are, seen from the compiled file in
// build/test/conformance/ (the case data is not copied by tsc).

import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const CASES_DIR = `${repoRoot}test/conformance/cases`;
export const ERLTS_LAUNCHER = `${repoRoot}bin/erlts`;
