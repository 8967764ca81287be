import { AstUtils, DefaultScopeProvider, MultiMapScope, type ReferenceInfo, type Scope } from 'langium';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';

/**
 * Global scope per reference type, with the standard library visible only to files
 * whose citypact.json keeps `"stdlib": true` (the default).
 */
export class CityPactScopeProvider extends DefaultScopeProvider {
    private readonly settings: CityPactSettings;

    constructor(services: CityPactServices) {
        super(services);
        this.settings = services.workspace.Settings;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const uri = AstUtils.getDocument(context.container).uri;
        if (this.settings.stdlibEnabledFor(uri)) {
            return super.getGlobalScope(referenceType, context);
        }
        return this.globalScopeCache.get(`${referenceType}\0no-stdlib`, () => new MultiMapScope(
            this.indexManager.allElements(referenceType).filter(d => !isStandardLibrary(d.documentUri)),
        ));
    }
}
