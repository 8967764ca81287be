import assert from 'node:assert/strict';
import { URI } from 'langium';
import { handleRenderRequest } from '../../src/lsp/render-request.js';
import { buildWorkspace } from '../helpers.js';
import { EXAMPLES_FOLDER, loadExample } from './render-helpers.js';

describe('render: citypact/render request (language server)', function () {
    this.timeout(60_000);

    it('returns the articles of a file for the preview, with clickable source lines and no links out', async () => {
        const { ws } = await loadExample('yrd-medical-settlement');
        const uri = URI.file('/ws/agreement.citypact').toString();
        const result = await handleRenderRequest({ uri }, ws.services.shared, ws.services.CityPact);
        assert.ok('html' in result);
        assert.equal(result.agreements, 1);
        assert.equal(result.title, '长三角地区异地就医直接结算合作协议');
        assert.match(result.html, /^<article class="cp-agreement"/);
        assert.match(result.html, /<span class="cp-src" data-line="22" title="agreement\.citypact:22">L22<\/span>/);
        // Diagram nodes take focus and carry their line; nothing navigates away from the webview.
        assert.match(result.html, /data-ref="Shanghai\.MedicalSecurity" data-line="22" tabindex="0" role="button"/);
        assert.doesNotMatch(result.html, /<a [^>]*href=/);
        assert.doesNotMatch(result.html, /<script|<style|\sstyle="/);
        assert.ok(EXAMPLES_FOLDER);
    });

    it('explains a file without agreements, and refuses one it does not know', async () => {
        const ws = await buildWorkspace({ 'registry.citypact': 'department A "甲" of Shanghai\n' });
        const registry = await handleRenderRequest({ uri: URI.file('/ws/registry.citypact').toString() }, ws.services.shared, ws.services.CityPact);
        assert.ok('html' in registry);
        assert.equal(registry.agreements, 0);
        assert.match(registry.html, /declares no agreement/);
        const unknown = await handleRenderRequest({ uri: URI.file('/elsewhere/x.citypact').toString() }, ws.services.shared, ws.services.CityPact);
        assert.ok('error' in unknown);
        assert.match(unknown.error, /not a CityPact file the language server knows/);
    });
});
