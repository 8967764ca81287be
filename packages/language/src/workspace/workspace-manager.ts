import { DefaultWorkspaceManager, type LangiumDocument, type LangiumDocumentFactory, type LangiumSharedCoreServices, type WorkspaceFolder } from 'langium';
import { STDLIB_TEXT, STDLIB_URI } from '../stdlib/standard-library.js';

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
    }
}
