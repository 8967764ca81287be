import type { LangiumDocument, URI } from 'langium';
import type { CityPactServiceSet } from '../citypact-module.js';
import type { Model } from '../generated/ast.js';
import { NATIONAL_TEXT, NATIONAL_URI, STDLIB_TEXT, STDLIB_URI } from '../stdlib/standard-library.js';

export interface SourceText {
    uri: URI;
    text: string;
}

export interface LoadOptions {
    /** Run the checks too (the CLI's `check`); `diff` only needs parsing and linking. */
    validation?: boolean;
    /**
     * Link every reference during the build (default true). `diff` reads names as
     * written and resolves only the few references it needs, on demand (Langium links
     * a reference lazily when it is read), which saves a whole phase on each side.
     */
    eagerLinking?: boolean;
}

/**
 * Loads texts as one workspace of fresh services: the standard library, then every
 * text, built together so that cross-file references resolve. The one place where
 * the CLI's loader (which finds the files on disk), `citypact diff` (which loads
 * each side on its own) and the tests' in-memory workspaces turn texts into a
 * workspace. Returns the documents in the order given.
 */
export async function loadDocuments(services: CityPactServiceSet, sources: Iterable<SourceText>, options: LoadOptions = {}): Promise<LangiumDocument<Model>[]> {
    const { shared } = services;
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    const stdlib = factory.fromString(STDLIB_TEXT, STDLIB_URI);
    documents.addDocument(stdlib);
    const loaded: LangiumDocument<Model>[] = [];
    for (const source of sources) {
        const document = factory.fromString<Model>(source.text, source.uri);
        documents.addDocument(document);
        loaded.push(document);
    }
    // The national library (§3) only where a configuration asks for it: 3,000 declarations
    // that a workspace on the default library never parses.
    const settings = services.CityPact.workspace.Settings;
    const libraries = [stdlib];
    if (loaded.some(document => settings.stdlibModeFor(document.uri) === 'national')) {
        const national = factory.fromString(NATIONAL_TEXT, NATIONAL_URI);
        documents.addDocument(national);
        libraries.push(national);
    }
    await shared.workspace.DocumentBuilder.build([...libraries, ...loaded], { validation: options.validation ?? true, eagerLinking: options.eagerLinking ?? true });
    return loaded;
}
