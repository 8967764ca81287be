/**
 * The `citypact/diff` request: the editor's "Compare with Previous Version" asks
 * the language server to compare the agreements of one open file with their previous
 * version (docs/diff.md): the agreement each one `supersedes` when it names one the
 * workspace declares, else the file as it was at git HEAD, whose text the extension
 * reads with git and sends along. Types only (no imports), so the VS Code extension
 * can use them without bundling the server.
 */

export const DIFF_REQUEST_METHOD = 'citypact/diff';

export interface DiffRequestParams {
    /** The document URI, as the client knows it. */
    uri: string;
    /** The file's text at git HEAD, when git has it; used when no agreement of the file supersedes another. */
    previousText?: string;
}

/**
 * The page's HTML (the inside of the shell's `<main>`), what it compared against,
 * and the number of changes; or why there is nothing to compare.
 */
export type DiffRequestResult =
    | { title: string; html: string; against: 'supersedes' | 'git'; changes: number }
    | { error: string };
