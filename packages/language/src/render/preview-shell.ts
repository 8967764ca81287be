import { escapeHtml as esc } from './escape.js';
import { PAGE_CSS } from './page-style.js';
import { DIFF_PAGE_CSS } from '../diff/diff-page-style.js';

/**
 * The page the VS Code preview loads once; the articles are then swapped in by its
 * script on every edit (no reload, so the scroll position and focus stay). Pure
 * strings: the extension bundles this file into its client.
 *
 * The content-security policy allows nothing but this page's own nonce'd style and
 * script (served from the extension, `cspSource`): no remote resource, no inline
 * script or style attribute, no eval. The rendered articles need nothing else.
 */
export interface PreviewShellOptions {
    /** `webview.cspSource`. */
    cspSource: string;
    /** A fresh random value per page load. */
    nonce: string;
    /** `webview.asWebviewUri(dist/preview.js)`. */
    scriptUri: string;
    title: string;
    /** The compare page (diff-html.ts): its styles join the preview's, as the CSP admits no other. */
    compare?: boolean;
}

export function previewShellHtml(options: PreviewShellOptions): string {
    const nonce = esc(options.nonce);
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${esc(options.cspSource)} data:`,
        `font-src ${esc(options.cspSource)}`,
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)}</title>
<style nonce="${nonce}">${PAGE_CSS}${options.compare ? DIFF_PAGE_CSS : ''}</style>
</head>
<body>
<main class="cp-page" id="cp-preview" aria-live="polite"><p class="cp-message">正在生成预览… Rendering the preview…</p></main>
<script nonce="${nonce}" src="${esc(options.scriptUri)}"></script>
</body>
</html>
`;
}
