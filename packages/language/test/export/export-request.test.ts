import assert from 'node:assert/strict';
import { URI } from 'langium';
import { handleExportRequest } from '../../src/lsp/export-request.js';
import type { ExportRequestResult } from '../../src/lsp/export-protocol.js';
import { buildWorkspace } from '../helpers.js';
import { SECTION_2_4 } from './export-helpers.js';

describe('export: citypact/export request (language server)', () => {
    const request = async (text: string, format: 'json' | 'odrl' | 'pdf' = 'json'): Promise<ExportRequestResult> => {
        const ws = await buildWorkspace({ 'main.citypact': text });
        const uri = URI.file('/ws/main.citypact').toString();
        return handleExportRequest({ uri, format: format as 'json' }, ws.services.shared, ws.services.CityPact, ['/ws']);
    };

    it('returns the same files the CLI writes', async () => {
        const result = await request(SECTION_2_4);
        assert.ok('documents' in result);
        assert.deepEqual(result.documents.map(d => d.fileName), ['YRDMedicalSettlement2021.json', 'YRDMedicalSettlement.json']);
        const document = JSON.parse(result.documents[1].content);
        assert.equal(document.source.path, 'main.citypact');
        assert.equal(document.agreement.id, 'YRDMedicalSettlement');
        const odrl = await request(SECTION_2_4, 'odrl');
        assert.ok('documents' in odrl);
        assert.equal(odrl.documents[1].fileName, 'YRDMedicalSettlement.odrl.jsonld');
    });

    it('refuses a file with errors, naming them', async () => {
        const result = await request(SECTION_2_4.replace('party Nanjing.MedicalSecurity', 'party Nanjing.Nowhere'));
        assert.ok('error' in result);
        assert.match(result.error, /^main\.citypact has errors, so \w+ was not exported/);
        assert.match(result.error, /unresolved-reference/);
    });

    it('refuses unknown formats, unsaved documents and files without agreements', async () => {
        const bad = await request(SECTION_2_4, 'pdf');
        assert.ok('error' in bad && /Unknown export format/.test(bad.error));
        const empty = await request('city Nowhere "无"');
        assert.ok('error' in empty && /declares no agreement/.test(empty.error));
        const ws = await buildWorkspace({ 'main.citypact': SECTION_2_4 });
        const untitled = await handleExportRequest({ uri: 'untitled:Untitled-1', format: 'json' }, ws.services.shared, ws.services.CityPact, []);
        assert.ok('error' in untitled && /Save the file/.test(untitled.error));
        const elsewhere = await handleExportRequest({ uri: URI.file('/elsewhere/x.citypact').toString(), format: 'json' }, ws.services.shared, ws.services.CityPact, []);
        assert.ok('error' in elsewhere && /not a CityPact file the language server knows/.test(elsewhere.error));
    });
});
