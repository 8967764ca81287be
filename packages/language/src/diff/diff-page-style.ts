/**
 * Styles of the compare page (diff-html.ts) beyond the preview's, added to the
 * preview's shell (preview-shell.ts): its CSP admits no other style. Pure strings.
 */
export const DIFF_PAGE_CSS = `
.cp-diff-sides { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0.4em 0 1em; }
.cp-diff-sides dt { color: var(--cp-muted); }
.cp-diff-sides dd { margin: 0; }
.cp-diff-summary { font-weight: 600; }
.cp-diff-impact { margin: 1.2em 0; }
.cp-diff-impact h3 { display: flex; align-items: center; gap: 8px; }
.cp-impact-badge { display: inline-block; width: 10px; height: 10px; border-radius: 5px; }
.cp-impact-data-protection .cp-impact-badge { background: var(--cp-error); }
.cp-impact-substantive .cp-impact-badge { background: var(--cp-warning); }
.cp-impact-editorial .cp-impact-badge { background: var(--cp-info); }
table.cp-diff-table { table-layout: fixed; }
table.cp-diff-table col.cp-diff-what { width: 30%; }
table.cp-diff-table col.cp-diff-side { width: 35%; }
.cp-diff-table td[data-line] { cursor: pointer; }
.cp-diff-table td[data-line]:hover { background: var(--cp-soft); }
.cp-diff-table ins { text-decoration: none; background: color-mix(in srgb, var(--cp-info) 18%, transparent); border-radius: 3px; padding: 0 2px; }
.cp-diff-table del { background: color-mix(in srgb, var(--cp-error) 18%, transparent); border-radius: 3px; padding: 0 2px; }
.cp-diff-target { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.92em; overflow-wrap: break-word; }
.cp-diff-value { white-space: pre-wrap; overflow-wrap: anywhere; }
.cp-diff-none { color: var(--cp-muted); }
`;
