// `npm run test:e2e`: installs what the suite needs (idempotent, cached), packages the
// extension, and runs the end-to-end suite against real VS Code (code-server) in Chromium.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const step = (label, command, args) => {
    console.log(`== ${label}`);
    const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`test:e2e: ${label} failed`);
        process.exit(result.status ?? 1);
    }
};

step('setup (apt packages, code-server)', 'bash', ['scripts/e2e/setup.sh']);
step('build', process.execPath, ['scripts/build.mjs']);
step('package the extension', 'npm', ['run', 'package', '--silent']);
// Everything that needs a real browser: the extension in code-server, the preview
// webview, and the rendered documents (*.e2e.ts, kept out of `npm test` so that it
// passes on a machine without Chromium).
const mocha = spawnSync(process.execPath, [
    '--import', './scripts/polyfill.mjs',
    'node_modules/mocha/bin/mocha.js', '--reporter', './scripts/mocha-reporter.cjs', '--timeout', '180000',
    'packages/*/out/test/**/*.e2e.js',
], { cwd: root, stdio: 'inherit' });
process.exit(mocha.status ?? 1);
