import {
    AstUtils, DefaultScopeProvider, MultiMapScope, WorkspaceCache, stream,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols, type ReferenceInfo, type Scope, type Stream,
} from 'langium';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { CityPactIndexManager } from '../workspace/index-manager.js';
import { libraryVisible } from '../stdlib/standard-library.js';
import type { StdlibMode } from '../workspace/config.js';

/**
 * Global scope per reference type, with the standard library visible only to files
 * whose citypact.json keeps `"stdlib": true` (the default).
 *
 * Three things keep linking linear and keystrokes cheap (docs/performance.md):
 * - global names are looked up in the name map the index manager keeps up to date
 *   (Langium's default rebuilds a map of every declaration of the reference type after
 *   every change, so a keystroke cost as much as the whole workspace);
 * - an agreement's own members are looked up by name in an index built once per
 *   agreement and reference type (the default scans every member for every
 *   reference: quadratic in a 5,000-line agreement);
 * - whether a file sees the standard library is decided once per file and change,
 *   not once per reference.
 * Every lookup answers exactly what Langium's scopes answered: the first match in
 * index order.
 */
export class CityPactScopeProvider extends DefaultScopeProvider {
    private readonly settings: CityPactSettings;
    /** Per document: does it see the standard library? Dropped at every workspace change, so config reloads apply. */
    private readonly stdlibVisible: WorkspaceCache<LangiumDocument, StdlibMode>;
    /** Per local symbol table (one per build of a document): its entries by container and reference type. */
    private readonly localIndexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, LocalIndex>>>();
    /** Per reference type and standard-library visibility: a scope over the live name map. */
    private readonly globalScopes = new Map<string, Scope>();

    constructor(services: CityPactServices) {
        super(services);
        this.settings = services.workspace.Settings;
        this.stdlibVisible = new WorkspaceCache(services.shared);
    }

    /** Langium's scope (local symbols of each enclosing container, innermost first, then the global scope), with indexed local lookups. */
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        let result = this.getGlobalScope(referenceType, context);
        if (!localSymbols) return result;
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols.has(node)) containers.push(node);
        }
        for (let i = containers.length - 1; i >= 0; i--) {
            const local = this.localIndex(localSymbols, containers[i], referenceType);
            if (local.elements.length > 0) result = new IndexedLocalScope(local, result);
        }
        return result;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const mode = this.stdlibVisible.get(document, () => this.settings.stdlibModeFor(document.uri));
        const key = mode === true ? referenceType : `${referenceType}\0${String(mode)}`;
        const index = this.indexManager;
        if (!(index instanceof CityPactIndexManager)) return this.allElementsScope(key, referenceType, mode);
        let scope = this.globalScopes.get(key);
        if (!scope) {
            const accepts = (d: AstNodeDescription) => this.reflection.isSubtype(d.type, referenceType) && libraryVisible(mode, d.documentUri);
            scope = new GlobalNameScope(index, accepts, () => this.allElementsScope(key, referenceType, mode));
            this.globalScopes.set(key, scope);
        }
        return scope;
    }

    /** Langium's global scope: every declaration of the type, in a map rebuilt after each change. */
    private allElementsScope(key: string, referenceType: string, mode: StdlibMode): Scope {
        return this.globalScopeCache.get(key, () => new MultiMapScope(
            this.indexManager.allElements(referenceType).filter(d => libraryVisible(mode, d.documentUri))));
    }

    private localIndex(localSymbols: LocalSymbols, container: AstNode, referenceType: string): LocalIndex {
        let byContainer = this.localIndexes.get(localSymbols);
        if (!byContainer) {
            byContainer = new Map();
            this.localIndexes.set(localSymbols, byContainer);
        }
        let byType = byContainer.get(container);
        if (!byType) {
            byType = new Map();
            byContainer.set(container, byType);
        }
        let index = byType.get(referenceType);
        if (!index) {
            const elements = localSymbols.getStream(container).filter(d => this.reflection.isSubtype(d.type, referenceType)).toArray();
            const byName = new Map<string, AstNodeDescription[]>();
            for (const element of elements) {
                const same = byName.get(element.name);
                if (same) same.push(element);
                else byName.set(element.name, [element]);
            }
            index = { elements, byName };
            byType.set(referenceType, index);
        }
        return index;
    }
}

interface LocalIndex {
    /** In the order of the local symbol table. */
    elements: AstNodeDescription[];
    byName: Map<string, AstNodeDescription[]>;
}

/**
 * Behaves exactly like the `StreamScope` Langium builds over local symbols (first
 * match in symbol order wins, then the outer scope), with a map lookup instead of a scan.
 */
class IndexedLocalScope implements Scope {
    constructor(private readonly local: LocalIndex, private readonly outerScope: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.local.byName.get(name)?.[0] ?? this.outerScope.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.local.byName.get(name) ?? []).concat(this.outerScope.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.local.elements).concat(this.outerScope.getAllElements());
    }
}

/**
 * The global scope of one reference type, answered from the index manager's live
 * name map. Lookups by name behave exactly like the `MultiMapScope` Langium rebuilds
 * from `allElements(type)`; listing every element (completion) still uses that map,
 * built on demand.
 */
class GlobalNameScope implements Scope {
    constructor(
        private readonly index: CityPactIndexManager,
        private readonly accepts: (description: AstNodeDescription) => boolean,
        private readonly everything: () => Scope,
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        for (const { description } of this.index.namesakes(name)) {
            if (this.accepts(description)) return description;
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.index.namesakes(name).map(entry => entry.description).filter(this.accepts));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.everything().getAllElements();
    }
}
