import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildWorkspace } from '../helpers.js';
import { agreementFiles, EXAMPLES, lineText, loadExample, viewsOf } from './render-helpers.js';

describe('render: Markdown', function () {
    this.timeout(60_000);

    for (const example of EXAMPLES) {
        it(`${example}: names every party, service, exchange, obligation and clause, with links to their lines`, async () => {
            const loaded = await loadExample(example);
            for (const { file, views } of agreementFiles(loaded)) {
                for (const view of views) {
                    const markdown = renderMarkdown(view, { sourceHref: file });
                    const text = loaded.texts[file];
                    assert.ok(markdown.startsWith(`# ${view.label.text}\n`));
                    const mentions: [string, number, RegExp][] = [
                        ...view.parties.map(p => [p.actor.label!.text, p.line, /^\s*party /] as [string, number, RegExp]),
                        ...view.services.map(s => [s.label.text, s.line, /^\s*service /] as [string, number, RegExp]),
                        ...view.exchanges.map(e => [e.label.text, e.line, /^\s*exchange /] as [string, number, RegExp]),
                        ...view.obligations.map(o => [o.label.text, o.line, /^\s*obligation /] as [string, number, RegExp]),
                        ...view.clauses.map(c => [c.label.text, c.line, /^\s*clause /] as [string, number, RegExp]),
                    ];
                    for (const [label, line, declaration] of mentions) {
                        assert.ok(markdown.includes(label), `${view.id}: ${label}`);
                        assert.ok(markdown.includes(`](${file}#L${line})`), `${view.id}: a link to line ${line}`);
                        assert.match(lineText(text, line), declaration);
                    }
                    // Every exchange is a row of the data-flow table: from, dataset, to.
                    for (const exchange of view.exchanges) {
                        const row = markdown.split('\n').find(l => l.startsWith('| ') && l.endsWith(`(${file}#L${exchange.line}) |`));
                        assert.ok(row, `${exchange.id}: a data-flow row`);
                        assert.ok(row.includes(exchange.dataset!.label!.text), `${exchange.id}: its dataset`);
                        for (const to of exchange.to) assert.ok(row.includes(to.label!.text), `${exchange.id}: recipient ${to.id}`);
                    }
                    for (const link of markdown.matchAll(/#L(\d+)\)/g)) assert.ok(lineText(text, Number(link[1])).trim());
                }
            }
        });
    }

    it('marks sensitive data in the data-flow table', async () => {
        const loaded = await loadExample('yrd-medical-settlement');
        const markdown = renderMarkdown(viewsOf(loaded.ws, 'agreement.citypact')[0]);
        assert.match(markdown, /\| 上海市医疗保障局 \| 异地就医直接结算明细 ⚠ \*\*敏感 sensitive\*\* \|/);
    });

    it('shows the diagram image only when it is written beside the file', async () => {
        const loaded = await loadExample('gba-transport-link');
        const view = viewsOf(loaded.ws, 'agreement.citypact')[0];
        assert.doesNotMatch(renderMarkdown(view), /!\[/);
        assert.match(renderMarkdown(view, { diagramHref: 'GBATransportLink.svg' }), /^!\[[^\]]*\]\(GBATransportLink\.svg\)$/m);
    });

    it('escapes table cells and inline markup from labels', async () => {
        const ws = await buildWorkspace({
            'main.citypact': `department A "甲 | *粗* [链接](http://x) <b>" of Shanghai
department B "# 乙" of Hangzhou
agreement X "协议 _x_" {
  version 1.0.0
  effective 2024-01-01
  party Shanghai.A role lead signatory "a|b"
  party Hangzhou.B
  clause K "1. 第一条\\n第二行 \`code\`"
}
`,
        });
        const markdown = renderMarkdown(viewsOf(ws, 'main.citypact')[0]);
        assert.ok(markdown.includes('# 协议 \\_x\\_'));
        assert.ok(markdown.includes('**甲 \\| \\*粗\\* \\[链接\\](http://x) \\<b\\>**'));
        assert.ok(markdown.includes('| a\\|b |'));
        assert.ok(markdown.includes('1. 1. 第一条 第二行 \\`code\\`'), 'a clause keeps to its line');
        // Every table row has exactly as many cell separators as its header.
        for (const line of markdown.split('\n').filter(l => l.startsWith('| '))) {
            assert.equal(line.replace(/\\\|/g, '').split('|').length, 8, line);
        }
    });

    it('lists the problems of a draft before its title', async () => {
        const ws = await buildWorkspace({
            'main.citypact': 'agreement X "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n}\n',
        });
        const markdown = renderMarkdown(viewsOf(ws, 'main.citypact')[0], { sourceHref: 'main.citypact' });
        assert.ok(markdown.startsWith('> **检查结果 Problems found: 1 error'));
        assert.match(markdown, /> - \*\*error\*\* \[L1\]\(main\.citypact#L1\):\d+ .* `too-few-parties`/);
        assert.ok(markdown.indexOf('too-few-parties') < markdown.indexOf('# 草案'));
    });
});
