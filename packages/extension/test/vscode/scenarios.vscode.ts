import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * The end-to-end scenarios of test/e2e, written against the `vscode` API for
 * @vscode/test-electron. Runs inside VS Code's extension host, with a copy of
 * examples/ (plus drafts/) as the workspace.
 */
const workspaceRoot = () => vscode.workspace.workspaceFolders![0].uri.fsPath;
const file = (relative: string) => vscode.Uri.file(path.join(workspaceRoot(), relative));

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeout = 30_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error('timed out');
        await new Promise(r => setTimeout(r, 200));
    }
}

export const scenarios: Array<[string, () => Promise<void>]> = [
    ['activates and reports the rule id of a broken reference', async () => {
        const document = await vscode.workspace.openTextDocument(file('drafts/broken-draft.citypact'));
        await vscode.window.showTextDocument(document);
        assert.ok(vscode.extensions.getExtension('citypact.citypact-vscode')?.isActive);
        const diagnostics = await until(() => vscode.languages.getDiagnostics(document.uri).filter(d => d.code === 'unresolved-reference').at(0));
        assert.equal(diagnostics.range.start.line, 4);
    }],
    ['shows a party\'s label on hover', async () => {
        const uri = file('yrd-medical-settlement/agreement.citypact');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const hovers = await until(async () => {
            const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(21, 20));
            return result.length ? result : undefined;
        });
        const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
        assert.match(text, /上海市医疗保障局/);
    }],
    ['offers the service modes in completion', async () => {
        const uri = file('drafts/broken-draft.citypact');
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(6, 9));
        const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
        for (const mode of ['online', 'proxy', 'joint']) assert.ok(labels.includes(mode), labels.join(', '));
    }],
    ['formats a document into the canonical layout', async () => {
        const uri = file('drafts/messy-districts.citypact');
        const document = await vscode.workspace.openTextDocument(uri);
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
        const edit = new vscode.WorkspaceEdit();
        edit.set(uri, edits);
        await vscode.workspace.applyEdit(edit);
        assert.equal(document.getText(), 'district Xuhui "徐汇区" of Shanghai {\n  code 310104\n}\n\ndistrict Jingan "静安区" of Shanghai {\n  code 310106\n}\n');
    }],
    ['exports the agreement to JSON with the export command', async () => {
        const uri = file('yrd-medical-settlement/agreement.citypact');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        await vscode.commands.executeCommand('citypact.exportJson');
        const exported = path.join(workspaceRoot(), 'yrd-medical-settlement', 'YRDMedicalSettlement.json');
        await until(() => fs.existsSync(exported));
        assert.equal(JSON.parse(fs.readFileSync(exported, 'utf8')).agreement.id, 'YRDMedicalSettlement');
    }],
    ['applies a rule severity change in citypact.json live', async () => {
        const uri = file('drafts/broken-draft.citypact');
        await until(() => vscode.languages.getDiagnostics(uri).some(d => d.code === 'unresolved-reference'));
        fs.writeFileSync(path.join(workspaceRoot(), 'citypact.json'), JSON.stringify({ rules: { 'unresolved-reference': 'off' } }));
        await until(() => !vscode.languages.getDiagnostics(uri).some(d => d.code === 'unresolved-reference'));
    }],
];
