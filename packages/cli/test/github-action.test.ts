import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { packCli } from './packed-cli.js';
import { REPO } from './run-cli.js';
import { writeTransitWorkspaces } from './transit-workspace.js';

interface Step {
    id?: string;
    name?: string;
    if?: string;
    uses?: string;
    shell?: string;
    env?: Record<string, string>;
    run?: string;
    with?: Record<string, string>;
}

interface Action {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
}

// Read in `before`, so that a broken action.yml fails this suite, not the whole run.
let action: Action;

/**
 * The root action.yml, run as GitHub's runner would run it, against a temporary
 * agreements repository: each `run` step in `bash -eo pipefail` with its `env`
 * (inputs substituted), `$GITHUB_OUTPUT`/`$GITHUB_PATH` files carried between steps,
 * `if:` conditions evaluated. `uses:` steps are recorded, not run (setup-node and
 * the SARIF upload need GitHub); the CLI comes from the packed tarball through the
 * action's `package` input, as `citypact@<version>` would come from npm.
 */
describe('the GitHub Action (action.yml), its steps run as a script', function () {
    this.timeout(180_000);
    let home: string;
    let tarball: string;

    before(() => {
        action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;
        home = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-action-'));
        tarball = packCli(home);
        writeTransitWorkspaces(path.join(home, 'repo'));
        spawnSync('git', ['init', '-q'], { cwd: path.join(home, 'repo') });
    });

    after(() => {
        if (home) fs.rmSync(home, { recursive: true, force: true });
    });

    function runAction(inputs: Record<string, string>) {
        const values: Record<string, string> = {};
        for (const [name, input] of Object.entries(action.inputs)) values[name] = inputs[name] ?? input.default ?? '';
        const temp = fs.mkdtempSync(path.join(home, 'runner-'));
        const outputs: Record<string, Record<string, string>> = {};
        const extraPath: string[] = [];
        const executed: string[] = [];
        const uses: Array<{ uses: string; with: Record<string, string> }> = [];
        let failedStep: string | undefined;
        const expression = (text: string) => text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => evaluate(expr, values, outputs, failedStep !== undefined));
        for (const step of action.runs.steps) {
            const name = step.id ?? step.name ?? step.uses ?? '?';
            // As on GitHub, a condition without a status function means `success() && …`.
            const condition = step.if
                ? (/\b(always|failure|success|cancelled)\(\)/.test(step.if) || failedStep === undefined)
                    && evaluate(step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, ''), values, outputs, failedStep !== undefined) === 'true'
                : failedStep === undefined;
            if (!condition) continue;
            executed.push(name);
            if (step.uses) {
                uses.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expression(String(v))])) });
                continue;
            }
            assert.equal(step.shell, 'bash', `${name}: composite run steps must name their shell`);
            const githubOutput = path.join(temp, `${name}.output`);
            fs.writeFileSync(githubOutput, '');
            const githubStepSummary = path.join(temp, 'summary.md');
            if (!fs.existsSync(githubStepSummary)) fs.writeFileSync(githubStepSummary, '');
            const githubPath = path.join(temp, 'path');
            if (!fs.existsSync(githubPath)) fs.writeFileSync(githubPath, '');
            const env: NodeJS.ProcessEnv = {
                ...process.env,
                NO_COLOR: '1', LANG: 'C', LC_ALL: '',
                PATH: [...extraPath, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
                RUNNER_TEMP: temp, GITHUB_OUTPUT: githubOutput, GITHUB_PATH: githubPath, GITHUB_STEP_SUMMARY: githubStepSummary,
                GITHUB_WORKSPACE: path.join(home, 'repo'), GITHUB_ACTION_PATH: REPO,
                ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expression(String(v))])),
            };
            const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd: path.join(home, 'repo'), env, encoding: 'utf8', timeout: 120_000 });
            outputs[name] = Object.fromEntries(fs.readFileSync(githubOutput, 'utf8').split('\n').filter(Boolean).map(line => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
            extraPath.unshift(...fs.readFileSync(githubPath, 'utf8').split('\n').filter(Boolean).reverse());
            fs.writeFileSync(githubPath, '');
            if (result.status !== 0) {
                failedStep = name;
                outputs[name].$stdout = result.stdout + result.stderr;
            } else {
                outputs[name].$stdout = result.stdout;
            }
        }
        const summaryFile = path.join(temp, 'summary.md');
        const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '';
        return { outputs, executed, uses, failedStep, summary, sarif: path.join(home, 'repo', values['sarif-file']) };
    }

    it('passes on a clean folder: exit-code 0, a SARIF report uploaded, no failing step', () => {
        const run = runAction({ package: tarball, paths: 'clean', 'node-version': '22' });
        assert.equal(run.failedStep, undefined, JSON.stringify(run.outputs, null, 2));
        assert.equal(run.outputs.check['exit-code'], '0');
        assert.match(run.outputs.install.$stdout, /citypact \d+\.\d+\.\d+/);
        const upload = run.uses.find(u => u.uses.startsWith('github/codeql-action/upload-sarif@'));
        assert.ok(upload, 'the SARIF upload step runs');
        assert.equal(upload.uses, 'github/codeql-action/upload-sarif@v4');
        assert.equal(upload.with.sarif_file, 'citypact.sarif');
        assert.deepEqual(run.uses[0], { uses: 'actions/setup-node@v4', with: { 'node-version': '22' } });
        const sarif = JSON.parse(fs.readFileSync(run.sarif, 'utf8'));
        assert.equal(sarif.version, '2.1.0');
        assert.deepEqual(sarif.runs[0].results, []);
    });

    it('fails on errors, with annotations, the SARIF results uploaded first, and exit-code 1', () => {
        const run = runAction({ package: tarball, paths: 'broken' });
        assert.equal(run.outputs.check['exit-code'], '1');
        assert.match(run.outputs.check.$stdout, /^::error file=broken\/agreement\.citypact,line=13,/m);
        assert.ok(run.executed.includes('Upload to code scanning'), run.executed.join(', '));
        assert.equal(run.failedStep, 'Fail on errors');
        const sarif = JSON.parse(fs.readFileSync(run.sarif, 'utf8'));
        assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['cost-shares-sum']);
    });

    it('stops before the upload on a configuration problem (exit-code 2)', () => {
        fs.writeFileSync(path.join(home, 'repo/broken-config.json'), '{ "rules": { "no-such-rule": "off" } }');
        fs.mkdirSync(path.join(home, 'repo/misconfigured'), { recursive: true });
        fs.copyFileSync(path.join(home, 'repo/broken-config.json'), path.join(home, 'repo/misconfigured/citypact.json'));
        fs.copyFileSync(path.join(home, 'repo/clean/agreement.citypact'), path.join(home, 'repo/misconfigured/agreement.citypact'));
        const run = runAction({ package: tarball, paths: 'misconfigured', 'upload-sarif': 'true' });
        assert.equal(run.failedStep, 'check');
        assert.equal(run.outputs.check['exit-code'], '2');
        assert.ok(!run.executed.includes('Upload to code scanning'));
        assert.match(run.outputs.check.$stdout, /no-such-rule/);
    });

    it('diff-base: the Markdown diff in the job summary; diff-fail-on fails the job at its threshold', () => {
        const repo = path.join(home, 'repo');
        const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
        fs.cpSync(path.join(repo, 'clean'), path.join(repo, 'amended'), { recursive: true });
        spawnSync('git', ['add', 'amended'], { cwd: repo, env: gitEnv });
        assert.equal(spawnSync('git', ['commit', '-q', '-m', 'base'], { cwd: repo, env: gitEnv }).status, 0);
        const file = path.join(repo, 'amended/agreement.citypact');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Guangzhou.Transport 60%', 'Guangzhou.Transport 70%').replace('Shenzhen.Transit 40%', 'Shenzhen.Transit 30%'));

        const passing = runAction({ package: tarball, paths: 'amended', 'upload-sarif': 'false', 'diff-base': 'HEAD', 'diff-fail-on': 'data-protection' });
        assert.equal(passing.failedStep, undefined, JSON.stringify(passing.outputs, null, 2));
        assert.equal(passing.outputs.diff['exit-code'], '0');
        assert.match(passing.summary, /^### Transit 1\.0\.0 \(changed\)$/m);
        assert.match(passing.summary, /^\| changed \| service \| `Transit\.TransitCard` \| `costs` \| Guangzhou\.Transport: 60% \| Guangzhou\.Transport: 70% \|$/m);
        assert.equal(fs.readFileSync(passing.outputs.diff['markdown-file'], 'utf8'), passing.summary);

        const failing = runAction({ package: tarball, paths: 'amended', 'upload-sarif': 'false', 'diff-base': 'HEAD', 'diff-fail-on': 'substantive' });
        assert.equal(failing.outputs.diff['exit-code'], '1');
        assert.equal(failing.failedStep, "Fail on the diff's impact");

        const without = runAction({ package: tarball, paths: 'amended', 'upload-sarif': 'false' });
        assert.ok(!without.executed.includes('diff'), 'no diff without diff-base');
        assert.equal(without.summary, '');
    });

    it('keeps inputs out of the script text (they arrive through env)', () => {
        for (const step of action.runs.steps.filter(s => s.run)) {
            assert.doesNotMatch(step.run!, /\$\{\{/, `${step.name}: no expression inside run`);
        }
    });
});

/**
 * The few expressions action.yml uses: `inputs.x`, `steps.id.outputs.x`, string
 * literals, `always()`, `success()`, `==`, `!=`, `&&`. Anything else fails the test,
 * so the action cannot grow an expression this emulation silently misreads.
 */
function evaluate(expression: string, inputs: Record<string, string>, outputs: Record<string, Record<string, string>>, failed: boolean): string {
    const value = (term: string): string => {
        term = term.trim();
        let match: RegExpExecArray | null;
        if ((match = /^inputs\.([\w-]+)$/.exec(term))) return inputs[match[1]] ?? '';
        if ((match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(term))) return outputs[match[1]]?.[match[2]] ?? '';
        if ((match = /^'([^']*)'$/.exec(term))) return match[1];
        if (term === 'always()') return 'true';
        if (term === 'success()') return String(!failed);
        if (term === 'runner.temp') return '';
        throw new Error(`action.yml: an expression the test cannot evaluate: ${term}`);
    };
    const conjuncts = expression.split('&&').map(part => {
        const comparison = /^(.*?)\s*(==|!=)\s*(.*)$/.exec(part.trim());
        if (!comparison) return value(part);
        const equal = value(comparison[1]) === value(comparison[3]);
        return String(comparison[2] === '==' ? equal : !equal);
    });
    if (conjuncts.length === 1) return conjuncts[0];
    return String(conjuncts.every(c => c === 'true'));
}
