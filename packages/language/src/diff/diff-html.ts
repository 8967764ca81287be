import { escapeHtml as esc } from '../render/escape.js';
import type { Locale } from '../validation/rule-catalog.js';
import { DIFF_IMPACTS, type DiffImpact, type DiffResult, type DiffValue, type LocatedChange, type SourcePlace } from './diff-format.js';
import { agreementTitle } from './diff-markdown.js';
import { diffValueText, diffWords } from './diff-labels.js';

/**
 * The editor's "Compare with Previous Version" page (docs/diff.md): the renderer
 * family of the preview (its page style, its `data-line` links, every user text
 * escaped and bidi-isolated by escapeHtml), one section per agreement, the changes
 * grouped by impact (most severe first), before and after side by side. A cell whose
 * side is a file in the workspace links to its line (`data-line` + `data-uri`).
 */

export interface DiffPageOptions {
    locale?: Locale;
    /** What the old side is, e.g. `YRDMedicalSettlement2021 (supersedes)` or `agreement.citypact at git HEAD`. */
    beforeLabel: string;
    afterLabel: string;
    /** URIs that the page may link to (the old side read from git is not a file to open). */
    linkable: ReadonlySet<string>;
}


export function renderDiffHtml(result: DiffResult, options: DiffPageOptions): string {
    const words = diffWords(options.locale);
    const out: string[] = [];
    const total = DIFF_IMPACTS.reduce((n, i) => n + result.summary[i], 0);
    out.push(`<header class="cp-header">
<p class="cp-kicker">与上一版本比较 · Compare with Previous Version</p>
<dl class="cp-diff-sides"><dt>${esc(words.columns.before)}</dt><dd>${esc(options.beforeLabel)}</dd><dt>${esc(words.columns.after)}</dt><dd>${esc(options.afterLabel)}</dd></dl>
<p class="cp-diff-summary">${esc(total === 0 ? words.noChanges : words.summary(result.summary))}</p>
</header>`);
    for (const agreement of result.agreements) {
        out.push(`<article class="cp-agreement cp-diff">`);
        const line = agreement.changes[0]?.location.after?.line;
        out.push(`<h2${line ? ` data-line="${line}"` : ''}>${esc(agreementTitle(agreement, options.locale))}</h2>`);
        if (agreement.changes.length === 0) out.push(`<p class="cp-empty">${esc(words.noChanges)}</p>`);
        for (const impact of DIFF_IMPACTS) {
            const changes = agreement.changes.filter(c => c.impact === impact);
            if (changes.length) out.push(impactSection(impact, changes, options));
        }
        out.push('</article>');
    }
    return out.join('\n');
}

const IMPACT_BILINGUAL: Record<DiffImpact, string> = {
    'data-protection': '数据保护 data protection',
    substantive: '实质性 substantive',
    editorial: '编辑性 editorial',
};

function impactSection(impact: DiffImpact, changes: LocatedChange[], options: DiffPageOptions): string {
    const words = diffWords(options.locale);
    const rows = changes.map(change => {
        const what = `<span class="cp-tag">${esc(words.change[change.change])}</span> ${esc(words.element[change.element])}`
            + `<br><span class="cp-diff-target">${breakable(change.target)}${change.field ? ` · ${esc(change.field)}` : ''}</span>`;
        return `<tr><td>${what}</td>${cell(change.before, change.after, 'removed', change.location.before, options)}`
            + `${cell(change.after, change.before, 'added', change.location.after, options)}</tr>`;
    });
    return `<section class="cp-diff-impact cp-impact-${impact}">
<h3><span class="cp-impact-badge" aria-hidden="true"></span>${esc(IMPACT_BILINGUAL[impact])} (${changes.length})</h3>
<table class="cp-diff-table"><colgroup><col class="cp-diff-what"><col class="cp-diff-side"><col class="cp-diff-side"></colgroup>
<thead><tr><th>${esc(words.columns.change)}</th><th>${esc(words.columns.before)}</th><th>${esc(words.columns.after)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}

/** One side's value: a set shows what the other side lacks marked (`<del>` before, `<ins>` after). */
function cell(value: DiffValue, other: DiffValue, mark: 'removed' | 'added', place: SourcePlace | undefined, options: DiffPageOptions): string {
    const link = place && options.linkable.has(place.uri) ? ` data-line="${place.line}" data-uri="${esc(place.uri)}" title="${esc(`line ${place.line}`)}"` : '';
    let content: string;
    if (value === null) content = '<span class="cp-diff-none">—</span>';
    else if (Array.isArray(value)) {
        const others = Array.isArray(other) ? new Set(other) : new Set<string>();
        const tag = mark === 'removed' ? 'del' : 'ins';
        content = value.length
            ? value.map(item => (others.has(item) ? esc(item) : `<${tag}>${esc(item)}</${tag}>`)).join(', ')
            : '<span class="cp-diff-none">—</span>';
    } else content = esc(diffValueText(value));
    return `<td class="cp-diff-value"${link}>${content}</td>`;
}

/** A qualified name that wraps after its dots, not in the middle of a name. */
function breakable(name: string): string {
    return name.split('.').map(part => esc(part)).join('.<wbr>');
}
