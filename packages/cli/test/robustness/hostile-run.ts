// The runner of the hostile-input suite (hostile-suite.ts), as its own process so that
// a blocked read (a FIFO) or an endless loop is caught by the parent's watchdog:
//   node --import ./scripts/polyfill.mjs packages/cli/out/test/robustness/hostile-run.js --runs N --seed S
// Prints one `case <n>: <description>` line before each case and, last, one line
// `RESULT <json>` with the findings.
import { parseArgs } from 'node:util';
import { runHostileSuite } from './hostile-suite.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
const findings = await runHostileSuite({
    runs: Number(values.runs),
    seed: Number(values.seed),
    onCase: (index, description) => process.stdout.write(`case ${index}: ${description}\n`),
});
process.stdout.write(`RESULT ${JSON.stringify({ runs: Number(values.runs), seed: Number(values.seed), findings })}\n`);
process.exit(0);
