import assert from 'node:assert/strict';
import { previewShellHtml } from '../../src/render/preview-shell.js';

describe('render: preview page (VS Code webview)', () => {
    const html = previewShellHtml({
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
        nonce: 'bm9uY2Ux',
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js',
        title: '预览 <agreement.citypact>',
    });

    it('has a strict content-security policy: only its nonce’d style and script', () => {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
        assert.ok(csp);
        assert.deepEqual(csp.split('; '), [
            "default-src 'none'",
            "style-src 'nonce-bm9uY2Ux'",
            "script-src 'nonce-bm9uY2Ux'",
            'img-src https://file+.vscode-resource.vscode-cdn.net data:',
            'font-src https://file+.vscode-resource.vscode-cdn.net',
            "base-uri 'none'",
            "form-action 'none'",
        ]);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    });

    it('loads one nonce’d stylesheet and one nonce’d script from the extension, nothing remote', () => {
        assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="bm9uY2Ux">']);
        assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="bm9uY2Ux" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js">']);
        const urls = [...html.matchAll(/https?:\/\/[^\s"')]+/g)].map(m => m[0]);
        assert.ok(urls.every(url => url.startsWith('https://file+.vscode-resource.vscode-cdn.net')), urls.join(', '));
        assert.match(html, /<title>预览 &lt;agreement\.citypact&gt;<\/title>/);
    });

    it('follows the VS Code theme through its CSS variables', () => {
        assert.match(html, /body\.vscode-light, body\.vscode-dark, body\.vscode-high-contrast, body\.vscode-high-contrast-light \{\s*--cp-fg: var\(--vscode-editor-foreground\);/);
        assert.match(html, /--cp-bg: var\(--vscode-editor-background\)/);
    });
});
