// The national-library figure of `npm run bench` (issue 14 part 6, docs/national-library.md):
// `citypact check` of the corpus with "stdlib": "national" against the same corpus with
// "stdlib": true, alternated run by run so that drifting machine load affects both alike.
// Target: ≤ 1.10 × (the national library costs under 10 % of check time).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const NATIONAL_TARGET_RATIO = 1.10;

/**
 * The generated corpus declares its own provinces and cities (Hebei, Anhui, a random
 * Haidong …), which clash with the national library by design (a clash is reported on
 * the user's declaration). The copy renames those declarations, so that both runs check
 * a workspace without errors and measure the same program.
 */
function nationalCopy(root, runNode, bin) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-bench-national-'));
    fs.cpSync(root, copy, { recursive: true });
    fs.writeFileSync(path.join(copy, 'citypact.json'), '{\n  "stdlib": "national"\n}\n');
    return runNode([bin, 'check', '--format', 'json'], copy).then(run => {
        const clashes = new Set();
        for (const file of JSON.parse(run.stdout).files) {
            for (const d of file.diagnostics) {
                const name = d.rule === 'duplicate-name' ? /'([^']+)'/.exec(d.message)?.[1] : undefined;
                if (name) clashes.add(name);
            }
        }
        if (clashes.size) {
            const pattern = new RegExp(`\\b(${[...clashes].join('|')})\\b`, 'g');
            const files = fs.readdirSync(copy, { recursive: true }).filter(f => String(f).endsWith('.citypact'));
            for (const file of files) {
                const full = path.join(copy, String(file));
                const text = fs.readFileSync(full, 'utf8');
                const renamed = text.replace(pattern, '$1Bench');
                if (renamed !== text) fs.writeFileSync(full, renamed);
            }
        }
        return { copy, renamed: clashes.size };
    });
}

/** `runNode` and `fullCheck` are run.mjs's (fullCheck refuses a corpus with errors). */
export async function measureNational(tier, root, repeat, { runNode, fullCheck, bin }) {
    const { copy, renamed } = await nationalCopy(root, runNode, bin);
    try {
        const national = [];
        const standard = [];
        for (let i = 0; i < repeat; i++) {
            standard.push(await fullCheck(root));
            national.push(await fullCheck(copy));
            process.stdout.write(`  ${tier}: national run ${i + 1}/${repeat}: "stdlib": true ${(standard.at(-1).wallMs / 1000).toFixed(2)} s, "national" ${(national.at(-1).wallMs / 1000).toFixed(2)} s\n`);
        }
        const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
        const nationalMs = median(national.map(r => r.wallMs));
        const standardMs = median(standard.map(r => r.wallMs));
        return {
            tier,
            renamed,
            nationalWallMs: nationalMs,
            nationalPeakRssMb: median(national.map(r => r.peakRssMb)),
            standardWallMs: standardMs,
            ratio: nationalMs / standardMs,
            runs: { national: national.map(r => r.wallMs), standard: standard.map(r => r.wallMs) },
        };
    } finally {
        fs.rmSync(copy, { recursive: true, force: true });
    }
}
