import {
    AstUtils, Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference,
    type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, type DocumentSegment,
    type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type URI,
} from 'langium';
import { NODES_PER_INTERRUPTION_CHECK } from './linker.js';

/**
 * The reference index (which document refers to which: what decides, after an
 * edit, which documents must be re-linked) with the costly parts made lazy.
 *
 * Langium computes, for every reference of every document after every link, the
 * path of the referring node and the text range of the reference. Only
 * find-references, rename and highlighting ever read them, and only for the few
 * references they return; working them out for all of them was a tenth of a check
 * of the workspace and as much of every keystroke (docs/performance.md). Here they
 * are worked out on first read, from the same nodes, with the same results. Like the
 * linker, it checks for cancellation every few dozen nodes rather than at each one.
 */
export class CityPactReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const sourceUri = document.uri;
        const source = sourceUri.toString();
        let visited = 0;
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (visited++ % NODES_PER_INTERRUPTION_CHECK === 0) await interruptAndCheck(cancelToken);
            AstUtils.streamReferences(node).forEach(({ reference, container }) => {
                const refNode = reference.$refNode;
                if (reference.error || !refNode) return;
                const targets: AstNodeDescription[] = isReference(reference)
                    ? (reference.$nodeDescription ? [reference.$nodeDescription] : [])
                    : reference.items.map(item => item.$nodeDescription).filter((d): d is AstNodeDescription => d !== undefined);
                for (const target of targets) {
                    descriptions.push(new LazyReferenceDescription(sourceUri, container, refNode, target, target.documentUri.toString() === source, this.nodeLocator));
                }
            });
        }
        return descriptions;
    }
}

/** A `ReferenceDescription` whose `sourcePath` and `segment` are computed when first read. */
class LazyReferenceDescription implements ReferenceDescription {
    readonly targetUri: URI;
    readonly targetPath: string;
    private path: string | undefined;
    private documentSegment: DocumentSegment | undefined;

    constructor(
        readonly sourceUri: URI,
        private readonly container: AstNode,
        private readonly refNode: CstNode,
        target: AstNodeDescription,
        readonly local: boolean,
        private readonly locator: AstNodeLocator,
    ) {
        this.targetUri = target.documentUri;
        this.targetPath = target.path;
    }

    get sourcePath(): string {
        return this.path ??= this.locator.getAstNodePath(this.container);
    }

    get segment(): DocumentSegment {
        return this.documentSegment ??= CstUtils.toDocumentSegment(this.refNode);
    }
}
