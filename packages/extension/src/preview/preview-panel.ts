import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { previewShellHtml } from 'citypact-language/preview-shell';
import type { RenderRequestResult } from 'citypact-language/render-protocol';

/** Messages from the webview's script (webview/preview-script.ts). */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number };

/** Messages to the webview's script. */
export type ToWebview = { type: 'update'; html: string; uri: string };

export const PREVIEW_VIEW_TYPE = 'citypact.preview';

/**
 * One preview: a webview panel bound to one `.citypact` file. The page is loaded
 * once (preview-shell.ts); each render is posted to its script, which swaps the
 * articles in place, so scrolling and focus survive every keystroke.
 */
export class PreviewPanel {
    private latest: ToWebview | undefined;
    private ready = false;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeEmitter = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposeEmitter.event;

    constructor(
        readonly panel: vscode.WebviewPanel,
        readonly uri: vscode.Uri,
        extensionUri: vscode.Uri,
        private readonly reveal: (uri: vscode.Uri, line: number) => Promise<void>,
    ) {
        const dist = vscode.Uri.joinPath(extensionUri, 'dist');
        panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist] };
        panel.title = previewTitle(uri);
        panel.webview.html = previewShellHtml({
            cspSource: panel.webview.cspSource,
            nonce: randomBytes(18).toString('base64'),
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'preview.js')).toString(),
            title: panel.title,
        });
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
            // A hidden webview is unloaded; its script says `ready` again when it is shown.
            panel.onDidChangeViewState(() => { if (!panel.visible) this.ready = false; }),
            panel.onDidDispose(() => this.dispose()),
        );
    }

    /** Shows a render result, now or as soon as the webview's script is listening. */
    show(result: RenderRequestResult): void {
        const html = 'error' in result
            ? `<p class="cp-message">${escapeText(result.error)}</p>`
            : result.html;
        this.latest = { type: 'update', html, uri: this.uri.toString() };
        this.post();
    }

    private onMessage(message: FromWebview): void {
        if (message?.type === 'ready') {
            this.ready = true;
            this.post();
        } else if (message?.type === 'reveal' && Number.isInteger(message.line) && message.line > 0) {
            void this.reveal(this.uri, message.line);
        }
    }

    private post(): void {
        if (this.ready && this.latest) void this.panel.webview.postMessage(this.latest);
    }

    dispose(): void {
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        this.disposeEmitter.fire();
        this.disposeEmitter.dispose();
    }
}

/** Like Markdown's previews: the file's name, short enough for a tab. */
function previewTitle(uri: vscode.Uri): string {
    return `预览 Preview ${uri.path.split('/').pop() ?? ''}`;
}

function escapeText(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
