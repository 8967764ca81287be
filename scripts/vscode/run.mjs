// `npm run test:vscode`: the @vscode/test-electron suite (packages/extension/test/vscode),
// the end-to-end scenarios written against the `vscode` API. It needs a VS Code build:
// VSCODE_EXECUTABLE=/path/to/code uses a local one; otherwise @vscode/test-electron
// downloads one, which fails fast (not hangs) where the network does not allow it.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const extension = path.join(root, 'packages/extension');
const require = createRequire(path.join(extension, 'package.json'));
const { runTests, downloadAndUnzipVSCode } = require('@vscode/test-electron');
const DOWNLOAD_TIMEOUT_MS = 20_000;

// The extension host loads tests with require(): bundle the suite to CommonJS.
const suite = path.join(extension, 'dist-test', 'suite.cjs');
await esbuild.build({
    entryPoints: [path.join(extension, 'test/vscode/index.vscode.ts')], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile: suite, external: ['vscode'], logLevel: 'warning',
});

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-vscode-ws-'));
fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
fs.mkdirSync(path.join(workspace, 'drafts'));
fs.writeFileSync(path.join(workspace, 'drafts', 'broken-draft.citypact'),
    'agreement BrokenDraft "待修订草案" {\n  version 0.1.0\n  effective 2025-01-01\n  party Shanghai.MedicalSecurity\n  party Hangzhou.NoSuchBureau\n  service Draft "草案服务" {\n    mode \n  }\n}\n');
fs.writeFileSync(path.join(workspace, 'drafts', 'messy-districts.citypact'),
    'district Xuhui "徐汇区" of Shanghai {   code 310104 }\n\n\n\ndistrict Jingan "静安区" of Shanghai { code 310106 }');

let exitCode = 1;
try {
    let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
    if (!vscodeExecutablePath) {
        console.log(`test:vscode: downloading VS Code (giving up after ${DOWNLOAD_TIMEOUT_MS / 1000} s)...`);
        vscodeExecutablePath = await withTimeout(
            downloadAndUnzipVSCode({ cachePath: path.join(os.homedir(), '.cache', 'citypact-vscode-test'), timeout: DOWNLOAD_TIMEOUT_MS }),
            DOWNLOAD_TIMEOUT_MS + 5_000,
        );
    }
    exitCode = await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: extension,
        extensionTestsPath: suite,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
} catch (error) {
    console.error([
        `test:vscode: cannot run the @vscode/test-electron suite: ${error?.message ?? error}`,
        'It needs VS Code: either network access to update.code.visualstudio.com (to download it),',
        'or VSCODE_EXECUTABLE=/path/to/code pointing at an installed VS Code.',
        'On machines without either, run the same scenarios in code-server: npm run test:e2e',
    ].join('\n'));
    exitCode = 2;
} finally {
    fs.rmSync(workspace, { recursive: true, force: true });
}
process.exit(exitCode);

function withTimeout(promise, ms) {
    let timer;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no VS Code download after ${ms / 1000} s`)), ms); }),
    ]);
}
