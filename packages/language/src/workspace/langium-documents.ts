import { DefaultLangiumDocuments, stream, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type URI } from 'langium';

/**
 * Langium's document store, keeping the list of all documents between changes
 * (docs/performance.md). Langium rebuilds it from its URI trie every time `all` is
 * read, which the document builder does twice per keystroke: with five thousand
 * files that alone cost a few milliseconds per keystroke. The list is the same, in
 * the same order, and is replaced (never changed in place) whenever a document is
 * added or removed, so a caller holding an earlier one keeps its snapshot, as before.
 */
export class CityPactLangiumDocuments extends DefaultLangiumDocuments {
    private list: LangiumDocument[] | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override get all(): Stream<LangiumDocument> {
        return stream(this.list ??= this.documentTrie.all());
    }

    override addDocument(document: LangiumDocument): void {
        this.list = undefined;
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.list = undefined;
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.list = undefined;
        return super.deleteDocuments(folder);
    }
}
