import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_SCHEMA, exportSchemaText } from '../../src/export/export-schema.js';
import { EXPORT_SCHEMA_ID, GENERATOR_VERSION, type ExportDocument } from '../../src/export/export-format.js';
import { buildWorkspace } from '../helpers.js';
import { exportAgreement, exportFile, fixture, gbaWorkspace, sampleWorkspace, schemaValidator } from './export-helpers.js';

const packageFile = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

describe('export: JSON Schema', () => {
    it('ships the committed schema file byte for byte as the code uses it', () => {
        const committed = readFileSync(packageFile('schemas/citypact-export-1.schema.json'), 'utf8');
        assert.equal(committed, exportSchemaText(),
            'the schema file drifted: regenerate it with `npx citypact schema > packages/language/schemas/citypact-export-1.schema.json`');
    });

    it('is draft 2020-12 with the published $id, and compiles in ajv strict mode', () => {
        assert.equal(EXPORT_SCHEMA.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(EXPORT_SCHEMA.$id, EXPORT_SCHEMA_ID);
        assert.doesNotThrow(() => schemaValidator());
    });

    it('keeps generator.version equal to the package version', () => {
        const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
        assert.equal(GENERATOR_VERSION, pkg.version);
    });

    it('validates every document the tests export', async () => {
        const { validate, errors } = schemaValidator();
        const documents = [
            exportAgreement(await sampleWorkspace(), 'main.citypact', 'YRDMedicalSettlement'),
            exportAgreement(await sampleWorkspace(), 'main.citypact', 'YRDMedicalSettlement2021'),
            exportAgreement(await gbaWorkspace(), 'gba/agreement.citypact', 'GBALink'),
            ...exportFile(await buildWorkspace({ 'main.citypact': fixture('language-sample.citypact') }), 'main.citypact').exported.map(e => e.document),
        ];
        for (const document of documents) assert.ok(validate(document), errors());
    });

    it('is strict: an unknown, missing or mistyped field fails validation', async () => {
        const { validate } = schemaValidator();
        const original = exportAgreement(await sampleWorkspace(), 'main.citypact', 'YRDMedicalSettlement');
        // Deliberately untyped: these are the documents a broken exporter could write.
        const mutate = (change: (document: any) => void) => {
            const copy = structuredClone(original) as unknown;
            change(copy);
            return validate(copy);
        };
        assert.equal(mutate(() => undefined), true);
        assert.equal(mutate(d => { d.extra = 1; }), false, 'unknown top-level key');
        assert.equal(mutate(d => { d.agreement.parties[0].region = 'Shanghai'; }), false, 'unknown party key');
        assert.equal(mutate(d => { delete d.agreement.effective; }), false, 'missing effective');
        assert.equal(mutate(d => { delete d.agreement.exchanges[0].security; }), false, 'missing list');
        assert.equal(mutate(d => { d.agreement.termination.notice.unit = 'days'; }), false, 'plural unit');
        assert.equal(mutate(d => { d.agreement.services[0].costs[0].share = '50%'; }), false, 'percentage as string');
        assert.equal(mutate(d => { d.agreement.until = null; }), false, 'null instead of omission');
        assert.equal(mutate(d => { d.agreement.datasets[0].sharing = { class: 'none' }; }), false, 'none without basis');
        assert.equal(mutate(d => { d.$schema = 'https://example.com/other.json'; }), false, 'wrong $schema');
    });
});
