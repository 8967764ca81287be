/**
 * The one escaping of text the CLI prints for a terminal (docs/language.md §7): control
 * characters, bidirectional controls and the line/paragraph separators become
 * `\u001b`-style escapes, so that a label, a USCC or a file name cannot clear the
 * screen, set the window title, move the cursor, overwrite the line (`\r`) or
 * reorder what follows it (issue 20). Tabs stay. A newline is escaped too, unless the
 * caller prints several lines on purpose (`keepNewlines`), so that no text of a file
 * can forge a line of the report.
 *
 * Machine formats escape by their own rules (JSON, SARIF, JUnit XML, GitHub
 * workflow commands) and do not use this.
 */
// C0 except tab and newline, DEL, C1, ALM, LRM/RLM, LS/PS, LRE…RLO, LRI…PDI.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string, options: { keepNewlines?: boolean } = {}): string {
    const escaped = text.replace(UNSAFE, escapeChar);
    return options.keepNewlines ? escaped : escaped.replace(/\n/g, escapeChar);
}

function escapeChar(char: string): string {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
