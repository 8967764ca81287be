import { AstUtils, type IndexManager, type LangiumDocument, type NameProvider } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { indexLookup, nameAt } from './name-segments.js';

/**
 * Go to Definition, segment by segment: ctrl-click on `Shanghai` in
 * `Shanghai.MedicalSecurity` opens Shanghai (in the standard library, read-only),
 * on `MedicalSecurity` the department. Langium's default treats the whole
 * qualified name as one link to its last segment. Anything else (a declaration's
 * own name) is left to the default.
 */
export class CityPactDefinitionProvider extends DefaultDefinitionProvider {
    private readonly names: NameProvider;
    private readonly indexManager: IndexManager;
    private readonly settings: CityPactSettings;

    constructor(services: CityPactServices) {
        super(services);
        this.names = services.references.NameProvider;
        this.indexManager = services.shared.workspace.IndexManager;
        this.settings = services.workspace.Settings;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams): LocationLink[] | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const lookup = indexLookup(this.indexManager, this.settings.stdlibModeFor(document.uri));
        const found = nameAt(document, offset, this.grammarConfig.nameRegexp, lookup);
        if (found?.kind === 'reference') {
            const target = found.target;
            const targetCst = target?.$cstNode;
            if (!target || !targetCst) return undefined;
            const nameNode = this.names.getNameNode(target) ?? targetCst;
            const uri = AstUtils.getDocument(target).textDocument.uri;
            return [LocationLink.create(uri, targetCst.range, nameNode.range, found.leaf.range)];
        }
        return super.getDefinition(document, params) as LocationLink[] | undefined;
    }
}
