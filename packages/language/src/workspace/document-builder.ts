import {
    DefaultDocumentBuilder,
    type BuildOptions, type DocumentBuildState, type LangiumDocument, type LangiumSharedCoreServices,
} from 'langium';

/**
 * Langium's document builder, with the bookkeeping of each update made cheap
 * (docs/performance.md). On every keystroke Langium asks, for every document of the
 * workspace, whether it must be re-linked (it has a linking error, or refers to the
 * edited file) and whether its last validation is complete; with a thousand files
 * the questions cost more than re-checking the edited one. The answers are the same;
 * what cannot have changed since they were last worked out is remembered:
 * - a document's linking errors can only change when its references do, and linking
 *   only ever adds references to the list (re-linking starts a new list);
 * - a completed build's validation categories can only change when a new build state
 *   or a new validation result is recorded for the document, or the options change.
 * (The set of validation categories is fixed once the checks are registered, when
 * the services are created.) Which documents refer to the edited one is answered by
 * CityPactIndexManager.isAffected.
 */
export class CityPactDocumentBuilder extends DefaultDocumentBuilder {
    private readonly linkingErrors = new WeakMap<readonly unknown[], { length: number; errors: boolean }>();
    private readonly completeness = new WeakMap<DocumentBuildState, { completed: boolean; checks: unknown; options: BuildOptions | undefined; incomplete: boolean }>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.hasLinkingErrors(document) || this.indexManager.isAffected(document, changedUris);
    }

    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const state = this.buildState.get(document.uri.toString());
        if (!state) return super.resultsAreIncomplete(document, options);
        const checks = state.result?.validationChecks;
        const known = this.completeness.get(state);
        if (known && known.completed === state.completed && known.checks === checks && known.options === options) {
            return known.incomplete;
        }
        const incomplete = super.resultsAreIncomplete(document, options);
        this.completeness.set(state, { completed: state.completed, checks, options, incomplete });
        return incomplete;
    }

    private hasLinkingErrors(document: LangiumDocument): boolean {
        const references = document.references;
        const known = this.linkingErrors.get(references);
        if (known && known.length === references.length) return known.errors;
        const errors = references.some(reference => reference.error !== undefined);
        this.linkingErrors.set(references, { length: references.length, errors });
        return errors;
    }
}
