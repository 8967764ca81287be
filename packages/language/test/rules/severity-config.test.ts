import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createCityPactServices } from '../../src/citypact-module.js';
import { STDLIB_TEXT, STDLIB_URI } from '../../src/stdlib/standard-library.js';
import { RULES } from '../../src/validation/rule-catalog.js';
import { DEFAULT_BODY, DEFAULT_CLOSING, DEFAULT_PARTIES, REGISTRY, pact } from './rule-helpers.js';

/** A minimal text on which each rule fires (the per-rule tests check lines and silence). */
const BAD_CASE: Record<string, string> = {
    'syntax': 'city X "x" {',
    'unresolved-reference': pact({ parties: ['party Shanghai.MedicalSecurity', 'party Hangzhou.Nowhere'] }),
    'duplicate-name': 'city Shanghai "上海市"\n',
    'invalid-date': pact({ header: ['version 1.0.0', 'dimensions cross-region, cross-department', 'effective 2024-02-30'] }),
    'date-order': pact({ header: ['version 1.0.0', 'dimensions cross-region, cross-department', 'signed 2024-02-01', 'effective 2024-01-01'] }),
    'too-few-parties': pact({ parties: ['party Shanghai.MedicalSecurity'], header: ['version 1.0.0', 'effective 2024-01-01'] }),
    'duplicate-party': pact({ parties: [...DEFAULT_PARTIES, 'party Hangzhou.MedicalSecurity'] }),
    'not-a-party': pact({ body: DEFAULT_BODY.map(l => l.replace('members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', 'members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity')) }),
    'cost-shares-sum': pact({ members: ['service S "服务" {', '  mode online', '  provider Shanghai.MedicalSecurity', '  users Hangzhou.MedicalSecurity', '  costs {', '    Shanghai.MedicalSecurity 50%', '  }', '}'] }),
    'proxy-mode-locations': pact({ members: ['service S "服务" {', '  mode proxy', '  provider Shanghai.MedicalSecurity', '  users Hangzhou.MedicalSecurity', '}'] }),
    'self-exchange': pact({ members: ['exchange E "交换" {', '  data Shanghai.MedicalSecurity.Hospitals', '  from Shanghai.MedicalSecurity', '  to Shanghai.MedicalSecurity', '  purpose "p"', '}'] }),
    'non-shared-dataset': pact({ members: ['exchange E "交换" {', '  data Shanghai.MedicalSecurity.FundLedger', '  from Shanghai.MedicalSecurity', '  to Hangzhou.MedicalSecurity', '  purpose "p"', '}'] }),
    'exchange-purpose': pact({ members: ['exchange E "交换" {', '  data Shanghai.MedicalSecurity.Hospitals', '  from Shanghai.MedicalSecurity', '  to Hangzhou.MedicalSecurity', '}'] }),
    'personal-data-terms': pact({ members: ['exchange E "交换" {', '  data Hangzhou.MedicalSecurity.Filings', '  from Hangzhou.MedicalSecurity', '  to Shanghai.MedicalSecurity', '  purpose "p"', '}'] }),
    'sensitive-data-protection': pact({ members: ['exchange E "交换" {', '  data Shanghai.MedicalSecurity.InsuredPersons', '  from Shanghai.MedicalSecurity', '  to Hangzhou.MedicalSecurity', '  purpose "p"', '  basis statutory-duty', '  retention 1 year', '}'] }),
    'core-data-approval': pact({ parties: [...DEFAULT_PARTIES, 'party Shanghai role observer'], members: ['exchange E "交换" {', '  data Shanghai.PowerGrid', '  from Shanghai', '  to Hangzhou.MedicalSecurity', '  purpose "p"', '}'] }),
    'chair-not-member': pact({ body: DEFAULT_BODY.map(l => l.replace('chair Shanghai.MedicalSecurity', 'chair Nanjing.MedicalSecurity')) }),
    'supersedes-cycle': pact({ header: ['version 1.0.0', 'dimensions cross-region, cross-department', 'supersedes YRDMedical', 'effective 2024-01-01'] }),
    'supersedes-version': `${pact({ header: ['version 1.0.0', 'dimensions cross-region, cross-department', 'supersedes Old', 'effective 2024-01-01'] })}agreement Old "旧" {\n  version 2.0.0\n  effective 2020-01-01\n  party Shanghai\n  party Beijing\n}\n`,
    'uscc-format': 'organization X "某公司" {\n  uscc "91330108MA27Y5GT3A"\n}\n',
    'division-code': 'district X "某区" of Guangzhou {\n  code 310106\n}\n',
    'exchange-holder': pact({ members: ['exchange E "交换" {', '  data Shanghai.MedicalSecurity.Hospitals', '  from Hangzhou.MedicalSecurity', '  to Shanghai.MedicalSecurity', '  purpose "p"', '}'] }),
    'dimension-unsupported': pact({ header: ['version 1.0.0', 'dimensions cross-region, cross-department, public-private', 'effective 2024-01-01'] }),
    'body-coverage': pact({ parties: [...DEFAULT_PARTIES, 'party Nanjing.MedicalSecurity'] }),
    'obligation-outside-term': pact({ members: ['obligation O "义务" {', '  by Shanghai.MedicalSecurity', '  due 2030-01-01', '}'] }),
    'tier-population': 'city X "某市" {\n  tier super\n  population 300000\n}\n',
    'missing-clause': pact({ closing: DEFAULT_CLOSING.slice(1) }),
    'dimension-undeclared': pact({ header: ['version 1.0.0', 'dimensions cross-region', 'effective 2024-01-01'] }),
    'funding-parties': pact({ members: ['funding F "资金" {', '  form grant', '  by Shanghai.MedicalSecurity', '  to Hangzhou.MedicalSecurity', '  amount 100 CNY', '}'] }),
    'funding-amount': pact({ parties: [...DEFAULT_PARTIES, 'party AliHealth role contractor'], members: ['funding F "资金" {', '  form grant', '  by Shanghai.MedicalSecurity', '  to AliHealth', '}'] }),
    'hidden-text': pact() + '// see annex \u202E\n',
    'confusable-name': pact() + 'organization M\u0435d "乙" { kind enterprise }\n',
    'funding-term': pact({ parties: [...DEFAULT_PARTIES, 'party AliHealth role contractor'], members: ['funding F "资金" {', '  form tax-incentive', '  by Shanghai.MedicalSecurity', '  to AliHealth', '  until 2030-12-31', '}'] }),
    'onward-transfer': pact({ members: ['exchange E "交换" {', '  data Shanghai.MedicalSecurity.Hospitals', '  from Shanghai.MedicalSecurity', '  to Hangzhou.MedicalSecurity', '  purpose "p"', '  onward forbidden', '}'] })
        + 'agreement Forward "转发协议" {\n  version 1.0.0\n  effective 2024-01-01\n  party Hangzhou.MedicalSecurity\n  party Nanjing.MedicalSecurity\n  exchange F "转发" {\n    data Shanghai.MedicalSecurity.Hospitals\n    from Hangzhou.MedicalSecurity\n    to Nanjing.MedicalSecurity\n    purpose "p"\n  }\n}\n',
};

