import type { LangiumDocument } from 'langium';
import type { CityPactServices } from '../citypact-module.js';
import type { AgreementView } from './agreement-view.js';
import { agreementDiagram } from './diagram.js';
import { renderHtmlPage } from './html.js';
import { renderMarkdown } from './markdown.js';
import { agreementsOf, agreementView } from './model-to-view.js';

/**
 * The one entry point `citypact render` uses: every agreement of a built and
 * validated document, as the files to write. Unlike export, an agreement with
 * errors is rendered: drafts are circulated, and the page says what is wrong.
 */

export const RENDER_FORMATS = ['html', 'md'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
    format: RenderFormat;
    /**
     * The agreement file as a percent-encoded URL relative to where the output will
     * be (see encodePath), for the `#L12` source links; none when undefined.
     */
    sourceHref?: string;
    /**
     * Markdown only: also produce the diagram as `<id>.svg` and show it in the
     * Markdown. Only when writing files: printed Markdown has nowhere to put it.
     */
    diagramFile?: boolean;
    /** `citypact 0.1.0`. */
    generator?: string;
}

export interface RenderedFile {
    fileName: string;
    content: string;
}

export interface RenderedAgreement {
    agreementId: string;
    /** The document first (`<id>.html` or `<id>.md`), then any companion (`<id>.svg`). */
    files: RenderedFile[];
    /** Error-severity diagnostics shown at the top of the document. */
    errors: number;
}

export function renderDocument(document: LangiumDocument, services: CityPactServices, options: RenderOptions): RenderedAgreement[] {
    return agreementsOf(document).map(agreement => renderView(agreementView(agreement, document, services), options));
}

export function renderView(view: AgreementView, options: RenderOptions): RenderedAgreement {
    const errors = view.diagnostics.filter(d => d.severity === 'error').length;
    const common = { sourceHref: options.sourceHref, generator: options.generator };
    if (options.format === 'html') {
        return { agreementId: view.id, errors, files: [{ fileName: `${view.id}.html`, content: renderHtmlPage([view], common) }] };
    }
    const svgName = `${view.id}.svg`;
    const files: RenderedFile[] = [{
        fileName: `${view.id}.md`,
        content: renderMarkdown(view, { ...common, diagramHref: options.diagramFile ? encodeURIComponent(svgName) : undefined }),
    }];
    if (options.diagramFile) {
        files.push({ fileName: svgName, content: `<?xml version="1.0" encoding="UTF-8"?>\n${agreementDiagram(view, { idPrefix: 'cp', standalone: true })}\n` });
    }
    return { agreementId: view.id, errors, files };
}
