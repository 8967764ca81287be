import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_REQUEST_METHOD, type RenderRequestParams, type RenderRequestResult } from 'citypact-language/render-protocol';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './preview-panel.js';

/** Wait this long after the last keystroke before rendering again. */
const DEBOUNCE_MS = 250;
/** How often to retry while the language server is still starting. */
const RETRY_MS = 500;

/**
 * "CityPact: Open Preview" and "Open Preview to the Side" (issue #10): a live
 * rendering of the agreement, its diagram included, that follows every edit of the
 * file and of the files it refers to. The language server renders (the
 * `citypact/render` request, the renderer of `citypact render`); clicking a diagram
 * node or a section reveals its line in the source.
 */
export function registerPreview(context: vscode.ExtensionContext, clientOf: () => LanguageClient | undefined): void {
    const manager = new PreviewManager(context.extensionUri, clientOf);
    context.subscriptions.push(
        manager,
        vscode.commands.registerCommand('citypact.openPreview', (uri?: vscode.Uri) => manager.open(uri, false)),
        vscode.commands.registerCommand('citypact.openPreviewToSide', (uri?: vscode.Uri) => manager.open(uri, true)),
        // Previews come back after a window reload, bound to the same file.
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: { uri?: string } | undefined) => {
                if (state?.uri) manager.adopt(panel, vscode.Uri.parse(state.uri));
                else panel.dispose();
            },
        }),
    );
}

class PreviewManager implements vscode.Disposable {
    private readonly previews = new Map<string, PreviewPanel>();
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Per preview, the number of its latest request: older answers are dropped. */
    private readonly generation = new Map<string, number>();

    constructor(private readonly extensionUri: vscode.Uri, private readonly clientOf: () => LanguageClient | undefined) {
        // Any CityPact file may change what an agreement shows (a renamed department in
        // the registry), so every edit refreshes every preview.
        this.disposables.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === 'citypact' && event.contentChanges.length) this.scheduleRefresh();
            }),
            vscode.workspace.onDidSaveTextDocument(document => {
                if (document.languageId === 'citypact' || document.fileName.endsWith('citypact.json')) this.scheduleRefresh();
            }),
            // New diagnostics mean the server has re-validated: after the workspace has
            // loaded, after citypact.json or a file changed on disk. The problems listed
            // at the top of the preview must match the Problems panel.
            vscode.languages.onDidChangeDiagnostics(event => {
                if (event.uris.some(uri => this.previews.has(uri.toString()))) this.scheduleRefresh();
            }),
        );
    }

    async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        const target = uri ?? (editor?.document.languageId === 'citypact' ? editor.document.uri : undefined);
        if (!target) {
            void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: open a .citypact file to preview it.'));
            return;
        }
        const column = toSide ? vscode.ViewColumn.Beside : editor?.viewColumn ?? vscode.ViewColumn.Active;
        const existing = this.previews.get(target.toString());
        if (existing) {
            existing.panel.reveal(column, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'CityPact', { viewColumn: column, preserveFocus: toSide }, {
            enableScripts: true,
            enableFindWidget: true,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
        });
        this.adopt(panel, target);
    }

    adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): void {
        const key = uri.toString();
        const preview = new PreviewPanel(panel, uri, this.extensionUri, revealLine);
        this.previews.set(key, preview);
        preview.onDidDispose(() => {
            this.previews.delete(key);
            this.generation.delete(key);
        });
        void this.refresh(preview);
    }

    private scheduleRefresh(): void {
        if (this.previews.size === 0) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            for (const preview of this.previews.values()) void this.refresh(preview);
        }, DEBOUNCE_MS);
    }

    private async refresh(preview: PreviewPanel, attempt = 0): Promise<void> {
        const key = preview.uri.toString();
        const generation = (this.generation.get(key) ?? 0) + 1;
        this.generation.set(key, generation);
        const client = this.clientOf();
        if (!client || !client.isRunning()) {
            // Activation starts the server; a preview restored at start-up may come first.
            if (attempt < 60) setTimeout(() => { if (this.generation.get(key) === generation) void this.refresh(preview, attempt + 1); }, RETRY_MS);
            else preview.show({ error: vscode.l10n.t('CityPact: the language server is not running.') });
            return;
        }
        let result: RenderRequestResult;
        try {
            // The file must be open for the server to render what the editor shows.
            await vscode.workspace.openTextDocument(preview.uri);
            const params: RenderRequestParams = { uri: client.code2ProtocolConverter.asUri(preview.uri) };
            result = await client.sendRequest<RenderRequestResult>(RENDER_REQUEST_METHOD, params);
        } catch (error) {
            result = { error: vscode.l10n.t('CityPact: the preview could not be rendered: {0}', (error as Error)?.message ?? String(error)) };
        }
        if (this.generation.get(key) === generation) preview.show(result);
    }

    dispose(): void {
        clearTimeout(this.timer);
        for (const preview of [...this.previews.values()]) preview.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }
}

/**
 * Shows the source with the line selected: in the editor that already shows it,
 * else in the first column (the preview usually sits beside it).
 */
export async function revealLine(uri: vscode.Uri, line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(uri, {
        viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
        preserveFocus: false,
        preview: false,
    });
    const position = new vscode.Position(Math.min(line - 1, editor.document.lineCount - 1), 0);
    const end = editor.document.lineAt(position.line).range.end;
    editor.selection = new vscode.Selection(position, end);
    editor.revealRange(new vscode.Range(position, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
