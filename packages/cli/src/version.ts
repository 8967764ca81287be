import { readFileSync } from 'node:fs';

/** Set by esbuild in the published bundle (packages/cli/esbuild.mjs), which has no package.json beside its code. */
declare const CITYPACT_BUNDLED_VERSION: string | undefined;

/** The CLI package's version (also the export's `generator.version` and SARIF's tool version). */
export async function toolVersion(): Promise<string> {
    if (typeof CITYPACT_BUNDLED_VERSION === 'string') return CITYPACT_BUNDLED_VERSION;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
}
