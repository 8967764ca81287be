export * from './portfolio-model.js';
export * from './report-json.js';
export * from './report-schema.js';
export * from './report-ics.js';
export * from './report-markdown.js';
export * from './report-html.js';
export * from './render-report.js';
