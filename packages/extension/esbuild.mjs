// Bundles the extension client and the language server into CommonJS `.cjs` files:
// VS Code loads extensions with require(), while langium and our packages are ESM.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from '../../scripts/esbuild-node.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const watch = process.argv.includes('--watch');
const common = { ...nodeBundleOptions({ watch, absWorkingDir: here }), sourcemap: true };

const contexts = await Promise.all([
    esbuild.context({ ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, external: ['vscode'] }),
    esbuild.context({ ...common, entryPoints: { server: '../language/src/lsp/server.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } }),
    // The preview webview's script: a browser bundle, loaded from the extension under a nonce'd CSP.
    esbuild.context({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: false, minify: !watch, logLevel: 'warning', absWorkingDir: here, entryPoints: { preview: 'src/preview/webview/preview-script.ts' }, outdir: 'dist' }),
]);
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
}
