import assert from 'node:assert/strict';
import { DIFF_SCHEMA, diffSchemaText } from '../../src/diff/diff-schema.js';
import { DIFF_SCHEMA_ID, failsOn } from '../../src/diff/diff-format.js';
import { BASE, diffBase, diffSchemaValidator, edit, readRepoFile } from './diff-helpers.js';

describe('diff: JSON Schema', () => {
    it('ships the committed schema file byte for byte as the code builds it', () => {
        assert.equal(readRepoFile('packages/language/schemas/citypact-diff-1.schema.json'), diffSchemaText(),
            'the diff schema file drifted: run `npm run build` (scripts/generate-docs.mjs writes it)');
    });

    it('is draft 2020-12 with its $id, and compiles in ajv strict mode', () => {
        assert.equal(DIFF_SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(DIFF_SCHEMA.$id, DIFF_SCHEMA_ID);
        assert.doesNotThrow(() => diffSchemaValidator());
    });

    it('validates reports with every kind of value, and is strict', async () => {
        const { validate, errors } = diffSchemaValidator();
        const changed = edit(edit(edit(BASE, 'retention 5 years', 'retention 50 years'), 'Shanghai.Health 50%', 'Shanghai.Health 40%'), '  party CareCo role contractor\n', '');
        const report = await diffBase(BASE, changed);
        assert.equal(report.agreements[0].changes.length, 3);
        assert.ok(validate(report), errors());
        const mutate = (change: (r: any) => void) => {
            const copy = structuredClone(report) as any;
            change(copy);
            return validate(copy);
        };
        assert.equal(mutate(r => { r.extra = 1; }), false, 'unknown top-level key');
        assert.equal(mutate(r => { r.agreements[0].changes[0].impact = 'minor'; }), false, 'unknown impact');
        assert.equal(mutate(r => { delete r.agreements[0].changes[0].field; }), false, 'field is required (null when none)');
        assert.equal(mutate(r => { r.agreements[0].changes[0].before = 5; }), false, 'a number value');
        assert.equal(mutate(r => { delete r.summary.editorial; }), false, 'summary counts every impact');
    });

    it('--fail-on thresholds', () => {
        const summary = (dp: number, s: number, e: number) => ({ 'data-protection': dp, substantive: s, editorial: e });
        assert.equal(failsOn(summary(1, 0, 0), 'data-protection'), true);
        assert.equal(failsOn(summary(0, 5, 5), 'data-protection'), false);
        assert.equal(failsOn(summary(0, 1, 0), 'substantive'), true);
        assert.equal(failsOn(summary(0, 0, 1), 'substantive'), false);
        assert.equal(failsOn(summary(0, 0, 1), 'any'), true);
        assert.equal(failsOn(summary(0, 0, 0), 'any'), false);
        assert.equal(failsOn(summary(9, 9, 9), 'none'), false);
    });
});
