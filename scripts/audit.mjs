// CI's dependency check (docs/reliability.md): `npm audit --omit=dev --audit-level=high`.
// Fails on any high or critical advisory in what the tools ship (dev dependencies
// are not shipped). When the advisory service cannot be reached (a registry proxy
// that allows only GET, as on this project's machines), says so loudly and does not
// fail: nothing was checked, and the log must not pretend otherwise.
import { spawnSync } from 'node:child_process';

const args = ['audit', '--omit=dev', '--audit-level=high', '--json'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, args, { encoding: 'utf8' });
let report;
try {
    report = JSON.parse(run.stdout);
} catch {
    console.error(`npm ${args.join(' ')} gave no report:\n${run.stdout}${run.stderr}`);
    process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
    const reason = report.message ?? report.error?.summary ?? 'no report';
    console.log(`npm audit: NOT CHECKED: the advisory service cannot be reached from here (${reason})`);
    process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
const summary = Object.entries(counts).map(([level, n]) => `${n} ${level}`).join(', ');
if (serious > 0) {
    for (const [name, finding] of Object.entries(report.vulnerabilities ?? {})) {
        if (finding.severity === 'high' || finding.severity === 'critical') console.error(`  ${finding.severity}: ${name} ${finding.range ?? ''}`);
    }
    console.error(`npm audit: ${serious} high or critical vulnerabilities in production dependencies (${summary})`);
    process.exit(1);
}
console.log(`npm audit: no high or critical vulnerability in production dependencies (${summary})`);
