import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { agreementsOf, agreementView } from '../../src/render/model-to-view.js';
import type { AgreementView } from '../../src/render/agreement-view.js';
import { buildWorkspace, type Workspace } from '../helpers.js';

/** The examples of examples/README.md, each its own folder of files. */
export const EXAMPLES = ['yrd-medical-settlement', 'gba-transport-link', 'shanghai-emergency-command', 'city-brain-public-private', 'xuhui-elder-care-funding'] as const;

export const EXAMPLES_FOLDER = fileURLToPath(new URL('../../../../../examples/', import.meta.url));

export interface Example {
    ws: Workspace;
    /** File name → text, as loaded. */
    texts: Record<string, string>;
}

/** An example's files in an in-memory workspace with the standard library. */
export async function loadExample(name: string): Promise<Example> {
    const folder = `${EXAMPLES_FOLDER}${name}/`;
    const texts: Record<string, string> = {};
    for (const file of fs.readdirSync(folder).filter(f => f.endsWith('.citypact')).sort()) {
        texts[file] = fs.readFileSync(folder + file, 'utf8');
    }
    return { ws: await buildWorkspace(texts), texts };
}

export function viewsOf(ws: Workspace, file: string): AgreementView[] {
    const document = ws.documents.get(file)!;
    return agreementsOf(document).map(agreement => agreementView(agreement, document, ws.services.CityPact));
}

/** Every agreement file of an example, with its views. */
export function agreementFiles(example: Example): { file: string; views: AgreementView[] }[] {
    return Object.keys(example.texts)
        .map(file => ({ file, views: viewsOf(example.ws, file) }))
        .filter(entry => entry.views.length > 0);
}

/** The 1-based line of a text. */
export function lineText(text: string, line: number): string {
    return text.split(/\r?\n/)[line - 1] ?? '';
}

/** Decodes the five entities escapeHtml writes. */
export function unescapeHtml(text: string): string {
    return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity: string) =>
        ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]!);
}

/** The `<svg>…</svg>` elements of a page. */
export function svgsOf(html: string): string[] {
    return [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map(m => m[0]);
}

export function assertWellFormedXml(xml: string): void {
    const result = XMLValidator.validate(xml);
    if (result !== true) throw new Error(`not well-formed XML: ${JSON.stringify(result.err)}`);
}

export interface SvgElement {
    name: string;
    attributes: Record<string, string>;
    children: SvgElement[];
}

/** The SVG as a tree of elements with their attributes (text nodes dropped). */
export function parseSvg(svg: string): SvgElement {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
    const toElement = (node: Record<string, unknown>): SvgElement | undefined => {
        const name = Object.keys(node).find(key => key !== ':@' && key !== '#text');
        if (!name) return undefined;
        const children = (node[name] as Record<string, unknown>[]).map(toElement).filter((c): c is SvgElement => !!c);
        return { name, attributes: (node[':@'] ?? {}) as Record<string, string>, children };
    };
    return toElement((parser.parse(svg) as Record<string, unknown>[])[0])!;
}

export function descendants(element: SvgElement): SvgElement[] {
    return element.children.flatMap(child => [child, ...descendants(child)]);
}

/** Diagram nodes: the `<g>` elements with a `data-id`. */
export function diagramNodes(svg: string): Record<string, string>[] {
    return descendants(parseSvg(svg)).filter(e => e.name === 'g' && e.attributes['data-id']).map(e => e.attributes);
}

export function diagramEdges(svg: string): Record<string, string>[] {
    return descendants(parseSvg(svg)).filter(e => e.name === 'path' && e.attributes['data-id']).map(e => e.attributes);
}
