import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const CONFIG_FILE = 'citypact.json';

/**
 * The language status item (the `{}` next to "CityPact" in the status bar): which
 * citypact.json is in force for the active file, found the way the server finds it
 * (walking up from the file), and how many problems the CityPact files have.
 */
export function registerLanguageStatus(context: vscode.ExtensionContext): void {
    const item = vscode.languages.createLanguageStatusItem('citypact.status', { language: 'citypact' });
    item.name = 'CityPact';
    const update = () => {
        const editor = vscode.window.activeTextEditor;
        const config = editor?.document.uri.scheme === 'file' ? findConfig(editor.document.uri.fsPath) : undefined;
        const problems = countProblems();
        const configText = config ? vscode.workspace.asRelativePath(config) : vscode.l10n.t('no citypact.json (defaults)');
        item.text = `$(law) ${configText}`;
        item.detail = vscode.l10n.t('{0} errors, {1} warnings in CityPact files', problems.errors, problems.warnings);
        item.severity = problems.errors ? vscode.LanguageStatusSeverity.Error
            : problems.warnings ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
        item.command = config
            ? { title: vscode.l10n.t('Open configuration'), command: 'vscode.open', arguments: [vscode.Uri.file(config)] }
            : { title: vscode.l10n.t('Show problems'), command: 'workbench.actions.view.problems' };
    };
    update();
    context.subscriptions.push(
        item,
        vscode.window.onDidChangeActiveTextEditor(update),
        vscode.languages.onDidChangeDiagnostics(update),
        vscode.workspace.onDidCreateFiles(update),
        vscode.workspace.onDidDeleteFiles(update),
    );
}

/** The nearest citypact.json above a file, as the language server and the CLI find it. */
export function findConfig(file: string): string | undefined {
    let folder = path.dirname(file);
    for (;;) {
        const candidate = path.join(folder, CONFIG_FILE);
        if (fs.existsSync(candidate)) return candidate;
        const parent = path.dirname(folder);
        if (parent === folder) return undefined;
        folder = parent;
    }
}

function countProblems(): { errors: number; warnings: number } {
    let errors = 0;
    let warnings = 0;
    for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
        if (!uri.path.endsWith('.citypact')) continue;
        for (const d of diagnostics) {
            if (d.source !== 'citypact') continue;
            if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
            else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        }
    }
    return { errors, warnings };
}
