import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadExamples } from './example-corpus.js';
import { fuzzExamples } from './fuzz-examples.js';
import { applyMutations, QUICK_LIMITS, type Mutation } from './mutations.js';
import { ToolBench } from './tool-properties.js';

/**
 * The bounded fuzz run of `npm test` (docs/reliability.md): a fixed seed, so every
 * run checks the same inputs and a failure is reproducible; `npm run fuzz` runs the
 * same property with fresh seeds, more inputs and larger sizes.
 */
export const NPM_TEST_SEED = 9_2024;
export const NPM_TEST_RUNS = 200;

/** Inputs the fuzzer once failed on, replayed exactly (each also has a minimal test below). */
const COUNTEREXAMPLES: Array<[example: string, file: string, mutations: Mutation[]]> = [
    // parsePercent(undefined): a cost share whose percentage was lost to a parse error
    ['yrd-medical-settlement', 'agreement-2021.citypact', [{ kind: 'swap', at: 0, other: 814160099 }]],
    // a 307-digit `responds within` exported as `"value": null` (schema-invalid)
    ['city-brain-public-private', 'agreement.citypact', [{ kind: 'enlarge', at: 767911240, digits: 307 }]],
];

describe('fuzzing the parser, validator, formatter and exporter (robustness)', function () {
    this.timeout(60_000);
    let bench: ToolBench;
    const examples = new Map(loadExamples().map(example => [example.name, example]));

    before(async () => {
        bench = await ToolBench.create();
    });

    it(`keeps every property on ${NPM_TEST_RUNS} mutated examples (seed ${NPM_TEST_SEED})`, async () => {
        const details = await fuzzExamples({ numRuns: NPM_TEST_RUNS, seed: NPM_TEST_SEED, limits: QUICK_LIMITS, boundMs: 5_000 });
        if (details.failed) assert.fail(`${fc.defaultReportMessage(details)}\n${(details.errorInstance as Error)?.stack ?? details.errorInstance}`);
    });

    it('replays the inputs the fuzzer found failing', async () => {
        for (const [name, file, mutations] of COUNTEREXAMPLES) {
            const example = examples.get(name);
            assert.ok(example, `examples/${name}`);
            await bench.check(example.files, file, applyMutations(example.files[file], mutations), 5_000);
        }
    });

    describe('regressions, minimal', () => {
        const agreement = (body: string) => `agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n${body}\n}\n`;
        const check = (text: string) => bench.check({}, 'a.citypact', text, 5_000);

        it('a cost share without its percentage does not throw in cost-shares-sum', async () => {
            await check(agreement('  service S "s" {\n    mode online\n    provider Shanghai\n    users Beijing\n    costs {\n      Shanghai\n      Beijing 50%\n    }\n  }'));
        });

        it('a duration too large for an exact JSON number is refused, not exported as null', async () => {
            const clauses = '  body B "b" {\n    members Shanghai, Beijing\n    chair Shanghai\n    decides by majority\n  }\n  disputes by B\n  amendment by majority';
            await check(agreement(`${clauses}\n  termination notice 90 days`));
            // 2^53 + 1 would have been written as 2^53: silently another number.
            for (const duration of ['9'.repeat(400), '9007199254740993']) {
                const text = agreement(`${clauses}\n  termination notice ${duration} days`);
                await check(text);
                const { exports } = await bench.runTools({ 'a.citypact': text }, 'a.citypact');
                assert.deepEqual(exports, ['refused A', 'refused A'], 'json and odrl both refuse');
            }
        });

        it('a 100,000-digit population is reported quickly (digit grouping was quadratic)', async () => {
            await check(`city C "c" {\n  tier small\n  population ${'9'.repeat(100_000)}\n}\n`);
        });
    });
});
