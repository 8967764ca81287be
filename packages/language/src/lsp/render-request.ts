import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { CityPactServices } from '../citypact-module.js';
import { escapeHtml } from '../render/escape.js';
import { renderAgreementsHtml } from '../render/html.js';
import { agreementsOf, agreementView } from '../render/model-to-view.js';
import { currentDocument } from './current-document.js';
import { RENDER_REQUEST_METHOD, type RenderRequestParams, type RenderRequestResult } from './render-protocol.js';

/**
 * Answers `citypact/render` (see render-protocol.ts) with the renderer of
 * `citypact render`, for the VS Code preview.
 */
export function registerRenderRequest(shared: LangiumSharedServices, CityPact: CityPactServices): void {
    shared.lsp.Connection?.onRequest(RENDER_REQUEST_METHOD, (params: RenderRequestParams, token: CancellationToken) =>
        handleRenderRequest(params, shared, CityPact, token));
}

export async function handleRenderRequest(
    params: RenderRequestParams,
    shared: LangiumSharedServices,
    CityPact: CityPactServices,
    token?: CancellationToken,
): Promise<RenderRequestResult> {
    const uri = URI.parse(params.uri);
    // A preview opened or restored at start-up may ask before the workspace is loaded:
    // rendered then, every reference to another file would show as unresolved. Outside
    // a language server (tests) the workspace is never "ready"; wait briefly, and only
    // for a file that is not there.
    if (shared.lsp.Connection) await Promise.race([shared.workspace.WorkspaceManager.ready, delay(30_000)]);
    else if (!shared.workspace.LangiumDocuments.hasDocument(uri)) await Promise.race([shared.workspace.WorkspaceManager.ready, delay(2000)]);
    const document = await currentDocument(uri, shared, token);
    if (!document) return { error: 'This file is not a CityPact file the language server knows.' };
    const views = agreementsOf(document).map(agreement => agreementView(agreement, document, CityPact));
    const fileName = uri.path.split('/').pop() ?? '';
    if (views.length === 0) {
        return {
            title: fileName,
            agreements: 0,
            html: `<p class="cp-message">${escapeHtml(fileName)} 中没有协议。The file declares no agreement: `
                + 'open an agreement file to preview it (registries and datasets are shown where an agreement uses them).</p>',
        };
    }
    return { title: views[0].label.text, agreements: views.length, html: renderAgreementsHtml(views, { generator: 'citypact' }) };
}

function delay(ms: number): Promise<void> {
    // Unref'd: a timer that lost the race must not keep a process alive.
    return new Promise(resolve => setTimeout(resolve, ms).unref?.());
}
