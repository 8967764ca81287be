import { DIAGRAM_COLOR_DARK, DIAGRAM_COLOR_DEFAULTS, DIAGRAM_CSS } from './diagram-style.js';

/**
 * The stylesheet of the rendered page and of the preview. One stylesheet for both:
 * light by default, dark under `prefers-color-scheme: dark`, and inside a VS Code
 * webview (whose body carries `vscode-light`, `vscode-dark` or
 * `vscode-high-contrast`) the editor theme's own colours and font. Pure strings,
 * no imports beyond the diagram's: the extension bundles this file into its client.
 */
export const PAGE_CSS = `
:root {${DIAGRAM_COLOR_DEFAULTS}
  --cp-rule: #d0d7de;
  --cp-soft: #f6f8fa;
  --cp-link: #0969da;
  --cp-error: #cf222e;
  --cp-warning: #9a6700;
  --cp-info: #0969da;
  --cp-error-bg: #ffebe9;
}
@media (prefers-color-scheme: dark) {
  :root {${DIAGRAM_COLOR_DARK}
    --cp-rule: #30363d;
    --cp-soft: #161b22;
    --cp-link: #4493f8;
    --cp-error: #f85149;
    --cp-warning: #d29922;
    --cp-info: #4493f8;
    --cp-error-bg: #2d1517;
  }
}
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) {${DIAGRAM_COLOR_DARK}
  --cp-rule: #30363d; --cp-soft: #161b22; --cp-error-bg: #2d1517;
}
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light {
  --cp-fg: var(--vscode-editor-foreground);
  --cp-bg: var(--vscode-editor-background);
  --cp-muted: var(--vscode-descriptionForeground);
  --cp-node-fill: var(--vscode-editor-background);
  --cp-card-fill: var(--vscode-editor-background);
  --cp-link: var(--vscode-textLink-foreground);
  --cp-rule: var(--vscode-panel-border, var(--vscode-editorGroup-border));
  --cp-soft: var(--vscode-textBlockQuote-background, var(--vscode-editorWidget-background));
  --cp-error: var(--vscode-editorError-foreground);
  --cp-warning: var(--vscode-editorWarning-foreground);
  --cp-info: var(--vscode-editorInfo-foreground);
}
body.vscode-high-contrast, body.vscode-high-contrast-light {
  --cp-node-stroke: var(--vscode-contrastBorder);
  --cp-cluster-stroke: var(--vscode-contrastBorder);
  --cp-province: transparent; --cp-city: transparent; --cp-district: transparent; --cp-township: transparent;
  --cp-org-fill: transparent; --cp-service-fill: transparent; --cp-body-fill: transparent;
}
* { box-sizing: border-box; }
html { background: var(--cp-bg); }
body { margin: 0; background: var(--cp-bg); color: var(--cp-fg); font-family: var(--cp-font); font-size: 14px; line-height: 1.6; }
body.vscode-light, body.vscode-dark, body.vscode-high-contrast { font-size: var(--vscode-font-size, 14px); padding: 0; }
.cp-page { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
.cp-agreement + .cp-agreement { margin-top: 48px; border-top: 3px double var(--cp-rule); padding-top: 24px; }
h1 { font-size: 1.9em; line-height: 1.3; margin: 0.1em 0 0.1em; }
h2 { font-size: 1.3em; margin: 2em 0 0.6em; padding-bottom: 0.25em; border-bottom: 1px solid var(--cp-rule); }
h2 .cp-en, h3 .cp-en { font-weight: 400; color: var(--cp-muted); font-size: 0.8em; margin-left: 0.5em; }
h3 { font-size: 1.08em; margin: 1.4em 0 0.4em; }
a { color: var(--cp-link); }
code { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 0.88em; background: var(--cp-soft); padding: 0 0.3em; border-radius: 4px; }
.cp-kicker { color: var(--cp-muted); font-size: 0.88em; margin: 0; }
.cp-translation { font-size: 1.15em; color: var(--cp-muted); margin: 0 0 0.8em; }
.cp-doc p { margin: 0.4em 0; }
.cp-doc { border-left: 3px solid var(--cp-rule); padding-left: 12px; color: var(--cp-fg); margin: 0.8em 0; }
.cp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0.6em 0; }
.cp-facts dt { color: var(--cp-muted); }
.cp-facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.95em; }
th, td { border: 1px solid var(--cp-rule); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--cp-soft); font-weight: 600; }
table.cp-costs { width: auto; min-width: 50%; }
td.cp-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cp-item { border: 1px solid var(--cp-rule); border-radius: 8px; padding: 4px 14px 8px; margin: 12px 0; }
.cp-item > h3 { margin-top: 0.6em; }
.cp-src { float: right; font-size: 0.78em; color: var(--cp-muted); text-decoration: none; margin-left: 8px; font-weight: 400; }
.cp-src:hover { text-decoration: underline; }
span.cp-src { cursor: pointer; }
.cp-unresolved { color: var(--cp-error); text-decoration: underline wavy var(--cp-error); }
.cp-tag { display: inline-block; font-size: 0.8em; padding: 0 6px; border-radius: 10px; border: 1px solid var(--cp-rule); margin-right: 4px; white-space: nowrap; }
.cp-tag.cp-sensitive { border-color: var(--cp-sensitive); color: var(--cp-sensitive); font-weight: 600; }
.cp-tag.cp-personal { border-color: var(--cp-personal); color: var(--cp-personal); }
.cp-tag.cp-core { border-color: var(--cp-sensitive); background: var(--cp-sensitive); color: var(--cp-bg); font-weight: 600; }
.cp-tag.cp-lead { border-color: var(--cp-lead); color: var(--cp-lead); font-weight: 600; }
.cp-muted { color: var(--cp-muted); }
.cp-diagnostics { border: 1px solid var(--cp-error); background: var(--cp-error-bg); border-radius: 8px; padding: 8px 16px; margin: 0 0 20px; }
.cp-diagnostics h2 { border: none; margin: 0.3em 0; font-size: 1.1em; }
.cp-diagnostics ul { margin: 0.3em 0 0.5em; padding-left: 1.2em; }
.cp-diagnostics li { margin: 2px 0; }
.cp-severity-error { color: var(--cp-error); font-weight: 600; }
.cp-severity-warning { color: var(--cp-warning); font-weight: 600; }
.cp-severity-info { color: var(--cp-info); font-weight: 600; }
.cp-figure { margin: 0; overflow-x: auto; border: 1px solid var(--cp-rule); border-radius: 8px; padding: 8px; background: var(--cp-bg); }
.cp-figure svg { display: block; margin: 0 auto; }
/* In a narrow editor column the diagram would shrink past reading: it scrolls instead. */
body.vscode-light .cp-figure svg, body.vscode-dark .cp-figure svg, body.vscode-high-contrast .cp-figure svg, body.vscode-high-contrast-light .cp-figure svg { min-width: 760px; }
.cp-figure figcaption { color: var(--cp-muted); font-size: 0.85em; margin-top: 4px; }
.cp-footer { margin-top: 3em; color: var(--cp-muted); font-size: 0.85em; border-top: 1px solid var(--cp-rule); padding-top: 8px; }
.cp-empty { color: var(--cp-muted); font-style: italic; }
.cp-message { color: var(--cp-muted); padding: 2em 0; }
[data-line] { scroll-margin-top: 24px; }
body.vscode-light [data-line], body.vscode-dark [data-line], body.vscode-high-contrast [data-line] { cursor: pointer; }
body.vscode-light .cp-agreement [data-line]:hover, body.vscode-dark .cp-agreement [data-line]:hover { outline: 1px dashed var(--cp-rule); outline-offset: 2px; }
.cp-diagram g[data-line]:hover { outline: none; }
@media print {
  .cp-page { max-width: none; padding: 0; }
  .cp-src { display: none; }
  .cp-item, tr, .cp-figure { break-inside: avoid; }
  h2 { break-after: avoid; }
}
${DIAGRAM_CSS}`;
