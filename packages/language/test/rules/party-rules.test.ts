import assert from 'node:assert/strict';
import { DEFAULT_BODY, diagnosticsOf, fixOf, coveredText, lineOf, linesOf, pact } from './rule-helpers.js';

describe('too-few-parties', () => {
    it('fires on the agreement name when there is only one party', async () => {
        const text = pact({ parties: ['party Shanghai.MedicalSecurity'], body: [], closing: ['amendment by unanimity', 'termination notice 90 days'] });
        const diagnostics = await diagnosticsOf(text, 'too-few-parties');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'agreement YRDMedical')]);
        assert.match(diagnostics[0].message, /only one party/);
        assert.equal(coveredText(text, diagnostics[0]), 'YRDMedical');
    });

    it('fires when there are no parties at all', async () => {
        const text = pact({ parties: [], body: [], closing: [] });
        const diagnostics = await diagnosticsOf(text, 'too-few-parties');
        assert.equal(diagnostics.length, 1);
        assert.match(diagnostics[0].message, /no parties/);
    });

    it('counts an actor listed twice once', async () => {
        const text = pact({ parties: ['party Shanghai.MedicalSecurity', 'party Shanghai.MedicalSecurity'], body: [], closing: [] });
        assert.deepEqual(await linesOf(text, 'too-few-parties'), [lineOf(text, 'agreement YRDMedical')]);
    });

    it('stays silent with two parties, even when one does not resolve', async () => {
        assert.deepEqual(await linesOf(pact(), 'too-few-parties'), []);
        const text = pact({ parties: ['party Shanghai.MedicalSecurity', 'party Hangzhou.MedicalSecurty'], body: [], closing: [] });
        assert.deepEqual(await linesOf(text, 'too-few-parties'), []);
    });
});

describe('duplicate-party', () => {
    it('fires on the repeated party line', async () => {
        const text = pact({ parties: ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Shanghai.MedicalSecurity role member'] });
        const diagnostics = await diagnosticsOf(text, 'duplicate-party');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'party Shanghai.MedicalSecurity role member')]);
        assert.equal(coveredText(text, diagnostics[0]), 'Shanghai.MedicalSecurity');
    });

    it('stays silent for a city and its own department, which are different actors', async () => {
        const text = pact({ parties: ['party Shanghai role lead', 'party Shanghai.MedicalSecurity', 'party Hangzhou.MedicalSecurity'] });
        assert.deepEqual(await linesOf(text, 'duplicate-party'), []);
    });
});

describe('not-a-party', () => {
    const service = (lines: string[]) => ['service DirectSettlement "异地就医直接结算" {', '  mode online', ...lines.map(l => `  ${l}`), '}'];

    it('fires on a provider that is not a party, with the actor for the quick fix', async () => {
        const text = pact({ members: service(['provider Nanjing.MedicalSecurity', 'users Hangzhou.MedicalSecurity']) });
        const diagnostics = await diagnosticsOf(text, 'not-a-party');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'provider Nanjing')]);
        assert.deepEqual(fixOf(diagnostics[0]), { actor: 'Nanjing.MedicalSecurity' });
        assert.match(diagnostics[0].message, /'Nanjing\.MedicalSecurity' \(provider\) does not belong to a party of agreement 'YRDMedical'/);
    });

    it('stays silent when the provider is a party', async () => {
        const text = pact({
            parties: ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Nanjing.MedicalSecurity role observer'],
            members: service(['provider Nanjing.MedicalSecurity', 'users Hangzhou.MedicalSecurity']),
        });
        assert.deepEqual(await linesOf(text, 'not-a-party'), []);
    });

    it('accepts actors that are `of` a party, transitively', async () => {
        const text = pact({
            parties: ['party Shanghai role lead', 'party Hangzhou.MedicalSecurity'],
            body: ['body JointCommittee "联席会议" {', '  members Shanghai.Health, Shanghai.Pudong.Police, Hangzhou.MedicalSecurity', '  chair Shanghai.Health', '  decides by majority', '}'],
        });
        assert.deepEqual(await linesOf(text, 'not-a-party'), []);
    });

    it('does not let a department make its jurisdiction belong', async () => {
        // `of` points upwards only: the city is not part of its own department.
        const text = pact({ members: ['obligation Report "报送数据" {', '  by Shanghai', '  due 2025-01-01', '}'] });
        assert.deepEqual(await linesOf(text, 'not-a-party'), [lineOf(text, 'by Shanghai')]);
    });

    it('points at the offending item of a list', async () => {
        const text = pact({ members: service(['provider Shanghai.MedicalSecurity', 'users Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity']) });
        const [diagnostic, ...rest] = await diagnosticsOf(text, 'not-a-party');
        assert.equal(rest.length, 0);
        assert.equal(diagnostic.range.start.line, lineOf(text, 'users Hangzhou'));
        assert.equal(coveredText(text, diagnostic), 'Nanjing.MedicalSecurity');
    });

    it('checks every property named by §4', async () => {
        const outsider = 'Nanjing.MedicalSecurity';
        const text = pact({
            body: ['body JointCommittee "联席会议" {', `  members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, ${outsider}`, `  chair ${outsider}`, '  decides by majority', '}'],
            members: [
                'service DirectSettlement "异地就医直接结算" {', '  mode proxy', `  provider ${outsider}`, `  users ${outsider}`,
                `  collects-at ${outsider}`, `  processes-at ${outsider}`, '  costs {', '    Shanghai.MedicalSecurity 50%', `    ${outsider} 50%`, '  }', '}',
                'exchange Records "结算数据交换" {', '  data Shanghai.MedicalSecurity.Hospitals', `  from ${outsider}`, `  to ${outsider}`, '  purpose "结算"', '}',
                'obligation Build "建设平台" {', `  by ${outsider}`, `  for ${outsider}`, '  due 2025-01-01', '}',
            ],
        });
        const properties = (await diagnosticsOf(text, 'not-a-party')).map(d => /\((.+?)\)/.exec(d.message)![1]);
        assert.deepEqual(properties, ['members', 'chair', 'provider', 'users', 'collects-at', 'processes-at', 'costs', 'from', 'to', 'by', 'for']);
        assert.ok((await linesOf(text, 'not-a-party')).includes(lineOf(text, `    ${outsider} 50%`)), 'a cost share is reported on its own line');
    });

    it('exempts `onward allowed-to`, which names third parties', async () => {
        const text = pact({
            members: ['exchange Records "结算数据交换" {', '  data Shanghai.MedicalSecurity.Hospitals', '  from Shanghai.MedicalSecurity', '  to Hangzhou.MedicalSecurity',
                '  purpose "结算"', '  onward allowed-to Nanjing.MedicalSecurity, AliHealth', '}'],
        });
        assert.deepEqual(await linesOf(text, 'not-a-party'), []);
    });

    it('skips references that do not resolve', async () => {
        const text = pact({ body: DEFAULT_BODY.map(l => l.replace('members Shanghai.MedicalSecurity', 'members Shanghai.MedicalSecurty')) });
        assert.deepEqual(await linesOf(text, 'not-a-party'), []);
        assert.ok((await linesOf(text, 'unresolved-reference')).length === 1);
    });
});
