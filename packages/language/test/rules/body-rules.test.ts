import assert from 'node:assert/strict';
import { diagnosticsOf, lineOf, linesOf, pact } from './rule-helpers.js';

const THREE = ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Nanjing.MedicalSecurity'];
const body = (members: string, chair: string) => [
    'body JointCommittee "长三角医保联席会议" {', `  members ${members}`, `  chair ${chair}`, '  decides by unanimity', '}',
];
const ALL = 'Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity';

describe('chair-not-member', () => {
    it('fires on the chair when it is not a member', async () => {
        const text = pact({ parties: THREE, body: body('Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', 'Nanjing.MedicalSecurity') });
        assert.deepEqual(await linesOf(text, 'chair-not-member'), [lineOf(text, 'chair Nanjing')]);
    });

    it('stays silent when the chair is one of the members', async () => {
        assert.deepEqual(await linesOf(pact({ parties: THREE, body: body(ALL, 'Nanjing.MedicalSecurity') }), 'chair-not-member'), []);
    });

    it('stays silent when a member does not resolve (it may be the chair, misspelt)', async () => {
        const text = pact({ parties: THREE, body: body('Shanghai.MedicalSecurty, Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity', 'Shanghai.MedicalSecurity') });
        assert.deepEqual(await linesOf(text, 'chair-not-member'), []);
    });
});

describe('body-coverage', () => {
    it('warns on the body name for each party left out', async () => {
        const text = pact({ parties: THREE, body: body('Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', 'Shanghai.MedicalSecurity') });
        const diagnostics = await diagnosticsOf(text, 'body-coverage');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'body JointCommittee'), 2]]);
        assert.match(diagnostics[0].message, /leaves out party 'Nanjing\.MedicalSecurity'/);
    });

    it('stays silent when every governing party has a seat', async () => {
        assert.deepEqual(await linesOf(pact({ parties: THREE, body: body(ALL, 'Shanghai.MedicalSecurity') }), 'body-coverage'), []);
    });

    it('excepts observers and contractors', async () => {
        const parties = [...THREE.slice(0, 2), 'party Nanjing.MedicalSecurity role observer', 'party AliHealth role contractor'];
        assert.deepEqual(await linesOf(pact({ parties, body: body('Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', 'Shanghai.MedicalSecurity') }), 'body-coverage'), []);
    });

    it('seats a jurisdiction party through a member that belongs to it', async () => {
        const parties = ['party Shanghai role lead', 'party Hangzhou.MedicalSecurity'];
        assert.deepEqual(await linesOf(pact({ parties, body: body('Shanghai.Health, Hangzhou.MedicalSecurity', 'Shanghai.Health') }), 'body-coverage'), []);
    });

    it('still requires funders to have a seat', async () => {
        const parties = [...THREE.slice(0, 2), 'party Nanjing.MedicalSecurity role funder'];
        const text = pact({ parties, body: body('Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity', 'Shanghai.MedicalSecurity') });
        assert.deepEqual(await linesOf(text, 'body-coverage'), [lineOf(text, 'body JointCommittee')]);
    });
});
