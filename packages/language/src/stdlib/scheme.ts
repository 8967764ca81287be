// Kept free of langium imports: the VS Code client bundles this (and only this) to
// show the standard library read-only.
export const STDLIB_SCHEME = 'citypact-stdlib';
export { STDLIB_TEXT } from './stdlib-text.js';
