import assert from 'node:assert/strict';
import { coveredText, diagnosticsOf, fixOf, lineOf, linesOf, pact } from './rule-helpers.js';

function exchange(data: string, lines: string[]): string {
    return pact({
        members: [
            'exchange SettlementRecords "结算数据交换" {',
            `  data ${data}`,
            `  from ${data.split('.').slice(0, -1).join('.')}`,
            `  to ${data.startsWith('Hangzhou') ? 'Shanghai' : 'Hangzhou'}.MedicalSecurity`,
            '  purpose "异地就医费用结算"',
            ...lines.map(l => `  ${l}`),
            '}',
        ],
        parties: ['party Shanghai role lead', 'party Hangzhou.MedicalSecurity'],
        body: ['body JointCommittee "联席会议" {', '  members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', '  chair Shanghai.MedicalSecurity', '  decides by unanimity', '}'],
    });
}

const FILINGS = 'Hangzhou.MedicalSecurity.Filings';          // ordinary personal data
const INSURED = 'Shanghai.MedicalSecurity.InsuredPersons';   // sensitive personal data
const GRID = 'Shanghai.PowerGrid';                            // core data
const SAFE = ['basis statutory-duty "《社会保险法》第二十九条"', 'retention 5 years', 'security encryption, audit-log'];

describe('personal-data-terms', () => {
    it('fires on the exchange name when ordinary personal data has no basis', async () => {
        const text = exchange(FILINGS, ['retention 3 years']);
        const diagnostics = await diagnosticsOf(text, 'personal-data-terms');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'exchange SettlementRecords')]);
        assert.match(diagnostics[0].message, /ordinary personal data but has no 'basis'/);
    });

    it('fires once per missing term', async () => {
        const text = exchange(FILINGS, []);
        const messages = (await diagnosticsOf(text, 'personal-data-terms')).map(d => d.message);
        assert.equal(messages.length, 2);
        assert.match(messages[0], /'basis'/);
        assert.match(messages[1], /'retention'/);
    });

    it('stays silent with a basis and a retention period, or without personal data', async () => {
        assert.deepEqual(await linesOf(exchange(FILINGS, ['basis contract', 'retention 3 years']), 'personal-data-terms'), []);
        assert.deepEqual(await linesOf(exchange('Shanghai.MedicalSecurity.Hospitals', []), 'personal-data-terms'), []);
    });
});

describe('sensitive-data-protection', () => {
    it('fires on `security` when sensitive data is not encrypted, asking the fix to add encryption', async () => {
        const text = exchange(INSURED, ['basis statutory-duty', 'retention 5 years', 'security audit-log, access-control']);
        const diagnostics = await diagnosticsOf(text, 'sensitive-data-protection');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'security audit-log')]);
        assert.deepEqual(fixOf(diagnostics[0]), { addEncryption: true });
    });

    it('fires on the exchange name when there is no security line at all', async () => {
        const text = exchange(INSURED, ['basis statutory-duty', 'retention 5 years']);
        const diagnostics = await diagnosticsOf(text, 'sensitive-data-protection');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'exchange SettlementRecords')]);
        assert.equal(coveredText(text, diagnostics[0]), 'SettlementRecords');
    });

    it('fires on `basis` when the basis is contract or public interest', async () => {
        for (const basis of ['contract', 'public-interest']) {
            const text = exchange(INSURED, [`basis ${basis}`, 'retention 5 years', 'security encryption']);
            const diagnostics = await diagnosticsOf(text, 'sensitive-data-protection');
            assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, `basis ${basis}`)]);
            assert.equal(fixOf(diagnostics[0]), undefined);
        }
    });

    it('stays silent for encrypted sensitive data under consent, a statutory duty or an emergency', async () => {
        for (const basis of ['consent', 'statutory-duty', 'emergency']) {
            assert.deepEqual(await linesOf(exchange(INSURED, [`basis ${basis}`, 'retention 5 years', 'security encryption']), 'sensitive-data-protection'), []);
        }
    });

    it('leaves a missing basis to personal-data-terms', async () => {
        const text = exchange(INSURED, ['retention 5 years', 'security encryption']);
        assert.deepEqual(await linesOf(text, 'sensitive-data-protection'), []);
        assert.equal((await linesOf(text, 'personal-data-terms')).length, 1);
    });

    it('stays silent for ordinary personal data without encryption', async () => {
        assert.deepEqual(await linesOf(exchange(FILINGS, ['basis contract', 'retention 3 years']), 'sensitive-data-protection'), []);
    });
});

describe('core-data-approval', () => {
    it('fires on the exchange name when core data has no approval', async () => {
        const text = exchange(GRID, []);
        assert.deepEqual(await linesOf(text, 'core-data-approval'), [lineOf(text, 'exchange SettlementRecords')]);
    });

    it('stays silent with an approval, and for important data without one', async () => {
        assert.deepEqual(await linesOf(exchange(GRID, ['approval "沪府办〔2024〕1号"']), 'core-data-approval'), []);
        assert.deepEqual(await linesOf(exchange(INSURED, SAFE), 'core-data-approval'), []);
    });

    it('the safe terms make the sensitive exchange clean', async () => {
        const codes = (await diagnosticsOf(exchange(INSURED, SAFE), 'sensitive-data-protection')).length
            + (await diagnosticsOf(exchange(INSURED, SAFE), 'personal-data-terms')).length;
        assert.equal(codes, 0);
    });
});
