import { AstUtils, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import { createCityPactServices, type CityPactServices } from '../citypact-module.js';
import { diffAgreements, diffSide, type DiffSide } from '../diff/diff-engine.js';
import { renderDiffHtml } from '../diff/diff-html.js';
import { isAgreement, type Agreement, type Model } from '../generated/ast.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import { loadDocuments } from '../workspace/load-documents.js';
import { DIFF_REQUEST_METHOD, type DiffRequestParams, type DiffRequestResult } from './diff-protocol.js';
import { currentDocument } from './current-document.js';

/**
 * Answers `citypact/diff` (diff-protocol.ts) for "Compare with Previous Version":
 * the engine of `citypact diff`, rendered as the preview renders.
 */
export function registerDiffRequest(shared: LangiumSharedServices, CityPact: CityPactServices): void {
    shared.lsp.Connection?.onRequest(DIFF_REQUEST_METHOD, (params: DiffRequestParams, token: CancellationToken) =>
        handleDiffRequest(params, shared, CityPact, token));
}

export async function handleDiffRequest(
    params: DiffRequestParams,
    shared: LangiumSharedServices,
    CityPact: CityPactServices,
    token?: CancellationToken,
): Promise<DiffRequestResult> {
    const uri = URI.parse(params.uri);
    if (shared.lsp.Connection) await shared.workspace.WorkspaceManager.ready;
    const document = await currentDocument(uri, shared, token) as LangiumDocument<Model> | undefined;
    if (!document) return { error: 'This file is not a CityPact file the language server knows.' };
    const agreements = document.parseResult.value.declarations.filter(isAgreement).filter(a => a.name);
    const fileName = uri.path.split('/').pop() ?? '';
    if (agreements.length === 0) return { error: `${fileName} declares no agreement to compare.` };
    const locale = CityPact.workspace.Settings.localeFor(uri);
    const doc = (services: CityPactServices): DiffSide['doc'] => diffSide([], services).doc;

    // 1. The agreements that each one supersedes, read from this same workspace (§8:
    //    "two files of one workspace … can be compared this way").
    const successors = agreements.filter(a => a.supersedes?.ref && isAgreement(a.supersedes.ref));
    if (successors.length > 0) {
        const predecessors = successors.map(a => a.supersedes!.ref as Agreement);
        const result = diffAgreements(
            { agreements: predecessors, doc: doc(CityPact) },
            { agreements: successors, doc: doc(CityPact) },
        );
        const linkable = new Set([uri.toString(), ...predecessors.map(p => AstUtils.getDocument(p).uri.toString())]);
        const names = predecessors.map(p => p.name).join(', ');
        return {
            title: fileName,
            against: 'supersedes',
            changes: result.agreements.reduce((n, a) => n + a.changes.length, 0),
            html: renderDiffHtml(result, { locale, beforeLabel: `${names} (supersedes)`, afterLabel: fileName, linkable }),
        };
    }

    // 2. The file at git HEAD, in a workspace of its own: the other files as the editor
    //    has them, this one as it was (each side its own workspace, §8).
    if (params.previousText === undefined) {
        return { error: `No previous version: no agreement in ${fileName} supersedes another, and git has no ${fileName} at HEAD.` };
    }
    const services = createCityPactServices(EmptyFileSystem);
    services.CityPact.workspace.Settings.defaultStdlib = CityPact.workspace.Settings.defaultStdlib;
    // Its own URI (the same path, so the same citypact.json applies): the page must not
    // link the old side's line numbers into the file as it is now.
    const previousUri = uri.with({ query: 'git-head' });
    const sources = [{ uri: previousUri, text: params.previousText }];
    for (const other of shared.workspace.LangiumDocuments.all) {
        if (other.uri.toString() === uri.toString() || isStandardLibrary(other.uri)) continue;
        sources.push({ uri: other.uri, text: other.textDocument.getText() });
    }
    const [previous] = await loadDocuments(services, sources, { validation: false, eagerLinking: false });
    if (previous.parseResult.lexerErrors.length || previous.parseResult.parserErrors.length) {
        return { error: `${fileName} at git HEAD does not parse: nothing to compare with.` };
    }
    const result = diffAgreements(diffSide([previous], services.CityPact), { agreements, doc: doc(CityPact) });
    return {
        title: fileName,
        against: 'git',
        changes: result.agreements.reduce((n, a) => n + a.changes.length, 0),
        html: renderDiffHtml(result, { locale, beforeLabel: `${fileName} (git HEAD)`, afterLabel: fileName, linkable: new Set([uri.toString()]) }),
    };
}
