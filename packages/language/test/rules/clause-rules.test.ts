import assert from 'node:assert/strict';
import { DEFAULT_CLOSING, coveredText, diagnosticsOf, fixOf, lineOf, linesOf, pact } from './rule-helpers.js';

describe('missing-clause', () => {
    it('warns on the agreement name when there is no disputes clause', async () => {
        const text = pact({ closing: DEFAULT_CLOSING.slice(1) });
        const diagnostics = await diagnosticsOf(text, 'missing-clause');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'agreement YRDMedical'), 2]]);
        assert.equal(coveredText(text, diagnostics[0]), 'YRDMedical');
        assert.deepEqual(fixOf(diagnostics[0]), { clause: 'disputes' });
    });

    it('reports one diagnostic per missing clause', async () => {
        const diagnostics = await diagnosticsOf(pact({ closing: [] }), 'missing-clause');
        assert.deepEqual(diagnostics.map(d => fixOf(d)), [{ clause: 'disputes' }, { clause: 'amendment' }, { clause: 'termination' }]);
        assert.match(diagnostics[2].message, /has no 'termination' clause/);
    });

    it('stays silent with disputes, amendment and termination', async () => {
        assert.deepEqual(await linesOf(pact(), 'missing-clause'), []);
    });
});
