// Mocha's spec reporter, plus the closing line CI reads: "N passed, N failed".
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class CityPactReporter extends Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(EVENT_RUN_END, () => {
            const { passes = 0, failures = 0, pending = 0 } = this.stats;
            const skipped = pending ? `, ${pending} skipped` : '';
            process.stdout.write(`\n${passes} passed, ${failures} failed${skipped}\n`);
        });
    }
}
module.exports = CityPactReporter;
