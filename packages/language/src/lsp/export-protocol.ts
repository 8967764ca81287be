/**
 * The `citypact/export` request: the editor asks the language server to export the
 * agreements of one open file, so the editor and the CLI share one exporter. Types
 * only (no imports), so the VS Code extension can use them without bundling the
 * server.
 */

export const EXPORT_REQUEST_METHOD = 'citypact/export';

export interface ExportRequestParams {
    /** The document URI, as the client knows it. */
    uri: string;
    format: 'json' | 'odrl';
}

export interface ExportedFileContent {
    /** `<agreement id>.json` or `<agreement id>.odrl.jsonld`: a bare file name. */
    fileName: string;
    content: string;
}

/** Either the files to write, or why nothing may be written (one readable message). */
export type ExportRequestResult =
    | { documents: ExportedFileContent[] }
    | { error: string };
