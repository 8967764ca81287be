// The portfolio figure of `npm run bench` (issue 17): `citypact report --format json`
// of the benchmark corpus as a whole process, beside `citypact check` of the same
// corpus, alternated run by run so that drifting machine load affects both alike.
// Target: report ≤ 1.5 × check. The tier is the largest one measured (5,000 files
// with --full, else 1,000).
export const REPORT_TARGET_RATIO = 1.5;

/** `runNode` and `fullCheck` are run.mjs's: a process with its wall time and peak RSS. */
export async function measureReport(tier, root, manifest, repeat, { runNode, fullCheck, bin }) {
    const report = [];
    const check = [];
    let agreements = 0;
    for (let i = 0; i < repeat; i++) {
        check.push(await fullCheck(root));
        // A fixed date: the same statuses on every run and machine.
        const run = await runNode([bin, 'report', '.', '--as-of', '2025-06-30', '--format', 'json'], root);
        if (run.status !== 0) throw new Error(`citypact report failed (exit ${run.status}):\n${run.stderr.slice(-3000)}`);
        const json = JSON.parse(run.stdout);
        agreements = json.agreements.length;
        // The figure is only worth having if the report covered the corpus.
        if (agreements < manifest.agreementFiles) throw new Error(`citypact report listed ${agreements} agreements, the corpus has ${manifest.agreementFiles}`);
        report.push(run);
        process.stdout.write(`  ${tier}: report run ${i + 1}/${repeat}: check ${(check.at(-1).wallMs / 1000).toFixed(2)} s, report ${(run.wallMs / 1000).toFixed(2)} s, ${run.peakRssMb?.toFixed(0)} MB (${agreements} agreements, ${json.deadlines.length} deadlines, ${json.datasets.length} datasets)\n`);
    }
    const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
    const reportMs = median(report.map(r => r.wallMs));
    const checkMs = median(check.map(r => r.wallMs));
    return {
        tier,
        agreements,
        reportWallMs: reportMs,
        reportPeakRssMb: median(report.map(r => r.peakRssMb)),
        checkWallMs: checkMs,
        ratio: reportMs / checkMs,
        runs: { report: report.map(r => r.wallMs), check: check.map(r => r.wallMs) },
    };
}
