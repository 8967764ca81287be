import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CityPactServices } from '../citypact-module.js';
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '../export/export-agreements.js';
import { CONFIG_FILE_NAME } from '../workspace/config.js';
import { EXPORT_REQUEST_METHOD, type ExportRequestParams, type ExportRequestResult } from './export-protocol.js';

/**
 * Answers `citypact/export` (see export-protocol.ts) with the same exporter as
 * `citypact export`. The server only computes the files; the client writes them,
 * because only the client knows where the user wants them and can open them.
 */
export function registerExportRequest(shared: LangiumSharedServices, CityPact: CityPactServices): void {
    let workspaceFolders: string[] = [];
    shared.lsp.LanguageServer.onInitialize(params => {
        workspaceFolders = (params.workspaceFolders ?? [])
            .map(folder => URI.parse(folder.uri))
            .filter(uri => uri.scheme === 'file')
            .map(uri => uri.fsPath);
    });
    shared.lsp.Connection?.onRequest(EXPORT_REQUEST_METHOD, async (params: ExportRequestParams) => {
        // As Langium's own handlers do: wait for the workspace, then read under the
        // workspace lock. A read runs after every queued write, so the edits the client
        // sent before this request are parsed and validated when the export looks.
        await shared.workspace.WorkspaceManager.ready;
        return shared.workspace.WorkspaceLock.read(() => handleExportRequest(params, shared, CityPact, workspaceFolders));
    });
}

/** The answer for a workspace that is built and validated (see registerExportRequest). */
export function handleExportRequest(
    params: ExportRequestParams,
    shared: LangiumSharedServices,
    CityPact: CityPactServices,
    workspaceFolders: string[],
): ExportRequestResult {
    const format = params.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) return { error: `Unknown export format "${params.format}" (expected json or odrl).` };
    const uri = URI.parse(params.uri);
    if (uri.scheme !== 'file') return { error: 'Save the file before exporting it: the export is written next to it.' };

    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    if (!document) return { error: `${path.basename(uri.fsPath)} is not a CityPact file the language server knows.` };
    // Diagnostics decide whether the file may be exported: they must be current.
    if (document.state < DocumentState.Validated) return { error: `${path.basename(uri.fsPath)} is still being checked; try again.` };

    const result = exportDocument(document, CityPact, {
        format,
        workspaceRoot: workspaceRootOf(uri, CityPact, workspaceFolders),
        sourceBytes: savedBytesOf(document),
    });
    const name = path.basename(uri.fsPath);
    if (result.refused.length) {
        const refused = result.refused[0];
        const more = refused.reasons.length > 3 ? `\n(and ${refused.reasons.length - 3} more)` : '';
        return {
            error: `${name} has errors, so ${refused.agreementId} was not exported. Fix them first:\n`
                + refused.reasons.slice(0, 3).join('\n') + more,
        };
    }
    if (result.exported.length === 0) return { error: `${name} declares no agreement to export.` };
    return { documents: result.exported.map(({ fileName, content }) => ({ fileName, content })) };
}

/**
 * docs/language.md §6: the folder of the nearest citypact.json. Where there is none, the
 * editor's "current folder" is the workspace folder holding the file, else the
 * file's own folder.
 */
function workspaceRootOf(uri: URI, CityPact: CityPactServices, workspaceFolders: string[]): string {
    const config = CityPact.workspace.Settings.configFor(uri);
    if (config.file && path.basename(config.file) === CONFIG_FILE_NAME) return path.dirname(config.file);
    const file = uri.fsPath;
    const containing = workspaceFolders
        .filter(folder => {
            const relative = path.relative(folder, file);
            return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
        })
        .sort((a, b) => b.length - a.length)[0];
    return containing ?? path.dirname(file);
}

/**
 * `source.sha256` is of the file's bytes. The bytes on disk are used when they hold
 * the text the server validated (the usual case: the extension saves first);
 * otherwise the text itself as UTF-8, so the hash always matches what was exported.
 */
function savedBytesOf(document: LangiumDocument): Uint8Array | undefined {
    try {
        const bytes = fs.readFileSync(document.uri.fsPath);
        let text = bytes.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        return text === document.textDocument.getText() ? bytes : undefined;
    } catch {
        return undefined;
    }
}
