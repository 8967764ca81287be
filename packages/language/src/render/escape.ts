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
    return isolateBidi(stripXmlInvalid(text).replace(/[&<>"']/g, c => HTML_ESCAPES[c]));
}

/**
 * Bidirectional isolation of user text (docs/language.md §1, issue 20): a label with
 * right-to-left letters or with bidi controls (an unterminated U+202E) is wrapped in
 * U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, the plain-text form
 * of HTML's `<bdi>` (HTML defines `<bdi>` as `unicode-bidi: isolate` with
 * `dir=auto`). The isolate ends every embedding and override opened inside it, so no
 * label can reorder the generated text around it, in HTML, SVG and Markdown alike,
 * text content and attribute values alike (an escaping function does not know which
 * it writes). Text without such characters, nearly all of it, is unchanged. A single
 * name-like token (letters, digits, `_.-:`, no controls: ids and anchors) is left as
 * is, so that `id` attributes keep matching their `#fragment` links; with no neutral
 * character and no control in it, it cannot reorder its neighbours.
 */
export function isolateBidi(text: string): string {
    if (!NEEDS_ISOLATION.test(text)) return text;
    if (!BIDI_CONTROL.test(text) && /^[\p{L}\p{N}\p{M}_.:-]*$/u.test(text)) return text;
    return `\u2068${text}\u2069`;
}

/** Bidi controls (as hidden-text lists them) and right-to-left scripts (Hebrew to NKo and beyond, their presentation forms, and the astral RTL blocks). */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const NEEDS_ISOLATION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

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
    return isolateBidi(stripXmlInvalid(text)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        .replace(/[\\`*_[\]<>|~&]/g, c => `\\${c}`));
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
