import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveNodeName } from '../../src/cli/node_name.js';

describe('resolveNodeName', () => {
  it('takes the host as given', () => {
    assert.deepEqual(resolveNodeName({ domain: 'shortnames', spec: 'goldsolo@localhost' }, 'vm'), {
      ok: true,
      name: 'goldsolo',
      host: 'localhost',
      node: 'goldsolo@localhost',
    });
    assert.equal(resolveNodeName({ domain: 'longnames', spec: 'a@127.0.0.1' }, 'vm').ok, true);
  });

  it('fills in the short hostname for -sname (case 320)', () => {
    const r = resolveNodeName({ domain: 'shortnames', spec: 'goldsolo' }, 'vm.example.com');
    assert.ok(r.ok);
    assert.equal(r.node, 'goldsolo@vm');
  });

  it('fails -name without a host on a machine without a domain (case 312)', () => {
    assert.deepEqual(resolveNodeName({ domain: 'longnames', spec: 'goldsolo' }, 'vm'), { ok: false, kind: 'net_kernel', problem: 'long', name: 'goldsolo' });
    const withDomain = resolveNodeName({ domain: 'longnames', spec: 'goldsolo' }, 'vm.example.com');
    assert.ok(withDomain.ok);
    assert.equal(withDomain.node, 'goldsolo@vm.example.com');
  });

  it('rejects bad names the way erl does', () => {
    assert.deepEqual(resolveNodeName({ domain: 'shortnames', spec: 'a@b@c' }, 'vm'), { ok: false, kind: 'protocol', spec: 'a@b@c' });
    assert.equal(resolveNodeName({ domain: 'shortnames', spec: '@localhost' }, 'vm').ok, false);
    const dotted = resolveNodeName({ domain: 'shortnames', spec: 'a@x.y.com' }, 'vm');
    assert.ok(!dotted.ok && dotted.kind === 'net_kernel' && dotted.problem === 'short');
  });
});
