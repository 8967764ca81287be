// The diff figure of `npm run bench` (issue 15): a 1,000-agreement workspace diffed
// against a copy of itself with one agreement amended, as a whole `citypact diff`
// process, beside `citypact check` of the same workspace, alternated run by run so
// that drifting machine load affects both alike. Target: diff ≤ 1.5 × check.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DIFF_TARGET_RATIO = 1.5;

/**
 * A copy of the corpus with one amendment: the first agreement's first retention
 * becomes 99 years (an exchange widened). Rewritten on every run (it is cheap), so a
 * regenerated corpus never meets a stale copy.
 */
export function amendedCopy(root, manifest) {
    const copy = `${root}-amended`;
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(root, copy, { recursive: true });
    for (const relative of manifest.fileList.filter(f => f.startsWith('agreements/'))) {
        const file = path.join(copy, relative);
        const text = fs.readFileSync(file, 'utf8');
        const amended = text.replace(/retention \d+ (days?|months?|years?)/, 'retention 99 years');
        if (amended === text) continue;
        fs.writeFileSync(file, amended);
        const name = /^agreement (\S+)/m.exec(text)[1];
        return { copy, agreement: name };
    }
    throw new Error('no agreement of the corpus has a retention to amend');
}

/** `runNode` and `fullCheck` are run.mjs's: a process with its wall time and peak RSS. */
export async function measureDiff(tier, root, manifest, repeat, { runNode, fullCheck, bin }) {
    const { copy, agreement } = amendedCopy(root, manifest);
    const diff = [];
    const check = [];
    for (let i = 0; i < repeat; i++) {
        check.push(await fullCheck(root));
        const run = await runNode([bin, 'diff', root, copy, '--format', 'json'], path.dirname(root));
        if (run.status !== 0) throw new Error(`citypact diff failed (exit ${run.status}):\n${run.stderr.slice(-3000)}`);
        const report = JSON.parse(run.stdout);
        const changed = report.agreements.filter(a => a.status !== 'unchanged');
        // The figure is only worth having if the diff found exactly the amendment.
        if (changed.length !== 1 || changed[0].id !== agreement || changed[0].changes.length !== 1
            || changed[0].changes[0].field !== 'retention' || changed[0].changes[0].change !== 'widened') {
            throw new Error(`citypact diff did not find exactly the one amendment of ${agreement}: ${JSON.stringify(changed).slice(0, 2000)}`);
        }
        diff.push(run);
        process.stdout.write(`  ${tier}: diff run ${i + 1}/${repeat}: check ${(check.at(-1).wallMs / 1000).toFixed(2)} s, diff ${(run.wallMs / 1000).toFixed(2)} s, ${run.peakRssMb?.toFixed(0)} MB (${report.agreements.length} agreements compared)\n`);
    }
    const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
    const diffMs = median(diff.map(r => r.wallMs));
    const checkMs = median(check.map(r => r.wallMs));
    return {
        agreementsCompared: manifest.agreementFiles,
        amended: agreement,
        diffWallMs: diffMs,
        diffPeakRssMb: median(diff.map(r => r.peakRssMb)),
        checkWallMs: checkMs,
        ratio: diffMs / checkMs,
        runs: { diff: diff.map(r => r.wallMs), check: check.map(r => r.wallMs) },
    };
}
