import assert from 'node:assert/strict';
import { expectCompletion } from 'langium/test';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { evenShares } from '../../src/lsp/completion-snippets.js';
import { buildWorkspace } from '../helpers.js';
import { AGREEMENT, REGISTRY, completionAt, sampleWorkspace } from './lsp-helpers.js';

/** The draft a drafter is typing: the sample agreement with the chair left blank. */
const DRAFT = AGREEMENT.replace('    chair Shanghai.MedicalSecurity\n', '    chair \n');

/**
 * Expands a snippet the way an editor does when the drafter accepts every default:
 * placeholders keep their text, choices their first option, mirrors copy their tab stop.
 */
function expandSnippet(body: string): string {
    const values = new Map<string, string>();
    let text = body.replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, value: string) => {
        values.set(n, value);
        return value;
    });
    text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_m, n: string, choices: string) => {
        const first = choices.split(',')[0];
        values.set(n, first);
        return first;
    });
    return text.replace(/\$\{(\d+)\}/g, (_m, n: string) => values.get(n) ?? '').replace(/\$0/g, '');
}

function labels(items: CompletionItem[]): string[] {
    return items.map(i => i.label);
}

describe('completion', () => {
    it('proposes the agreement\'s parties first where a body names its chair, with their labels as detail', async () => {
        const ws = await sampleWorkspace({ 'draft.citypact': DRAFT.replace(/YRDMedicalSettlement/g, 'Draft') });
        const items = await completionAt(ws, 'draft.citypact', '    chair |\n');
        assert.deepEqual(labels(items.slice(0, 4)),
            ['Shanghai.MedicalSecurity', 'Hangzhou.MedicalSecurity', 'Nanjing.MedicalSecurity', 'AliHealth']);
        assert.deepEqual(items.slice(0, 4).map(i => i.detail), ['上海市医疗保障局', '杭州市医疗保障局', '南京市医疗保障局', '阿里健康信息技术有限公司']);
        assert.deepEqual(items.slice(0, 2).map(i => i.labelDetails?.description), ['party, lead', 'party, member']);
        assert.equal(items[0].kind, CompletionItemKind.Class);
        assert.equal(items[3].kind, CompletionItemKind.Struct);
        // The rest: every other actor (standard library included), but never a dataset or an agreement.
        const rest = labels(items.slice(4));
        assert.ok(rest.includes('Beijing') && rest.includes('Guangdong') && rest.includes('Suzhou.Gusu'));
        assert.ok(!rest.some(l => l.endsWith('InsuredPersons') || l.startsWith('YRDMedicalSettlement')));
        assert.equal(items.find(i => i.label === 'Beijing')?.detail, '北京市');
        // Documentation is the hover of each name.
        const documentation = items[0].documentation as { value: string };
        assert.match(documentation.value, /^```citypact\ndepartment Shanghai\.MedicalSecurity\n```/);
    });

    it('puts parties first in every place an actor must belong to a party', async () => {
        const ws = await sampleWorkspace({
            'draft.citypact': [
                'agreement Draft "草案" {', '  version 1.0.0', '  effective 2024-01-01',
                '  party Hangzhou.MedicalSecurity', '  party Shanghai role lead',
                '  service S "s" {', '    provider ', '    costs {', '      ', '    }', '  }',
                '  exchange E "e" {', '    to ', '  }',
                '  obligation O "o" {', '    for ', '  }',
                '}', '',
            ].join('\n'),
        });
        for (const place of ['    provider |\n', '    costs {\n      |\n', '    to |\n', '    for |\n']) {
            const items = await completionAt(ws, 'draft.citypact', place);
            assert.deepEqual(labels(items.slice(0, 2)), ['Hangzhou.MedicalSecurity', 'Shanghai'], place);
            // A department of a party city belongs to a party: it comes right after the parties.
            assert.equal(items[2].label, 'Shanghai.MedicalSecurity', place);
            assert.equal(items[2].sortText, '0.1', place);
        }
    });

    it('keeps `onward allowed-to` unranked: it names third parties', async () => {
        const ws = await sampleWorkspace({
            'draft.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Beijing\n  exchange E "e" {\n    onward allowed-to \n  }\n}\n',
        });
        const items = await completionAt(ws, 'draft.citypact', 'allowed-to |\n');
        assert.ok(items.length > 10);
        assert.ok(items.every(i => i.sortText === '0.2'));
    });

    it('proposes only the right kind of name: datasets after `data`, bodies after `disputes by` (its own first)', async () => {
        const ws = await sampleWorkspace({
            'draft.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  body Board "理事会" {\n  }\n  exchange E "e" {\n    data \n  }\n  disputes by \n}\n',
        });
        const data = await completionAt(ws, 'draft.citypact', '    data |\n');
        assert.deepEqual(labels(data), ['Shanghai.MedicalSecurity.InsuredPersons']);
        assert.equal(data[0].kind, CompletionItemKind.Variable);
        const bodies = await completionAt(ws, 'draft.citypact', 'disputes by |\n');
        assert.deepEqual(labels(bodies), ['Board', 'Draft.Board', 'YRDMedicalSettlement.JointCommittee']);
        assert.equal(bodies[0].labelDetails?.description, 'this agreement');
    });

    it('completes the rest of a qualified name after a dot (a trigger character)', async () => {
        const ws = await sampleWorkspace({ 'draft.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.\n}\n' });
        const provider = ws.services.CityPact.lsp.CompletionProvider!;
        assert.deepEqual(provider.completionOptions?.triggerCharacters, ['.']);
        const items = await completionAt(ws, 'draft.citypact', 'party Shanghai.|\n');
        assert.ok(labels(items).includes('Shanghai.MedicalSecurity'));
        assert.ok(!labels(items).includes('Beijing'));
        const edit = items.find(i => i.label === 'Shanghai.MedicalSecurity')!.textEdit as { newText: string; range: { start: { character: number } } };
        assert.equal(edit.newText, 'Shanghai.MedicalSecurity');
        assert.equal(edit.range.start.character, 8, 'replaces the whole qualified name typed so far');
    });

    it('finds a name by a segment of it or by its Chinese label, as typed', async () => {
        const ws = await sampleWorkspace({ 'draft.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party 医保\n  party Medical\n}\n' });
        const byLabel = await completionAt(ws, 'draft.citypact', 'party 医保|\n');
        assert.deepEqual(labels(byLabel), ['Hangzhou.MedicalSecurity', 'Nanjing.MedicalSecurity', 'Shanghai.MedicalSecurity']);
        const edit = byLabel[0].textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
        assert.equal(edit.newText, 'Hangzhou.MedicalSecurity');
        assert.deepEqual([edit.range.start.character, edit.range.end.character], [8, 10], 'replaces what was typed');
        assert.equal(byLabel[0].filterText, 'Hangzhou.MedicalSecurity 杭州市医疗保障局');
        const bySegment = await completionAt(ws, 'draft.citypact', 'party Medical|\n');
        assert.deepEqual(labels(bySegment), ['Hangzhou.MedicalSecurity', 'Nanjing.MedicalSecurity', 'Shanghai.MedicalSecurity']);
    });

    it('proposes enumerated values with their meaning', async () => {
        const ws = await sampleWorkspace({ 'draft.citypact': AGREEMENT.replace('    mode proxy', '    mode ').replace(/YRDMedicalSettlement/g, 'Draft') });
        const items = await completionAt(ws, 'draft.citypact', '    mode |\n');
        assert.deepEqual(items.map(i => [i.label, i.kind, i.detail]), [
            ['joint', CompletionItemKind.EnumMember, 'handled jointly by several places'],
            ['online', CompletionItemKind.EnumMember, 'fully online'],
            ['proxy', CompletionItemKind.EnumMember, 'collected in one place, processed in another'],
        ]);
    });

    it('proposes the keywords valid at the cursor: declarations at top level, lines inside an agreement', async () => {
        const ws = await buildWorkspace({
            'top.citypact': 'city X "x"\n\n',
            'inside.citypact': 'agreement A "a" {\n  version 1.0.0\n  effective 2024-01-01\n\n}\n',
        });
        const top = (await completionAt(ws, 'top.citypact', 'city X "x"\n|\n')).filter(i => i.kind === CompletionItemKind.Keyword);
        for (const keyword of ['agreement', 'city', 'dataset', 'department', 'district', 'organization', 'province', 'township']) {
            assert.ok(labels(top).includes(keyword), keyword);
        }
        assert.ok(!labels(top).includes('party'));
        const inside = labels((await completionAt(ws, 'inside.citypact', 'effective 2024-01-01\n|\n')).filter(i => i.kind === CompletionItemKind.Keyword));
        for (const keyword of ['party', 'body', 'service', 'exchange', 'obligation', 'clause', 'disputes', 'amendment', 'termination', 'until']) {
            assert.ok(inside.includes(keyword), keyword);
        }
        assert.ok(!inside.includes('department'));
    });

    it('offers an agreement skeleton that, accepted as is, has every required line and no syntax error', async () => {
        const ws = await buildWorkspace({ 'new.citypact': '\n' });
        const items = await completionAt(ws, 'new.citypact', '|\n');
        const snippet = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'agreement');
        assert.ok(snippet, labels(items).join(', '));
        assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
        assert.equal(snippet.labelDetails?.description, 'new agreement (skeleton)');
        const body = (snippet.textEdit as { newText: string }).newText;
        for (const line of ['version ${3:1.0.0}', 'effective ${4:', 'party ${5:PartyA} role lead', 'body ${7:JointCommittee}',
            'chair ${5}', 'disputes by ${7} then', 'amendment by', 'termination notice']) {
            assert.ok(body.includes(line), line);
        }
        const text = expandSnippet(body).replace(/PartyA/g, 'Shanghai').replace(/PartyB/g, 'Beijing');
        const checked = await buildWorkspace({ 'new.citypact': text + '\n' });
        assert.deepEqual(checked.codes('new.citypact').filter(c => c !== 'dimension-undeclared'), [], text);
    });

    it('offers a service snippet pre-filled with the parties and cost shares that add up to exactly 100%', async () => {
        const ws = await sampleWorkspace({
            'draft.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Hangzhou\n  party Shanghai role lead\n  party Nanjing\n  \n}\n',
        });
        const items = await completionAt(ws, 'draft.citypact', 'party Nanjing\n  |\n');
        const snippet = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'service');
        assert.ok(snippet);
        const body = expandSnippet((snippet.textEdit as { newText: string }).newText);
        assert.match(body, /provider Shanghai\n/, 'the lead provides');
        assert.match(body, /users Hangzhou, Nanjing\n/);
        assert.match(body, /costs \{\n    Shanghai 33\.33%\n    Hangzhou 33\.33%\n    Nanjing 33\.34%\n  \}/);
        const exchange = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'exchange');
        assert.ok(exchange);
        const exchangeBody = expandSnippet((exchange.textEdit as { newText: string }).newText);
        assert.match(exchangeBody, /data Shanghai\.MedicalSecurity\.InsuredPersons\n  from Shanghai\n  to Hangzhou, Nanjing\n/);
    });

    it('offers service and exchange snippets whose defaults pass validation inside the sample agreement', async () => {
        const base = 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.MedicalSecurity role lead\n  party Hangzhou.MedicalSecurity\n  \n}\n';
        const ws = await sampleWorkspace({ 'draft.citypact': base });
        const items = await completionAt(ws, 'draft.citypact', 'party Hangzhou.MedicalSecurity\n  |\n');
        const bodies = ['service', 'exchange'].map(label => {
            const item = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === label)!;
            return expandSnippet((item.textEdit as { newText: string }).newText).replace(/\n/g, '\n  ');
        });
        const text = base.replace('  \n}', `  ${bodies.join('\n  ')}\n}`);
        const checked = await buildWorkspace({ 'registry.citypact': REGISTRY, 'draft.citypact': text });
        assert.deepEqual(checked.codes('draft.citypact').filter(c => !['missing-clause', 'dimension-undeclared'].includes(c)), [], text);
    });

    it('offers a funding snippet from a government party to an organization party whose defaults pass validation', async () => {
        const base = 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party AliHealth role contractor\n  party Shanghai.MedicalSecurity role lead\n  \n}\n';
        const ws = await sampleWorkspace({ 'draft.citypact': base });
        const items = await completionAt(ws, 'draft.citypact', 'role lead\n  |\n');
        const item = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'funding');
        assert.ok(item, labels(items).join(', '));
        const body = expandSnippet((item.textEdit as { newText: string }).newText);
        assert.match(body, /\n  form service-purchase\n  by Shanghai\.MedicalSecurity\n  to AliHealth\n  amount 0 CNY per year\n/);
        const text = base.replace('  \n}', `  ${body.replace(/\n/g, '\n  ')}\n}`);
        const checked = await buildWorkspace({ 'registry.citypact': REGISTRY, 'draft.citypact': text });
        assert.deepEqual(checked.codes('draft.citypact').filter(c => !['missing-clause', 'dimension-undeclared'].includes(c)), [], text);
    });

    it('offers a department with a dataset whose `of` mirrors the department\'s name', async () => {
        const ws = await buildWorkspace({ 'new.citypact': '\n' });
        const items = await completionAt(ws, 'new.citypact', '|\n');
        const snippet = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'department');
        assert.ok(snippet);
        const body = (snippet.textEdit as { newText: string }).newText;
        assert.match(body, /^department \$\{1:NewDepartment\} "\$\{2:Official name\}" of \$\{3:Shanghai\}\n\ndataset \$\{4:NewDataset\} "[^"]*" of \$\{3\}\.\$\{1\} \{/);
        const checked = await buildWorkspace({ 'new.citypact': expandSnippet(body) + '\n' });
        assert.deepEqual(checked.codes('new.citypact'), []);
    });

    it('writes snippet placeholders in Chinese when the locale is zh-CN', async () => {
        const ws = await buildWorkspace({ 'new.citypact': '\n' });
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        const items = await completionAt(ws, 'new.citypact', '|\n');
        const snippet = items.find(i => i.kind === CompletionItemKind.Snippet && i.label === 'agreement')!;
        assert.equal(snippet.labelDetails?.description, '新协议（骨架）');
        assert.match((snippet.textEdit as { newText: string }).newText, /"\$\{2:协议名称\}"/);
    });

    it('splits shares evenly and exactly', () => {
        assert.deepEqual(evenShares(1), ['100']);
        assert.deepEqual(evenShares(2), ['50', '50']);
        assert.deepEqual(evenShares(3), ['33.33', '33.33', '33.34']);
        assert.deepEqual(evenShares(6), ['16.66', '16.66', '16.66', '16.66', '16.66', '16.7']);
    });

    it('works through langium/test\'s expectCompletion', async () => {
        const ws = await buildWorkspace({});
        await expectCompletion(ws.services.CityPact)({
            text: 'dataset D "d" of Shanghai {\n  personal-data <|>\n}',
            index: 0,
            expectedItems: ['none', 'ordinary', 'sensitive'],
            disposeAfterCheck: true,
        });
    });
});
