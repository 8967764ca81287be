import assert from 'node:assert/strict';
import { expectSymbols } from 'langium/test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers.js';
import { doc, sampleWorkspace } from './lsp-helpers.js';

const KIND_NAMES = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

/** name (kind) — detail, children indented: the outline as a drafter reads it. */
function outline(symbols: DocumentSymbol[], indent = ''): string[] {
    return symbols.flatMap(s => [
        `${indent}${s.name} (${KIND_NAMES.get(s.kind)}) — ${s.detail ?? ''}`,
        ...outline(s.children ?? [], indent + '  '),
    ]);
}

describe('outline (document symbols)', () => {
    it('lists declarations by qualified name with their labels as detail', async () => {
        const ws = await sampleWorkspace();
        const registry = doc(ws, 'registry.citypact');
        const symbols = await ws.services.CityPact.lsp.DocumentSymbolProvider!.getSymbols(registry, { textDocument: { uri: registry.uri.toString() } });
        assert.deepEqual(outline(symbols), [
            'Shanghai.MedicalSecurity (Class) — 上海市医疗保障局',
            'Hangzhou.MedicalSecurity (Class) — 杭州市医疗保障局',
            'Nanjing.MedicalSecurity (Class) — 南京市医疗保障局',
            'AliHealth (Struct) — 阿里健康信息技术有限公司',
            'Shanghai.MedicalSecurity.InsuredPersons (Variable) — 参保人员基本信息',
            'Suzhou (Namespace) — 苏州市',
            'Suzhou.Gusu (Namespace) — 姑苏区',
        ]);
        // Selecting an entry selects the declared name; the entry spans the whole declaration.
        const text = registry.textDocument;
        assert.equal(text.getText(symbols[0].selectionRange), 'MedicalSecurity');
        assert.equal(text.getText(symbols[0].range), 'department MedicalSecurity "上海市医疗保障局" en "Shanghai Healthcare Security Administration" of Shanghai {\n  uscc "11310000MB2F06207Q"\n}');
    });

    it('nests party lines and members under their agreement, in source order', async () => {
        const ws = await sampleWorkspace();
        const agreement = doc(ws, 'agreement.citypact');
        const symbols = await ws.services.CityPact.lsp.DocumentSymbolProvider!.getSymbols(agreement, { textDocument: { uri: agreement.uri.toString() } });
        assert.deepEqual(outline(symbols), [
            'YRDMedicalSettlement (Module) — 长三角异地就医直接结算合作协议',
            '  Shanghai.MedicalSecurity (Class) — party: lead, 局长',
            '  Hangzhou.MedicalSecurity (Class) — party: member',
            '  Nanjing.MedicalSecurity (Class) — party: member',
            '  AliHealth (Struct) — party: contractor',
            '  JointCommittee (Object) — 长三角医保联席会议',
            '  DirectSettlement (Function) — 异地就医直接结算',
            '  SettlementRecords (Event) — 结算数据交换',
            '  BuildPlatform (Method) — 建设统一结算平台',
            '  Confidentiality (String) — 各方对交换数据负有保密义务。',
        ]);
        const party = symbols[0].children![0];
        assert.equal(agreement.textDocument.getText(party.selectionRange), 'Shanghai.MedicalSecurity');
    });

    it('keeps a half-written file\'s outline, and shows an unresolved party as a field', async () => {
        const ws = await buildWorkspace({ 'draft.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  party Nowhere\n  body B "b" {\n' });
        const draft = doc(ws, 'draft.citypact');
        const symbols = await ws.services.CityPact.lsp.DocumentSymbolProvider!.getSymbols(draft, { textDocument: { uri: draft.uri.toString() } });
        assert.deepEqual(outline(symbols), ['Draft (Module) — 草案', '  Nowhere (Field) — party: member', '  B (Object) — b']);
    });

    it('works through langium/test\'s expectSymbols', async () => {
        const ws = await buildWorkspace({});
        await expectSymbols(ws.services.CityPact)({
            text: 'city Wuxi "无锡市" {\n  within Jiangsu\n}\ndistrict Binhu "滨湖区" of Wuxi\n',
            expectedSymbols: [
                { name: 'Wuxi', kind: SymbolKind.Namespace, detail: '无锡市', range: range(0, 0, 2, 1), selectionRange: range(0, 5, 0, 9) },
                { name: 'Wuxi.Binhu', kind: SymbolKind.Namespace, detail: '滨湖区', range: range(3, 0, 3, 28), selectionRange: range(3, 9, 3, 14) },
            ],
            disposeAfterCheck: true,
        });
    });
});

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}
