// esbuild options shared by every Node bundle we ship: the extension client and
// language server (packages/extension/esbuild.mjs) and the published `citypact`
// command (packages/cli/esbuild.mjs). One place, so the bundles cannot drift apart.

/** Langium 4.4 pulls chevrotain 13, which calls Object.groupBy (Node 21+); see packages/language/src/polyfill.ts. */
const polyfill = `if(typeof Object.groupBy!=='function'){Object.groupBy=function(items,fn){const g=Object.create(null);let i=0;for(const x of items){const k=fn(x,i++);(g[k]||(g[k]=[])).push(x);}return g;};}`
    + `if(typeof Map.groupBy!=='function'){Map.groupBy=function(items,fn){const g=new Map();let i=0;for(const x of items){const k=fn(x,i++);if(!g.has(k))g.set(k,[]);g.get(k).push(x);}return g;};}`;

/**
 * CommonJS: VS Code loads extensions with require(), and a CJS bundle needs no
 * `createRequire` shim for the CommonJS parts (vscode-languageserver) either.
 */
export function nodeBundleOptions({ watch = false, absWorkingDir, banner = '' }) {
    return {
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minify: !watch,
        logLevel: 'warning',
        // Langium reads import.meta.url only for optional features; keep the bundle free of it.
        define: { 'import.meta.url': '__citypact_import_meta_url' },
        banner: { js: `${banner}const __citypact_import_meta_url = require('url').pathToFileURL(__filename).href;\n${polyfill}` },
        absWorkingDir,
        // Prefer ES modules: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
        mainFields: ['module', 'main'],
    };
}
