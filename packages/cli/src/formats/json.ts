import type { FileReport, Summary } from '../findings.js';

/** Exactly the shape of docs/language.md §7. */
export function formatJson(reports: FileReport[], summary: Summary): string {
    return JSON.stringify({
        files: reports.map(r => ({
            path: r.path,
            diagnostics: r.findings.map(f => ({
                rule: f.rule, severity: f.severity, message: f.message,
                line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
            })),
        })),
        summary: { errors: summary.errors, warnings: summary.warnings, infos: summary.infos, files: summary.files },
    }) + '\n';
}
