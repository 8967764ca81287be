import assert from 'node:assert/strict';
import { renderHtmlPage, renderAgreementsHtml } from '../../src/render/html.js';
import { buildWorkspace } from '../helpers.js';
import {
    agreementFiles, assertWellFormedXml, diagramEdges, diagramNodes, EXAMPLES, lineText, loadExample, svgsOf, unescapeHtml, viewsOf,
} from './render-helpers.js';

/** What the line a section or row points at must start with, by the kind in its id. */
const DECLARATION: Record<string, (name: string) => RegExp> = {
    party: id => new RegExp(`^\\s*party ${escapeRegExp(id)}(?=\\s|$)`),
    body: id => new RegExp(`^\\s*body ${escapeRegExp(id.split('.').pop()!)}(?=\\s|$)`),
    service: id => new RegExp(`^\\s*service ${escapeRegExp(id.split('.').pop()!)}(?=\\s|$)`),
    exchange: id => new RegExp(`^\\s*exchange ${escapeRegExp(id.split('.').pop()!)}(?=\\s|$)`),
    obligation: id => new RegExp(`^\\s*obligation ${escapeRegExp(id.split('.').pop()!)}(?=\\s|$)`),
    clause: id => new RegExp(`^\\s*clause ${escapeRegExp(id.split('.').pop()!)}(?=\\s|$)`),
};

