/// <reference lib="dom" />
/**
 * The script of the preview webview, bundled by esbuild.mjs as dist/preview.js and
 * loaded with the page's nonce (no other script may run there). It swaps in each
 * render the extension posts, and turns clicks on anything that carries a source
 * line (`data-line`: diagram nodes, arrows, sections, rows) into "reveal this line".
 */

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

(() => {
    const vscode = acquireVsCodeApi();
    const main = document.getElementById('cp-preview');
    if (!main) return;

    window.addEventListener('message', (event: MessageEvent) => {
        const message = event.data as { type?: string; html?: unknown; uri?: unknown };
        if (message?.type !== 'update' || typeof message.html !== 'string') return;
        // The extension renders with every user value escaped (citypact-language's html.ts).
        main.innerHTML = message.html;
        // Remembered across reloads, so the preview comes back bound to its file.
        vscode.setState({ uri: message.uri });
    });

    const lineOf = (target: EventTarget | null): number | undefined => {
        const element = target instanceof Element ? target.closest('[data-line]') : null;
        const line = Number(element?.getAttribute('data-line'));
        return Number.isInteger(line) && line > 0 ? line : undefined;
    };
    // The compare page links to two files: a cell names its file in `data-uri`.
    const uriOf = (target: EventTarget | null): string | undefined =>
        (target instanceof Element ? target.closest('[data-line]')?.getAttribute('data-uri') : null) ?? undefined;

    document.addEventListener('click', event => {
        // Selecting text to copy it is not a request to jump.
        if (window.getSelection()?.toString()) return;
        const line = lineOf(event.target);
        if (line === undefined) return;
        event.preventDefault();
        reveal(line, event.target);
    });

    document.addEventListener('keydown', event => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const line = lineOf(document.activeElement);
        if (line === undefined) return;
        event.preventDefault();
        reveal(line, document.activeElement);
    });

    /** The file is named only on the compare page, where a row may belong to either side. */
    function reveal(line: number, target: EventTarget | null): void {
        const uri = uriOf(target);
        vscode.postMessage(uri === undefined ? { type: 'reveal', line } : { type: 'reveal', line, uri });
    }

    vscode.postMessage({ type: 'ready' });
})();
