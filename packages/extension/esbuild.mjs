// Bundles the extension client and the language server into CommonJS `.cjs` files:
// VS Code loads extensions with require(), while langium and our packages are ESM.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const polyfill = `if(typeof Object.groupBy!=='function'){Object.groupBy=function(items,fn){const g=Object.create(null);let i=0;for(const x of items){const k=fn(x,i++);(g[k]||(g[k]=[])).push(x);}return g;};}`;
const watch = process.argv.includes('--watch');

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    minify: !watch,
    logLevel: 'warning',
    // Langium reads import.meta.url only for optional features; keep the bundle free of it.
    define: { 'import.meta.url': '__citypact_import_meta_url' },
    banner: { js: `const __citypact_import_meta_url = require('url').pathToFileURL(__filename).href;\n${polyfill}` },
    absWorkingDir: here,
    // Prefer ES modules: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
    mainFields: ['module', 'main'],
};

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
