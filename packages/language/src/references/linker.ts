import {
    AstUtils, Cancellation, DefaultLinker, interruptAndCheck,
    type LangiumCoreServices, type LangiumDocument,
} from 'langium';

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
}
