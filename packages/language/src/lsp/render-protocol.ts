/**
 * The `citypact/render` request: the editor's preview asks the language server for
 * the rendered articles of one open file, so the preview and `citypact render` share
 * one renderer and the preview sees the workspace the server has built (other files,
 * the standard library, current diagnostics). Types only (no imports), so the VS
 * Code extension can use them without bundling the server.
 */

export const RENDER_REQUEST_METHOD = 'citypact/render';

export interface RenderRequestParams {
    /** The document URI, as the client knows it. */
    uri: string;
}

/**
 * The articles' HTML (the inside of the preview's `<main>`), or why there is none.
 * `agreements` is 0 for a file that declares none (a registry): `html` then holds a
 * short explanation.
 */
export type RenderRequestResult =
    | { title: string; html: string; agreements: number }
    | { error: string };