async function diagnosticsWith(text: string, rules: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-severity-'));
    try {
        fs.writeFileSync(path.join(dir, 'citypact.json'), JSON.stringify({ rules }));
        fs.writeFileSync(path.join(dir, 'a.citypact'), text);
        const { shared } = createCityPactServices(NodeFileSystem);
        const stdlib = shared.workspace.LangiumDocumentFactory.fromString(STDLIB_TEXT, STDLIB_URI);
        shared.workspace.LangiumDocuments.addDocument(stdlib);
        const document = await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(path.join(dir, 'a.citypact')));
        await shared.workspace.DocumentBuilder.build([stdlib, document], { validation: true });
        return document.diagnostics ?? [];
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

describe('every rule can be re-graded and switched off in citypact.json', () => {
    it('has a bad case for every rule of the catalog', () => {
        assert.deepEqual(RULES.map(r => r.id).filter(id => !BAD_CASE[id]), []);
        assert.ok(REGISTRY.length > 0);
    });

    for (const rule of RULES) {
        it(rule.id, async () => {
            const text = BAD_CASE[rule.id];
            const byDefault = (await diagnosticsWith(text, {})).filter(d => d.code === rule.id);
            assert.ok(byDefault.length > 0, `${rule.id} fires on its bad case`);
            const expectedDefault = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information }[rule.severity];
            assert.ok(byDefault.every(d => d.severity === expectedDefault), 'default severity');
            const other = rule.severity === 'info' ? 'error' : 'info';
            const regraded = (await diagnosticsWith(text, { [rule.id]: other })).filter(d => d.code === rule.id);
            const expectedOther = other === 'info' ? DiagnosticSeverity.Information : DiagnosticSeverity.Error;
            assert.equal(regraded.length, byDefault.length);
            assert.ok(regraded.every(d => d.severity === expectedOther), `re-graded to ${other}`);
            const off = (await diagnosticsWith(text, { [rule.id]: 'off' })).filter(d => d.code === rule.id);
            assert.deepEqual(off, [], 'switched off');
        });
    }
});
