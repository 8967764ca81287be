import {
    AstUtils, Cancellation, DefaultLinker, interruptAndCheck,
    type AstNodeDescription, type LangiumCoreServices, type LangiumDocument, type LinkingError, type ReferenceInfo,
} from 'langium';
import { normalizeName } from '../model/unicode-text.js';

/**
 * How many AST nodes to visit between two cancellation checks. Langium checks (and
 * awaits) at every node; each await is a trip through the microtask queue, which
 * cost more than linking the node itself. A few dozen nodes take a few microseconds,
 * so cancellation and the 10 ms slices Langium gives to other requests stay as
 * responsive as before.
 */
export const NODES_PER_INTERRUPTION_CHECK = 64;

/**
 * Langium's linker (every reference is resolved exactly as before, in the same
 * order), checking for cancellation every few dozen nodes instead of at every node
 * (docs/performance.md).
 */
export class CityPactLinker extends DefaultLinker {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (visited++ % NODES_PER_INTERRUPTION_CHECK === 0) await interruptAndCheck(cancelToken);
            AstUtils.streamReferences(node).forEach(reference => this.doLink(reference, document));
        }
    }

    /**
     * Names are compared after NFC (docs/language.md §1): declared names are NFC from
     * the value converter, and the text of a reference is looked up in NFC too, so `金`
     * typed as U+F90A finds the declaration written with U+91D1.
     */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const scope = this.scopeProvider.getScope(refInfo);
        const description = scope.getElement(normalizeName(refInfo.reference.$refText));
        return description ?? this.createLinkingError(refInfo);
    }

    override getCandidates(refInfo: ReferenceInfo): AstNodeDescription[] | LinkingError {
        const scope = this.scopeProvider.getScope(refInfo);
        const descriptions = scope.getElements(normalizeName(refInfo.reference.$refText))
            .distinct(description => `${description.documentUri}#${description.path}`).toArray();
        return descriptions.length > 0 ? descriptions : this.createLinkingError(refInfo);
    }
}
