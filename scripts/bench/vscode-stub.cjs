// A stand-in for the `vscode` module, so the benchmark can time loading the
// extension bundle outside VS Code: every property is a function returning a stub.
const handler = {
    get: (target, prop) => (prop === '__esModule' ? false : prop === 'then' ? undefined : stub()),
    apply: () => stub(),
    construct: () => stub(),
};
function stub() {
    return new Proxy(function () { /* stub */ }, handler);
}
module.exports = stub();
