import type { FileReport } from '../findings.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`. */
export function formatGithub(reports: FileReport[]): string {
    const lines: string[] = [];
    for (const report of reports) {
        for (const f of report.findings) {
            const properties = [
                `file=${escapeProperty(report.path)}`,
                `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`,
                `title=${escapeProperty(`citypact ${f.rule}`)}`,
            ].join(',');
            lines.push(`::${COMMAND[f.severity]} ${properties}::${escapeData(`${f.message} (${f.rule})`)}`);
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}

/** The runner's escaping for a command's message. */
function escapeData(value: string): string {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping for a property value (also `:` and `,`). */
function escapeProperty(value: string): string {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
