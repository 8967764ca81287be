import assert from 'node:assert/strict';
import { renderHtmlPage } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { escapeHtml, escapeMarkdown } from '../../src/render/escape.js';
import { buildWorkspace } from '../helpers.js';
import { pact } from '../rules/rule-helpers.js';
import { viewsOf } from './render-helpers.js';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

/** Every bidi control in the output sits inside an isolate that closes after it. */
function assertIsolated(output: string, what: string): void {
    let depth = 0;
    let controls = 0;
    for (const char of output) {
        if (char === FSI) depth++;
        else if (char === PDI) depth--;
        else if (char === RLO) {
            controls++;
            assert.ok(depth > 0, `${what}: a U+202E outside any isolate`);
        }
    }
    assert.equal(depth, 0, `${what}: isolates balanced`);
    assert.ok(controls > 0, `${what}: the label is there`);
}

// Issue 20, item 5: an unterminated U+202E in a label reversed the generated text after it.
describe('render: bidi isolation of user text', () => {
    it('isolates labels with bidi controls in HTML, its SVG diagram, and Markdown', async () => {
        const text = pact().replace('"长三角异地就医结算协议"', `"结算协议 ${RLO}evil"`).replace('"长三角医保联席会议"', `"联席会议${RLO}"`)
            .replace('department MedicalSecurity "上海市医疗保障局"', `department MedicalSecurity "上海市医疗保障局${RLO}"`);
        const ws = await buildWorkspace({ 'main.citypact': text });
        const [view] = viewsOf(ws, 'main.citypact');
        const html = renderHtmlPage([view], { sourceHref: 'main.citypact' });
        assertIsolated(html, 'HTML');
        assert.ok(html.includes(`${FSI}结算协议 ${RLO}evil${PDI}`));
        const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
        assertIsolated(svg, 'SVG');
        assertIsolated(renderMarkdown(view), 'Markdown');
    });

    it('leaves ordinary text and name-like tokens unchanged, isolates right-to-left text', () => {
        assert.equal(escapeHtml('上海市 & Co'), '上海市 &amp; Co');
        assert.equal(escapeHtml('Shanghai.MedicalSecurity'), 'Shanghai.MedicalSecurity');
        assert.equal(escapeHtml('مدينة 5'), `${FSI}مدينة 5${PDI}`);
        assert.equal(escapeMarkdown(`a${RLO}b`), `${FSI}a${RLO}b${PDI}`);
    });
});
