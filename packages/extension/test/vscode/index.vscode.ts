import { scenarios } from './scenarios.vscode.js';

/**
 * Entry point that @vscode/test-electron loads in the extension host
 * (bundled to CommonJS by scripts/vscode/run.mjs). Runs each scenario and
 * reports "N passed, N failed".
 */
export async function run(): Promise<void> {
    let passed = 0;
    const failures: string[] = [];
    for (const [title, scenario] of scenarios) {
        try {
            await scenario();
            passed++;
            console.log(`  ✔ ${title}`);
        } catch (error) {
            failures.push(title);
            console.log(`  ✖ ${title}: ${(error as Error).message}`);
        }
    }
    console.log(`\n${passed} passed, ${failures.length} failed`);
    if (failures.length) throw new Error(`${failures.length} scenario(s) failed`);
}
