import assert from 'node:assert/strict';
import { coveredText, diagnosticsOf, fixOf, lineOf, linesOf, pact } from './rule-helpers.js';

const THREE_CITIES = ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Nanjing.MedicalSecurity'];
const BODY_OF_THREE = [
    'body JointCommittee "长三角医保联席会议" {',
    '  members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity',
    '  chair Shanghai.MedicalSecurity',
    '  decides by unanimity',
    '}',
];

function settlement(lines: string[], mode = 'joint'): string {
    return pact({
        parties: THREE_CITIES,
        body: BODY_OF_THREE,
        members: [
            'service DirectSettlement "异地就医直接结算" {',
            `  mode ${mode}`,
            '  provider Shanghai.MedicalSecurity',
            '  users Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity',
            ...lines.map(l => `  ${l}`),
            '}',
        ],
    });
}

const costs = (...shares: string[]) => ['costs {', ...shares.map((s, i) => `  ${['Shanghai', 'Hangzhou', 'Nanjing'][i]}.MedicalSecurity ${s}`), '}'];

describe('cost-shares-sum', () => {
    it('fires on `costs` when the shares add up to 90%', async () => {
        const text = settlement(costs('50%', '30%', '10%'));
        const diagnostics = await diagnosticsOf(text, 'cost-shares-sum');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'costs {')]);
        assert.equal(coveredText(text, diagnostics[0]), 'costs');
        assert.match(diagnostics[0].message, /add up to 90%, not 100%/);
    });

    it('fires when the shares exceed 100% by a hundredth', async () => {
        const text = settlement(costs('33.34%', '33.34%', '33.33%'));
        const diagnostics = await diagnosticsOf(text, 'cost-shares-sum');
        assert.equal(diagnostics.length, 1);
        assert.match(diagnostics[0].message, /100\.01%/);
    });

    it('fires on an empty costs block, which allocates nothing', async () => {
        const text = settlement(['costs {', '}']);
        assert.deepEqual(await linesOf(text, 'cost-shares-sum'), [lineOf(text, 'costs {')]);
    });

    it('stays silent when 33.33% + 33.33% + 33.34% make exactly 100%', async () => {
        assert.deepEqual(await linesOf(settlement(costs('33.33%', '33.33%', '33.34%')), 'cost-shares-sum'), []);
        assert.deepEqual(await linesOf(settlement(costs('50%', '30%', '20.00%')), 'cost-shares-sum'), []);
    });

    it('stays silent for a service without costs', async () => {
        assert.deepEqual(await linesOf(settlement([]), 'cost-shares-sum'), []);
    });
});

describe('proxy-mode-locations', () => {
    it('fires on `mode proxy` without processes-at, naming what is missing', async () => {
        const text = settlement(['collects-at Hangzhou.MedicalSecurity'], 'proxy');
        const diagnostics = await diagnosticsOf(text, 'proxy-mode-locations');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'mode proxy')]);
        assert.deepEqual(fixOf(diagnostics[0]), { missing: ['processes-at'] });
        assert.match(diagnostics[0].message, /has no 'processes-at'/);
    });

    it('reports both locations in one diagnostic when both are missing', async () => {
        const text = settlement([], 'proxy');
        const diagnostics = await diagnosticsOf(text, 'proxy-mode-locations');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'mode proxy')]);
        assert.deepEqual(fixOf(diagnostics[0]), { missing: ['collects-at', 'processes-at'] });
    });

    it('stays silent when a proxy service says where it collects and processes', async () => {
        const text = settlement(['collects-at Hangzhou.MedicalSecurity', 'processes-at Shanghai.MedicalSecurity'], 'proxy');
        assert.deepEqual(await linesOf(text, 'proxy-mode-locations'), []);
    });

    it('stays silent for other modes', async () => {
        assert.deepEqual(await linesOf(settlement([], 'online'), 'proxy-mode-locations'), []);
    });
});
