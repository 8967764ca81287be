// `npm test`: compiles (the build already ran at install; tsc -b is incremental), rebuilds the CLI bundle
// and runs every package's mocha suite in one process, ending with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const opts = { cwd: root, stdio: 'inherit' };

const tsc = spawnSync(node, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.json'], opts);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// The CLI tests run the command users install: the bundle, rebuilt from what tsc just compiled.
const bundle = spawnSync(node, ['packages/cli/esbuild.mjs'], opts);
if (bundle.status !== 0) process.exit(bundle.status ?? 1);

const extra = process.argv.slice(2);
const mocha = spawnSync(node, [
    '--import', './scripts/polyfill.mjs',
    'node_modules/mocha/bin/mocha.js',
    '--reporter', './scripts/mocha-reporter.cjs',
    '--timeout', '20000',
    ...(extra.length ? extra : ['packages/*/out/test/**/*.test.js']),
], opts);
process.exit(mocha.status ?? 1);
