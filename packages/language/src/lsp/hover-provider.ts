import { CstUtils, GrammarAST, type IndexManager, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isParty } from '../generated/ast.js';
import type { CityPactServices } from '../citypact-module.js';
import type { Locale } from '../validation/rule-catalog.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { HoverContentBuilder } from './hover-content.js';
import { code, escapeMarkdown } from './markdown.js';
import { indexLookup, nameAt } from './name-segments.js';
import { keywordGloss } from './value-glossary.js';

/**
 * Hover on any name, declared or referenced, and on enumerated values.
 *
 * Unlike Langium's default (which shows only the doc comment of the whole
 * reference's target), each segment of a qualified name is hovered on its own:
 * `Shanghai` in `Shanghai.MedicalSecurity` shows the city. On a party line, the
 * actor's hover is followed by the party's role and signatory.
 */
export class CityPactHoverProvider implements HoverProvider {
    private readonly services: CityPactServices;
    private readonly settings: CityPactSettings;
    private readonly indexManager: IndexManager;
    private readonly nameRegexp: RegExp;

    constructor(services: CityPactServices) {
        this.services = services;
        this.settings = services.workspace.Settings;
        this.indexManager = services.shared.workspace.IndexManager;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const locale = this.settings.localeFor(document.uri);
        const content = new HoverContentBuilder(this.services, locale);
        const lookup = indexLookup(this.indexManager, this.settings.stdlibModeFor(document.uri));
        const name = nameAt(document, offset, this.nameRegexp, lookup);
        if (name) {
            if (!name.target) return undefined;
            let value = content.declaration(name.target);
            if (!value) return undefined;
            // On a party line, the whole actor (not a prefix such as its city) gets the party's facts.
            if (name.kind === 'reference' && name.index === name.segments.length - 1) {
                const container = name.reference.$refNode?.astNode;
                if (isParty(container)) value += '\n\n' + content.party(container);
            }
            return this.markdown(value, name.leaf.range);
        }
        return this.keywordHover(document, offset, locale);
    }

    /** An enumerated value (`proxy`, `sensitive`, `two-thirds`) with what it means. */
    private keywordHover(document: LangiumDocument, offset: number, locale: Locale): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || !GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
        const meaning = keywordGloss(leaf.grammarSource, locale);
        return meaning ? this.markdown(`${code(leaf.text)} — ${escapeMarkdown(meaning)}`, leaf.range) : undefined;
    }

    private markdown(value: string, range: Hover['range']): Hover {
        return { contents: { kind: 'markdown', value }, range };
    }
}
