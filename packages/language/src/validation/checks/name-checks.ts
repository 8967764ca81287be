import { AstUtils, MultiMap, WorkspaceCache, type AstNode, type AstNodeDescription, type AstNodeLocator, type IndexManager, type ValidationAcceptor } from 'langium';
import { isAgreement, type Model } from '../../generated/ast.js';
import type { CityPactServices } from '../../citypact-module.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { isStandardLibrary } from '../../stdlib/standard-library.js';
import type { CityPactSettings } from '../../workspace/settings.js';
import { CityPactIndexManager } from '../../workspace/index-manager.js';
import { report } from '../report.js';
import { phrase } from '../terms.js';

/**
 * `duplicate-name`: qualified names are unique across the workspace and the
 * standard library (docs/language.md §2). Each user declaration with a clash is reported
 * on its own name; the library itself never gets a diagnostic.
 */
export class NameChecks {
    private readonly indexManager: IndexManager;
    private readonly settings: CityPactSettings;
    private readonly locator: AstNodeLocator;
    /**
     * All exported names of the workspace, rebuilt once per workspace change; only
     * when the index manager does not keep them by name already (it does, see
     * workspace/index-manager.ts: rebuilding cost every keystroke the whole workspace).
     */
    private readonly byName: WorkspaceCache<'all', MultiMap<string, AstNodeDescription>>;

    constructor(services: CityPactServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.settings = services.workspace.Settings;
        this.locator = services.workspace.AstNodeLocator;
        this.byName = new WorkspaceCache(services.shared);
    }

    checkModel(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        if (isStandardLibrary(document.uri)) return;
        const indexManager = this.indexManager;
        const namesakes = indexManager instanceof CityPactIndexManager
            ? (name: string) => indexManager.namesakes(name).map(entry => entry.description)
            : (name: string) => this.byName.get('all', () => new MultiMap(indexManager.allElements().map(d => [d.name, d] as [string, AstNodeDescription]))).get(name);
        const stdlibVisible = this.settings.stdlibEnabledFor(document.uri);
        const ownUri = document.uri.toString();
        const declarations: AstNode[] = model.declarations.flatMap((d): AstNode[] => (isAgreement(d) ? [d, ...d.members] : [d]));
        for (const declaration of declarations) {
            const name = qualifiedNameOf(declaration);
            if (!name) continue;
            const same = namesakes(name);
            // The usual case: the only declaration of the name is this one.
            if (same.length === 0 || (same.length === 1 && same[0].node === declaration)) continue;
            const ownPath = this.locator.getAstNodePath(declaration);
            const clashes = same.filter(d =>
                !(d.documentUri.toString() === ownUri && d.path === ownPath)
                && (stdlibVisible || !isStandardLibrary(d.documentUri)));
            if (clashes.length === 0) continue;
            const first = clashes[0];
            const where = isStandardLibrary(first.documentUri)
                ? phrase(' in the standard library', '标准库中')
                : first.documentUri.toString() === ownUri
                    ? phrase(' in this file', '本文件中')
                    : phrase(` in ${first.documentUri.path.split('/').pop()}`, `文件 ${first.documentUri.path.split('/').pop()} 中`);
            report(accept, 'duplicate-name', { node: declaration, property: 'name' as never }, { name, where });
        }
    }
}
