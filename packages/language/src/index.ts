export * from './citypact-module.js';
export * from './generated/ast.js';
export * from './references/qualified-names.js';
export * from './stdlib/standard-library.js';
export * from './validation/rule-catalog.js';
// One Chinese term per keyword, value, role, level and kind (issue 14).
export * from './glossary.js';
export * from './docs/links.js';
export * from './validation/report.js';
export * from './workspace/config.js';
export * from './workspace/settings.js';
export * from './workspace/load-documents.js';
export * from './formatting/canonical-layout.js';
export * from './lsp/formatter.js';
// `citypact check --fix` (docs/language.md §7).
export * from './lsp/quick-fixes/apply-fixes.js';
export * from './export/index.js';
// The one file writer of every command (fmt, check, export, render, report).
export * from './io/safe-write.js';
export * from './model/index.js';
export * from './render/index.js';
// Semantic diff of agreements (docs/language.md §8, docs/diff.md).
export * from './diff/index.js';
// The portfolio report and data-flow atlas (docs/language.md §10, docs/report.md).
export * from './portfolio/index.js';
