import dagre from '@dagrejs/dagre';
import type { DiagramCluster, DiagramEdge, DiagramGraph, DiagramNode, DiagramNodeKind, TextRow } from './diagram-graph.js';
import { routeEdges } from './diagram-routes.js';
import { textWidth, wrapText } from './text-metrics.js';

/**
 * Places the diagram with dagre (a layered graph layout, compound graphs for the
 * jurisdiction boxes): no coordinate is chosen by hand. Node sizes come from the
 * wrapped text they hold, estimated by text-metrics.ts.
 */

export interface Point {
    x: number;
    y: number;
}

export interface TextLine {
    text: string;
    style: TextRow['style'];
    /** Baseline, relative to the node's top. */
    y: number;
}

export interface PositionedNode extends DiagramNode {
    /** Top-left corner. */
    x: number;
    y: number;
    width: number;
    height: number;
    lines: TextLine[];
}

export interface PositionedCluster extends DiagramCluster {
    x: number;
    y: number;
    width: number;
    height: number;
    /** 0 for an outermost jurisdiction. */
    depth: number;
}

export interface PositionedEdge extends DiagramEdge {
    /** The route (diagram-routes.ts): vertical lines through rows, S-curves between them. */
    points: Point[];
}

export interface DiagramLayout {
    width: number;
    height: number;
    nodes: PositionedNode[];
    clusters: PositionedCluster[];
    edges: PositionedEdge[];
}

/** Font sizes and line heights; diagram-svg.ts styles the same row kinds. */
export const TEXT_STYLES: Record<TextRow['style'], { size: number; lineHeight: number; weight: number }> = {
    kicker: { size: 10.5, lineHeight: 14, weight: 600 },
    title: { size: 13, lineHeight: 17, weight: 700 },
    subtitle: { size: 11, lineHeight: 14, weight: 400 },
    detail: { size: 11, lineHeight: 14, weight: 400 },
};

const TEXT_WIDTH: Record<DiagramNodeKind, number> = { party: 150, actor: 150, service: 170, exchange: 200, body: 170 };
const PADDING_X = 10;
const PADDING_Y = 8;
/** Bold text runs wider than the estimate for regular weight. */
const BOLD_FACTOR = 1.06;
/** Room above a jurisdiction box's contents for its title. */
export const CLUSTER_TITLE_HEIGHT = 20;

export function layoutDiagram(graph: DiagramGraph): DiagramLayout {
    const g = new dagre.graphlib.Graph({ compound: true, multigraph: true });
    // Rows share their top edge, so the gaps between rows are free for routing (diagram-routes.ts).
    g.setGraph({ rankdir: 'TB', rankalign: 'top', nodesep: 24, ranksep: 46, edgesep: 14, marginx: 12, marginy: 12 });
    g.setDefaultEdgeLabel(() => ({}));

    for (const cluster of graph.clusters) g.setNode(cluster.id, {});
    for (const cluster of graph.clusters) if (cluster.parent) g.setParent(cluster.id, cluster.parent);

    const measured = new Map<string, { width: number; height: number; lines: TextLine[] }>();
    for (const node of graph.nodes) {
        const box = measure(node);
        measured.set(node.id, box);
        g.setNode(node.id, { width: box.width, height: box.height });
        if (node.cluster) g.setParent(node.id, node.cluster);
    }
    for (const edge of graph.edges) {
        g.setEdge(edge.from, edge.to, { weight: EDGE_WEIGHT[edge.kind], minlen: 1 }, edge.id);
    }
    // Invisible edges that only rank a node above others (a body above its chair).
    for (const node of graph.nodes) {
        for (const below of node.above ?? []) g.setEdge(node.id, below, { weight: 0, minlen: 1 }, `rank:${node.id}:${below}`);
    }

    dagre.layout(g);

    const depth = (cluster: string | undefined): number => {
        let count = 0;
        for (let c = cluster; c; c = graph.clusters.find(k => k.id === c)?.parent) count++;
        return count;
    };
    const nodes = graph.nodes.map((node): PositionedNode => {
        const placed = g.node(node.id);
        const box = measured.get(node.id)!;
        return { ...node, ...box, x: placed.x! - box.width / 2, y: placed.y! - box.height / 2 };
    });
    // Routing may move rows down to make room for tracks: boxes are fitted afterwards.
    // Each node's margin is what the jurisdiction boxes around it take above and below it (fitClusters).
    const boxes = nodes.map(node => {
        const d = depth(node.cluster);
        const margin = { above: d * (CLUSTER_PADDING + CLUSTER_TITLE_HEIGHT), below: d * CLUSTER_PADDING };
        return { id: node.id, x: node.x, y: node.y, width: node.width, height: node.height, margin };
    });
    const routes = routeEdges(boxes, graph.edges.map(edge => ({
        ...edge,
        points: ((g.edge(edge.from, edge.to, edge.id)?.points ?? []) as Point[]).map(p => ({ x: p.x, y: p.y })),
    })));
    nodes.forEach((node, i) => { node.y = boxes[i].y; });
    const clusters = fitClusters(graph.clusters, nodes);
    const edges = graph.edges.map((edge): PositionedEdge => ({ ...edge, points: routes.get(edge.id) ?? [] }));
    return normalize({ width: 0, height: 0, nodes, clusters, edges });
}

