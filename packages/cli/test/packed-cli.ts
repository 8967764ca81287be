import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './run-cli.js';

/** npm as the installing user runs it: none of this repository's workspace settings, no network needed. */
export function npm(args: string[], cwd: string): string {
    const result = spawnSync('npm', args, {
        cwd, encoding: 'utf8', timeout: 120_000,
        env: { ...process.env, npm_config_workspaces: '', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });
    assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
}

/**
 * `npm pack` of packages/cli into `destination`, as it would be published; returns
 * the tarball's path. `--ignore-scripts`: the build (its prepack) already ran at
 * install and the bundle at the start of `npm test`.
 */
export function packCli(destination: string): string {
    const cli = path.join(REPO, 'packages/cli');
    for (const built of ['dist/citypact.cjs', 'schemas/citypact-export-1.schema.json', 'LICENSE', 'CHANGELOG.md']) {
        assert.ok(fs.existsSync(path.join(cli, built)), `packages/cli/${built} is missing: run "npm run build" first`);
    }
    const name = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', destination], cli).trim().split('\n').pop()!;
    return path.join(destination, name);
}
