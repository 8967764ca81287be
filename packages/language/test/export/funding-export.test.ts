import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExportDocument } from '../../src/export/export-format.js';
import { buildWorkspace } from '../helpers.js';
import { exportAgreement, exportFile, schemaValidator } from './export-helpers.js';

/** The example of examples/README.md that uses every form of funding and two body kinds. */
const EXAMPLE = fileURLToPath(new URL('../../../../../examples/xuhui-elder-care-funding/', import.meta.url));

/** The schema file the package ships (schema.test.ts keeps it equal to the code's). */
const SHIPPED_SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schemas/citypact-export-1.schema.json', import.meta.url)), 'utf8')) as object;

async function exampleWorkspace() {
    const files: Record<string, string> = {};
    for (const file of readdirSync(EXAMPLE).filter(f => f.endsWith('.citypact'))) files[file] = readFileSync(EXAMPLE + file, 'utf8');
    return buildWorkspace(files);
}

describe('export: fundings and body kinds (format 1.1.0, docs/language.md §2.5, §6)', () => {
    it('exports the xuhui example with fundings that validate against the shipped schema', async () => {
        const ws = await exampleWorkspace();
        for (const file of ws.documents.keys()) assert.deepEqual(ws.diagnostics(file).map(d => `${file}: ${d.code} ${d.message}`), [], 'the example is clean');
        const document = exportAgreement(ws, 'agreement.citypact', 'XuhuiSmartElderCare');
        const { validate, errors } = schemaValidator(SHIPPED_SCHEMA);
        assert.ok(validate(document), errors());
        assert.equal(document.formatVersion, '1.1.0');
        const { fundings, bodies } = document.agreement;
        assert.deepEqual(bodies.map(b => b.kind), ['joint-meeting', 'working-group']);
        assert.deepEqual(fundings.map(f => [f.id, f.form, f.by, f.to, f.amount, f.until]), [
            ['XuhuiSmartElderCare.HomeCarePurchase', 'service-purchase', 'Shanghai.Xuhui.CivilAffairs', 'YileElderCare',
                { value: 3600000, currency: 'CNY', per: 'year' }, '2027-12-31'],
            ['XuhuiSmartElderCare.DataLabGrant', 'grant', 'Shanghai.Science', 'SJTU',
                { value: 5000000, currency: 'CNY', per: 'once' }, '2026-12-31'],
            ['XuhuiSmartElderCare.PlatformTaxIncentive', 'tax-incentive', 'Shanghai.Xuhui.Tax', 'YilianPlatform', null, '2027-12-31'],
        ]);
        assert.equal(fundings[0].basis, '《政府购买服务管理办法》（财政部令第102号）；《上海市养老服务条例》');
        assert.deepEqual(Object.keys(fundings[0]), ['id', 'name', 'translations', 'doc', 'form', 'by', 'to', 'amount', 'basis', 'until']);
        assert.deepEqual(document.agreement.dimensions.supported, ['cross-department', 'cross-level', 'public-private']);
    });

    it('writes decimals as JSON numbers with the same digits, and leaves out absent basis and until', async () => {
        const text = [
            'department Finance "某市财政局" of Shanghai',
            'organization Org "某社会组织" {', '  kind social-organization', '}',
            'agreement A "协议" {', '  version 1.0.0', '  effective 2024-01-01',
            '  party Shanghai.Finance', '  party Org role contractor',
            '  funding F "购买服务" {', '    form service-purchase', '    by Shanghai.Finance', '    to Org', '    amount 1234.05 CNY per month', '  }',
            '}', '',
        ].join('\n');
        const ws = await buildWorkspace({ 'main.citypact': text });
        const { exported } = exportFile(ws, 'main.citypact');
        const document = exported[0].document as ExportDocument;
        const [funding] = document.agreement.fundings;
        assert.deepEqual(funding, { id: 'A.F', name: '购买服务', form: 'service-purchase', by: 'Shanghai.Finance', to: 'Org', amount: { value: 1234.05, currency: 'CNY', per: 'month' } });
        assert.match(JSON.stringify(funding), /"value":1234\.05,/);
        assert.ok(schemaValidator().validate(document));
    });

    it('refuses an agreement whose funding has an error (the amount with three decimals is `syntax`)', async () => {
        const text = [
            'organization Org "某社会组织"',
            'agreement A "协议" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Org',
            '  funding F "拨款" {', '    form grant', '    by Shanghai', '    to Org', '    amount 1.005 CNY', '  }', '}', '',
        ].join('\n');
        const result = exportFile(await buildWorkspace({ 'main.citypact': text }), 'main.citypact');
        assert.deepEqual(result.exported, []);
        assert.equal(result.refused.length, 1);
    });

    it('the schema rejects a wrong currency, an amount as a string and an unknown form, and accepts a 1.0 document', async () => {
        const ws = await exampleWorkspace();
        const original = exportAgreement(ws, 'agreement.citypact', 'XuhuiSmartElderCare');
        const { validate } = schemaValidator();
        // Deliberately untyped: documents a broken exporter could write.
        const mutate = (change: (document: any) => void) => {
            const copy = structuredClone(original) as unknown;
            change(copy);
            return validate(copy);
        };
        assert.equal(mutate(d => { d.agreement.fundings[0].amount.currency = 'USD'; }), false, 'currency');
        assert.equal(mutate(d => { d.agreement.fundings[0].amount.value = '3600000'; }), false, 'value as string');
        assert.equal(mutate(d => { d.agreement.fundings[0].form = 'loan'; }), false, 'form');
        assert.equal(mutate(d => { delete d.agreement.fundings[2].amount; }), false, 'amount is null, never omitted');
        assert.equal(mutate(d => { d.agreement.bodies[0].kind = 'taskforce'; }), false, 'body kind');
        // Compatible minor change: a 1.0.0 document, without fundings and body kinds, still validates.
        assert.equal(mutate(d => {
            d.formatVersion = '1.0.0';
            delete d.agreement.fundings;
            for (const body of d.agreement.bodies) delete body.kind;
        }), true, 'a 1.0 document');
    });
});
