import assert from 'node:assert/strict';
import { renderHtmlPage } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildWorkspace } from '../helpers.js';
import { assertWellFormedXml, loadExample, svgsOf, viewsOf } from './render-helpers.js';

describe('render: every keystroke of a draft', function () {
    this.timeout(120_000);

    // The preview renders whatever the editor holds: half a declaration, an open string,
    // a block without its brace. Each prefix of a real agreement must render.
    it('renders every cut of an agreement without failing, with a well-formed diagram', async () => {
        const { texts } = await loadExample('shanghai-emergency-command');
        const text = texts['agreement.citypact'];
        const others = { 'registry.citypact': texts['registry.citypact'], 'datasets.citypact': texts['datasets.citypact'] };
        const cuts = Array.from({ length: 24 }, (_, i) => Math.round((text.length * (i + 1)) / 25));
        for (const cut of cuts) {
            const ws = await buildWorkspace({ ...others, 'agreement.citypact': text.slice(0, cut) });
            const views = viewsOf(ws, 'agreement.citypact');
            const html = renderHtmlPage(views, { sourceHref: 'agreement.citypact' });
            for (const svg of svgsOf(html)) assertWellFormedXml(svg);
            for (const view of views) {
                assert.ok(renderMarkdown(view).length > 0);
                assert.ok(view.diagnostics.length > 0 || cut === text.length, `cut at ${cut} has problems to show`);
            }
        }
    });
});
