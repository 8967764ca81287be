import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    EXPORT_REQUEST_METHOD, type ExportedFileContent, type ExportRequestParams, type ExportRequestResult,
} from 'citypact-language/export-protocol';

type ExportFormat = ExportRequestParams['format'];

/**
 * "CityPact: Export Agreement to JSON / ODRL": exports the active file through the
 * language server's `citypact/export` request (the CLI's exporter), writes the
 * results next to the file and opens them. A file with errors is refused with the
 * server's message.
 */
export function registerExportCommands(context: vscode.ExtensionContext, clientOf: () => LanguageClient | undefined): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('citypact.exportJson', (uri?: vscode.Uri) => exportAgreement('json', clientOf(), uri)),
        vscode.commands.registerCommand('citypact.exportOdrl', (uri?: vscode.Uri) => exportAgreement('odrl', clientOf(), uri)),
    );
}

async function exportAgreement(format: ExportFormat, client: LanguageClient | undefined, uri: vscode.Uri | undefined): Promise<void> {
    // From the editor's context menu VS Code passes the file's URI; from the palette, nothing.
    const document = uri
        ? vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString()) ?? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'citypact') {
        void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: open a .citypact file to export its agreements.'));
        return;
    }
    if (document.isUntitled || document.uri.scheme !== 'file') {
        void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: save the file first; the export is written next to it.'));
        return;
    }
    // The export records the file's SHA-256, so it must describe the saved file.
    if (document.isDirty && !(await document.save())) {
        void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: the file could not be saved, so it was not exported.'));
        return;
    }
    if (!client || !client.isRunning()) {
        void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: the language server is not running; try again in a moment.'));
        return;
    }

    let result: ExportRequestResult;
    try {
        const params: ExportRequestParams = { uri: client.code2ProtocolConverter.asUri(document.uri), format };
        result = await client.sendRequest<ExportRequestResult>(EXPORT_REQUEST_METHOD, params);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: export failed: {0}', (error as Error)?.message ?? String(error)));
        return;
    }
    if ('error' in result) {
        await showRefusal(result.error);
        return;
    }

    const folder = document.uri.with({ path: path.posix.dirname(document.uri.path) });
    try {
        const written: vscode.Uri[] = [];
        for (const file of result.documents) written.push(await writeAtomically(folder, file));
        for (const target of written) {
            await vscode.window.showTextDocument(target, { preview: false, viewColumn: vscode.ViewColumn.Beside });
        }
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: {0}', (error as Error)?.message ?? String(error)));
    }
}

/** The first line is the summary; the rest (the errors) goes to the detail of a modal. */
async function showRefusal(message: string): Promise<void> {
    const [summary, ...details] = message.split('\n');
    const showProblems = vscode.l10n.t('Show problems');
    const choice = await vscode.window.showErrorMessage(
        vscode.l10n.t('CityPact: {0}', summary),
        { modal: true, detail: details.join('\n') },
        showProblems,
    );
    if (choice === showProblems) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/**
 * Writes through a temporary file in the same folder and a rename, so an editor or
 * downstream tool never sees half a file. The name must be a bare file name: the
 * export only ever writes beside the source.
 */
async function writeAtomically(folder: vscode.Uri, file: ExportedFileContent): Promise<vscode.Uri> {
    if (!file.fileName || /[\\/\0]/.test(file.fileName) || file.fileName === '.' || file.fileName === '..') {
        throw new Error(vscode.l10n.t('refusing to write "{0}" outside the folder of the file', file.fileName));
    }
    const target = vscode.Uri.joinPath(folder, file.fileName);
    const temporary = vscode.Uri.joinPath(folder, `.citypact-export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`);
    try {
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(file.content));
        await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch (error) {
        await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
        throw new Error(vscode.l10n.t('cannot write {0}: {1}', file.fileName, (error as Error)?.message ?? String(error)));
    }
    return target;
}
