import assert from 'node:assert/strict';
import { coveredText, diagnosticsOf, lineOf, linesOf, pact } from './rule-helpers.js';

/** An exchange in the default agreement (Shanghai and Hangzhou medical security are parties). */
function exchange(lines: string[], parties?: string[]): string {
    return pact({ parties, members: ['exchange SettlementRecords "结算数据交换" {', ...lines.map(l => `  ${l}`), '}'] });
}

const HOSPITALS = ['data Shanghai.MedicalSecurity.Hospitals', 'from Shanghai.MedicalSecurity', 'to Hangzhou.MedicalSecurity', 'purpose "异地就医费用结算"'];

describe('self-exchange', () => {
    it('fires on the `to` entry that is the sender', async () => {
        const text = exchange(HOSPITALS.map(l => l.startsWith('to ') ? 'to Hangzhou.MedicalSecurity, Shanghai.MedicalSecurity' : l));
        const diagnostics = await diagnosticsOf(text, 'self-exchange');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'to Hangzhou')]);
        assert.equal(coveredText(text, diagnostics[0]), 'Shanghai.MedicalSecurity');
    });

    it('stays silent when the data goes to another actor, even one of the same city', async () => {
        assert.deepEqual(await linesOf(exchange(HOSPITALS), 'self-exchange'), []);
        const sameCity = exchange(HOSPITALS.map(l => l.startsWith('to ') ? 'to Shanghai.Health' : l), ['party Shanghai role lead', 'party Hangzhou.MedicalSecurity']);
        assert.deepEqual(await linesOf(sameCity, 'self-exchange'), []);
    });
});

describe('non-shared-dataset', () => {
    it('fires on `data` naming a dataset classed sharing none', async () => {
        const text = exchange(HOSPITALS.map(l => l.startsWith('data ') ? 'data Shanghai.MedicalSecurity.FundLedger' : l));
        assert.deepEqual(await linesOf(text, 'non-shared-dataset'), [lineOf(text, 'data Shanghai.MedicalSecurity.FundLedger')]);
    });

    it('stays silent for an unconditionally shared dataset', async () => {
        assert.deepEqual(await linesOf(exchange(HOSPITALS), 'non-shared-dataset'), []);
    });
});

describe('exchange-purpose', () => {
    it('fires on the exchange name when there is no purpose', async () => {
        const text = exchange(HOSPITALS.filter(l => !l.startsWith('purpose')));
        assert.deepEqual(await linesOf(text, 'exchange-purpose'), [lineOf(text, 'exchange SettlementRecords')]);
    });

    it('fires on a blank purpose, which states none', async () => {
        const text = exchange(HOSPITALS.map(l => l.startsWith('purpose') ? 'purpose "  "' : l));
        assert.deepEqual(await linesOf(text, 'exchange-purpose'), [lineOf(text, 'purpose "  "')]);
    });

    it('stays silent when the purpose is stated', async () => {
        assert.deepEqual(await linesOf(exchange(HOSPITALS), 'exchange-purpose'), []);
    });
});

describe('exchange-holder', () => {
    it('warns on `from` when the sender neither holds nor contains the dataset', async () => {
        const parties = ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Shanghai.Health'];
        const text = exchange(HOSPITALS.map(l => l.startsWith('from ') ? 'from Shanghai.Health' : l), parties);
        const diagnostics = await diagnosticsOf(text, 'exchange-holder');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'from Shanghai.Health'), 2]]);
        assert.match(diagnostics[0].message, /held by 'Shanghai\.MedicalSecurity'/);
    });

    it('stays silent for the holder itself and for a jurisdiction that contains it', async () => {
        assert.deepEqual(await linesOf(exchange(HOSPITALS), 'exchange-holder'), []);
        const parties = ['party Shanghai role lead', 'party Hangzhou.MedicalSecurity'];
        const text = exchange(HOSPITALS.map(l => l.startsWith('from ') ? 'from Shanghai' : l), parties);
        assert.deepEqual(await linesOf(text, 'exchange-holder'), []);
    });
});
