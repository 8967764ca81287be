import { URI } from 'langium';
import { STDLIB_SCHEME, STDLIB_TEXT } from './scheme.js';

/**
 * The standard library (docs/language.md §3) lives in memory under its own URI scheme:
 * it is the same text for the CLI and the language server, never written to the
 * user's disk, and the VS Code extension shows it read-only through a content
 * provider for this scheme.
 */
export const STDLIB_URI = URI.parse(`${STDLIB_SCHEME}:///standard-library.citypact`);
export { STDLIB_SCHEME, STDLIB_TEXT };

export function isStandardLibrary(uri: URI | string): boolean {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).scheme === STDLIB_SCHEME;
}
