// Kept free of langium imports: the VS Code client bundles this (and only this) to
// show the standard library read-only.
export const STDLIB_SCHEME = 'citypact-stdlib';
export { STDLIB_TEXT } from './stdlib-text.js';
export { NATIONAL_TEXT } from './national-text.js';
import { STDLIB_TEXT } from './stdlib-text.js';
import { NATIONAL_TEXT } from './national-text.js';

/** The path of the national library's document (docs/national-library.md). */
export const NATIONAL_PATH = '/national.citypact';

/** The text of a standard-library document, by the path of its URI. */
export function libraryText(path: string): string {
    return path === NATIONAL_PATH ? NATIONAL_TEXT : STDLIB_TEXT;
}
