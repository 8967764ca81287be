// Rendering agreements for people (issue #10, docs/render.md): a bilingual HTML page
// with a diagram, Markdown, and the preview's article markup. Shared by the CLI's
// `citypact render` and the language server's `citypact/render` request.
export * from './agreement-view.js';
export { agreementView, agreementsOf } from './model-to-view.js';
export { renderHtmlPage, renderAgreementsHtml, type HtmlOptions } from './html.js';
export { renderMarkdown, type MarkdownOptions } from './markdown.js';
export { agreementDiagram } from './diagram.js';
export { diagramGraph } from './diagram-graph.js';
export { layoutDiagram } from './diagram-layout.js';
export { PAGE_CSS } from './page-style.js';
export { encodePath, escapeHtml } from './escape.js';
export * from './render-agreements.js';
