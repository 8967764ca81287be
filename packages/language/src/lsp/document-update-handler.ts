import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { DocumentState, URI, type LangiumDocuments } from 'langium';
import type { DidChangeWatchedFilesParams } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../workspace/config.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';

/**
 * Reloads citypact.json when it changes on disk, without a restart (issue #3):
 * the configuration cache is dropped and every document is re-linked and
 * re-validated, since `stdlib`, `locale` and rule severities may all have changed.
 */
export class CityPactDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly langiumDocuments: LangiumDocuments;
    private settingsList: () => CityPactSettings[];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.langiumDocuments = services.workspace.LangiumDocuments;
        this.settingsList = () => services.ServiceRegistry.all
            .map(s => (s as unknown as { workspace: { Settings?: CityPactSettings } }).workspace.Settings)
            .filter((s): s is CityPactSettings => !!s);
    }

    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
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
