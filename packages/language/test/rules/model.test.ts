import assert from 'node:assert/strict';
import { isAgreement, isDepartment, type Agreement, type Department } from '../../src/generated/ast.js';
import { levelOf, regionOf } from '../../src/model/actors.js';
import { formatHundredths, parsePercent, sumPercents } from '../../src/model/decimal.js';
import { dimensionSupport, supportedDimensions } from '../../src/model/dimensions.js';
import { supersessionCycle, type CycleMemo } from '../../src/model/supersession.js';
import { tierForPopulation } from '../../src/model/tiers.js';
import { compareVersions } from '../../src/model/versions.js';
import { buildWorkspace } from '../helpers.js';
import { pact } from './rule-helpers.js';

describe('model helpers', () => {
    it('adds percentages exactly, in hundredths', () => {
        assert.equal(parsePercent('33.33%'), 3333n);
        assert.equal(parsePercent('5.5%'), 550n);
        assert.equal(sumPercents(['33.33%', '33.33%', '33.34%']), 10000n);
        assert.equal(sumPercents(['0.1%', '0.2%']), 30n);
        assert.equal(formatHundredths(9050n), '90.5');
        assert.equal(formatHundredths(10001n), '100.01');
        assert.equal(parsePercent('1.234%'), undefined);
    });

    it('compares versions numerically', () => {
        assert.equal(compareVersions('1.10.0', '1.9.0'), 1);
        assert.equal(compareVersions('2.0.0', '2.0.0'), 0);
        assert.equal(compareVersions('1.0', '1.0.0'), undefined);
    });

    it('finds supersession cycles the same way whatever agreement is asked first', () => {
        // A → B → C → B, and D supersedes nothing: only B and C are on a cycle.
        const agreements = new Map(['A', 'B', 'C', 'D'].map(name => [name, { name } as { name: string; supersedes?: { ref: unknown } }]));
        const link = (from: string, to: string) => { agreements.get(from)!.supersedes = { ref: agreements.get(to) }; };
        link('A', 'B');
        link('B', 'C');
        link('C', 'B');
        for (const order of [['A', 'B', 'C', 'D'], ['C', 'B', 'A', 'D'], ['B', 'D', 'A', 'C']]) {
            const memo: CycleMemo = new Map();
            const cycles = Object.fromEntries(order.map(name => {
                const cycle = supersessionCycle(agreements.get(name) as unknown as Agreement, memo);
                return [name, cycle?.map(x => x.name).join(' → ') ?? '-'];
            }));
            assert.deepEqual(cycles, { A: '-', B: 'B → C → B', C: 'C → B → C', D: '-' }, order.join(''));
        }
    });

    it('maps populations to tiers', () => {
        assert.equal(tierForPopulation(11_200_000n), 'super');
        assert.equal(tierForPopulation(5_000_000n), 'mega');
        assert.equal(tierForPopulation(0n), 'small');
    });

    it('gives departments their jurisdiction\'s level and region; a province is its own region', async () => {
        const ws = await buildWorkspace({ 'a.citypact': pact() });
        const departments = ws.documents.get('a.citypact')!.parseResult.value.declarations.filter(isDepartment);
        const byName = (jurisdiction: string) => departments.find(d => d.jurisdiction.$refText === jurisdiction) as Department;
        assert.equal(levelOf(byName('Zhejiang')), 'province');
        assert.equal(regionOf(byName('Zhejiang'))?.name, 'Zhejiang');
        assert.equal(levelOf(byName('Shanghai.Pudong')), 'district');
        assert.equal(regionOf(byName('Shanghai.Pudong'))?.name, 'Shanghai');
    });

    it('explains which dimensions the parties support', async () => {
        const text = pact({ parties: ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party AliHealth role contractor'] });
        const ws = await buildWorkspace({ 'a.citypact': text });
        const agreement = ws.documents.get('a.citypact')!.parseResult.value.declarations.find(isAgreement) as Agreement;
        assert.deepEqual(supportedDimensions(agreement), ['cross-region', 'cross-department', 'public-private']);
        const level = dimensionSupport(agreement).find(d => d.dimension === 'cross-level')!;
        assert.equal(level.supported, false);
        assert.equal(level.reason.en, 'all government parties sit at city level');
    });
});
