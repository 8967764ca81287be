import assert from 'node:assert/strict';
import { check } from '../helpers.js';
import { pact } from './rule-helpers.js';

describe('rule test baseline', () => {
    it('the registry and the default agreement are free of diagnostics', async () => {
        assert.deepEqual((await check(pact())).map(d => `${d.code}: ${d.message}`), []);
    });

    it('checks survive an agreement whose references all fail to resolve', async () => {
        const text = pact({
            header: ['version 1.0.0', 'supersedes Nowhere', 'dimensions cross-region, cross-level, cross-department, public-private', 'effective 2024-01-01'],
            parties: ['party Nowhere.A', 'party Nowhere.B'],
            body: ['body JointCommittee "委员会" {', '  members Nowhere.A, Nowhere.C', '  chair Nowhere.D', '  decides by majority', '}'],
            members: [
                'service S "服务" {', '  mode proxy', '  provider Nowhere.A', '  users Nowhere.B', '  collects-at Nowhere.E', '  processes-at Nowhere.F',
                '  costs {', '    Nowhere.A 50%', '    Nowhere.B 50%', '  }', '}',
                'exchange E "交换" {', '  data Nowhere.A.D', '  from Nowhere.A', '  to Nowhere.A, Nowhere.B', '  purpose "测试"', '  onward allowed-to Nowhere.G', '}',
                'obligation O "义务" {', '  by Nowhere.A', '  for Nowhere.B', '  due 2025-01-01', '}',
            ],
        });
        const codes = new Set((await check(text)).map(d => String(d.code)));
        // Only the unresolved references themselves, plus the dimensions nobody can support.
        assert.deepEqual([...codes].sort(), ['dimension-unsupported', 'unresolved-reference']);
    });
});
