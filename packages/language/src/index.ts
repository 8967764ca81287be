export * from './citypact-module.js';
export * from './generated/ast.js';
export * from './references/qualified-names.js';
export * from './stdlib/standard-library.js';
export * from './validation/rule-catalog.js';
export * from './validation/report.js';
export * from './workspace/config.js';
export * from './workspace/settings.js';
