import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from 'citypact-language';
import { displayPath } from './files.js';

/** One diagnostic as every report format sees it: 1-based lines and UTF-16 columns (§7). */
export interface Finding {
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

export interface FileReport {
    /** As shown to the user: relative to the current folder, `/`-separated. */
    path: string;
    absolutePath: string;
    findings: Finding[];
}

export interface Summary {
    errors: number;
    warnings: number;
    infos: number;
    files: number;
}

const SEVERITY_NAMES: Record<number, Severity> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'info',
};

export function toFinding(diagnostic: Diagnostic): Finding {
    return {
        rule: String(diagnostic.code ?? 'syntax'),
        severity: SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error],
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
    };
}

export function reportFor(document: LangiumDocument, quiet = false): FileReport {
    const findings = (document.diagnostics ?? []).map(toFinding)
        .filter(f => !quiet || f.severity === 'error')
        .sort((a, b) => a.line - b.line || a.column - b.column);
    return { path: displayPath(document.uri.fsPath), absolutePath: document.uri.fsPath, findings };
}

export function summarize(reports: FileReport[]): Summary {
    const summary: Summary = { errors: 0, warnings: 0, infos: 0, files: reports.length };
    for (const finding of reports.flatMap(r => r.findings)) {
        if (finding.severity === 'error') summary.errors++;
        else if (finding.severity === 'warning') summary.warnings++;
        else summary.infos++;
    }
    return summary;
}
