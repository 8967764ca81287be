import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CityPactFormatter } from '../../src/lsp/formatter.js';
import { buildWorkspace } from '../helpers.js';
import { loadExamples } from '../robustness/example-corpus.js';
import { applyMutations, mutationsArbitrary, QUICK_LIMITS } from '../robustness/mutations.js';
import { diffTexts, diffSchemaValidator } from './diff-helpers.js';

/** The canonical layout of one file, read in its folder; undefined when it does not parse. */
async function formatted(files: Record<string, string>, name: string): Promise<string | undefined> {
    const ws = await buildWorkspace(files, '/fmt');
    return (ws.services.CityPact.lsp.Formatter as CityPactFormatter).format(ws.documents.get(name)!)?.text;
}

function assertNoChanges(report: Awaited<ReturnType<typeof diffTexts>>, what: string): void {
    const changes = report.agreements.flatMap(a => a.changes);
    assert.deepEqual(changes, [], `${what}: ${JSON.stringify(changes[0])}`);
    for (const agreement of report.agreements) assert.equal(agreement.status, 'unchanged', what);
}

describe('diff: properties', () => {
    const examples = loadExamples();

    for (const example of examples) {
        it(`diff(x, x) and diff(x, fmt(x)) are empty: examples/${example.name}`, async () => {
            const same = await diffTexts(example.files, example.files);
            assert.ok(same.agreements.length > 0, 'the example declares agreements');
            assertNoChanges(same, 'diff(x, x)');
            const layout: Record<string, string> = {};
            for (const name of Object.keys(example.files)) {
                layout[name] = (await formatted(example.files, name)) ?? assert.fail(`${name} should parse`);
            }
            assertNoChanges(await diffTexts(example.files, layout), 'diff(x, fmt(x))');
            const { validate, errors } = diffSchemaValidator();
            assert.ok(validate(same), errors());
        });
    }

    it('diff(x, x) and diff(x, fmt(x)) are empty for fuzzed agreements', async function () {
        this.timeout(120_000);
        const folders = new Map(examples.map(e => [e.name, e]));
        const targets = examples.flatMap(e => e.targets.map(t => [e.name, t] as [string, string]));
        await fc.assert(fc.asyncProperty(fc.constantFrom(...targets), mutationsArbitrary(QUICK_LIMITS), async ([name, target], mutations) => {
            const files = { ...folders.get(name)!.files };
            files[target] = applyMutations(files[target], mutations);
            assertNoChanges(await diffTexts(files, files, { before: [target], after: [target] }), 'diff(x, x)');
            const layout = await formatted(files, target);
            if (layout !== undefined) {
                assertNoChanges(await diffTexts(files, { ...files, [target]: layout }, { before: [target], after: [target] }), 'diff(x, fmt(x))');
            }
        }), { numRuns: 60, seed: 15_2026 });
    });
});
