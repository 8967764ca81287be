// The language server entry point: `citypact lsp`, and the bundle the VS Code extension starts.
import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCityPactServices } from '../citypact-module.js';

export function runLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createCityPactServices({ connection, ...NodeFileSystem });
    startLanguageServer(shared);
}
