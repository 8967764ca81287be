// The entry of the published `citypact` command: esbuild bundles it, with everything
// it imports, into dist/citypact.cjs (packages/cli/esbuild.mjs). The bundle's banner
// installs the Node 20 polyfill before langium loads; bin/citypact.js is the
// unbundled entry the repository's own tests run.
import { main } from './main.js';

main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});
