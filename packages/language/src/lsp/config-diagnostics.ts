import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { URI } from 'langium';
import type { CityPactSettings } from '../workspace/settings.js';

/**
 * Shows the problems of each citypact.json in force as diagnostics on that file
 * (docs/language.md §5: never ignored silently). Re-published after every build, so a
 * fixed configuration clears its diagnostics.
 */
export function publishConfigDiagnostics(shared: LangiumSharedServices, settings: CityPactSettings): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const published = new Set<string>();
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        const current = new Set<string>();
        for (const loaded of settings.configs.loaded()) {
            if (!loaded.file) continue;
            const uri = URI.file(loaded.file).toString();
            current.add(uri);
            const diagnostics: Diagnostic[] = loaded.problems.map(problem => ({
                range: {
                    start: { line: problem.line, character: problem.character },
                    end: { line: problem.endLine, character: problem.endCharacter },
                },
                severity: DiagnosticSeverity.Error,
                source: 'citypact',
                code: 'config',
                message: problem.message,
            }));
            if (diagnostics.length || published.has(uri)) {
                void connection.sendDiagnostics({ uri, diagnostics });
                if (diagnostics.length) published.add(uri); else published.delete(uri);
            }
        }
        for (const uri of [...published]) {
            if (!current.has(uri)) {
                void connection.sendDiagnostics({ uri, diagnostics: [] });
                published.delete(uri);
            }
        }
    });
}