describe('render: HTML page', function () {
    this.timeout(60_000);

    for (const example of EXAMPLES) {
        describe(example, () => {
            it('shows every party, body, service, exchange, obligation and clause, in sections pointing at their lines', async () => {
                const loaded = await loadExample(example);
                for (const { file, views } of agreementFiles(loaded)) {
                    const html = renderHtmlPage(views, { sourceHref: `../${file}` });
                    const text = loaded.texts[file];
                    for (const view of views) {
                        const expected: [string, string, string][] = [
                            ...view.parties.map(p => ['party', p.actor.id, p.actor.label!.text] as [string, string, string]),
                            ...view.bodies.map(b => ['body', b.id, b.label.text] as [string, string, string]),
                            ...view.services.map(s => ['service', s.id, s.label.text] as [string, string, string]),
                            ...view.exchanges.map(e => ['exchange', e.id, e.label.text] as [string, string, string]),
                            ...view.obligations.map(o => ['obligation', o.id, o.label.text] as [string, string, string]),
                            ...view.clauses.map(c => ['clause', c.id, c.label.text] as [string, string, string]),
                        ];
                        assert.ok(expected.length > 5, `${view.id}: a real agreement has many members`);
                        for (const [kind, id, label] of expected) {
                            const match = new RegExp(`id="cp-${kind}-${escapeRegExp(id)}" data-ref="[^"]*" data-line="(\\d+)"`).exec(html);
                            assert.ok(match, `${view.id}: no ${kind} section for ${id}`);
                            const line = Number(match[1]);
                            assert.match(lineText(text, line), DECLARATION[kind](id), `${kind} ${id} points at line ${line}`);
                            assert.ok(unescapeHtml(html).includes(label), `${view.id}: the label of ${id} is shown`);
                        }
                    }
                }
            });

            it('has one well-formed SVG diagram per agreement, with a node for every party, service and exchange', async () => {
                const loaded = await loadExample(example);
                for (const { file, views } of agreementFiles(loaded)) {
                    const svgs = svgsOf(renderHtmlPage(views, { sourceHref: file }));
                    assert.equal(svgs.length, views.length);
                    views.forEach((view, index) => {
                        assertWellFormedXml(svgs[index]);
                        const nodes = diagramNodes(svgs[index]);
                        const refs = (kind: string) => nodes.filter(n => n.class.split(' ').includes(`kind-${kind}`)).map(n => n['data-ref']);
                        assert.deepEqual(refs('party').sort(), [...new Set(view.parties.map(p => p.actor.id))].sort());
                        assert.deepEqual(refs('service'), view.services.map(s => s.id));
                        assert.deepEqual(refs('exchange'), view.exchanges.map(e => e.id));
                        assert.deepEqual(refs('body'), view.bodies.map(b => b.id));
                        for (const node of nodes) {
                            const line = lineText(loaded.texts[file], Number(node['data-line']));
                            assert.match(line, /^\s*(party|service|exchange|body) /, `${node['data-id']} points at "${line}"`);
                        }
                        // Every exchange is an arrow from its sender through its card to each recipient.
                        const edges = diagramEdges(svgs[index]);
                        for (const exchange of view.exchanges) {
                            const card = `exchange:${exchange.id}`;
                            assert.ok(edges.some(e => e['data-from'] === `actor:${exchange.from!.id}` && e['data-to'] === card), `${card} from`);
                            for (const to of exchange.to) {
                                const edge = edges.find(e => e['data-from'] === card && e['data-to'] === `actor:${to.id}`);
                                assert.ok(edge, `${card} to ${to.id}`);
                                assert.equal(Number(edge['data-line']), exchange.line);
                            }
                        }
                    });
                }
            });
        });
    }

    it('links every source line to the agreement file, with lines that exist', async () => {
        const loaded = await loadExample('yrd-medical-settlement');
        const html = renderHtmlPage(viewsOf(loaded.ws, 'agreement.citypact'), { sourceHref: '../examples/agreement.citypact' });
        const lines = loaded.texts['agreement.citypact'].split('\n');
        const links = [...html.matchAll(/href="\.\.\/examples\/agreement\.citypact#L(\d+)" data-line="(\d+)"/g)];
        assert.ok(links.length > 20, `${links.length} links`);
        for (const [, linked, dataLine] of links) {
            assert.equal(linked, dataLine);
            assert.ok(lines[Number(linked) - 1]?.trim(), `line ${linked} is not blank`);
        }
        // The lead party's row links to its `party` line.
        const lead = lines.findIndex(l => l.includes('party Shanghai.MedicalSecurity role lead')) + 1;
        assert.match(html, new RegExp(`id="cp-party-Shanghai.MedicalSecurity" data-ref="Shanghai.MedicalSecurity" data-line="${lead}"`));
    });

    it('is self-contained: no script, no external resource, no style attribute', async () => {
        const loaded = await loadExample('city-brain-public-private');
        const html = renderHtmlPage(viewsOf(loaded.ws, 'agreement.citypact'), { sourceHref: 'agreement.citypact' });
        assert.doesNotMatch(html, /<script/i);
        assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//i);
        assert.doesNotMatch(html, /@import|url\(\s*['"]?https?:/i);
        assert.doesNotMatch(html, /\sstyle="/i);
        assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
        assert.equal((html.match(/<style>/g) ?? []).length, 1);
    });

    it('renders the same bytes for the same input', async () => {
        const first = await loadExample('gba-transport-link');
        const second = await loadExample('gba-transport-link');
        const render = (ws: typeof first.ws) => renderHtmlPage(viewsOf(ws, 'agreement.citypact'), { sourceHref: 'agreement.citypact' });
        assert.equal(render(first.ws), render(second.ws));
    });

    it('escapes every user value: labels, purposes, citations and doc comments', async () => {
        const hostile = '<script>alert(1)</script> & "q" \'s\' \\u0001';
        const ws = await buildWorkspace({
            'main.citypact': `department A "<b>甲</b> & \\"Co\\"" en "A <i>&</i>" of Shanghai
department B "乙 </svg>" of Hangzhou
dataset D "数据 <x>" of Shanghai.A {
  sharing conditional "<img src=x onerror=alert(1)>"
  personal-data sensitive
  fields "<f>"
}
/** Doc with <tags> & "quotes". */
agreement X "${hostile.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}" en "]]> <!-- -->" {
  version 1.0.0
  effective 2024-01-01
  party Shanghai.A role lead signatory "<sig>"
  party Hangzhou.B
  body C "<body>" { members Shanghai.A, Hangzhou.B chair Shanghai.A decides by majority }
  exchange E "<e>" {
    data Shanghai.A.D
    from Shanghai.A
    to Hangzhou.B
    purpose "</text><script>x</script>"
    basis statutory-duty "<cite>"
    retention 1 year
    security encryption
  }
  clause K "<k>" en "</p>"
  disputes by C then arbitration "<forum>"
}
`,
        });
        const views = viewsOf(ws, 'main.citypact');
        const html = renderHtmlPage(views, { sourceHref: 'main.citypact' });
        const main = html.slice(html.indexOf('<main'));
        assert.doesNotMatch(main, /<script|<b>|<i>|<img|<sig>|<body>|<e>|<cite>|<k>|<forum>|<f>|<x>|<tags>/);
        assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;q&quot;/);
        for (const svg of svgsOf(html)) assertWellFormedXml(svg);
        // The control character from \u0001 is not allowed in XML; it is dropped, not escaped.
        assert.doesNotMatch(html, /\u0001/);
        // The preview's fragment is escaped the same way.
        assert.doesNotMatch(renderAgreementsHtml(views), /<script|<img/);
    });

    it('renders an agreement with errors, with the problems at the top', async () => {
        const ws = await buildWorkspace({
            'main.citypact': `department A "甲" of Shanghai
agreement X "草案" {
  version 1.0.0
  effective 2024-01-01
  party Shanghai.A role lead
  party Hangzhou.Nowhere
  service S "服务" {
    mode online
    provider Shanghai.A
    users Hangzhou.Nowhere
    costs {
      Shanghai.A 60%
    }
  }
}
`,
        });
        const html = renderHtmlPage(viewsOf(ws, 'main.citypact'), { sourceHref: 'main.citypact' });
        const diagnostics = html.indexOf('class="cp-diagnostics"');
        assert.ok(diagnostics > 0 && diagnostics < html.indexOf('<h1>'), 'the problems come before the title');
        assert.match(html, /unresolved-reference/);
        assert.match(html, /cost-shares-sum/);
        assert.match(html, /<li data-line="6"><span class="cp-severity-error">error<\/span>/);
        // The unresolved party is still shown, as written and marked.
        assert.match(html, /<span class="cp-unresolved" title="[^"]*">Hangzhou\.Nowhere<\/span>/);
        assert.match(html, /<th class="cp-num">60%<\/th>/);
        for (const svg of svgsOf(html)) assertWellFormedXml(svg);
    });

    it('shows no problem box for a clean agreement', async () => {
        const loaded = await loadExample('shanghai-emergency-command');
        assert.doesNotMatch(renderHtmlPage(viewsOf(loaded.ws, 'agreement.citypact')), /class="cp-diagnostics"/);
    });
});

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
