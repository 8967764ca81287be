import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STDLIB_SCHEME, libraryText } from 'citypact-language/stdlib';
import { registerExportCommands } from './commands/export-commands.js';
import { registerCompareCommand } from './compare/compare-command.js';
import { registerLanguageStatus } from './status/language-status.js';
import { registerPreview } from './preview/preview-manager.js';
import { registerPortfolio } from './portfolio/portfolio-view.js';
import { registerNewAgreementCommand } from './walkthrough/new-agreement.js';

let client: LanguageClient | undefined;

/**
 * Starts the CityPact language server (bundled as dist/server.cjs) in its own
 * Node process and connects it to `.citypact` files.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // The standard library opens read-only from memory (go-to-definition on `Shanghai`).
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(STDLIB_SCHEME, {
        provideTextDocumentContent: uri => libraryText(uri.path),
    }));

    registerExportCommands(context, () => client);
    registerNewAgreementCommand(context);
    registerLanguageStatus(context);
    registerPreview(context, () => client);
    registerCompareCommand(context, () => client);
    const portfolio = registerPortfolio(context, () => client);
    client = createClient(context);
    await client.start();
    portfolio.refresh();

    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async event => {
        if ((event.affectsConfiguration('citypact.locale') || event.affectsConfiguration('citypact.standardLibrary')) && client) {
            // Both are sent with `initialize`: restart to apply them.
            await restartServer(context);
        }
    }));
    // After an upgrade, a crash the client gave up on, or a change on disk it missed.
    context.subscriptions.push(vscode.commands.registerCommand('citypact.restartServer', async () => {
        try {
            await restartServer(context);
            void vscode.window.setStatusBarMessage(vscode.l10n.t('CityPact: the language server was restarted.'), 3000);
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('CityPact: the language server could not be restarted: {0}', (error as Error)?.message ?? String(error)));
        }
    }));
}

/** A fresh server process with the current settings; the old one is stopped first (if it still runs). */
async function restartServer(context: vscode.ExtensionContext): Promise<void> {
    const previous = client;
    client = undefined;
    if (previous?.isRunning()) await previous.stop();
    client = createClient(context);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const locale = vscode.workspace.getConfiguration('citypact').get<string>('locale', 'auto');
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'citypact' }, { scheme: 'untitled', language: 'citypact' }],
        synchronize: {
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.citypact'),
                vscode.workspace.createFileSystemWatcher('**/citypact.json'),
            ],
        },
        initializationOptions: {
            locale: locale === 'auto' ? undefined : locale,
            standardLibrary: vscode.workspace.getConfiguration('citypact').get<boolean>('standardLibrary', true),
        },
    };
    return new LanguageClient('citypact', 'CityPact', serverOptions, clientOptions);
}
