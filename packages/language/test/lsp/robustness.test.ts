import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers.js';
import { REGISTRY, doc } from './lsp-helpers.js';

/** Half-typed text, as the editor sees it between keystrokes. */
const DRAFTS: Record<string, string> = {
    'open-block.citypact': 'agreement A "a" {\n  version 1.0.0\n  party Shanghai.\n  service S "s" {\n    costs {\n      Shanghai 50\n',
    'no-label.citypact': 'department X of Shanghai\ndataset D "d" of Shanghai.X {\n  sharing\n}\nagreement {\n',
    'stray.citypact': '}} party Shanghai role\n"unterminated\ncity 上海 "x" { code }\n  disputes by .\n',
    'qualified.citypact': 'district D "d" of Shanghai . Nowhere\ndataset E "e" of Shanghai.MedicalSecurity.Nope {\n  sharing none\n}\n',
};

describe('robustness: every provider, at every position of half-typed files', () => {
    it('never throws anything but a rename refusal', async function () {
        this.timeout(60000);
        const ws = await buildWorkspace({ 'registry.citypact': REGISTRY, ...DRAFTS });
        const lsp = ws.services.CityPact.lsp;
        let hovers = 0;
        let completions = 0;
        for (const file of Object.keys(DRAFTS)) {
            const document = doc(ws, file);
            const textDocument = { uri: document.uri.toString() };
            await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
            await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
            await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            const length = document.textDocument.getText().length;
            for (let offset = 0; offset <= length; offset++) {
                const position = document.textDocument.positionAt(offset);
                const where = `${file} at ${position.line}:${position.character}`;
                try {
                    if (await lsp.HoverProvider!.getHoverContent(document, { textDocument, position })) hovers++;
                    await lsp.DefinitionProvider!.getDefinition(document, { textDocument, position });
                    await lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
                    await lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument, position });
                    completions += (await lsp.CompletionProvider!.getCompletion(document, { textDocument, position }))?.items.length ?? 0;
                } catch (error) {
                    assert.fail(`${where}: ${(error as Error).stack}`);
                }
                try {
                    await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
                    await lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Renamed' });
                } catch (error) {
                    assert.ok(error instanceof ResponseError, `${where}: ${(error as Error).stack}`);
                }
            }
        }
        // The drafts still have names to hover and places to complete.
        assert.ok(hovers > 50, `${hovers} hovers`);
        assert.ok(completions > 500, `${completions} completion items`);
    });
});
