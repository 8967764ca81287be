import assert from 'node:assert/strict';
import { diagramGraph, type DiagramGraph } from '../../src/render/diagram-graph.js';
import { layoutDiagram, type DiagramLayout } from '../../src/render/diagram-layout.js';
import { agreementDiagram } from '../../src/render/diagram.js';
import { buildWorkspace } from '../helpers.js';
import { agreementFiles, assertWellFormedXml, EXAMPLES, loadExample, viewsOf } from './render-helpers.js';

async function graphOf(example: string, file = 'agreement.citypact'): Promise<DiagramGraph> {
    const loaded = await loadExample(example);
    return diagramGraph(viewsOf(loaded.ws, file)[0]);
}

const node = (graph: DiagramGraph, id: string) => {
    const found = graph.nodes.find(n => n.id === id);
    assert.ok(found, `no node ${id}`);
    return found;
};

describe('render: diagram', function () {
    this.timeout(60_000);

    it('groups parties by jurisdiction and level, a city inside its province', async () => {
        const graph = await graphOf('yrd-medical-settlement');
        const cluster = (id: string) => graph.clusters.find(c => c.id === id);
        assert.deepEqual(graph.clusters.map(c => [c.ref, c.level, c.parent]), [
            ['Shanghai', 'city', undefined],
            ['Zhejiang', 'province', undefined],
            ['Jiangsu', 'province', undefined],
            ['Hangzhou', 'city', 'jurisdiction:Zhejiang'],
            ['Nanjing', 'city', 'jurisdiction:Jiangsu'],
            ['Anhui', 'province', undefined],
        ]);
        assert.equal(node(graph, 'actor:Hangzhou.MedicalSecurity').cluster, 'jurisdiction:Hangzhou');
        assert.equal(node(graph, 'actor:Zhejiang.MedicalSecurity').cluster, 'jurisdiction:Zhejiang');
        assert.match(cluster('jurisdiction:Zhejiang')!.title, /^浙江省 Zhejiang Province · 省级$/);
        assert.deepEqual(node(graph, 'actor:Shanghai.MedicalSecurity').classes, ['role-lead']);
        assert.deepEqual(node(graph, 'actor:Anhui.MedicalSecurity').classes, ['role-observer']);
    });

    it('draws each exchange as sender → data card → recipients, coloured by personal data', async () => {
        const graph = await graphOf('yrd-medical-settlement');
        const card = node(graph, 'exchange:YRDMedicalSettlement.SettlementReturn');
        assert.deepEqual(card.classes, ['data-sensitive']);
        assert.ok(card.rows.some(r => r.text === '异地就医直接结算明细'), 'the dataset');
        assert.ok(card.rows.some(r => r.text.startsWith('用途 purpose: 参保地医保经办机构核定待遇')), 'the purpose');
        assert.ok(card.rows.some(r => r.text === '依据 basis: 法定职责 statutory duty'), 'the basis');
        const edges = graph.edges.filter(e => e.from === card.id || e.to === card.id);
        assert.deepEqual(edges.map(e => [e.kind, e.from, e.to]), [
            ['sends', 'actor:Shanghai.MedicalSecurity', card.id],
            ['receives', card.id, 'actor:Zhejiang.MedicalSecurity'],
            ['receives', card.id, 'actor:Jiangsu.MedicalSecurity'],
            ['receives', card.id, 'actor:Hangzhou.MedicalSecurity'],
            ['receives', card.id, 'actor:Nanjing.MedicalSecurity'],
        ]);
        assert.deepEqual(node(graph, 'exchange:YRDMedicalSettlement.HangzhouFilings').classes, ['data-personal']);
        assert.deepEqual(node(graph, 'exchange:YRDMedicalSettlement.MonthlyClearing').classes, ['data-plain']);
    });

    it('draws services between provider and users, and lists a body’s members', async () => {
        const graph = await graphOf('yrd-medical-settlement');
        const proxy = node(graph, 'service:YRDMedicalSettlement.ProxyClaims');
        assert.ok(proxy.rows.some(r => r.text === '杭州市医疗保障局代收 → 上海市医疗保障局代办'));
        assert.deepEqual(graph.edges.filter(e => e.from === proxy.id || e.to === proxy.id).map(e => [e.kind, e.from, e.to]), [
            ['provides', 'actor:Shanghai.MedicalSecurity', proxy.id],
            ['uses', proxy.id, 'actor:Hangzhou.MedicalSecurity'],
        ]);
        const body = node(graph, 'body:YRDMedicalSettlement.JointCommittee');
        assert.ok(body.rows.some(r => r.text === '召集人 chair: 上海市医疗保障局'));
        assert.ok(body.rows.some(r => r.text.startsWith('成员 members: 上海市医疗保障局、浙江省医疗保障局')));
        assert.deepEqual(body.above, ['actor:Shanghai.MedicalSecurity']);
    });

    it('shows actors that act within a party, and the whole city-district-street nesting', async () => {
        const graph = await graphOf('shanghai-emergency-command');
        const bureau = node(graph, 'actor:Shanghai.Pudong.EmergencyManagement');
        assert.equal(bureau.kind, 'actor');
        assert.deepEqual(bureau.classes, ['belongs-to-party']);
        assert.equal(bureau.cluster, 'jurisdiction:Shanghai.Pudong');
        assert.deepEqual(graph.clusters.map(c => [c.ref, c.level, c.parent]), [
            ['Shanghai', 'city', undefined],
            ['Shanghai.Pudong', 'district', 'jurisdiction:Shanghai'],
            ['Shanghai.Pudong.Lujiazui', 'township', 'jurisdiction:Shanghai.Pudong'],
        ]);
        // A flow between Lujiazui and a Pudong bureau stays inside the Pudong box.
        assert.equal(node(graph, 'exchange:ShanghaiEmergencyCommand.重点人员转移安置').cluster, 'jurisdiction:Shanghai.Pudong');
        assert.deepEqual(node(graph, 'exchange:ShanghaiEmergencyCommand.生命线数据推送').classes, ['data-plain', 'data-core']);
    });

    it('shows third parties that may receive data onward, and the contractor as an organization', async () => {
        const graph = await graphOf('city-brain-public-private');
        assert.deepEqual(node(graph, 'actor:CityBrainTech').classes, ['role-contractor', 'organization']);
        for (const third of ['actor:Zhejiang.BigDataBureau', 'actor:ZhejiangUniversity']) {
            assert.ok(node(graph, third).classes.includes('third-party'), third);
            assert.ok(graph.edges.some(e => e.kind === 'onward' && e.from === 'exchange:HangzhouCityBrain.TrafficIndexReturn' && e.to === third));
        }
    });

    for (const example of EXAMPLES) {
        it(`${example}: lays out without overlaps, every node inside its boxes and outside the others`, async () => {
            const loaded = await loadExample(example);
            for (const { views } of agreementFiles(loaded)) {
                for (const view of views) {
                    const layout = layoutDiagram(diagramGraph(view));
                    assertSound(layout);
                    const svg = agreementDiagram(view, { idPrefix: 'cp' });
                    assertWellFormedXml(svg);
                    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="cp-diagram" viewBox="0 0 \d+ \d+"/);
                }
            }
        });
    }

    it('lays out a half-written agreement: unresolved actors, no members, no parties', async () => {
        const ws = await buildWorkspace({
            'main.citypact': 'agreement X "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Nowhere.A\n  exchange E "交换" {\n    data Nowhere.D\n    from Nowhere.A\n    to Shanghai\n  }\n}\nagreement Y "空" {\n  version 1.0.0\n  effective 2024-01-01\n}\n',
        });
        const [draft, empty] = viewsOf(ws, 'main.citypact');
        const graph = diagramGraph(draft);
        assert.ok(node(graph, 'actor:Nowhere.A').classes.includes('unresolved'));
        assert.ok(node(graph, 'actor:Shanghai').classes.includes('third-party'), 'an actor that is not a party is shown as such');
        assertSound(layoutDiagram(graph));
        assertWellFormedXml(agreementDiagram(draft, { idPrefix: 'a' }));
        assertWellFormedXml(agreementDiagram(empty, { idPrefix: 'b' }));
    });
});

