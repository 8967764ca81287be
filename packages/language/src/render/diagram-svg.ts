import type { DiagramEdge } from './diagram-graph.js';
import type { DiagramLayout, PositionedCluster, PositionedEdge, PositionedNode } from './diagram-layout.js';
import { routePath } from './diagram-routes.js';
import { DIAGRAM_COLOR_DARK, DIAGRAM_COLOR_DEFAULTS, DIAGRAM_CSS } from './diagram-style.js';
import { escapeHtml as esc } from './escape.js';
import { textWidth } from './text-metrics.js';

/**
 * Draws a laid-out diagram as SVG markup: well-formed XML (the tests parse it), no
 * scripts, no external references, so it works inline in the exported page, in the
 * webview and as a standalone `.svg` beside a Markdown file.
 *
 * Every node and edge carries `data-line` (its line in the agreement file) and
 * `data-ref` (the qualified name it stands for): the preview's click handler and the
 * tests rely on both.
 */
export interface SvgOptions {
    /** A title for screen readers and for the standalone file. */
    title: string;
    /** Unique per page, so marker ids of two diagrams on one page do not collide. */
    idPrefix: string;
    /** Embeds the stylesheet: for a standalone `.svg` file; a page styles the diagram itself. */
    standalone?: boolean;
    /** Where clicking a node leads (an anchor in the page); no link when undefined. */
    nodeHref?: (node: PositionedNode) => string | undefined;
    /** Nodes take keyboard focus (the preview reveals a focused node's line on Enter). */
    focusable?: boolean;
}

const MARKERS = ['plain', 'personal', 'sensitive', 'service'] as const;

