import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { loadExamples, REPO } from '../robustness/example-corpus.js';
import { buildWorkspace } from '../helpers.js';
import { exportDocument } from '../../src/export/export-agreements.js';
import { ODRL_CONTEXT, type OdrlDocument } from '../../src/export/odrl-export.js';

/**
 * docs/language.md §6: ODRL output expands with the official ODRL 2.2 JSON-LD context
 * (the W3C's https://www.w3.org/ns/odrl.jsonld, as the npm package
 * @digitalbazaar/odrl-context ships it, BSD-3-Clause) and conforms to SHACL shapes of
 * the ODRL 2.2 Information Model (./odrl-shapes.ttl, written for these tests from the
 * Recommendation; they check the constraints the W3C community group's validation
 * shapes check of the terms CityPact writes). The test needs no network.
 */
const require = createRequire(import.meta.url);
const CONTEXT = JSON.parse(readFileSync(require.resolve('@digitalbazaar/odrl-context/contexts/odrl.jsonld'), 'utf8')) as object;
const SHAPES = new Parser({ format: 'text/turtle' }).parse(readFileSync(`${REPO}packages/language/test/export/odrl-shapes.ttl`, 'utf8'));

/** Serves the packaged context; any other URL fails the test (no network). */
async function documentLoader(url: string) {
    if (url === ODRL_CONTEXT || url === 'https://www.w3.org/ns/odrl.jsonld') return { contextUrl: null, documentUrl: url, document: CONTEXT };
    throw new Error(`the test may not load ${url}`);
}

/** Expands to RDF (every term must be defined: `safe` mode fails on a dropped term) and validates. */
async function validate(document: OdrlDocument): Promise<{ conforms: boolean; messages: string[]; quads: string }> {
    const quads = await jsonld.toRDF(document as object, { format: 'application/n-quads', documentLoader, safe: true }) as string;
    const data = new Parser({ format: 'application/n-quads' }).parse(quads);
    const validator = new SHACLValidator(SHAPES as never);
    const report = await validator.validate(validator.factory.dataset(data) as never);
    const messages = report.results.map(r => `${r.sourceShape?.value ?? ''} ${r.path?.value ?? ''} ${r.focusNode?.value ?? ''}: ${r.message.map(m => m.value).join('; ')}`);
    return { conforms: report.conforms, messages, quads };
}

describe('ODRL export against the W3C ODRL context and SHACL shapes (§6)', function () {
    this.timeout(60_000);

    it('every example exports ODRL that expands with the official context and conforms to the ODRL 2.2 shapes', async () => {
        let policies = 0;
        for (const example of loadExamples()) {
            const ws = await buildWorkspace(example.files);
            for (const [name, document] of ws.documents) {
                const result = exportDocument(document, ws.services.CityPact, { format: 'odrl', workspaceRoot: '/ws' });
                assert.deepEqual(result.refused, [], `${example.name}/${name}`);
                for (const exported of result.exported) {
                    const odrl = exported.document as OdrlDocument;
                    policies += odrl['@graph'].length;
                    const { conforms, messages, quads } = await validate(odrl);
                    assert.ok(conforms, `${example.name}/${exported.fileName}:\n${messages.join('\n')}`);
                    assert.ok(quads.includes('<http://www.w3.org/ns/odrl/2/assignee>'), 'expanded with ODRL terms');
                }
            }
        }
        assert.ok(policies > 10, `policies checked: ${policies}`);
    });

    it('the shapes do catch a rule without assigner and assignee (the test can fail)', async () => {
        const ws = await buildWorkspace(loadExamples().find(e => e.name === 'yrd-medical-settlement')!.files);
        const document = ws.documents.get('agreement.citypact')!;
        const odrl = exportDocument(document, ws.services.CityPact, { format: 'odrl', workspaceRoot: '/ws' }).exported[0].document as OdrlDocument;
        const compact = structuredClone(odrl);
        for (const policy of compact['@graph']) for (const rule of policy.permission) delete (rule as Partial<typeof rule>).assignee;
        assert.equal((await validate(compact)).conforms, false);
    });

    it('a Chinese name becomes a percent-encoded URN, and the term bounds the permissions as dateTime constraints', async () => {
        const text = [
            'department 医保局 "上海市医疗保障局" of Shanghai',
            'dataset 参保信息 "参保人员信息" of Shanghai.医保局 {', '  sharing unconditional', '}',
            'agreement 协议 "协议" {', '  version 1.0.0', '  effective 2024-01-01 until 2026-12-31',
            '  party Shanghai.医保局', '  party Beijing',
            '  body B "b" {', '    members Shanghai.医保局, Beijing', '    chair Beijing', '    decides by majority', '  }',
            '  exchange 交换 "x" {', '    data Shanghai.医保局.参保信息', '    from Shanghai.医保局', '    to Beijing', '    purpose "p"', '  }',
            '  disputes by B', '  amendment by majority', '  termination notice 90 days', '}', '',
        ].join('\n');
        const ws = await buildWorkspace({ 'a.citypact': text });
        const result = exportDocument(ws.documents.get('a.citypact')!, ws.services.CityPact, { format: 'odrl', workspaceRoot: '/ws' });
        assert.deepEqual(result.refused, []);
        const policy = (result.exported[0].document as OdrlDocument)['@graph'][0];
        assert.equal(policy.uid, 'urn:citypact:policy:%E5%8D%8F%E8%AE%AE:1.0.0:%E4%BA%A4%E6%8D%A2:Beijing');
        assert.equal(policy.assigner, 'urn:citypact:actor:Shanghai.%E5%8C%BB%E4%BF%9D%E5%B1%80');
        assert.match(policy.permission[0].target, /^urn:citypact:dataset:[A-Za-z0-9.%]+$/);
        assert.deepEqual(policy.permission[0].constraint?.filter(c => c.leftOperand === 'dateTime'), [
            { leftOperand: 'dateTime', operator: 'gteq', rightOperand: { '@value': '2024-01-01', '@type': 'xsd:date' } },
            { leftOperand: 'dateTime', operator: 'lteq', rightOperand: { '@value': '2026-12-31', '@type': 'xsd:date' } },
        ]);
        assert.equal((await validate(result.exported[0].document as OdrlDocument)).conforms, true);
    });
});
