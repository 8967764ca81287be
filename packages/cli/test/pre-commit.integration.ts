import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO } from './run-cli.js';
import { writeTransitWorkspaces } from './transit-workspace.js';

/**
 * The hooks of .pre-commit-hooks.yaml through the real pre-commit (Debian's package,
 * 3.0), exactly as an agreements repository uses them: a `.pre-commit-config.yaml`
 * naming this repository at a commit. pre-commit installs it as an npm package
 * (`npm install`, which builds, then `npm pack` and a global install into its own
 * environment) and runs the hooks on a temporary git repository. As `pre-commit
 * try-repo` does, the hooks repository is a copy of this working tree (uncommitted
 * changes included) committed once, so that pre-commit installs it once for all
 * runs. Slow (about a minute: the whole build runs inside pre-commit's copy), so it
 * runs in `npm run test:integrations`, which .ci/run calls; skipped with the reason
 * printed where pre-commit is not installed.
 */
describe('pre-commit hooks (.pre-commit-hooks.yaml) in an agreements repository', function () {
    this.timeout(900_000);
    let home: string;
    let repo: string;
    const env = () => ({
        ...process.env,
        PRE_COMMIT_HOME: path.join(home, 'cache'),
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
        NO_COLOR: '1', LANG: 'C.UTF-8',
    });
    const git = (cwd: string, ...args: string[]) => {
        const result = spawnSync('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=CI', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        assert.equal(result.status, 0, result.stderr);
        return result.stdout;
    };
    const runHook = (hook: string, ...files: string[]) => spawnSync('pre-commit', ['run', hook, '--verbose', '--files', ...files], {
        cwd: repo, encoding: 'utf8', env: env(), timeout: 880_000,
    });

    before(function () {
        if (spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status !== 0) {
            console.log('    (skipped: pre-commit is not installed; `apt-get install pre-commit` runs this test)');
            this.skip();
        }
        home = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-pre-commit-'));
        // The hooks repository: the files git knows in this working tree, as they are now.
        const hooks = path.join(home, 'citypact');
        fs.mkdirSync(hooks);
        git(hooks, 'init', '-q');
        for (const file of git(REPO, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean)) {
            const source = path.join(REPO, file);
            if (!fs.existsSync(source) || !fs.statSync(source).isFile()) continue;
            fs.mkdirSync(path.dirname(path.join(hooks, file)), { recursive: true });
            fs.copyFileSync(source, path.join(hooks, file));
        }
        git(hooks, 'add', '-A');
        git(hooks, 'commit', '-qm', 'citypact');
        const rev = git(hooks, 'rev-parse', 'HEAD').trim();

        repo = path.join(home, 'agreements');
        writeTransitWorkspaces(repo);
        fs.writeFileSync(path.join(repo, '.pre-commit-config.yaml'), [
            'repos:',
            `  - repo: ${JSON.stringify(hooks)}`,
            `    rev: ${rev}`,
            '    hooks:',
            '      - id: citypact-check',
            '      - id: citypact-fmt',
            '',
        ].join('\n'));
        git(repo, 'init', '-q');
        git(repo, 'add', '-A');
        git(repo, 'commit', '-qm', 'agreements');
    });

    after(() => {
        if (home) fs.rmSync(home, { recursive: true, force: true });
    });

    it('citypact-check fails on the broken agreement, naming the rule and line, and passes on the clean one', () => {
        const broken = runHook('citypact-check', 'broken/agreement.citypact', 'broken/registry.citypact');
        assert.equal(broken.status, 1, broken.stdout + broken.stderr);
        assert.match(broken.stdout, /citypact check\.+Failed/);
        assert.match(broken.stdout, /13:\d+\s+error\s+.*cost-shares-sum/);
        const clean = runHook('citypact-check', 'clean/agreement.citypact', 'clean/registry.citypact');
        assert.equal(clean.status, 0, clean.stdout + clean.stderr);
        assert.match(clean.stdout, /citypact check\.+Passed/);
    });

    it('citypact-fmt rewrites a file out of canonical layout, and then passes', () => {
        const file = path.join(repo, 'clean/registry.citypact');
        const canonical = fs.readFileSync(file, 'utf8');
        fs.writeFileSync(file, canonical.replace(/ of /g, '   of ') + '\n\n');
        const first = runHook('citypact-fmt', 'clean/registry.citypact');
        assert.equal(first.status, 1, 'pre-commit fails a hook that changed files');
        assert.match(first.stdout, /files were modified by this hook/);
        assert.equal(fs.readFileSync(file, 'utf8'), canonical);
        const second = runHook('citypact-fmt', 'clean/registry.citypact');
        assert.equal(second.status, 0, second.stdout + second.stderr);
    });
});
