import type { Locale } from '../validation/rule-catalog.js';

/**
 * Small pieces of Markdown shared by hover, completion documentation and code lens.
 * Labels and citations are free text written by drafters: they are escaped so that
 * a `*` or `_` in an official name never turns into formatting.
 */

export function escapeMarkdown(text: string): string {
    // `&` too: `&lt;` or `&#x202E;` in a label would otherwise render as the character (issue 20).
    return text.replace(/([\\`*_[\]<>#|~&])/g, '\\$1');
}

/** Inline code, with a fence long enough for any backticks in the text. */
export function code(text: string): string {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}

/** A quoted free-text value: “仅限异地就医结算使用”. */
export function quoted(text: string): string {
    return `“${escapeMarkdown(text)}”`;
}

/** Picks the English or Chinese wording. */
export function localize(locale: Locale, en: string, zh: string): string {
    return locale === 'zh-CN' ? zh : en;
}

/** `11200000` → `11,200,000` (linear: see model/digit-groups.ts). */
export { groupDigits } from '../model/digit-groups.js';

/** "1 party", "4 parties"; Chinese needs no plural. */
export function count(locale: Locale, n: number, singular: string, plural: string, zh: string): string {
    return locale === 'zh-CN' ? `${n} ${zh}` : `${n} ${n === 1 ? singular : plural}`;
}

/** A bullet list of `label: value` facts, skipping values that are absent. */
export function factList(facts: ReadonlyArray<[label: string, value: string | undefined]>): string {
    return facts
        .filter((fact): fact is [string, string] => fact[1] !== undefined && fact[1] !== '')
        .map(([label, value]) => `- **${label}:** ${value}`)
        .join('\n');
}
