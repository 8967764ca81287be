// A stand-in for the `vscode` module, so the benchmark can time loading the
// extension bundle outside VS Code. Its top-level names are those @types/vscode
// declares (bundles copy them when importing); each is a stub that can be called,
// constructed, extended and read from.
const fs = require('node:fs');
const path = require('node:path');

const handler = {
    get: (target, prop) => (prop in target ? target[prop] : prop === 'then' ? undefined : stub()),
    apply: () => stub(),
    construct: () => stub(),
};
function stub() {
    return new Proxy(class Stub {}, handler);
}

const exported = {};
try {
    const types = fs.readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [path.join(__dirname, '../..')] }), 'utf8');
    for (const [, name] of types.matchAll(/^\s+export (?:class|namespace|enum|function|const|let) (\w+)/gm)) {
        exported[name] = stub();
    }
} catch { /* no types: the bundle will fail to load, and the benchmark says so */ }
module.exports = exported;
