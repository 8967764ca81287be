import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import type { CityPactFormatter } from '../src/lsp/formatter.js';
import { buildWorkspace } from './helpers.js';

const REGISTRY = [
    'department MedicalSecurity "上海市医疗保障局" of Shanghai',
    'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
    'department MedicalSecurity "南京市医疗保障局" of Nanjing',
    'dataset Records "就医记录" of Shanghai.MedicalSecurity {',
    '  sharing conditional "仅限结算"',
    '  personal-data sensitive',
    '}',
    'organization Vendor "某科技有限公司" {',
    '  kind enterprise',
    '  uscc "91330108MA27Y5GT3A"',
    '}',
    '',
].join('\n');

/** An agreement in canonical layout; `extra` lines go inside it, `header` replaces the header lines. */
function agreement(lines: string[], header = ['  version 1.0.0', '  dimensions cross-region, cross-department', '  effective 2024-01-01']): string {
    return ['agreement A "协议" {', ...header, ...lines, '}', ''].join('\n');
}

const PARTIES = ['  party Shanghai.MedicalSecurity role lead', '  party Hangzhou.MedicalSecurity'];
const BODY = ['  body Committee "联席会议" {', '    members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', '    chair Shanghai.MedicalSecurity', '    decides by unanimity', '  }'];
const CLAUSES = ['  disputes by Committee', '  amendment by unanimity', '  termination notice 90 days'];

/** Runs the quick fix for `rule`, applies it, and returns the new text with its diagnostics. */
async function applyFix(text: string, rule: string, file = 'a.citypact') {
    const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, [file]: text });
    const document = ws.documents.get(file)!;
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === rule);
    assert.ok(diagnostics.length > 0, `${rule} fires before the fix: ${JSON.stringify(ws.codes(file))}`);
    const provider = ws.services.CityPact.lsp.CodeActionProvider!;
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
    }) as CodeAction[];
    assert.equal(actions.length, 1, `one quick fix for ${rule}`);
    const edits = actions[0].edit!.changes![document.uri.toString()];
    const fixed = TextDocument.applyEdits(TextDocument.create('x', 'citypact', 1, text), edits);
    const after = await buildWorkspace({ 'registry.citypact': REGISTRY, [file]: fixed });
    const formatter = after.services.CityPact.lsp.Formatter as CityPactFormatter;
    const layout = formatter.format(after.documents.get(file)!);
    assert.ok(layout, `the fixed text parses:\n${fixed}`);
    assert.equal(layout.text, fixed, 'the fixed text is in the canonical layout');
    return { title: actions[0].title, fixed, codes: after.codes(file), before: diagnostics.length };
}