export function diagramSvg(layout: DiagramLayout, options: SvgOptions): string {
    const legend = legendSvg(layout);
    const width = Math.max(layout.width, legend.width);
    const height = layout.height + legend.height;
    const p = options.idPrefix;
    const parts: string[] = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="cp-diagram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${esc(p)}-title">`);
    parts.push(`<title id="${esc(p)}-title">${esc(options.title)}</title>`);
    if (options.standalone) {
        parts.push(`<style>svg.cp-diagram {${DIAGRAM_COLOR_DEFAULTS}} @media (prefers-color-scheme: dark) { svg.cp-diagram {${DIAGRAM_COLOR_DARK}} }`
            + ` svg.cp-diagram { background: var(--cp-bg); }${DIAGRAM_CSS}</style>`);
    }
    parts.push('<defs>');
    for (const marker of MARKERS) {
        parts.push(`<marker id="${esc(p)}-arrow-${marker}" class="cp-marker-${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse">`
            + '<path d="M0,0 L10,5 L0,10 z"/></marker>');
    }
    parts.push('</defs>');
    parts.push('<g class="cp-clusters">', ...layout.clusters.map(clusterSvg), '</g>');
    parts.push('<g class="cp-edges">', ...layout.edges.map(edge => edgeSvg(edge, p)), '</g>');
    // Titles go over the edges, on a halo of their box's colour, so a line never crosses out a name.
    parts.push('<g class="cp-cluster-titles">', ...layout.clusters.map(clusterTitleSvg), '</g>');
    parts.push('<g class="cp-nodes">', ...layout.nodes.map(node => nodeSvg(node, options.nodeHref?.(node), options.focusable ?? false)), '</g>');
    parts.push(legend.svg);
    parts.push('</svg>');
    return parts.join('\n');
}

function clusterSvg(cluster: PositionedCluster): string {
    return `<g class="cp-cluster level-${esc(cluster.level)}" data-ref="${esc(cluster.ref)}">`
        + `<rect x="${cluster.x}" y="${cluster.y}" width="${cluster.width}" height="${cluster.height}" rx="10"/></g>`;
}

function clusterTitleSvg(cluster: PositionedCluster): string {
    return `<text class="cp-cluster-title level-${esc(cluster.level)}" x="${cluster.x + 10}" y="${cluster.y + 15}">${esc(clusterTitle(cluster))}</text>`;
}

/**
 * Titles fit their box: a long English name must not run into the next box. The
 * English is dropped first (the Chinese name is the official one), then the rest cut.
 */
function clusterTitle(cluster: PositionedCluster): string {
    const room = cluster.width - 20;
    const fits = (text: string) => textWidth(text, 11) * 1.06 <= room;
    if (fits(cluster.title)) return cluster.title;
    if (fits(cluster.shortTitle)) return cluster.shortTitle;
    const chars = [...cluster.shortTitle];
    while (chars.length > 1 && !fits(chars.join('') + '…')) chars.pop();
    return chars.join('').trimEnd() + '…';
}

function nodeSvg(node: PositionedNode, href: string | undefined, focusable: boolean): string {
    const classes = ['cp-node', `kind-${node.kind}`, ...node.classes].map(esc).join(' ');
    const focus = focusable && !href ? ' tabindex="0" role="button"' : '';
    const parts = [`<g class="${classes}" data-id="${esc(node.id)}" data-ref="${esc(node.ref)}" data-line="${node.line}"${focus} transform="translate(${node.x},${node.y})">`];
    parts.push(`<title>${esc(node.tooltip)}</title>`);
    const radius = node.kind === 'service' ? 14 : node.kind === 'exchange' ? 3 : 6;
    parts.push(`<rect width="${node.width}" height="${node.height}" rx="${radius}"/>`);
    // A coloured stripe marks a data card even where colour is hard to tell apart.
    if (node.kind === 'exchange') parts.push(`<rect class="cp-stripe" width="5" height="${node.height}" rx="2"/>`);
    const textX = node.kind === 'exchange' ? 13 : 10;
    for (const line of node.lines) {
        parts.push(`<text class="cp-t-${line.style}" x="${textX}" y="${round(line.y)}">${esc(line.text)}</text>`);
    }
    parts.push('</g>');
    const group = parts.join('');
    return href ? `<a href="${esc(href)}" class="cp-node-link">${group}</a>` : group;
}

function edgeSvg(edge: PositionedEdge, prefix: string): string {
    const marker = markerOf(edge);
    const markerEnd = marker ? ` marker-end="url(#${esc(prefix)}-arrow-${marker})"` : '';
    const classes = ['cp-edge', `kind-${edge.kind}`, ...edge.classes].map(esc).join(' ');
    return `<path class="${classes}" data-id="${esc(edge.id)}" data-from="${esc(edge.from)}" data-to="${esc(edge.to)}" data-line="${edge.line}" d="${routePath(edge.points)}"${markerEnd}/>`;
}

/** Arrows point at recipients and users, in the colour of their data; the line from the sender has no head. */
function markerOf(edge: DiagramEdge): (typeof MARKERS)[number] | undefined {
    if (edge.kind === 'sends' || edge.kind === 'provides') return undefined;
    if (edge.kind === 'uses') return 'service';
    if (edge.classes.includes('data-sensitive')) return 'sensitive';
    if (edge.classes.includes('data-personal')) return 'personal';
    return 'plain';
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------- legend

interface LegendItem {
    sample: string;
    label: string;
    /** Only what the diagram uses is explained. */
    shown: (layout: DiagramLayout) => boolean;
}

const edgeWith = (cls: string) => (layout: DiagramLayout) => layout.edges.some(e => e.classes.includes(cls) || `kind-${e.kind}` === cls);
const nodeWith = (cls: string) => (layout: DiagramLayout) => layout.nodes.some(n => n.classes.includes(cls) || `kind-${n.kind}` === cls);

const LEGEND: LegendItem[] = [
    { sample: 'edge data-sensitive', label: '敏感个人信息 sensitive personal data', shown: edgeWith('data-sensitive') },
    { sample: 'edge data-personal', label: '个人信息 personal data', shown: edgeWith('data-personal') },
    { sample: 'edge data-plain', label: '不含个人信息 no personal data', shown: edgeWith('data-plain') },
    { sample: 'edge kind-onward data-plain', label: '允许转交 onward allowed', shown: edgeWith('kind-onward') },
    { sample: 'edge kind-uses', label: '服务 provider → service → users', shown: edgeWith('kind-uses') },
    { sample: 'node kind-exchange data-plain data-core', label: '核心数据 core data', shown: nodeWith('data-core') },
    { sample: 'node role-lead', label: '牵头方 lead party', shown: nodeWith('role-lead') },
    { sample: 'node role-observer', label: '观察方 observer', shown: nodeWith('role-observer') },
    { sample: 'node organization', label: '企业/组织 organization', shown: nodeWith('organization') },
    { sample: 'node kind-actor', label: '非缔约方 not a party itself', shown: nodeWith('kind-actor') },
];

/** The key to the diagram, flowed into rows under it. */
function legendSvg(layout: DiagramLayout): { svg: string; width: number; height: number } {
    const width = Math.max(layout.width, 520);
    const available = width - 24;
    const itemWidth = (item: LegendItem) => 34 + textWidth(item.label, 11) + 18;
    const rows: LegendItem[][] = [[]];
    let used = 0;
    for (const item of LEGEND.filter(i => i.shown(layout))) {
        const w = itemWidth(item);
        if (used + w > available && rows[rows.length - 1].length) {
            rows.push([]);
            used = 0;
        }
        rows[rows.length - 1].push(item);
        used += w;
    }
    const parts = [`<g class="cp-legend" transform="translate(12,${layout.height + 6})">`];
    rows.forEach((items, r) => {
        let x = 0;
        const y = r * 22;
        for (const item of items) {
            parts.push(legendSample(item.sample, x, y), `<text x="${round(x + 34)}" y="${y + 12}">${esc(item.label)}</text>`);
            x += itemWidth(item);
        }
    });
    parts.push('</g>');
    return { svg: parts.join(''), width, height: rows.length * 22 + 12 };
}

function legendSample(sample: string, x: number, y: number): string {
    const [shape, ...classes] = sample.split(' ');
    if (shape === 'edge') {
        return `<path class="cp-edge ${classes.join(' ')}" d="M${round(x)},${y + 8} L${round(x + 28)},${y + 8}"/>`;
    }
    const stripe = classes.includes('kind-exchange') ? '<rect class="cp-stripe" width="4" height="15" rx="2"/>' : '';
    return `<g class="cp-node ${classes.join(' ')}" transform="translate(${round(x + 2)},${y})"><rect width="24" height="15" rx="4"/>${stripe}</g>`;
}
