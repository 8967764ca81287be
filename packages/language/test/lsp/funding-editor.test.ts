import assert from 'node:assert/strict';
import { SymbolKind, type CodeLens, type DocumentSymbol } from 'vscode-languageserver';
import { buildWorkspace, type Workspace } from '../helpers.js';
import { completionAt, doc, hoverAt, tokensNamed, tokensOf } from './lsp-helpers.js';

/**
 * The editor features for body kinds and fundings (docs/language.md §2.5), over the
 * same services the language server uses: hover, completion, outline, code lens and
 * semantic tokens.
 */

const REGISTRY = [
    'district Xuhui "徐汇区" of Shanghai {', '  code 310104', '}',
    'department CivilAffairs "上海市徐汇区民政局" of Shanghai.Xuhui',
    'department Science "上海市科学技术委员会" of Shanghai',
    'organization Yile "上海市徐汇区颐乐居家养老服务中心" {', '  kind social-organization', '}',
    'organization SJTU "上海交通大学" {', '  kind university', '}',
    '',
].join('\n');

const AGREEMENT = [
    'agreement Care "徐汇区智慧养老合作协议" {',
    '  version 1.0.0',
    '  effective 2025-01-01 until 2027-12-31',
    '  party Shanghai.Xuhui.CivilAffairs role lead',
    '  party Shanghai.Science role funder',
    '  party Yile role contractor',
    '  party SJTU',
    '  body JointMeeting "徐汇区智慧养老联席会议" {',
    '    kind joint-meeting',
    '    members Shanghai.Xuhui.CivilAffairs, Shanghai.Science, SJTU',
    '    chair Shanghai.Xuhui.CivilAffairs',
    '    decides by unanimity',
    '  }',
    '  /** 按年签订购买服务合同。 */',
    '  funding HomeCare "社区居家养老服务购买" en "Purchase of Home-Based Elder Care" {',
    '    form service-purchase',
    '    by Shanghai.Xuhui.CivilAffairs',
    '    to Yile',
    '    amount 3600000.50 CNY per year',
    '    basis "《政府购买服务管理办法》（财政部令第102号）"',
    '    until 2027-12-31',
    '  }',
    '  funding Lab "联合数据实验室建设经费" {',
    '    form grant',
    '    by Shanghai.Science',
    '    to SJTU',
    '    amount 5000000 CNY',
    '  }',
    '  disputes by JointMeeting',
    '  amendment by unanimity',
    '  termination notice 90 days',
    '}',
    '',
].join('\n');

function workspace(agreement = AGREEMENT): Promise<Workspace> {
    return buildWorkspace({ 'registry.citypact': REGISTRY, 'agreement.citypact': agreement });
}

