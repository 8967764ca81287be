// `npm run test:node-matrix`: the unit suite (which includes the packed-install test of
// the published package) under every maintained Node.js release besides the one
// running `npm test` (docs/releasing.md). Node binaries come from the npm registry
// (`node-<platform>-<arch>@<major>`, the official builds repackaged), cached outside
// the checkout in ~/.cache/citypact-node (or $CITYPACT_NODE_CACHE). Ends with one
// "N passed, N failed" line over all versions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = process.env.CITYPACT_NODE_CACHE ?? path.join(os.homedir(), '.cache', 'citypact-node');
const majors = (process.env.CITYPACT_NODE_VERSIONS ?? '20,22,24').split(',').map(v => v.trim()).filter(Boolean);
const current = process.versions.node.split('.')[0];

function nodeBinary(major) {
    if (major === current) return process.execPath;
    const dir = path.join(cache, major);
    const pkg = `node-${process.platform}-${process.arch}`;
    const binary = path.join(dir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
    if (!existsSync(binary)) {
        mkdirSync(dir, { recursive: true });
        console.log(`node-matrix: installing ${pkg}@${major} into ${dir}`);
        const install = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${pkg}@${major}`], { stdio: 'inherit' });
        if (install.status !== 0 || !existsSync(binary)) {
            console.error(`node-matrix: could not install ${pkg}@${major} from the npm registry`);
            return undefined;
        }
    }
    return binary;
}

let passed = 0;
let failed = 0;
const lines = [];
for (const major of majors) {
    // Node 20 runs in `npm test` itself; here only the others, unless asked for explicitly.
    if (major === current && !process.env.CITYPACT_NODE_VERSIONS) continue;
    const node = nodeBinary(major);
    if (!node) {
        failed++;
        lines.push(`Node ${major}: not installed`);
        continue;
    }
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(`\n== node-matrix: npm test under Node ${version}`);
    const run = spawnSync(node, ['scripts/test.mjs'], {
        cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
        // The tests start the CLI with process.execPath; `env node` in shebangs must find the same Node.
        env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` },
    });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    const closing = [...run.stdout.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
    if (!closing) {
        failed++;
        lines.push(`Node ${version}: no test result (exit ${run.status})`);
        continue;
    }
    passed += Number(closing[1]);
    failed += Number(closing[2]) + (run.status === 0 || Number(closing[2]) > 0 ? 0 : 1);
    lines.push(`Node ${version}: ${closing[0]}`);
}
console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
