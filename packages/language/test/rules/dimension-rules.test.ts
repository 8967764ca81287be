import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { coveredText, diagnosticsOf, fixOf, lineOf, linesOf, pact } from './rule-helpers.js';

const dims = (list?: string) => ['version 1.0.0', ...(list ? [`dimensions ${list}`] : []), 'effective 2024-01-01 until 2027-12-31'];
const bodyOf = (members: string) => ['body JointCommittee "联席会议" {', `  members ${members}`, `  chair ${members.split(',')[0]}`, '  decides by majority', '}'];

describe('dimension-unsupported', () => {
    it('warns on a declared cross-region when all parties are in Shanghai', async () => {
        const text = pact({
            header: dims('cross-region, cross-department'),
            parties: ['party Shanghai.MedicalSecurity role lead', 'party Shanghai.Health'],
            body: bodyOf('Shanghai.MedicalSecurity, Shanghai.Health'),
        });
        const diagnostics = await diagnosticsOf(text, 'dimension-unsupported');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'dimensions cross-region'), DiagnosticSeverity.Warning]]);
        assert.equal(coveredText(text, diagnostics[0]), 'cross-region');
        assert.match(diagnostics[0].message, /all government parties lie in Shanghai/);
    });

    it('stays silent when the parties span what is declared', async () => {
        const text = pact({
            header: dims('cross-department'),
            parties: ['party Shanghai.MedicalSecurity role lead', 'party Shanghai.Health'],
            body: bodyOf('Shanghai.MedicalSecurity, Shanghai.Health'),
        });
        assert.deepEqual(await linesOf(text, 'dimension-unsupported'), []);
    });

    it('points at each unsupported entry of the list', async () => {
        const text = pact({ header: dims('cross-region, cross-level, cross-department, public-private') });
        const diagnostics = await diagnosticsOf(text, 'dimension-unsupported');
        assert.deepEqual(diagnostics.map(d => coveredText(text, d)), ['cross-level', 'public-private']);
    });

    it('ignores parties that do not resolve', async () => {
        const text = pact({ header: dims('cross-region, cross-department'), parties: ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Nowhere.Bureau'] });
        assert.deepEqual(await linesOf(text, 'dimension-unsupported'), []);
    });
});

describe('dimension-undeclared', () => {
    it('informs on `dimensions` about a supported dimension it does not list', async () => {
        const text = pact({ header: dims('cross-region') });
        const diagnostics = await diagnosticsOf(text, 'dimension-undeclared');
        assert.deepEqual(diagnostics.map(d => [d.range.start.line, d.severity]), [[lineOf(text, 'dimensions cross-region'), DiagnosticSeverity.Information]]);
        assert.deepEqual(fixOf(diagnostics[0]), { dimension: 'cross-department' });
    });

    it('informs on the agreement name when there is no dimensions line', async () => {
        const text = pact({ header: dims() });
        const diagnostics = await diagnosticsOf(text, 'dimension-undeclared');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'agreement YRDMedical'), lineOf(text, 'agreement YRDMedical')]);
        assert.deepEqual(diagnostics.map(d => fixOf(d)), [{ dimension: 'cross-region' }, { dimension: 'cross-department' }]);
    });

    it('finds cross-level, and public-private with an organization party (contractors included)', async () => {
        const text = pact({
            header: dims('cross-region, cross-department'),
            parties: ['party Shanghai.MedicalSecurity role lead', 'party Hangzhou.MedicalSecurity', 'party Zhejiang.MedicalSecurity', 'party AliHealth role contractor'],
            body: bodyOf('Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, Zhejiang.MedicalSecurity'),
        });
        assert.deepEqual((await diagnosticsOf(text, 'dimension-undeclared')).map(d => fixOf(d)), [{ dimension: 'cross-level' }, { dimension: 'public-private' }]);
    });

    it('stays silent when every supported dimension is declared', async () => {
        assert.deepEqual(await linesOf(pact(), 'dimension-undeclared'), []);
    });
});
