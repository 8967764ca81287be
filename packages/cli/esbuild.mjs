// Bundles the `citypact` command into one self-contained file, dist/citypact.cjs:
// the published npm package then carries exactly one copy of every dependency
// (one vscode-jsonrpc, so cancelled requests are answered as errors — the bug the
// root `overrides` pin fixes inside this repository, which a consumer's install
// would not apply) and needs no workspace sibling (docs/releasing.md).
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from '../../scripts/esbuild-node.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
const options = nodeBundleOptions({ absWorkingDir: here, banner: '#!/usr/bin/env node\n' });

const result = await esbuild.build({
    ...options,
    entryPoints: { citypact: 'src/entry.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    define: { ...options.define, CITYPACT_BUNDLED_VERSION: JSON.stringify(version) },
    // Readable: a stack trace under CITYPACT_DEBUG should name real functions.
    minify: false,
    legalComments: 'none',
    metafile: true,
});
writeFileSync(new URL('dist/THIRD-PARTY-NOTICES.txt', import.meta.url), thirdPartyNotices(result.metafile));

/**
 * The licence of every package the bundle carries: their MIT/ISC/Apache licences ask
 * that the notice travel with the code, and the bundle is the only copy a user gets.
 */
function thirdPartyNotices(metafile) {
    const packages = new Map();
    for (const input of Object.keys(metafile.inputs)) {
        const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(input);
        if (match) packages.set(match[2], path.resolve(here, match[1]));
    }
    const sections = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([name, dir]) => {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
        const licenceFile = readdirSync(dir).find(file => /^(licen[cs]e|copying)(\.|$)/i.test(file));
        const text = licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8').trim() : `License: ${pkg.license}`;
        return `${name}@${pkg.version} (${pkg.license})\n\n${text}\n`;
    });
    return `The citypact bundle (dist/citypact.cjs) includes the following packages.\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`;
}
