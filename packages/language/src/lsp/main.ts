// The language server: `citypact lsp`, and the bundle the VS Code extension starts.
import '../polyfill.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCityPactServices } from '../citypact-module.js';
import { normalizeLocale } from '../validation/rule-catalog.js';
import { publishConfigDiagnostics } from './config-diagnostics.js';
import { registerExportRequest } from './export-request.js';
import { registerRenderRequest } from './render-request.js';

/** Options the VS Code extension (or any client) may send with `initialize`. */
export interface CityPactInitializationOptions {
    /** Overrides the display language for messages: `en` or `zh-CN`. */
    locale?: string;
    /** Loads the standard library where citypact.json does not say (default true). */
    standardLibrary?: boolean;
}

export function runLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
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
    startLanguageServer(shared);
}
