import {
    AstUtils, CstUtils, GrammarAST, GrammarUtils,
    type AstNode, type IndexManager, type LeafCstNode, type Reference,
} from 'langium';
import {
    AbstractSemanticTokenProvider, AllSemanticTokenModifiers,
    type SemanticTokenAcceptor,
} from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isDuration, isModel } from '../generated/ast.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { declarationKind } from './declaration-kinds.js';
import { indexLookup, nameSegments, referenceOfLeaf, type NameSegment } from './name-segments.js';

/**
 * Modifiers CityPact adds to the standard ones, one per kind of literal value.
 * Standard token types alone cannot tell a date from a percentage (both are
 * numbers); these let a theme, or the extension's `semanticTokenScopes`, do so.
 */
export const CityPactTokenModifiers = {
    date: 1 << 10,
    duration: 1 << 11,
    percentage: 1 << 12,
    version: 1 << 13,
    code: 1 << 14,
} as const;

/** The legend's modifiers: the standard ones (bits 0–9), then CityPact's. */
const TOKEN_MODIFIERS: Record<string, number> = { ...AllSemanticTokenModifiers, ...CityPactTokenModifiers };

/** Grammar rules whose keywords are values of a closed list rather than syntax. */
const VALUE_RULES = new Set([
    'Tier', 'OrganizationKind', 'Classification', 'PersonalData', 'Dimension', 'Role', 'ServiceMode',
    'Decision', 'Meeting', 'LegalBasis', 'SecurityMeasure', 'ExchangeFrequency', 'Escalation',
    'BodyKind', 'FundingForm', 'AmountPeriod',
]);

const STDLIB_MODIFIERS = [SemanticTokenModifiers.defaultLibrary, SemanticTokenModifiers.readonly];

/**
 * Semantic highlighting, on top of the TextMate grammar's keywords, strings and
 * comments:
 *
 * - names are coloured by what they name (declaration-kinds.ts), segment by
 *   segment: in `Shanghai.MedicalSecurity.InsuredPersons` the city, the department
 *   and the dataset each get their own colour;
 * - a declared name carries `declaration`; a name from the standard library
 *   carries `defaultLibrary` and `readonly`;
 * - structural keywords are `keyword`, values of closed lists (`super`, `proxy`,
 *   `sensitive`, `forbidden`...) are `enumMember`;
 * - literals: dates, durations (number and unit) and percentages are `number` with
 *   the modifier `date`, `duration` or `percentage`; plain integers (population)
 *   are `number`; versions are `macro` + `version`, so they stand apart from
 *   dates; division codes and USCCs are `string` + `code`, because they are
 *   identifiers written in digits (docs/language.md §1: leading zeros count), not
 *   quantities.
 *
 * One pass over the document's tokens instead of Langium's walk over AST nodes:
 * every token is classified exactly once, including tokens of datatype rules
 * (qualified names, enumerated values) that have no AST node of their own.
 */
export class CityPactSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly indexManager: IndexManager;
    private readonly settings: CityPactSettings;

    constructor(services: CityPactServices) {
        super(services);
        this.indexManager = services.shared.workspace.IndexManager;
        this.settings = services.workspace.Settings;
    }

    override get tokenModifiers(): Record<string, number> {
        return TOKEN_MODIFIERS;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): 'prune' | undefined {
        if (!isModel(node) || !node.$cstNode) return undefined;
        const document = AstUtils.getDocument(node);
        const inStdlib = isStandardLibrary(document.uri);
        const segments = new Map<Reference, NameSegment[]>();
        const lookup = indexLookup(this.indexManager, this.settings.stdlibModeFor(document.uri));
        for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
            if (leaf.hidden || !this.inCurrentRange(leaf)) continue;
            if (GrammarAST.isKeyword(leaf.grammarSource)) {
                this.highlightKeywordLeaf(leaf, leaf.grammarSource, acceptor);
                continue;
            }
            const reference = referenceOfLeaf(leaf);
            if (reference) {
                let list = segments.get(reference);
                if (!list) segments.set(reference, list = nameSegments(reference, lookup));
                const target = list.find(s => s.leaf === leaf)?.target;
                this.highlightName(leaf, target, [], acceptor);
                continue;
            }
            const feature = GrammarUtils.findAssignment(leaf)?.feature;
            if (feature === 'name') {
                this.highlightName(leaf, leaf.astNode, [SemanticTokenModifiers.declaration, ...(inStdlib ? STDLIB_MODIFIERS : [])], acceptor);
            } else {
                this.highlightLiteral(leaf, feature, acceptor);
            }
        }
        return 'prune';
    }

    private highlightName(leaf: LeafCstNode, target: AstNode | undefined, modifiers: string[], acceptor: SemanticTokenAcceptor): void {
        const kind = target && declarationKind(target.$type);
        // An unresolved name gets no colour: its red squiggle says enough.
        if (!kind || !target) return;
        const fromStdlib = !modifiers.includes(SemanticTokenModifiers.declaration) && isStandardLibrary(AstUtils.getDocument(target).uri);
        acceptor({ cst: leaf, type: kind.semanticType, modifier: fromStdlib ? [...modifiers, ...STDLIB_MODIFIERS] : modifiers });
    }

    private highlightKeywordLeaf(leaf: LeafCstNode, keyword: GrammarAST.Keyword, acceptor: SemanticTokenAcceptor): void {
        // Punctuation (`{`, `,`, `.`) is left to the editor.
        if (!/^\p{L}/u.test(keyword.value)) return;
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        if (rule === 'DurationUnit') {
            acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: 'duration' });
        } else if ((rule !== undefined && VALUE_RULES.has(rule)) || isAssignedKeyword(keyword, rule)) {
            acceptor({ cst: leaf, type: SemanticTokenTypes.enumMember });
        } else {
            acceptor({ cst: leaf, type: SemanticTokenTypes.keyword });
        }
    }

    private highlightLiteral(leaf: LeafCstNode, feature: string | undefined, acceptor: SemanticTokenAcceptor): void {
        switch (leaf.tokenType.name) {
            case 'DATE':
                return acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: 'date' });
            case 'VERSION':
                return acceptor({ cst: leaf, type: SemanticTokenTypes.macro, modifier: 'version' });
            case 'PERCENT':
                return acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: 'percentage' });
            case 'DECIMAL':
                return acceptor({ cst: leaf, type: SemanticTokenTypes.number });
            case 'DIGITS':
                if (feature === 'code') return acceptor({ cst: leaf, type: SemanticTokenTypes.string, modifier: 'code' });
                if (AstUtils.getContainerOfType(leaf.astNode, isDuration)) {
                    return acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: 'duration' });
                }
                return acceptor({ cst: leaf, type: SemanticTokenTypes.number });
            case 'STRING':
                return acceptor({ cst: leaf, type: SemanticTokenTypes.string, modifier: feature === 'uscc' ? 'code' : undefined });
        }
    }

    private inCurrentRange(leaf: LeafCstNode): boolean {
        const range = this.currentRange;
        if (!range) return true;
        return leaf.range.end.line >= range.start.line && leaf.range.start.line <= range.end.line;
    }
}

/**
 * A keyword assigned directly as a value (`sharing unconditional`, `onward forbidden`)
 * rather than introducing one. Translation tags (`en`, `zh`) are assigned too, but
 * read as syntax, so they stay keywords.
 */
function isAssignedKeyword(keyword: GrammarAST.Keyword, rule: string | undefined): boolean {
    return rule !== 'Translation' && AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment) !== undefined;
}
