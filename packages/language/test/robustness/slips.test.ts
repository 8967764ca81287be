import assert from 'node:assert/strict';
import { check } from '../helpers.js';
import { allSlips, describeSlip, falseDiagnostics, misspell, sampleSlips } from './slips.js';

/**
 * docs/language.md §4.1, files that do not parse: a slip gives `syntax`
 * diagnostics and no false ones. The bounded seeded sample runs here; `npm run fuzz
 * -- --slips` runs every slip of every example and fixture (docs/reliability.md).
 */
export const SLIP_SEED = 14;
export const SLIP_SAMPLE = 150;

describe('one slip, no false diagnostics (§4.1)', function () {
    this.timeout(120_000);

    it(`finds no false diagnostic in ${SLIP_SAMPLE} seeded slips (seed ${SLIP_SEED})`, async () => {
        const slips = sampleSlips(allSlips(), SLIP_SAMPLE, SLIP_SEED);
        const { broken, found } = await falseDiagnostics(slips);
        assert.ok(broken > SLIP_SAMPLE / 2, `most slips break the parse (${broken})`);
        assert.deepEqual(found.map(f => `${describeSlip(f.slip)}: ${f.diagnostic}`), []);
    });

    it('misspells the way a drafter does', () => {
        assert.equal(misspell('purpose'), 'puprose');
        assert.equal(misspell('"厅长"'), '"厅长');
        assert.equal(misspell(','), '，');
        assert.equal(misspell('2024-08-01'), '2024-08-0');
    });

    describe('the slips of the drafter in issue 14', () => {
        const header = (lines: string) => `agreement A "a" {\n  version 1.0.0\n  dimensions cross-region\n${lines}\n  party Shanghai\n  party Beijing\n`;
        const closing = '  body B "b" {\n    members Shanghai, Beijing\n    chair Shanghai\n    decides by majority\n  }\n'
            + '  disputes by B\n  amendment by majority\n  termination notice 90 days\n}\n';
        const rules = async (text: string) => (await check(text)).map(d => String(d.code));
        const exchange = (lines: string) => `${closing.slice(0, -2)}\n  exchange X "x" {\n    data Shanghai.D\n    from Shanghai\n    to Beijing\n${lines}\n  }\n}\n`;
        const registry = 'dataset D "d" of Shanghai {\n  sharing unconditional\n  personal-data ordinary\n}\n';

        it('a short date (signed 2024-8-1) gives syntax only: no too-few-parties, missing-clause or dimension-unsupported', async () => {
            const codes = await rules(`${header('  signed 2024-8-1\n  effective 2024-09-01')}${closing}`);
            assert.ok(codes.length > 0 && codes.every(c => c === 'syntax'), codes.join(', '));
        });

        it('an unterminated purpose gives syntax only: no exchange-purpose, personal-data-terms or missing-clause', async () => {
            const codes = await rules(registry + header('  effective 2024-09-01') + exchange('    purpose "核定待遇\n    basis statutory-duty\n    retention 5 years'));
            assert.ok(codes.length > 0 && codes.every(c => c === 'syntax'), codes.join(', '));
        });

        it('a misspelt keyword in an exchange (purpse) does not say the exchange has no purpose', async () => {
            const codes = await rules(registry + header('  effective 2024-09-01') + exchange('    purpse "核定待遇"\n    basis statutory-duty\n    retention 5 years'));
            assert.ok(codes.length > 0 && codes.every(c => c === 'syntax'), codes.join(', '));
        });

        it('the same exchange without a purpose, parsing, still gets exchange-purpose (presence of the rule kept)', async () => {
            const codes = await rules(registry + header('  effective 2024-09-01') + exchange('    basis statutory-duty\n    retention 5 years'));
            assert.deepEqual(codes, ['exchange-purpose']);
        });

        it('a misspelt party gives one unresolved-reference, not not-a-party on every use of the intended actor', async () => {
            const text = `${header('  effective 2024-09-01').replace('party Beijing', 'party Biejing')}${closing}`;
            const codes = await rules(text);
            assert.deepEqual(codes.filter(c => c !== 'dimension-unsupported' && c !== 'dimension-undeclared'), ['unresolved-reference']);
        });

        it('a stray word after a list (to Beijing fr "C") is not read as a name', async () => {
            const codes = await rules(registry + header('  effective 2024-09-01') + exchange('    purpose "p" fr "C"\n    basis statutory-duty\n    retention 5 years'));
            assert.ok(!codes.includes('unresolved-reference'), codes.join(', '));
        });

        it('presence diagnostics stay in a file with a syntax error', async () => {
            const text = `${header('  effective 2024-09-01\n  signed 2024-10-01')}${closing}city C "c" { code 12 }\nagreement Broken "b" { version 1.0 }\n`;
            const codes = await rules(text);
            assert.ok(codes.includes('date-order') && codes.includes('division-code'), codes.join(', '));
        });
    });
});
