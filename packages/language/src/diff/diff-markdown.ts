import type { Locale } from '../validation/rule-catalog.js';
import { DIFF_IMPACTS, type AgreementDiff, type DiffChange, type DiffReport } from './diff-format.js';
import { diffValueText, diffWords, setChangeText } from './diff-labels.js';

/**
 * `citypact diff --format markdown`: a pull-request comment (docs/diff.md). One
 * heading per agreement that changed, then one table per impact, the most severe
 * first; unchanged agreements are counted, not listed. Every text from a source file
 * is escaped so that it cannot close a table cell, start markup or inject HTML.
 */
export function diffMarkdown(report: DiffReport, locale?: Locale): string {
    const words = diffWords(locale);
    const out: string[] = [`## ${words.title}`, '', `**${words.summary(report.summary)}**`, ''];
    const changed = report.agreements.filter(a => a.status !== 'unchanged');
    const unchanged = report.agreements.length - changed.length;
    for (const agreement of changed) {
        out.push(`### ${markdownText(agreementTitle(agreement, locale))}`, '');
        if (agreement.changes.length === 0) out.push(words.noChanges, '');
        for (const impact of DIFF_IMPACTS) {
            const rows = agreement.changes.filter(c => c.impact === impact);
            if (rows.length === 0) continue;
            out.push(`#### ${words.impact[impact]} (${rows.length})`, '');
            const cols = words.columns;
            out.push(`| ${cols.change} | ${cols.element} | ${cols.target} | ${cols.field} | ${cols.before} | ${cols.after} |`);
            out.push('|---|---|---|---|---|---|');
            for (const change of rows) out.push(markdownRow(change, locale));
            out.push('');
        }
    }
    if (unchanged > 0) {
        out.push(locale === 'zh-CN' ? `另有 ${unchanged} 份协议无变更。` : `${unchanged} more agreement${unchanged === 1 ? '' : 's'} unchanged.`, '');
    }
    return out.join('\n');
}

/** `Old 1.0.0 → New 2.0.0 (changed)`: the heading of an agreement in every human format. */
export function agreementTitle(agreement: AgreementDiff, locale?: Locale): string {
    const words = diffWords(locale);
    const side = (s: { id: string; version: string | null } | null) => (s ? `${s.id}${s.version ? ` ${s.version}` : ''}` : '');
    const name = agreement.before && agreement.after && agreement.before.id !== agreement.after.id
        ? `${side(agreement.before)} → ${side(agreement.after)}`
        : agreement.before && agreement.after && agreement.before.version !== agreement.after.version
            ? `${agreement.id} ${agreement.before.version ?? ''} → ${agreement.after.version ?? ''}`
            : side(agreement.after ?? agreement.before);
    return `${name} (${words.status[agreement.status]})`;
}

function markdownRow(change: DiffChange, locale?: Locale): string {
    const words = diffWords(locale);
    const delta = setChangeText(change.before, change.after);
    const after = diffValueText(change.after) + (delta ? ` (${delta})` : '');
    const cells = [
        words.change[change.change],
        words.element[change.element],
        code(change.target),
        change.field ? code(change.field) : '',
        markdownText(diffValueText(change.before)),
        markdownText(after),
    ];
    return `| ${cells.join(' | ')} |`;
}

function code(text: string): string {
    // A qualified name has no backtick (names are letters, digits and `_`), but a broken one might.
    return text.includes('`') ? markdownText(text) : `\`${text}\``;
}

/**
 * Source text made inert in a GitHub Markdown table cell: HTML and entities escaped,
 * Markdown punctuation backslash-escaped, `|` escaped, line breaks as `<br>`, and
 * control and bidirectional characters written as `\u…` (the comment is read by
 * reviewers who must see what the file says).
 */
export function markdownText(text: string): string {
    return text
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
            c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]#~|!])/g, '\\$1')
        .replace(/\r?\n/g, '<br>');
}