describe('quick fixes', () => {
    it('not-a-party: adds the actor as a party', async () => {
        const text = agreement([...PARTIES, '  service S "结算" {', '    mode online', '    provider Shanghai.MedicalSecurity',
            '    users Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity', '  }', ...BODY, ...CLAUSES]);
        const result = await applyFix(text, 'not-a-party');
        assert.equal(result.title, "Add 'Nanjing.MedicalSecurity' as a party");
        assert.ok(result.fixed.includes('  party Hangzhou.MedicalSecurity\n  party Nanjing.MedicalSecurity\n'));
        assert.ok(!result.codes.includes('not-a-party'), result.codes.join());
    });

    it('too-few-parties: adds an actor the agreement already names', async () => {
        const text = agreement(['  party Shanghai.MedicalSecurity', '  service S "结算" {', '    mode online', '    provider Shanghai.MedicalSecurity',
            '    users Hangzhou.MedicalSecurity', '  }', '  amendment by unanimity', '  termination notice 90 days']);
        const result = await applyFix(text, 'too-few-parties');
        assert.ok(!result.codes.includes('too-few-parties'), result.codes.join());
    });

    for (const clause of ['amendment', 'termination', 'disputes']) {
        it(`missing-clause: adds the ${clause} clause`, async () => {
            const text = agreement([...PARTIES, ...BODY, ...CLAUSES.filter(line => !line.includes(clause))]);
            const ws = await applyFix(text, 'missing-clause');
            assert.ok(!ws.codes.includes('missing-clause'), ws.codes.join());
            assert.match(ws.title, new RegExp(`Add the '${clause}' clause`));
        });
    }

    it('missing-clause: with no body yet, adds a joint committee of the parties and refers disputes to it', async () => {
        const text = agreement([...PARTIES, '  amendment by unanimity', '  termination notice 90 days']);
        const result = await applyFix(text, 'missing-clause');
        assert.deepEqual(result.codes.filter(c => c !== 'dimension-undeclared'), []);
        assert.ok(result.fixed.includes('  body JointCommittee "联席会议" en "Joint Committee" {\n    members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity\n'));
        // §7: the missing-clause defaults, `disputes by <the first body> then arbitration`.
        assert.ok(result.fixed.includes('  disputes by JointCommittee then arbitration\n'), result.fixed);
    });

    it('dimension-undeclared: adds the dimension to the dimensions line, or adds the line', async () => {
        const withLine = agreement([...PARTIES, ...BODY, ...CLAUSES], ['  version 1.0.0', '  dimensions cross-region', '  effective 2024-01-01']);
        const first = await applyFix(withLine, 'dimension-undeclared');
        assert.ok(first.fixed.includes('  dimensions cross-region, cross-department\n'));
        assert.ok(!first.codes.includes('dimension-undeclared'));
        const withoutLine = agreement([...PARTIES, ...BODY, ...CLAUSES], ['  version 1.0.0', '  effective 2024-01-01']);
        const second = await applyFix(withoutLine, 'dimension-undeclared');
        assert.ok(second.fixed.startsWith('agreement A "协议" {\n  version 1.0.0\n  dimensions cross-'));
        assert.equal(second.codes.filter(c => c === 'dimension-undeclared').length, 1, 'one of the two dimensions remains');
    });

    it('sensitive-data-protection: adds encryption to the security line, or adds the line', async () => {
        const exchange = (security: string[]) => [...PARTIES, '  exchange E "交换" {', '    data Shanghai.MedicalSecurity.Records',
            '    from Shanghai.MedicalSecurity', '    to Hangzhou.MedicalSecurity', '    purpose "异地就医结算"', '    basis statutory-duty',
            '    retention 5 years', ...security, '  }', ...BODY, ...CLAUSES];
        const withLine = await applyFix(agreement(exchange(['    security audit-log'])), 'sensitive-data-protection');
        assert.ok(withLine.fixed.includes('    security encryption, audit-log\n'));
        assert.ok(!withLine.codes.includes('sensitive-data-protection'), withLine.codes.join());
        const withoutLine = await applyFix(agreement(exchange([])), 'sensitive-data-protection');
        assert.ok(withoutLine.fixed.includes('    retention 5 years\n    security encryption\n  }\n'));
        assert.ok(!withoutLine.codes.includes('sensitive-data-protection'));
    });

    it('uscc-format: corrects the check character', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY });
        const diagnostic = ws.diagnostics('registry.citypact').find(d => d.code === 'uscc-format');
        assert.ok(diagnostic);
        const provider = ws.services.CityPact.lsp.CodeActionProvider!;
        const document = ws.documents.get('registry.citypact')!;
        const [action] = await provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
        const fixed = TextDocument.applyEdits(TextDocument.create('x', 'citypact', 1, REGISTRY), action.edit!.changes![document.uri.toString()]);
        assert.ok(fixed.includes('  uscc "91330108MA27Y5GT3R"\n'));
        const after = await buildWorkspace({ 'registry.citypact': fixed });
        assert.ok(!after.codes('registry.citypact').includes('uscc-format'));
    });

    it('proxy-mode-locations: fills collects-at (first user) and processes-at (provider)', async () => {
        const text = agreement([...PARTIES, '  service S "代收代办" {', '    mode proxy', '    provider Shanghai.MedicalSecurity',
            '    users Hangzhou.MedicalSecurity', '    responds within 5 days', '  }', ...BODY, ...CLAUSES]);
        const result = await applyFix(text, 'proxy-mode-locations');
        assert.ok(result.fixed.includes('    users Hangzhou.MedicalSecurity\n    collects-at Hangzhou.MedicalSecurity\n    processes-at Shanghai.MedicalSecurity\n'));
        assert.ok(!result.codes.includes('proxy-mode-locations'));
    });

    it('funding-amount: adds an amount placeholder line after the parties of the funding', async () => {
        const registry = 'organization Care "阳光养老服务中心" {\n  kind social-organization\n}\n';
        const text = agreement([...PARTIES, '  party Care role contractor', '  funding Purchase "养老服务购买" {', '    form service-purchase',
            '    by Shanghai.MedicalSecurity', '    to Care', '    until 2025-12-31', '  }', ...BODY, ...CLAUSES]);
        const result = await applyFix(registry + text, 'funding-amount');
        assert.equal(result.title, "Add an 'amount' line to fill in");
        assert.ok(result.fixed.includes('    to Care\n    amount 0 CNY\n    until 2025-12-31\n'), result.fixed);
        assert.ok(!result.codes.includes('funding-amount'), result.codes.join());
    });

    it('titles follow the document locale', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY });
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        const document = ws.documents.get('registry.citypact')!;
        const diagnostic = document.diagnostics!.find(d => d.code === 'uscc-format')!;
        const [action] = await ws.services.CityPact.lsp.CodeActionProvider!.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
        assert.equal(action.title, '将校验码更正为“R”');
    });
});
