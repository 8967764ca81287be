import assert from 'node:assert/strict';
import { diagnosticsOf, linesOf } from './rule-helpers.js';

const city = (tier: string, population?: string) =>
    `city Suzhou "苏州市" {\n  within Jiangsu\n  code 320500\n  tier ${tier}\n${population ? `  population ${population}\n` : ''}}`;

describe('tier-population', () => {
    it('warns on `tier` when it contradicts the population', async () => {
        const diagnostics = await diagnosticsOf(city('super', '3000000'), 'tier-population');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[3, 2]]);
        assert.match(diagnostics[0].message, /population of 3,000,000, which is the range of tier large \(1,000,000 – 4,999,999\)/);
    });

    it('uses the boundaries of §2.1: super from 10,000,000, mega up to 9,999,999', async () => {
        assert.deepEqual(await linesOf(city('mega', '10000000'), 'tier-population'), [3]);
        assert.deepEqual(await linesOf(city('super', '10000000'), 'tier-population'), []);
        assert.deepEqual(await linesOf(city('mega', '9999999'), 'tier-population'), []);
        assert.deepEqual(await linesOf(city('small', '499999'), 'tier-population'), []);
        assert.deepEqual(await linesOf(city('small', '500000'), 'tier-population'), [3]);
    });

    it('stays silent when the tier matches, or when there is no population to compare', async () => {
        assert.deepEqual(await linesOf(city('large', '3000000'), 'tier-population'), []);
        assert.deepEqual(await linesOf(city('super'), 'tier-population'), []);
    });
});
