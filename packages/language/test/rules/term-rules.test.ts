import assert from 'node:assert/strict';
import { DEFAULT_HEADER, diagnosticsOf, lineOf, linesOf, pact } from './rule-helpers.js';

function obligation(due: string, effective = 'effective 2024-01-01 until 2027-12-31'): string {
    return pact({
        header: [...DEFAULT_HEADER.slice(0, 2), effective],
        members: ['obligation BuildPlatform "建设统一结算平台" {', '  by Shanghai.MedicalSecurity', '  for Hangzhou.MedicalSecurity', `  due ${due}`, '}'],
    });
}

describe('obligation-outside-term', () => {
    it('warns on `due` before the agreement takes effect', async () => {
        const text = obligation('2023-06-30');
        const diagnostics = await diagnosticsOf(text, 'obligation-outside-term');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'due 2023-06-30'), 2]]);
        assert.match(diagnostics[0].message, /before the agreement's term \(2024-01-01 – 2027-12-31\)/);
    });

    it('warns on `due` after the agreement ends', async () => {
        const text = obligation('2028-01-01');
        assert.deepEqual(await linesOf(text, 'obligation-outside-term'), [lineOf(text, 'due 2028-01-01')]);
    });

    it('stays silent on the first and the last day of the term', async () => {
        assert.deepEqual(await linesOf(obligation('2024-01-01'), 'obligation-outside-term'), []);
        assert.deepEqual(await linesOf(obligation('2027-12-31'), 'obligation-outside-term'), []);
    });

    it('treats a term without `until` as open-ended', async () => {
        assert.deepEqual(await linesOf(obligation('2040-01-01', 'effective 2024-01-01'), 'obligation-outside-term'), []);
        const text = obligation('2023-12-31', 'effective 2024-01-01');
        const diagnostics = await diagnosticsOf(text, 'obligation-outside-term');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'due 2023-12-31')]);
        assert.match(diagnostics[0].message, /open-ended/);
    });

    it('leaves impossible dates and an inverted term to invalid-date and date-order', async () => {
        assert.deepEqual(await linesOf(obligation('2023-02-30'), 'obligation-outside-term'), []);
        assert.deepEqual(await linesOf(obligation('2030-01-01', 'effective 2024-01-01 until 2023-01-01'), 'obligation-outside-term'), []);
    });
});
