import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, from packages/language/out/test/robustness/. */
export const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));

/** One example folder: its .citypact files (name → text) and which file the fuzzer mutates. */
export interface ExampleFolder {
    name: string;
    files: Record<string, string>;
    /** Every file of the folder is a mutation target in turn; the others stay intact. */
    targets: string[];
}

/** The realistic agreements of examples/, each with its registry and datasets. */
export function loadExamples(): ExampleFolder[] {
    const root = `${REPO}examples`;
    return readdirSync(root, { withFileTypes: true })
        .filter(entry => entry.isDirectory())
        .map(entry => entry.name)
        .sort()
        .map(name => {
            const files: Record<string, string> = {};
            for (const file of readdirSync(`${root}/${name}`).filter(f => f.endsWith('.citypact')).sort()) {
                files[file] = readFileSync(`${root}/${name}/${file}`, 'utf8');
            }
            return { name, files, targets: Object.keys(files) };
        });
}
