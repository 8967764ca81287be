/**
 * Escaping for everything the renderers write. Every label, purpose, citation and
 * diagnostic message comes from a user's file, so nothing reaches HTML, SVG or
 * Markdown without passing through one of these functions.
 */

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/**
 * Text content and attribute values in HTML and SVG (both double- and single-quoted).
 * Also drops the control characters XML 1.0 forbids: a string may hold `\u0001`
 * through its `\uXXXX` escape, and one such character would make the SVG ill-formed.
 */
export function escapeHtml(text: string): string {
    return stripXmlInvalid(text).replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/** Characters XML 1.0 does not allow anywhere, even escaped. */
function stripXmlInvalid(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
        .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A value for an `id` attribute and the matching `#fragment`: ids may hold any
 * character but white space, and qualified names never contain any; the fragment
 * is percent-encoded so that `#` or `%` in a future name cannot break the link.
 */
export function fragmentOf(id: string): string {
    return encodeURIComponent(id);
}

/**
 * A relative path as a URL path: each segment percent-encoded, `/` kept. Parentheses
 * are encoded too, so the result is also a safe Markdown link destination.
 */
export function encodePath(path: string): string {
    return path.split('/')
        .map(segment => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
        .join('/')
        .replace(/[()]/g, c => (c === '(' ? '%28' : '%29'));
}

/**
 * Inline Markdown text: the characters that could start emphasis, code, links,
 * HTML, entities, strikethrough or a table cell boundary are backslash-escaped;
 * line breaks (a string may contain `\n`) become spaces, so a value never ends a
 * paragraph or a table row. Dots, hyphens and parentheses stay as they are: they
 * only mean something at the start of a line, which `escapeMarkdownLine` handles.
 */
export function escapeMarkdown(text: string): string {
    return stripXmlInvalid(text)
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_[\]<>|~&]/g, c => `\\${c}`);
}

/** Inline text that starts a line: also neutralizes headings, quotes, lists and rules. */
export function escapeMarkdownLine(text: string): string {
    return escapeMarkdown(text)
        .replace(/^(\s*)([#+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Text for a Markdown table cell: inline-escaped, never empty (an empty cell reads as a gap). */
export function markdownCell(text: string | undefined): string {
    return text === undefined || text === '' ? '—' : escapeMarkdown(text);
}
