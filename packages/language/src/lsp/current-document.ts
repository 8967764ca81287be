import { DocumentState, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';

/*
 * Waiting for the build, for the custom requests (citypact/render, citypact/diff,
 * citypact/portfolio) that answer from validated documents.
 */

/**
 * The document once the server has validated the text the editor shows. A request
 * can arrive just after an edit, before the rebuild it triggers has begun: the
 * document would still be "validated" — for the previous text. So the parsed text
 * is compared with the open text, and the server waits for the next validation
 * until they match (or gives the latest state after a few seconds).
 */
export async function currentDocument(uri: URI, shared: LangiumSharedServices, token?: CancellationToken): Promise<LangiumDocument | undefined> {
    const documents = shared.workspace.LangiumDocuments;
    const deadline = Date.now() + 5000;
    for (;;) {
        const document = documents.getDocument(uri);
        if (!document) return undefined;
        const open = shared.workspace.TextDocuments?.get(uri.toString());
        const parsed = document.parseResult.value.$cstNode?.root.fullText;
        const current = document.state >= DocumentState.Validated && (!open || open.getText() === parsed);
        if (current || Date.now() > deadline || token?.isCancellationRequested) return document;
        await nextValidation(shared);
    }
}

/**
 * Resolves at the builder's next validation phase, or after `ms` milliseconds:
 * polling as well, because a request that arrives while a build is being set up can
 * miss the phase notification.
 */
export function nextValidation(shared: LangiumSharedServices, ms = 200): Promise<void> {
    return new Promise<void>(resolve => {
        const timer = setTimeout(done, ms);
        const listener = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, done);
        function done() {
            clearTimeout(timer);
            listener.dispose();
            resolve();
        }
    });
}
