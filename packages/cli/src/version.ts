import { readFileSync } from 'node:fs';

/** The CLI package's version (also the export's `generator.version` and SARIF's tool version). */
export async function toolVersion(): Promise<string> {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
}
