import type { AgreementView } from './agreement-view.js';
import { diagramGraph } from './diagram-graph.js';
import { layoutDiagram } from './diagram-layout.js';
import { diagramSvg, type SvgOptions } from './diagram-svg.js';

/** The agreement's diagram as SVG markup: graph → dagre layout → SVG. */
export function agreementDiagram(view: AgreementView, options: Omit<SvgOptions, 'title'>): string {
    const graph = diagramGraph(view);
    const title = `合作关系图 Diagram: ${view.label.text}${view.label.en ? ` (${view.label.en})` : ''}`;
    return diagramSvg(layoutDiagram(graph), { ...options, title });
}
