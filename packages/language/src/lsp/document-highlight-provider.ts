import type { IndexManager, LangiumDocument, NameProvider } from 'langium';
import type { DocumentHighlightProvider } from 'langium/lsp';
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { nameOccurrences } from './name-occurrences.js';
import { indexLookup, nameAt } from './name-segments.js';

/**
 * Highlights the name under the cursor wherever it is written in the file, segment
 * by segment: on `Shanghai`, every `Shanghai` (including the prefix of
 * `Shanghai.MedicalSecurity`); on `MedicalSecurity`, that department only. The
 * declaration is marked as the place the name is written (`Write`), uses as `Read`.
 */
export class CityPactDocumentHighlightProvider implements DocumentHighlightProvider {
    private readonly indexManager: IndexManager;
    private readonly nameProvider: NameProvider;
    private readonly settings: CityPactSettings;
    private readonly nameRegexp: RegExp;

    constructor(services: CityPactServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.nameProvider = services.references.NameProvider;
        this.settings = services.workspace.Settings;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    getDocumentHighlight(document: LangiumDocument, params: DocumentHighlightParams): DocumentHighlight[] | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const lookup = indexLookup(this.indexManager, this.settings.stdlibModeFor(document.uri));
        const target = nameAt(document, offset, this.nameRegexp, lookup)?.target;
        if (!target) return undefined;
        const { declaration, references } = nameOccurrences(target, document, this.nameProvider);
        return [
            ...(declaration ? [{ range: declaration, kind: DocumentHighlightKind.Write }] : []),
            ...references.map(range => ({ range, kind: DocumentHighlightKind.Read })),
        ];
    }
}
