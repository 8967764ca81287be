import assert from 'node:assert/strict';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { buildWorkspace, type Workspace } from '../helpers.js';
import { AGREEMENT, REGISTRY, applyWorkspaceEdit, at, doc, sampleWorkspace } from './lsp-helpers.js';

async function renameAt(ws: Workspace, file: string, marked: string, newName: string): Promise<WorkspaceEdit | undefined> {
    const document = doc(ws, file);
    return ws.services.CityPact.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, marked), newName,
    });
}

async function prepareAt(ws: Workspace, file: string, marked: string) {
    const document = doc(ws, file);
    return ws.services.CityPact.lsp.RenameProvider!.prepareRename(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, marked),
    });
}

/** Runs `action` and returns the message of the ResponseError it throws. */
async function refusal(action: () => unknown): Promise<string> {
    try {
        await action();
    } catch (error) {
        assert.ok(error instanceof ResponseError, String(error));
        return error.message;
    }
    assert.fail('expected the rename to be refused');
}

describe('rename', () => {
    it('renames a department in every qualified use, in every file, including names built on it', async () => {
        const ws = await sampleWorkspace();
        const edit = await renameAt(ws, 'registry.citypact', 'department Medical|Security "上海', 'Health');
        assert.ok(edit);
        const files = applyWorkspaceEdit(ws, edit);
        assert.deepEqual(Object.keys(files).sort(), ['agreement.citypact', 'registry.citypact']);

        const registry = files['registry.citypact'];
        assert.match(registry, /^department Health "上海市医疗保障局"/);
        assert.match(registry, /dataset InsuredPersons "参保人员基本信息" of Shanghai\.Health \{/);
        // The two other departments named MedicalSecurity are other declarations.
        assert.match(registry, /department MedicalSecurity "杭州市医疗保障局" of Hangzhou/);
        assert.match(registry, /department MedicalSecurity "南京市医疗保障局" of Nanjing/);

        const agreement = files['agreement.citypact'];
        assert.equal(agreement.includes('Shanghai.MedicalSecurity'), false, agreement);
        assert.equal(agreement.split('Shanghai.Health').length - 1, 9);
        assert.match(agreement, /party Shanghai\.Health role lead signatory "局长"/);
        assert.match(agreement, /data Shanghai\.Health\.InsuredPersons\n/);
        assert.match(agreement, /members Shanghai\.Health, Hangzhou\.MedicalSecurity, Nanjing\.MedicalSecurity/);
        assert.match(agreement, /\n {6}Shanghai\.Health 33\.33%/);

        // Nothing else changed, and the renamed workspace checks exactly as before.
        assert.equal(agreement.replace(/Shanghai\.Health/g, 'Shanghai.MedicalSecurity'), AGREEMENT);
        const before = [ws.codes('registry.citypact'), ws.codes('agreement.citypact')];
        const renamed = await buildWorkspace(files);
        assert.deepEqual([renamed.codes('registry.citypact'), renamed.codes('agreement.citypact')], before);
    });

    it('gives the same edits from any reference to the department as from its declaration', async () => {
        const ws = await sampleWorkspace();
        const fromDeclaration = await renameAt(ws, 'registry.citypact', 'department Medical|Security "上海', 'Health');
        for (const reference of ['    chair Shanghai.Medical|Security', 'data Shanghai.MedicalSecurity|.InsuredPersons', 'of Shanghai.Medi|calSecurity {']) {
            const file = reference.startsWith('of') ? 'registry.citypact' : 'agreement.citypact';
            const fromReference = await renameAt(ws, file, reference, 'Health');
            assert.deepEqual(applyWorkspaceEdit(ws, fromReference!), applyWorkspaceEdit(ws, fromDeclaration!), reference);
        }
    });

    it('offers to rename only the segment under the cursor', async () => {
        const ws = await sampleWorkspace();
        const range = await prepareAt(ws, 'agreement.citypact', 'data Shanghai.Medical|Security.InsuredPersons');
        const document = doc(ws, 'agreement.citypact');
        assert.deepEqual(range, {
            start: at(document, 'data Shanghai.|MedicalSecurity.InsuredPersons'),
            end: at(document, 'data Shanghai.MedicalSecurity|.InsuredPersons'),
        });
    });

    it('renames a user city: the first segment of every name under it', async () => {
        const ws = await sampleWorkspace({
            'use.citypact': 'township Pingjiang "平江街道" of Suzhou.Gusu {\n  code 320508001\n}\ndepartment Police "姑苏公安分局" of Suzhou.Gusu\n',
        });
        const edit = await renameAt(ws, 'registry.citypact', 'city Su|zhou', 'Gusucity');
        const files = applyWorkspaceEdit(ws, edit!);
        assert.match(files['registry.citypact'], /city Gusucity "苏州市"/);
        assert.match(files['registry.citypact'], /district Gusu "姑苏区" of Gusucity \{/);
        assert.equal(files['use.citypact'],
            'township Pingjiang "平江街道" of Gusucity.Gusu {\n  code 320508001\n}\ndepartment Police "姑苏公安分局" of Gusucity.Gusu\n');
    });

    it('renames an agreement member by its simple name inside, by its qualified name outside, and no other member', async () => {
        const other = [
            'agreement Other "另一协议" {', '  version 1.0.0', '  effective 2024-01-01',
            '  party Shanghai', '  party Beijing',
            '  body JointCommittee "另一联席会议" {', '    members Shanghai, Beijing', '    chair Shanghai', '    decides by majority', '  }',
            '  disputes by JointCommittee', '}',
            'agreement Follower "后续协议" {', '  version 1.0.0', '  effective 2024-01-01',
            '  party Shanghai', '  party Beijing',
            '  disputes by YRDMedicalSettlement.JointCommittee', '}', '',
        ].join('\n');
        const ws = await sampleWorkspace({ 'other.citypact': other });
        const edit = await renameAt(ws, 'agreement.citypact', 'disputes by Joint|Committee', 'Council');
        const files = applyWorkspaceEdit(ws, edit!);
        assert.match(files['agreement.citypact'], /body Council "长三角医保联席会议" \{/);
        assert.match(files['agreement.citypact'], /disputes by Council then arbitration/);
        assert.equal(files['other.citypact'], other.replace('disputes by YRDMedicalSettlement.JointCommittee', 'disputes by YRDMedicalSettlement.Council'));
        assert.equal(files['registry.citypact'], undefined);
    });

    it('renames an agreement, and with it the prefix of its members\' qualified names', async () => {
        const ws = await sampleWorkspace({
            'next.citypact': 'agreement Next "新协议" {\n  version 3.0.0\n  supersedes YRDMedicalSettlement\n  effective 2028-01-01\n  party Shanghai\n  party Beijing\n  disputes by YRDMedicalSettlement.JointCommittee\n}\n',
        });
        const edit = await renameAt(ws, 'next.citypact', 'supersedes YRD|MedicalSettlement', 'YRDSettlement');
        const files = applyWorkspaceEdit(ws, edit!);
        assert.match(files['agreement.citypact'], /^\/\*\*.*\*\/\nagreement YRDSettlement "/);
        assert.match(files['agreement.citypact'], /disputes by JointCommittee then/, 'a simple member name does not change');
        assert.match(files['next.citypact'], /supersedes YRDSettlement\n/);
        assert.match(files['next.citypact'], /disputes by YRDSettlement\.JointCommittee\n/);
    });

    it('matches an unresolved reference by its text, so a reference of the wrong kind follows the rename', async () => {
        const ws = await sampleWorkspace({
            'wrong.citypact': 'agreement W "w" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai.MedicalSecurity.InsuredPersons\n  party Beijing\n}\n',
        });
        const edit = await renameAt(ws, 'registry.citypact', 'department Medical|Security "上海', 'Health');
        assert.match(applyWorkspaceEdit(ws, edit!)['wrong.citypact'], /party Shanghai\.Health\.InsuredPersons\n/);
    });

    it('refuses to rename a standard-library declaration, from a reference or in the library itself', async () => {
        const ws = await sampleWorkspace();
        const expected = "'Shanghai' is declared in the standard library, which is read-only: it cannot be renamed.";
        assert.equal(await refusal(() => prepareAt(ws, 'agreement.citypact', 'party Shang|hai.MedicalSecurity role lead')), expected);
        assert.equal(await refusal(() => renameAt(ws, 'registry.citypact', 'of Shang|hai {', 'Hu')), expected);
        const stdlib = ws.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'citypact-stdlib')!;
        const provider = ws.services.CityPact.lsp.RenameProvider!;
        assert.match(await refusal(() => provider.prepareRename(stdlib, {
            textDocument: { uri: stdlib.uri.toString() }, position: at(stdlib, 'province Guang|dong'),
        })), /'Guangdong' is declared in the standard library/);
    });

    it('refuses a new name that is not an identifier, is a keyword, or clashes with an existing name', async () => {
        const ws = await sampleWorkspace({ 'health.citypact': 'department Health "上海市卫生健康委员会" of Shanghai\n' });
        const rename = (name: string) => () => renameAt(ws, 'registry.citypact', 'department Medical|Security "上海', name);
        for (const bad of ['Medical-Security', '1st', 'Medical Security', 'Shanghai.Health2', '']) {
            assert.match(await refusal(rename(bad)), /is not a valid name/, bad);
        }
        for (const keyword of ['party', 'department', 'cross-region']) {
            assert.match(await refusal(rename(keyword)), /keyword|not a valid name/, keyword);
        }
        assert.equal(await refusal(rename('party')), "'party' is a keyword and cannot be used as a name.");
        assert.equal(await refusal(rename('Health')),
            "'Shanghai.Health' already exists: renaming would make two declarations share a name.");
        // Names may be Chinese, or begin with a keyword.
        assert.ok(await rename('医保局')());
        assert.ok(await rename('partyOffice')());
    });

    it('refuses in Chinese when the locale is zh-CN', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY });
        ws.services.CityPact.workspace.Settings.localeOverride = 'zh-CN';
        assert.equal(await refusal(() => renameAt(ws, 'registry.citypact', 'of Shang|hai {', 'Hu')),
            '“Shanghai”在只读的标准库中声明，不能重命名。');
    });

    it('does nothing where there is no name', async () => {
        const ws = await sampleWorkspace();
        assert.equal(await prepareAt(ws, 'agreement.citypact', '  ver|sion 2.1.0'), undefined);
        assert.equal(await renameAt(ws, 'agreement.citypact', '  ver|sion 2.1.0', 'X'), undefined);
    });
});
