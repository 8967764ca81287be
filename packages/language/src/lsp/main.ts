// The language server: `citypact lsp`, and the bundle the VS Code extension starts.
import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCityPactServices } from '../citypact-module.js';
import { normalizeLocale } from '../validation/rule-catalog.js';
import { publishConfigDiagnostics } from './config-diagnostics.js';
import { registerDiffRequest } from './diff-request.js';
import { registerExportRequest } from './export-request.js';
import { guardStdioFraming } from './frame-guard.js';
import { registerPortfolioRequest } from './portfolio-request.js';
import { registerRenderRequest } from './render-request.js';
import { createStdioTransport, routeConsoleToClient } from './stdio-transport.js';

/** Options the VS Code extension (or any client) may send with `initialize`. */
export interface CityPactInitializationOptions {
    /** Overrides the display language for messages: `en` or `zh-CN`. */
    locale?: string;
    /** Loads the standard library where citypact.json does not say (default true). */
    standardLibrary?: boolean;
}

/**
 * The transports vscode-languageserver picks from the command line. Editors other
 * than VS Code start exactly the command they are given (`citypact lsp`), with no
 * flag, so stdio is the default (docs/language.md §7; the library alone would throw
 * "Connection input stream is not set"), and our stdio transport answers what it
 * read before exiting at the end of input (stdio-transport.ts).
 */
const TRANSPORT_FLAGS = /^--(stdio|node-ipc|socket|pipe)(=|$)/;

export function runLanguageServer(argv: readonly string[] = process.argv): void {
    const stdio = !argv.some(arg => TRANSPORT_FLAGS.test(arg)) || argv.includes('--stdio');
    let connection;
    if (stdio) {
        const { reader, writer } = createStdioTransport();
        connection = createConnection(ProposedFeatures.all, reader, writer);
        routeConsoleToClient(connection);
    } else {
        connection = createConnection(ProposedFeatures.all);
    }
    const { shared, CityPact } = createCityPactServices({ connection, ...NodeFileSystem });
    const settings = CityPact.workspace.Settings;
    shared.lsp.LanguageServer.onInitialize(params => {
        // Messages follow the editor's display language unless the user or citypact.json says otherwise.
        settings.environmentLocale = normalizeLocale(params.locale);
        const options = params.initializationOptions as CityPactInitializationOptions | undefined;
        settings.localeOverride = normalizeLocale(options?.locale);
        settings.defaultStdlib = options?.standardLibrary ?? true;
    });
    publishConfigDiagnostics(shared, settings);
    registerExportRequest(shared, CityPact);
    registerRenderRequest(shared, CityPact);
    registerPortfolioRequest(shared, CityPact);
    registerDiffRequest(shared, CityPact);
    startLanguageServer(shared);
    // After listen(): the guard reads along with the connection's own reader.
    guardStdioFraming();
}
