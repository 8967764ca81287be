import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIFF_REQUEST_METHOD, type DiffRequestParams, type DiffRequestResult } from 'citypact-language/diff-protocol';
import { previewShellHtml } from 'citypact-language/preview-shell';
import { revealLine } from '../preview/preview-manager.js';
import { gitHeadText } from './git-head.js';

export const COMPARE_VIEW_TYPE = 'citypact.compare';

/**
 * "CityPact: Compare with Previous Version" (issue 15, docs/diff.md): the agreement
 * against the one it `supersedes`, else against the file at git HEAD, as a page of
 * the preview's family (grouped by impact, before and after side by side, cells
 * that open their line). The language server compares and renders (`citypact/diff`);
 * the extension host reads the old text with `git show HEAD:./<file>` — only in a
 * trusted workspace, since a repository's own git configuration can run programs.
 */
export function registerCompareCommand(context: vscode.ExtensionContext, clientOf: () => LanguageClient | undefined): void {
    const panels = new Map<string, vscode.WebviewPanel>();
    context.subscriptions.push(vscode.commands.registerCommand('citypact.compareWithPrevious', async (uri?: vscode.Uri) => {
        const editor = vscode.window.activeTextEditor;
        const target = uri ?? (editor?.document.languageId === 'citypact' ? editor.document.uri : undefined);
        if (!target) {
            void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: open a .citypact file to compare it with its previous version.'));
            return;
        }
        const client = clientOf();
        if (!client?.isRunning()) {
            void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: the language server is not running; try again in a moment.'));
            return;
        }
        let result: DiffRequestResult;
        try {
            // Opened, so that the server compares what the editor shows, unsaved edits included.
            await vscode.workspace.openTextDocument(target);
            const params: DiffRequestParams = { uri: client.code2ProtocolConverter.asUri(target) };
            const previousText = target.scheme === 'file' && vscode.workspace.isTrusted ? await gitHeadText(target.fsPath) : undefined;
            if (previousText !== undefined) params.previousText = previousText;
            result = await client.sendRequest<DiffRequestResult>(DIFF_REQUEST_METHOD, params);
        } catch (error) {
            result = { error: vscode.l10n.t('CityPact: the comparison failed: {0}', (error as Error)?.message ?? String(error)) };
        }
        const key = target.toString();
        let panel = panels.get(key);
        if (!panel) {
            const dist = vscode.Uri.joinPath(context.extensionUri, 'dist');
            panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, 'CityPact', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
                enableScripts: true, enableFindWidget: true, enableCommandUris: false, localResourceRoots: [dist],
            });
            panel.title = vscode.l10n.t('Compare {0}', path.basename(target.path));
            panel.webview.html = previewShellHtml({
                cspSource: panel.webview.cspSource,
                nonce: randomBytes(18).toString('base64'),
                scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
                title: panel.title,
                compare: true,
            });
            panels.set(key, panel);
            panel.webview.onDidReceiveMessage((message: { type?: string; line?: unknown; uri?: unknown }) => {
                if (message?.type === 'ready') {
                    // The script says `ready` when it loads (again, after the panel was hidden).
                    void panel!.webview.postMessage(latest.get(key));
                } else if (message?.type === 'reveal' && Number.isInteger(message.line) && (message.line as number) > 0) {
                    // Only the files the page was rendered from: a page cannot open anything else.
                    const linked = typeof message.uri === 'string' ? allowed.get(key)?.get(message.uri) : target;
                    if (linked) void revealLine(linked, message.line as number);
                }
            });
            panel.onDidDispose(() => {
                panels.delete(key);
                latest.delete(key);
                allowed.delete(key);
            });
        } else {
            panel.reveal(vscode.ViewColumn.Beside);
        }
        const html = 'error' in result ? `<p class="cp-message">${escapeText(result.error)}</p>` : result.html;
        latest.set(key, { type: 'update', html, uri: key });
        allowed.set(key, linkedUris(html, client));
        void panel.webview.postMessage(latest.get(key));
    }));
    const latest = new Map<string, { type: 'update'; html: string; uri: string }>();
    const allowed = new Map<string, Map<string, vscode.Uri>>();
}

/** The URIs the rendered page links to (`data-uri`, as the server wrote them), each as the editor names it. */
function linkedUris(html: string, client: LanguageClient): Map<string, vscode.Uri> {
    const uris = new Set([...html.matchAll(/data-uri="([^"]+)"/g)].map(m => m[1].replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"')));
    return new Map([...uris].map(u => [u, client.protocol2CodeConverter.asUri(u)]));
}

function escapeText(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