/** Data flows matter most: dagre keeps heavier edges short and straight. */
const EDGE_WEIGHT: Record<DiagramEdge['kind'], number> = {
    sends: 3, receives: 3, onward: 1, provides: 2, uses: 2,
};

function measure(node: DiagramNode): { width: number; height: number; lines: TextLine[] } {
    const maxWidth = TEXT_WIDTH[node.kind];
    const lines: TextLine[] = [];
    let y = PADDING_Y;
    let widest = 0;
    for (const row of node.rows) {
        if (!row.text) continue;
        const style = TEXT_STYLES[row.style];
        const factor = style.weight >= 600 ? BOLD_FACTOR : 1;
        for (const text of wrapText(row.text, maxWidth / factor, style.size, row.maxLines)) {
            y += style.lineHeight;
            // The baseline sits a little above the bottom of the line box.
            lines.push({ text, style: row.style, y: y - (style.lineHeight - style.size) / 2 - 1 });
            widest = Math.max(widest, textWidth(text, style.size) * factor);
        }
        if (row.style === 'kicker') y += 2;
    }
    return { width: Math.ceil(Math.max(widest, 80) + 2 * PADDING_X), height: Math.ceil(y + PADDING_Y), lines };
}

/**
 * Jurisdiction boxes around their contents, innermost first, with room for the
 * title. dagre's own cluster boxes keep clusters apart but leave no room for a title,
 * so the boxes are recomputed from what they contain.
 */
function fitClusters(clusters: DiagramCluster[], nodes: PositionedNode[]): PositionedCluster[] {
    const depthOf = (cluster: DiagramCluster): number => {
        let depth = 0;
        for (let parent = cluster.parent; parent; parent = clusters.find(c => c.id === parent)?.parent) depth++;
        return depth;
    };
    const boxes = new Map<string, PositionedCluster>();
    const byDepth = [...clusters].sort((a, b) => depthOf(b) - depthOf(a));
    for (const cluster of byDepth) {
        const contents = [
            ...nodes.filter(n => n.cluster === cluster.id),
            ...clusters.filter(c => c.parent === cluster.id).map(c => boxes.get(c.id)!).filter(Boolean),
        ];
        if (contents.length === 0) continue;
        const left = Math.min(...contents.map(c => c.x)) - CLUSTER_PADDING;
        const right = Math.max(...contents.map(c => c.x + c.width)) + CLUSTER_PADDING;
        const top = Math.min(...contents.map(c => c.y)) - CLUSTER_PADDING - CLUSTER_TITLE_HEIGHT;
        const bottom = Math.max(...contents.map(c => c.y + c.height)) + CLUSTER_PADDING;
        boxes.set(cluster.id, { ...cluster, x: left, y: top, width: right - left, height: bottom - top, depth: depthOf(cluster) });
    }
    // Outermost first, so inner boxes are drawn over outer ones.
    return clusters.map(c => boxes.get(c.id)).filter((c): c is PositionedCluster => !!c).sort((a, b) => a.depth - b.depth);
}

const CLUSTER_PADDING = 8;
const MARGIN = 12;

/** Moves everything so the top-left corner is at (MARGIN, MARGIN) and sets the size. */
function normalize(layout: DiagramLayout): DiagramLayout {
    const xs: number[] = [];
    const ys: number[] = [];
    const add = (x: number, y: number, w = 0, h = 0) => { xs.push(x, x + w); ys.push(y, y + h); };
    layout.nodes.forEach(n => add(n.x, n.y, n.width, n.height));
    layout.clusters.forEach(c => add(c.x, c.y, c.width, c.height));
    layout.edges.forEach(e => e.points.forEach(p => add(p.x, p.y)));
    if (xs.length === 0) return { ...layout, width: 2 * MARGIN, height: 2 * MARGIN };
    const dx = MARGIN - Math.min(...xs);
    const dy = MARGIN - Math.min(...ys);
    const round = (v: number) => Math.round(v * 10) / 10;
    return {
        width: Math.ceil(Math.max(...xs) + dx + MARGIN),
        height: Math.ceil(Math.max(...ys) + dy + MARGIN),
        nodes: layout.nodes.map(n => ({ ...n, x: round(n.x + dx), y: round(n.y + dy) })),
        clusters: layout.clusters.map(c => ({ ...c, x: round(c.x + dx), y: round(c.y + dy) })),
        edges: layout.edges.map(e => ({ ...e, points: e.points.map(p => ({ x: round(p.x + dx), y: round(p.y + dy) })) })),
    };
}
