import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCookieBootFailure, renderNameInUse, renderNodeNameBootFailure, reportTimestamp } from '../../src/cli/boot_failure.js';
import { normalize } from '../conformance/normalize.js';

const casesDir = fileURLToPath(new URL('../../../test/conformance/cases/', import.meta.url));
const expected = (file: string) => normalize(readFileSync(casesDir + file, 'latin1'));
const at = new Date(2026, 10, 24, 14, 3, 32, 146);

describe('boot failure texts', () => {
  it('formats report timestamps like error_logger', () => {
    assert.equal(reportTimestamp(new Date(2026, 10, 4, 9, 5, 7), 42), '4-Nov-2026::09:05:07.000042');
  });

  it('renders an empty cookie file exactly as case 322', () => {
    assert.equal(normalize(renderCookieBootFailure('Too short cookie string', at)), expected('322-cookie-empty-file/expected.out'));
  });

  it('renders -name without a host exactly as case 312', () => {
    assert.equal(normalize(renderNodeNameBootFailure('long', 'goldsolo', 'longnames', at)), expected('312-name-without-host/expected.out'));
  });

  it('renders a taken name exactly as case 310', () => {
    assert.equal(renderNameInUse('goldtaken@localhost'), readFileSync(casesDir + '310-name-taken/expected.second.out', 'latin1'));
  });

  it('renders a bad cookie mode as erl 25 does', () => {
    const text = renderCookieBootFailure('Cookie file /h/.erlang.cookie must be accessible by owner only', at);
    assert.match(
      text,
      /^=ERROR REPORT==== 24-Nov-2026::14:03:32\.146000 ===\r\nCookie file \/h\/\.erlang\.cookie must be accessible by owner only\r\n=SUPERVISOR REPORT/,
    );
    assert.ok(text.endsWith('\r\n\r\nCrash dump is being written to: erl_crash.dump...done\r\n'));
  });
});