/** Finite coordinates; no two nodes overlap; each node inside its clusters and outside the others. */
function assertSound(layout: DiagramLayout): void {
    const boxes = [...layout.nodes, ...layout.clusters];
    for (const box of boxes) {
        for (const value of [box.x, box.y, box.width, box.height]) assert.ok(Number.isFinite(value), `${box.id}: ${value}`);
        assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height, `${box.id} inside the picture`);
    }
    const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    layout.nodes.forEach((a, i) => layout.nodes.slice(i + 1).forEach(b => assert.ok(!overlap(a, b), `${a.id} overlaps ${b.id}`)));
    const ancestors = (cluster: string | undefined): string[] => {
        const result: string[] = [];
        for (let c = cluster; c; c = layout.clusters.find(k => k.id === c)?.parent) result.push(c);
        return result;
    };
    for (const n of layout.nodes) {
        const inside = ancestors(n.cluster);
        for (const cluster of layout.clusters) {
            const contained = n.x >= cluster.x && n.y >= cluster.y && n.x + n.width <= cluster.x + cluster.width && n.y + n.height <= cluster.y + cluster.height;
            if (inside.includes(cluster.id)) assert.ok(contained, `${n.id} inside ${cluster.id}`);
            else assert.ok(!overlap(n, cluster), `${n.id} overlaps the box of ${cluster.id}`);
        }
    }
    for (const edge of layout.edges) {
        assert.ok(edge.points.length >= 2, edge.id);
        for (const p of edge.points) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y), edge.id);
    }
    // Lines run vertically and horizontally only, never through a node, never along another line.
    const segments = layout.edges.flatMap(edge => edge.points.slice(1).map((b, i) => ({ edge: edge.id, a: edge.points[i], b })));
    for (const { edge, a, b } of segments) {
        assert.ok(Math.abs(a.x - b.x) < 0.01 || Math.abs(a.y - b.y) < 0.01, `${edge}: a diagonal segment`);
        for (let t = 0; t <= 1; t += 1 / 32) {
            const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
            const inside = layout.nodes.find(n => p.x > n.x + 1 && p.x < n.x + n.width - 1 && p.y > n.y + 1 && p.y < n.y + n.height - 1);
            assert.ok(!inside, `${edge} runs through ${inside?.id}`);
        }
    }
    for (const axis of ['x', 'y'] as const) {
        const across = axis === 'x' ? 'y' : 'x';
        // Segments along `across` at the same `axis` coordinate must not share a stretch.
        const parallel = segments.filter(s => Math.abs(s.a[axis] - s.b[axis]) < 0.01 && Math.abs(s.a[across] - s.b[across]) > 0.01);
        parallel.forEach((s, i) => parallel.slice(i + 1).forEach(t => {
            if (s.edge === t.edge || Math.abs(s.a[axis] - t.a[axis]) > 0.5) return;
            const overlap = Math.min(Math.max(s.a[across], s.b[across]), Math.max(t.a[across], t.b[across]))
                - Math.max(Math.min(s.a[across], s.b[across]), Math.min(t.a[across], t.b[across]));
            assert.ok(overlap < 2, `${s.edge} and ${t.edge} run along each other at ${axis}=${s.a[axis]}`);
        }));
    }
}

type Box = { x: number; y: number; width: number; height: number };
