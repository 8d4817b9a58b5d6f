// Each data/forms/*.erl parsed by us must give, form by form, what
// epp:parse_file gives (data/forms/*.erl.expected, from gen_expected.escript).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { parseForms } from '../../src/syntax/index.js';
import { formText } from './erl_text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const formsDir = path.resolve(here, '../../../test/syntax/data/forms');

for (const name of readdirSync(formsDir).filter((f) => f.endsWith('.erl'))) {
  test(`forms of ${name}`, () => {
    const file = path.join(formsDir, name);
    const forms = parseForms(readFileSync(file, 'utf8'), { file, libDir: () => null });
    const ours = forms.map(formText).join('\n') + '\n';
    const expected = readFileSync(file + '.expected', 'utf8');
    assert.equal(ours, expected);
  });
}
