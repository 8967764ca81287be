import { DefaultWorkspaceManager, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { URI, UriUtils } from 'langium';
import { NATIONAL_TEXT, NATIONAL_URI, STDLIB_TEXT, STDLIB_URI } from '../stdlib/standard-library.js';
import type { CityPactServices } from '../citypact-module.js';

/**
 * Loads the standard library into every workspace, once. Whether a file can see it
 * (`"stdlib": false`) is decided per file by the scope provider, so one library
 * document serves folders with different configurations. Langium's default folder
 * traversal already skips `node_modules` and dot-folders such as `.git`.
 */
export class CityPactWorkspaceManager extends DefaultWorkspaceManager {
    protected readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(
        _folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void,
    ): Promise<void> {
        collector(this.langiumDocuments.getDocument(STDLIB_URI) ?? this.documentFactory.fromString(STDLIB_TEXT, STDLIB_URI));
        // The national library (§3), when a folder's citypact.json asks for it: read at the
        // folder root (a file there finds the folder's configuration, as the checks do).
        const settings = (this.serviceRegistry.all[0] as Partial<CityPactServices> | undefined)?.workspace?.Settings;
        if (settings && _folders.some(folder => settings.stdlibModeFor(UriUtils.joinPath(URI.parse(folder.uri), 'citypact.json')) === 'national')) {
            collector(this.langiumDocuments.getDocument(NATIONAL_URI) ?? this.documentFactory.fromString(NATIONAL_TEXT, NATIONAL_URI));
        }
    }
}
