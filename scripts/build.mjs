// Builds everything `npm install` promises: the generated parser, the TypeScript
// packages, and the extension and language-server bundles.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;

function run(label, args, { filter } = {}) {
    const started = Date.now();
    const result = spawnSync(node, args, { cwd: root, encoding: 'utf8' });
    const output = (result.stdout ?? '') + (result.stderr ?? '');
    const shown = filter ? output.split('\n').filter(filter).join('\n') : output;
    if (result.status !== 0) {
        process.stderr.write(output);
        console.error(`build: ${label} failed`);
        process.exit(1);
    }
    if (shown.trim()) process.stdout.write(shown.trimEnd() + '\n');
    console.log(`build: ${label} (${Date.now() - started} ms)`);
}

run('standard library', ['scripts/embed-stdlib.mjs']);
run('national library (GB/T 2260)', ['scripts/generate-national.mjs']);
// The grammar loops properties on purpose (any order); "at most once" is validated,
// so langium-cli's multiple-assignment hints are noise here.
run('langium generate', ['--import', './scripts/polyfill.mjs', 'node_modules/langium-cli/bin/langium.js', 'generate'],
    { filter: line => line.trim() && !line.includes('Found multiple assignments') });
run('textmate grammar refinements', ['scripts/textmate-extras.mjs']);
run('typescript', ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.json']);
run('docs and schemas from the rule catalog', ['--import', './scripts/polyfill.mjs', 'scripts/generate-docs.mjs']);
// What the published packages carry besides their code (git-ignored copies; the
// sources stay at the root and in packages/language/schemas).
for (const pkg of ['packages/extension', 'packages/cli']) {
    cpSync('LICENSE', `${pkg}/LICENSE`);
    cpSync('CHANGELOG.md', `${pkg}/CHANGELOG.md`);
}
mkdirSync('packages/cli/schemas', { recursive: true });
for (const schema of ['citypact-export-1.schema.json', 'citypact.schema.json', 'citypact-diff-1.schema.json', 'citypact-report-1.schema.json']) {
    cpSync(`packages/language/schemas/${schema}`, `packages/cli/schemas/${schema}`);
}
mkdirSync('packages/extension/syntaxes', { recursive: true });
for (const grammar of ['citypact.tmLanguage.json', 'citypact.markdown-injection.json']) {
    cpSync(`syntaxes/${grammar}`, `packages/extension/syntaxes/${grammar}`);
}
mkdirSync('packages/extension/schemas', { recursive: true });
cpSync('packages/language/schemas/citypact.schema.json', 'packages/extension/schemas/citypact.schema.json');
run('bundles: extension and language server', ['packages/extension/esbuild.mjs']);
run('bundle: the citypact command', ['packages/cli/esbuild.mjs']);
