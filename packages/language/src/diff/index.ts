export * from './diff-format.js';
export * from './diff-engine.js';
export * from './diff-schema.js';
export * from './diff-markdown.js';
export * from './diff-labels.js';
export * from './diff-html.js';
