import type { FileReport, Summary } from '../findings.js';
import { terminalText } from '../terminal-text.js';
import { glossaryTerm, type Locale } from 'citypact-language';

export interface StylishOptions {
    color: boolean;
    seconds: number;
    /** The language of the severities and the summary line (`--locale`, citypact.json); default English. */
    locale?: Locale;
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
        const shown = (severity: string) => (options.locale === 'zh-CN' ? glossaryTerm(`severity.${severity}`).zh : severity);
        // Chinese characters take two columns on a terminal: pad by display width.
        const width = (text: string) => [...text].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
        const widths = [Math.max(...rows.map(r => r[0].length)), Math.max(...rows.map(r => width(shown(r[1]))))];
        for (const [position, severity, message, rule] of rows) {
            const label = shown(severity);
            out.push(`  ${position.padEnd(widths[0])}  ${paint(colors[severity as keyof typeof colors], label + ' '.repeat(widths[1] - width(label)))}  ${message}  ${paint('2', rule)}`);
        }
        out.push('');
    }
    out.push(summaryLine(summary, options));
    return out.join('\n') + '\n';
}

export function summaryLine(summary: Summary, options: StylishOptions): string {
    const problems = summary.errors + summary.warnings + summary.infos;
    if (options.locale === 'zh-CN') return paintSummary(summary, options, zhSummary(summary, problems, options.seconds));
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
    const timing = `${plural(summary.files, 'file')} checked in ${options.seconds.toFixed(2)}s`;
    const text = problems === 0
        ? `✔ No problems (${timing})`
        : `✖ ${plural(problems, 'problem')} (${counts}); ${timing}`;
    return paintSummary(summary, options, text);
}

/** `✖ 3 个问题（2 个错误，1 个警告，0 个提示）；检查 4 个文件，用时 0.21 秒`: the terms are the glossary's. */
function zhSummary(summary: Summary, problems: number, seconds: number): string {
    const [error, warning, info] = ['error', 'warning', 'info'].map(s => glossaryTerm(`severity.${s}`).zh);
    const timing = `检查 ${summary.files} 个文件，用时 ${seconds.toFixed(2)} 秒`;
    return problems === 0
        ? `✔ 未发现问题（${timing}）`
        : `✖ ${problems} 个问题（${summary.errors} 个${error}，${summary.warnings} 个${warning}，${summary.infos} 个${info}）；${timing}`;
}

function paintSummary(summary: Summary, options: StylishOptions, text: string): string {
    const color = summary.errors ? '31;1' : summary.warnings ? '33;1' : '32;1';
    return options.color ? `\u001b[${color}m${text}\u001b[0m` : text;
}
