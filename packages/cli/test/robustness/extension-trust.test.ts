import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../run-cli.js';

/**
 * VS Code's workspace trust (docs/reliability.md): the extension declares
 * `capabilities.untrustedWorkspaces.supported: true`, which is honest only while a
 * workspace cannot make it run anything: no setting names a program, a path or a
 * command, the language server is the extension's own bundle, and nothing in the
 * extension reads a setting it does not declare. Restricted mode in a running editor
 * belongs to the e2e suite (packages/extension/test/e2e), which so far runs with
 * workspace trust disabled.
 */
const EXTENSION = path.join(REPO, 'packages/extension');

interface Setting {
    type?: string | string[];
    enum?: unknown[];
}

interface Manifest {
    capabilities?: { untrustedWorkspaces?: { supported: boolean | 'limited'; restrictedConfigurations?: string[]; description?: string } };
    contributes?: { configuration?: { properties?: Record<string, Setting> } | Array<{ properties?: Record<string, Setting> }> };
}

const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as Manifest;
const settings: Record<string, Setting> = Object.assign({}, ...[manifest.contributes?.configuration ?? []].flat().map(c => c.properties ?? {}));
const extensionSource = readdirSync(path.join(EXTENSION, 'src'), { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.ts'))
    .map(name => readFileSync(path.join(EXTENSION, 'src', name), 'utf8'))
    .join('\n');

describe('the VS Code extension in untrusted workspaces (robustness)', () => {
    it('declares its support for untrusted workspaces', () => {
        const trust = manifest.capabilities?.untrustedWorkspaces;
        assert.ok(trust, 'capabilities.untrustedWorkspaces is declared');
        assert.ok(trust.supported === true || (trust.supported === 'limited' && !!trust.description), JSON.stringify(trust));
    });

    it('has no setting that could name a program, a path or a command', () => {
        const restricted = new Set(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? []);
        assert.ok(Object.keys(settings).length > 0);
        for (const [name, setting] of Object.entries(settings)) {
            const types = [setting.type ?? 'any'].flat();
            const freeText = types.some(t => !['boolean', 'number', 'integer'].includes(t)) && !setting.enum;
            // Free text is only acceptable if untrusted workspaces cannot set it ("limited" support).
            assert.ok(!freeText || restricted.has(name), `${name} takes free text: restrict it, or make it an enum`);
        }
    });

    it('reads only the settings it declares', () => {
        const read = [...extensionSource.matchAll(/getConfiguration\(\s*'citypact'\s*\)\s*\.get(?:<[^>]*>)?\(\s*'([^']+)'/g)].map(m => `citypact.${m[1]}`);
        assert.ok(read.length > 0, 'the extension reads its settings');
        for (const name of read) assert.ok(name in settings, `${name} is read but not declared`);
        assert.doesNotMatch(extensionSource, /getConfiguration\(\s*\)/, 'no reads of arbitrary settings');
    });

    it('starts its own bundled language server, never a command from the workspace', () => {
        const main = readFileSync(path.join(EXTENSION, 'src/extension.ts'), 'utf8');
        assert.match(main, /const serverModule = context\.asAbsolutePath\(path\.join\('dist', 'server\.cjs'\)\);/);
        const options = /const serverOptions: ServerOptions = \{([\s\S]*?)\n {4}\};/.exec(main)?.[1];
        assert.ok(options, 'serverOptions is declared in extension.ts');
        assert.doesNotMatch(options, /\bcommand\s*:/, 'no executable: the server is a Node module');
        for (const [, module] of options.matchAll(/\bmodule\s*:\s*([\w.]+)/g)) assert.equal(module, 'serverModule');
    });
});
