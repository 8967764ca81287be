import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from '../run-cli.js';

/**
 * A bounded, seeded sample of the hostile-input suite (issue 20; the full run is
 * `npm run fuzz -- --hostile`, 10,000 cases). In a child process, so that a case that
 * blocks (a FIFO read) fails this test by its timeout instead of stopping mocha.
 */
describe('hostile-input suite (bounded sample)', function () {
    this.timeout(120_000);

    it('keeps every property on 150 cases of adversarial paths, text and LSP traffic (seed 20)', () => {
        const runner = path.join(REPO, 'packages/cli/out/test/robustness/hostile-run.js');
        const result = spawnSync(process.execPath, ['--import', path.join(REPO, 'scripts/polyfill.mjs'), runner, '--runs', '150', '--seed', '20'], {
            cwd: REPO, encoding: 'utf8', timeout: 100_000,
        });
        const resultLine = result.stdout.split('\n').find(line => line.startsWith('RESULT '));
        const lastCase = result.stdout.trim().split('\n').filter(l => l.startsWith('case ')).pop();
        assert.ok(resultLine, `the runner did not finish (exit ${result.status}, signal ${result.signal}) after ${lastCase}\n${result.stderr}`);
        const { findings } = JSON.parse(resultLine.slice(7)) as { findings: Array<{ case: string; problem: string }> };
        assert.deepEqual(findings, []);
    });
});
