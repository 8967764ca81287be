import {
    Cancellation, DefaultDocumentBuilder, DocumentState, interruptAndCheck,
    type AstNode, type BuildOptions, type DocumentBuildState, type LangiumDocument, type LangiumSharedCoreServices, type URI,
} from 'langium';
import type { Model } from '../generated/ast.js';
import { forwardedDatasets, onwardFootprint, type OnwardFootprint } from '../model/onward.js';

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
 *
 * `update` is Langium 4.4's, step for step, with its two passes over every document
 * written as plain loops: with five thousand files, the stream pipelines they were
 * built from cost more per keystroke than re-checking the edited file.
 */
export class CityPactDocumentBuilder extends DefaultDocumentBuilder {
    private readonly linkingErrors = new WeakMap<readonly unknown[], { length: number; errors: boolean }>();
    private readonly completeness = new WeakMap<DocumentBuildState, { completed: boolean; checks: unknown; options: BuildOptions | undefined; incomplete: boolean }>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.currentState = DocumentState.Changed;
        // Remove all metadata of documents that are reported as deleted
        const deletedUris: URI[] = [];
        // What the changed and deleted documents meant for `onward-transfer` elsewhere, before they change.
        const footprints: OnwardFootprint[] = [];
        for (const deletedUri of deleted) {
            // Since the deleted URI might point to a directory, we delete all documents within
            for (const document of this.langiumDocuments.deleteDocuments(deletedUri)) {
                footprints.push(onwardFootprint(document.parseResult?.value as Model | undefined));
                deletedUris.push(document.uri);
                this.cleanUpDeleted(document);
            }
        }
        // Since the changed URI might point to a directory, we need to check all (nested) documents in that directory
        const changedUris = (await Promise.all(changed.map(uri => this.findChangedUris(uri)))).flat();
        // Set the state of all changed documents to `Changed` so they are completely rebuilt
        for (const changedUri of changedUris) {
            let changedDocument = this.langiumDocuments.getDocument(changedUri);
            if (changedDocument === undefined) {
                // An unparsed, invalid document, parsed in the first build phase (so that parsing can be cancelled)
                changedDocument = this.langiumDocumentFactory.fromModel({ $type: 'INVALID' } as AstNode, changedUri);
                changedDocument.state = DocumentState.Changed;
                this.langiumDocuments.addDocument(changedDocument);
            } else {
                footprints.push(onwardFootprint(changedDocument.parseResult?.value as Model | undefined));
            }
            this.resetToState(changedDocument, DocumentState.Changed);
        }
        // Set the state of all documents that should be relinked to `ComputedScopes` (if not already lower)
        const allChangedUris = new Set<string>();
        for (const uri of changedUris) allChangedUris.add(uri.toString());
        for (const uri of deletedUris) allChangedUris.add(uri.toString());
        for (const document of this.langiumDocuments.all) {
            if (!allChangedUris.has(document.uri.toString()) && this.shouldRelink(document, allChangedUris)) {
                this.resetToState(document, DocumentState.ComputedScopes);
            }
        }
        // Notify listeners of the update
        await this.emitUpdate(changedUris, deletedUris);
        // Only allow interrupting the execution after all state changes are done
        await interruptAndCheck(cancelToken);
        // Collect and sort all documents that we should rebuild: changed or re-linked ones, those of a
        // cancelled build, and those whose results are incomplete for the current update options
        const rebuild: LangiumDocument[] = [];
        for (const document of this.langiumDocuments.all) {
            if (document.state < DocumentState.Validated
                || !this.buildState.get(document.uri.toString())?.completed
                || this.resultsAreIncomplete(document, this.updateBuildOptions)) {
                rebuild.push(document);
            }
        }
        await this.buildDocuments(this.sortDocuments(rebuild), this.updateBuildOptions, cancelToken);
        await this.revalidateForwarders(changedUris, footprints, new Set(rebuild), cancelToken);
    }

    /**
     * `onward-transfer` is reported in the forwarding document but depends on the
     * agreement that forbade the transfer, which the forwarding document need not
     * refer to (both name the dataset). After an edit, the documents that forward a
     * dataset the edited documents restrict (before or after the edit) are validated
     * again; when a `supersedes` line is involved, every forwarding document is, since
     * supersession takes agreements out of the rule on both sides. Forwarding documents
     * are rare, and the question costs nothing when the edit touches no `onward` or
     * `supersedes` line.
     */
    private async revalidateForwarders(changedUris: URI[], footprints: OnwardFootprint[], built: Set<LangiumDocument>, cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const uri of changedUris) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document) footprints.push(onwardFootprint(document.parseResult?.value as Model | undefined));
        }
        const restricted = new Set<string>();
        let supersedes = false;
        for (const footprint of footprints) {
            footprint.restricted.forEach(dataset => restricted.add(dataset));
            supersedes ||= footprint.supersedes;
        }
        if (restricted.size === 0 && !supersedes) return;
        const again: LangiumDocument[] = [];
        for (const document of this.langiumDocuments.all) {
            if (built.has(document) || document.state < DocumentState.Validated) continue;
            const forwarded = this.forwardedBy(document);
            if (forwarded.size === 0) continue;
            if (supersedes || [...forwarded].some(dataset => restricted.has(dataset))) again.push(document);
        }
        if (again.length === 0) return;
        for (const document of again) this.resetToState(document, DocumentState.IndexedReferences);
        await this.buildDocuments(again, this.updateBuildOptions, cancelToken);
    }

    /**
     * A request about a document of another language (a generic client asks hover on
     * `README.md` too) waits for nothing: Langium's handler then answers `null`, as it
     * does for such documents once built, instead of "No document found" (issue 20).
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        if (!this.langiumDocuments.hasDocument(uri) && !this.serviceRegistry.hasServices(uri)) return Promise.resolve(uri);
        return super.awaitDocumentState(state, uri, cancelToken);
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

    /** Per linking of a document (re-linking starts a new references list): the datasets it forwards. */
    private readonly forwarded = new WeakMap<readonly unknown[], Set<string>>();

    private forwardedBy(document: LangiumDocument): Set<string> {
        let known = this.forwarded.get(document.references);
        if (!known) {
            known = forwardedDatasets(document.parseResult?.value as Model | undefined);
            this.forwarded.set(document.references, known);
        }
        return known;
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
