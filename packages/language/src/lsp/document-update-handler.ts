import * as fs from 'node:fs';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices, type TextDocuments } from 'langium/lsp';
import { DocumentState, URI, UriUtils, type LangiumDocuments, type WorkspaceManager } from 'langium';
import type { DidChangeWatchedFilesParams, TextDocumentChangeEvent } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../workspace/config.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';

/**
 * Reloads citypact.json when it changes on disk, without a restart (issue #3):
 * the configuration cache is dropped and every document is re-linked and
 * re-validated, since `stdlib`, `locale` and rule severities may all have changed.
 *
 * Open documents are the editor's (issue #9): deleting an open file on disk does not
 * take it away from the server, and closing a document returns to what is on disk.
 */
export class CityPactDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly langiumDocuments: LangiumDocuments;
    private readonly textDocuments: TextDocuments<TextDocument> | undefined;
    private readonly workspaceFolders: () => ReadonlyArray<{ uri: string }>;
    private settingsList: () => CityPactSettings[];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.langiumDocuments = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
        const workspaceManager = services.workspace.WorkspaceManager as WorkspaceManager & { workspaceFolders?: ReadonlyArray<{ uri: string }> };
        this.workspaceFolders = () => workspaceManager.workspaceFolders ?? [];
        this.settingsList = () => services.ServiceRegistry.all
            .map(s => (s as unknown as { workspace: { Settings?: CityPactSettings } }).workspace.Settings)
            .filter((s): s is CityPactSettings => !!s);
    }

    /**
     * Only CityPact documents are built. A generic client opens every file of the
     * workspace with the server (`citypact.json` as `json`, a README as `markdown`,
     * notes as `plaintext`): Langium queued each for a build, which then threw "The
     * service registry contains no services for the extension '.txt'" and took the
     * server down (issue 20). Such documents stay in the editor's TextDocuments, are
     * answered with nothing, and never enter the workspace. A `.citypact` file is
     * ours whatever language id the client guessed (editors without a CityPact mode
     * send `plaintext`); the service registry decides, as for requests.
     */
    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        let uri: URI;
        try {
            uri = URI.parse(change.document.uri);
        } catch {
            return;
        }
        if (!this.serviceRegistry.hasServices(uri)) return;
        super.didChangeContent(change);
    }

    /**
     * A closed workspace .citypact file is re-read from disk (its unsaved edits were
     * discarded); any other closed document leaves the workspace: an untitled buffer,
     * a file in the CityPact language mode without the .citypact extension, a file
     * outside the workspace folders or one deleted meanwhile. Langium kept them all:
     * their names clashed with the workspace until a restart, and one without the
     * extension crashed the server at the next build ("no services for the extension").
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        if (!this.langiumDocuments.hasDocument(uri) || isStandardLibrary(uri)) return;
        if (this.isWorkspaceFile(uri)) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }

    private isWorkspaceFile(uri: URI): boolean {
        if (uri.scheme !== 'file' || UriUtils.extname(uri) !== '.citypact') return false;
        if (!this.workspaceFolders().some(folder => UriUtils.contains(URI.parse(folder.uri), uri))) return false;
        try {
            return fs.statSync(uri.fsPath).isFile();
        } catch {
            return false;
        }
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        // Deleting an open file on disk leaves the editor's buffer, which stays in the workspace.
        const isOpen = (uri: string) => this.textDocuments?.get(uri) !== undefined;
        params = { changes: params.changes.filter(change => change.type !== FileChangeType.Deleted || !isOpen(change.uri)) };
        const isConfig = (uri: string) => uri.endsWith(`/${CONFIG_FILE_NAME}`);
        if (!params.changes.some(change => isConfig(change.uri))) {
            super.didChangeWatchedFiles(params);
            return;
        }
        this.onWatchedFilesChangeEmitter.fire(params);
        for (const settings of this.settingsList()) settings.configs.clear();
        const others = params.changes.filter(change => !isConfig(change.uri));
        const changed = others.filter(c => c.type !== FileChangeType.Deleted).map(c => URI.parse(c.uri));
        const deleted = others.filter(c => c.type === FileChangeType.Deleted).map(c => URI.parse(c.uri));
        this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            for (const document of this.langiumDocuments.all) {
                if (!isStandardLibrary(document.uri) && document.state > DocumentState.ComputedScopes) {
                    this.documentBuilder.resetToState(document, DocumentState.ComputedScopes);
                }
            }
            await this.documentBuilder.update(changed, deleted, token);
        })).catch(error => console.error('CityPact: reloading the configuration failed', error));
    }
}
