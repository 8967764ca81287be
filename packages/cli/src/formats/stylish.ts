import type { FileReport, Summary } from '../findings.js';
import { terminalText } from '../terminal-text.js';

export interface StylishOptions {
    color: boolean;
    seconds: number;
}

/**
 * ESLint-style output: findings grouped by file as `line:col severity message rule-id`,
 * then one summary line with the time taken.
 */
export function formatStylish(reports: FileReport[], summary: Summary, options: StylishOptions): string {
    const paint = (code: string, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
    const colors = { error: '31', warning: '33', info: '36' } as const;
    const out: string[] = [];
    for (const report of reports.filter(r => r.findings.length > 0)) {
        // File names and messages quote the user's text: escaped, never raw (issue 20).
        out.push(paint('4', terminalText(report.path)));
        const rows = report.findings.map(f => [`${f.line}:${f.column}`, f.severity, terminalText(f.message), f.rule]);
        const widths = [0, 1].map(i => Math.max(...rows.map(r => r[i].length)));
        for (const [position, severity, message, rule] of rows) {
            out.push(`  ${position.padEnd(widths[0])}  ${paint(colors[severity as keyof typeof colors], severity.padEnd(widths[1]))}  ${message}  ${paint('2', rule)}`);
        }
        out.push('');
    }
    out.push(summaryLine(summary, options));
    return out.join('\n') + '\n';
}

export function summaryLine(summary: Summary, options: StylishOptions): string {
    const problems = summary.errors + summary.warnings + summary.infos;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
    const timing = `${plural(summary.files, 'file')} checked in ${options.seconds.toFixed(2)}s`;
    const text = problems === 0
        ? `✔ No problems (${timing})`
        : `✖ ${plural(problems, 'problem')} (${counts}); ${timing}`;
    const color = summary.errors ? '31;1' : summary.warnings ? '33;1' : '32;1';
    return options.color ? `\u001b[${color}m${text}\u001b[0m` : text;
}