describe('editor features for body kinds and fundings (§2.5)', () => {
    it('the sample is clean', async () => {
        const ws = await workspace();
        assert.deepEqual(ws.diagnostics('agreement.citypact').filter(d => d.code !== 'dimension-undeclared').map(d => `${d.code}: ${d.message}`), []);
    });

    it('hover on a funding: form with its Chinese term, payer, recipient, amount grouped, basis, until', async () => {
        const ws = await workspace();
        const hover = await hoverAt(ws, 'agreement.citypact', 'funding Home|Care');
        assert.ok(hover);
        for (const line of [
            '```citypact\nfunding Care.HomeCare\n```',
            '*public funding*',
            '**社区居家养老服务购买**  \nen: Purchase of Home-Based Elder Care',
            '按年签订购买服务合同。',
            '- **Form:** `service-purchase` — government purchase of services (购买服务); needs an amount',
            '- **By:** `Shanghai.Xuhui.CivilAffairs` 上海市徐汇区民政局',
            '- **To:** `Yile` 上海市徐汇区颐乐居家养老服务中心',
            '- **Amount:** 3,600,000.50 CNY per year',
            '- **Basis:** “《政府购买服务管理办法》（财政部令第102号）”',
            '- **Until:** 2027-12-31',
        ]) assert.ok(hover.includes(line), `missing ${JSON.stringify(line)} in:\n${hover}`);
        const once = await hoverAt(ws, 'agreement.citypact', 'funding L|ab');
        assert.ok(once?.includes('- **Amount:** 5,000,000 CNY (once)'), once);
    });

    it('hover on a form and a body kind says what it means; in Chinese for zh-CN', async () => {
        const ws = await workspace();
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'form gr|ant'), '`grant` — fiscal grant (财政拨款); needs an amount');
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'kind joint-mee|ting'), '`joint-meeting` — joint meeting (联席会议)');
        const body = await hoverAt(ws, 'agreement.citypact', 'body Joint|Meeting');
        assert.ok(body?.includes('- **Kind:** `joint-meeting` — joint meeting (联席会议)'), body);
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        assert.equal(await hoverAt(ws, 'agreement.citypact', 'form service-pur|chase'), '`service-purchase` — 政府购买服务（须写明金额）');
        const zh = await hoverAt(ws, 'agreement.citypact', 'funding Home|Care');
        assert.match(zh ?? '', /\*\*形式.*`service-purchase` — 政府购买服务（须写明金额）/);
        assert.match(zh ?? '', /\*\*金额.*3,600,000\.50 CNY 每年/);
    });

    it('completion proposes the forms and the body kinds with their Chinese terms', async () => {
        const ws = await workspace(AGREEMENT.replace('    form grant\n', '    form \n').replace('    kind joint-meeting\n', '    kind \n'));
        const forms = (await completionAt(ws, 'agreement.citypact', '    form |\n')).filter(i => i.detail && ['grant', 'tax-incentive', 'service-purchase'].includes(i.label));
        assert.deepEqual(forms.map(i => [i.label, i.detail]).sort(), [
            ['grant', 'fiscal grant (财政拨款); needs an amount'],
            ['service-purchase', 'government purchase of services (购买服务); needs an amount'],
            ['tax-incentive', 'tax incentive (税收优惠)'],
        ]);
        const kinds = (await completionAt(ws, 'agreement.citypact', '    kind |\n')).filter(i => i.detail);
        assert.deepEqual(kinds.map(i => [i.label, i.detail]).sort(), [
            ['committee', 'standing committee (常设委员会)'],
            ['council', 'council (理事会)'],
            ['joint-meeting', 'joint meeting (联席会议)'],
            ['working-group', 'special working group (专门工作组)'],
        ]);
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        const zhKinds = (await completionAt(ws, 'agreement.citypact', '    kind |\n')).filter(i => i.detail).map(i => i.detail).sort();
        assert.deepEqual(zhKinds, ['专门工作组', '常设委员会（委员会）', '理事会', '联席会议'].sort());
    });

    it('completion after a funding\'s `by` and `to` puts the agreement\'s parties first', async () => {
        const ws = await workspace(AGREEMENT.replace('    to SJTU\n', '    to \n'));
        const items = await completionAt(ws, 'agreement.citypact', '    to |\n');
        assert.deepEqual(items.slice(0, 4).map(i => i.label), ['Shanghai.Xuhui.CivilAffairs', 'Shanghai.Science', 'Yile', 'SJTU']);
        assert.equal(items[0].labelDetails?.description, 'party, lead');
    });

    it('the outline nests fundings under their agreement, in source order, with their labels', async () => {
        const ws = await workspace();
        const document = doc(ws, 'agreement.citypact');
        const symbols = await ws.services.CityPact.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }) as DocumentSymbol[];
        const members = (symbols[0].children ?? []).filter(s => !s.detail?.startsWith('party'));
        assert.deepEqual(members.map(s => [s.name, s.kind, s.detail]), [
            ['JointMeeting', SymbolKind.Object, '徐汇区智慧养老联席会议'],
            ['HomeCare', SymbolKind.Constant, '社区居家养老服务购买'],
            ['Lab', SymbolKind.Constant, '联合数据实验室建设经费'],
        ]);
    });

    it('a code lens on each funding states its form and amount', async () => {
        const ws = await workspace();
        const document = doc(ws, 'agreement.citypact');
        const lenses: CodeLens[] = await ws.services.CityPact.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        const fundingLenses = lenses.filter(l => l.range.start.line > 0).map(l => [l.range.start.line, l.command!.title]);
        assert.deepEqual(fundingLenses, [
            [14, 'government purchase of services · 3,600,000.50 CNY per year'],
            [22, 'fiscal grant · 5,000,000 CNY once'],
        ]);
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        const zh: CodeLens[] = await ws.services.CityPact.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        assert.deepEqual(zh.filter(l => l.range.start.line > 0).map(l => l.command!.title), ['政府购买服务 · 3,600,000.50 CNY 每年', '财政拨款 · 5,000,000 CNY 一次性']);
    });

    it('semantic tokens: forms, kinds, the currency and the period are values; amounts are numbers', async () => {
        const ws = await workspace();
        const document = doc(ws, 'agreement.citypact');
        const tokens = await tokensOf(ws, document);
        const typeOf = (text: string, line: string) => tokensNamed(tokens, document, text, line).map(t => t.type);
        assert.deepEqual(typeOf('funding', 'funding HomeCare'), ['keyword']);
        assert.deepEqual(typeOf('HomeCare', 'funding HomeCare'), ['property']);
        assert.deepEqual(typeOf('service-purchase', 'form service-purchase'), ['enumMember']);
        assert.deepEqual(typeOf('joint-meeting', 'kind joint-meeting'), ['enumMember']);
        assert.deepEqual(typeOf('amount', 'amount 3600000.50'), ['keyword']);
        assert.deepEqual(typeOf('3600000.50', 'amount 3600000.50'), ['number']);
        assert.deepEqual(typeOf('5000000', 'amount 5000000'), ['number']);
        assert.deepEqual(typeOf('CNY', 'amount 3600000.50'), ['enumMember']);
        assert.deepEqual(typeOf('year', 'amount 3600000.50'), ['enumMember']);
        assert.deepEqual(typeOf('Yile', 'to Yile'), ['struct']);
    });
});
