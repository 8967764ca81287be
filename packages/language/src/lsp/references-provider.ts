import type { IndexManager, LangiumDocument, LangiumDocuments, NameProvider } from 'langium';
import type { ReferencesProvider } from 'langium/lsp';
import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { nameOccurrences } from './name-occurrences.js';
import { indexLookup, nameAt } from './name-segments.js';

/**
 * Find All References, segment by segment (see name-occurrences.ts).
 *
 * On `Shanghai` in `Shanghai.MedicalSecurity` it finds Shanghai's uses — Langium's
 * default would find the department's, since it sees the whole qualified name as
 * one reference. And the references of a department include the names built on
 * it (`Shanghai.MedicalSecurity.InsuredPersons`), as a namespace's references do in
 * other languages: they all break if the department goes.
 */
export class CityPactReferencesProvider implements ReferencesProvider {
    private readonly documents: LangiumDocuments;
    private readonly indexManager: IndexManager;
    private readonly nameProvider: NameProvider;
    private readonly settings: CityPactSettings;
    private readonly nameRegexp: RegExp;

    constructor(services: CityPactServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.indexManager = services.shared.workspace.IndexManager;
        this.nameProvider = services.references.NameProvider;
        this.settings = services.workspace.Settings;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    findReferences(document: LangiumDocument, params: ReferenceParams): Location[] {
        const offset = document.textDocument.offsetAt(params.position);
        const lookup = indexLookup(this.indexManager, this.settings.stdlibModeFor(document.uri));
        const target = nameAt(document, offset, this.nameRegexp, lookup)?.target;
        if (!target) return [];
        const locations: Location[] = [];
        for (const doc of this.documents.all) {
            const uri = doc.uri.toString();
            const { declaration, references } = nameOccurrences(target, doc, this.nameProvider);
            if (declaration && params.context.includeDeclaration) locations.push({ uri, range: declaration });
            locations.push(...references.map(range => ({ uri, range })));
        }
        return locations;
    }
}
