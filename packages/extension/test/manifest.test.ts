import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(extension, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const en = () => JSON.parse(read('package.nls.json'));

function sources(folder = path.join(extension, 'src')): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? sources(full) : entry.name.endsWith('.ts') ? [read(path.relative(extension, full))] : [];
    });
}

describe('VS Code extension manifest', () => {
    it('activates on the citypact language only, explicitly (code-server needs it)', () => {
        assert.ok(manifest.activationEvents.includes('onLanguage:citypact'));
        assert.equal(manifest.main, './dist/extension.cjs');
        assert.deepEqual(manifest.contributes.languages[0].extensions, ['.citypact']);
    });

    it('has every localized string in English and Simplified Chinese', () => {
        const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);
        const en = JSON.parse(read('package.nls.json'));
        const zh = JSON.parse(read('package.nls.zh-cn.json'));
        for (const key of keys) {
            assert.ok(en[key], `package.nls.json: ${key}`);
            assert.ok(zh[key], `package.nls.zh-cn.json: ${key}`);
        }
        assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
        const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
        const runtime = sources().flatMap(text => [...text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(m => m[1]));
        for (const message of runtime) assert.ok(bundle[message], `l10n/bundle.l10n.zh-cn.json: ${message}`);
    });

    it('contributes exactly the commands the code registers, each with a localized title', () => {
        const registered = new Set(sources().flatMap(text => [...text.matchAll(/registerCommand\(\s*'([^']+)'/g)].map(m => m[1])));
        const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
        assert.deepEqual([...contributed].sort(), [...registered].sort());
        for (const command of manifest.contributes.commands) assert.match(command.title, /^%.+%$/, command.command);
    });

    it('points at files that exist once built: grammar, configuration schema, icon, walkthrough', () => {
        const paths = [
            ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
            manifest.icon,
            manifest.contributes.languages[0].configuration,
            manifest.contributes.languages[0].icon.light,
            ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url),
            ...manifest.contributes.walkthroughs.flatMap((w: { steps: Array<{ media: { markdown: string } }> }) => w.steps.map(s => s.media.markdown)),
        ];
        for (const file of paths) assert.ok(fs.existsSync(path.join(extension, file)), file);
        assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: 'citypact.json', url: './schemas/citypact.schema.json' }]);
    });

    it('declares its behaviour in untrusted and virtual workspaces', () => {
        // Supported in restricted mode: the extension runs no workspace-defined program
        // and reads no setting that names an executable.
        assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
        const settings = Object.keys(manifest.contributes.configuration.properties);
        assert.deepEqual(settings.filter(key => /path|command|executable/i.test(key)), []);
        // Not supported: the language server reads the workspace from the local file system.
        assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
        assert.match(en()['capabilities.virtualWorkspaces'], /file system/);
    });

    it('names its repository, issues and home page, and has a 128×128 PNG icon', () => {
        for (const url of [manifest.repository.url, manifest.bugs.url, manifest.homepage]) assert.match(url, /^https:\/\/github\.com\/citypact\/citypact\b/);
        const png = fs.readFileSync(path.join(extension, manifest.icon));
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    });

    it('packages with plain `vsce package`: icon, README, CHANGELOG, licence, bundles and nothing unexpected', function () {
        this.timeout(120_000);
        const vsix = path.join(extension, `${manifest.name}-${manifest.version}.vsix`);
        fs.rmSync(vsix, { force: true });
        try {
            const run = spawnSync(process.execPath, [path.join(extension, '../../node_modules/@vscode/vsce/vsce'), 'package'], { cwd: extension, encoding: 'utf8', timeout: 110_000 });
            assert.equal(run.status, 0, run.stdout + run.stderr);
            const listing = spawnSync('unzip', ['-Z1', vsix], { encoding: 'utf8' });
            assert.equal(listing.status, 0, listing.stderr);
            const files = listing.stdout.trim().split('\n').filter(f => f.startsWith('extension/')).map(f => f.slice('extension/'.length)).sort();
            for (const expected of ['readme.md', 'changelog.md', 'LICENSE.txt', 'images/icon.png', 'dist/extension.cjs', 'dist/server.cjs', 'dist/preview.js',
                'syntaxes/citypact.tmLanguage.json', 'syntaxes/citypact.markdown-injection.json', 'schemas/citypact.schema.json', 'package.json']) {
                assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
            }
            const allowed = /^(readme\.md|changelog\.md|LICENSE\.txt|package(\.nls(\.zh-cn)?)?\.json|language-configuration\.json|images\/(icon\.png|citypact-file\.svg)|dist\/(extension|server)\.cjs|dist\/preview\.js|syntaxes\/[\w.-]+\.json|schemas\/[\w.-]+\.json|l10n\/bundle\.l10n\.zh-cn\.json|walkthrough\/\w+\.md)$/;
            assert.deepEqual(files.filter(f => !allowed.test(f)), [], 'nothing unexpected (no sources, tests, maps or node_modules)');
        } finally {
            fs.rmSync(vsix, { force: true });
        }
    });
});
