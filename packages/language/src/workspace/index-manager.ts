import {
    Cancellation, DefaultIndexManager,
    type AstNodeDescription, type LangiumDocument, type LangiumSharedCoreServices, type URI,
} from 'langium';
import { skeleton } from '../model/unicode-text.js';

/** One exported declaration, with its place in the order of `allElements()`. */
export interface IndexedName {
    description: AstNodeDescription;
    /** The document's position in the symbol index (the order documents were indexed in). */
    order: number;
    /** Its position among the document's exports. */
    index: number;
}

/**
 * Langium's index, kept incrementally by name as well (docs/performance.md).
 *
 * Langium answers "which declarations are called X?" from scopes and maps that it
 * rebuilds from the whole index after every change: with thousands of files, every
 * keystroke paid for re-reading tens of thousands of declarations. Here each
 * document's exports are added to (and removed from) a name map as the document is
 * indexed, so a keystroke costs what the edited file exports. `namesakes(name)` lists
 * the declarations in exactly the order `allElements()` would yield them, so that
 * every answer (the first match wins) is the one the rebuilt maps gave.
 *
 * `isAffected` (which documents an edit must re-link) also answers from a set of the
 * documents each one refers to, instead of scanning all its references.
 */
export class CityPactIndexManager extends DefaultIndexManager {
    private readonly byName = new Map<string, IndexedName[]>();
    /** Mirrors the insertion order of `symbolIndex` (a Map): a re-indexed document keeps its place, a removed one loses it. */
    private readonly documentOrder = new Map<string, number>();
    private nextOrder = 0;
    /** Per document: the exports that are in the name map. */
    private readonly indexedExports = new Map<string, AstNodeDescription[]>();
    /** Per document: the other documents its references point to. */
    private readonly referencedDocuments = new Map<string, Set<string>>();
    /**
     * Per UTS #39 confusable skeleton: the distinct names that have it, each with how
     * many declarations bear it (`confusable-name`, issue 20), kept with the name map.
     */
    private readonly bySkeleton = new Map<string, Map<string, number>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** Every exported declaration with this qualified name, in `allElements()` order. */
    namesakes(name: string): readonly IndexedName[] {
        return this.byName.get(name) ?? NONE;
    }

    /** The other names, declared anywhere, that look like this one (same skeleton). */
    lookalikes(name: string): string[] {
        const names = this.bySkeleton.get(skeleton(name));
        if (!names || names.size < 2) return [];
        return [...names.keys()].filter(other => other !== name);
    }

    override async updateContent(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.updateContent(document, cancelToken);
        const uri = document.uri.toString();
        this.forgetNames(uri);
        let order = this.documentOrder.get(uri);
        if (order === undefined) {
            order = this.nextOrder++;
            this.documentOrder.set(uri, order);
        }
        const exports = this.symbolIndex.get(uri) ?? [];
        this.indexedExports.set(uri, exports);
        exports.forEach((description, index) => {
            const entry: IndexedName = { description, order, index };
            this.countSkeleton(description.name, +1);
            const same = this.byName.get(description.name);
            if (!same) {
                this.byName.set(description.name, [entry]);
                return;
            }
            same.push(entry);
            const previous = same[same.length - 2];
            if (previous.order > order || (previous.order === order && previous.index > index)) {
                same.sort((a, b) => a.order - b.order || a.index - b.index);
            }
        });
    }

    override removeContent(uri: URI): void {
        const key = uri.toString();
        this.forgetNames(key);
        this.documentOrder.delete(key);
        super.removeContent(uri);
    }

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(uri) ?? []) {
            if (!reference.local) targets.add(reference.targetUri.toString());
        }
        this.referencedDocuments.set(uri, targets);
    }

    override removeReferences(uri: URI): void {
        this.referencedDocuments.delete(uri.toString());
        super.removeReferences(uri);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const targets = this.referencedDocuments.get(document.uri.toString());
        if (!targets || targets.size === 0) return false;
        for (const changed of changedUris) {
            if (targets.has(changed)) return true;
        }
        return false;
    }

    private countSkeleton(name: string, delta: number): void {
        const key = skeleton(name);
        let names = this.bySkeleton.get(key);
        if (!names) {
            if (delta < 0) return;
            names = new Map();
            this.bySkeleton.set(key, names);
        }
        const count = (names.get(name) ?? 0) + delta;
        if (count > 0) names.set(name, count);
        else names.delete(name);
        if (names.size === 0) this.bySkeleton.delete(key);
    }

    /** Takes a document's previous exports out of the name map. */
    private forgetNames(uri: string): void {
        const previous = this.indexedExports.get(uri);
        if (!previous) return;
        this.indexedExports.delete(uri);
        for (const description of previous) {
            this.countSkeleton(description.name, -1);
            const same = this.byName.get(description.name);
            if (!same) continue;
            const kept = same.filter(entry => entry.description !== description);
            if (kept.length === 0) this.byName.delete(description.name);
            else if (kept.length !== same.length) this.byName.set(description.name, kept);
        }
    }
}

const NONE: readonly IndexedName[] = Object.freeze([]);
