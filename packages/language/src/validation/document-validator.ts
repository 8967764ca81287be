import {
    AstUtils, Cancellation, GrammarAST, DefaultDocumentValidator, DocumentValidator, interruptAndCheck,
    type AstNode, type AstReflection, type IndexManager, type LangiumDocument, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CityPactServices } from '../citypact-module.js';
import { isStandardLibrary, libraryVisible } from '../stdlib/standard-library.js';
import type { StdlibMode } from '../workspace/config.js';
import { effectiveSeverity } from '../workspace/config.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { formatMessage, isRuleId, type Locale, type MessageArgs, type RuleId, type Severity } from './rule-catalog.js';
import type { RuleDiagnosticData } from './report.js';
import { kindName, phrase } from './terms.js';
import { describeParserError } from '../parser/syntax-messages.js';
import { describeCodePoint, isInvisible } from '../model/unicode-text.js';
import { NODES_PER_INTERRUPTION_CHECK } from '../references/linker.js';
import { cutShort, madeUpByRecovery } from './cut-short.js';
import { nearest } from '../model/edit-distance.js';
import { withArticle } from '../glossary.js';
import { lexingHint, parserHint, type ParserErrorInfo, type SlipHint } from '../parser/slip-hints.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
};

/**
 * Turns Langium's diagnostics into CityPact diagnostics: every one carries its rule
 * id as `code`, a message in the document's locale and the severity configured in
 * citypact.json (rules set to `off` disappear). Lexer and parser errors become
 * `syntax`, linking errors `unresolved-reference`. Nothing is ever reported inside
 * the standard library.
 */
export class CityPactDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: CityPactSettings;
    private readonly reflection: AstReflection;
    private readonly indexManager: IndexManager;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: CityPactServices) {
        super(services);
        this.settings = services.workspace.Settings;
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Parameters<DefaultDocumentValidator['validateDocument']>[2]): Promise<Diagnostic[]> {
        if (isStandardLibrary(document.uri)) return [];
        const raw = await super.validateDocument(document, options, cancelToken);
        const { config } = this.settings.configFor(document.uri);
        const locale = this.settings.localeFor(document.uri);
        const result: Diagnostic[] = [];
        const parserDiagnostics = new Set<Diagnostic>();
        for (const diagnostic of raw) {
            const ruleData = this.toRuleData(diagnostic, document);
            if (!ruleData) continue;
            const severity = effectiveSeverity(config, ruleData.rule);
            if (severity === 'off') continue;
            const rendered: Diagnostic = {
                ...diagnostic,
                code: ruleData.rule,
                severity: SEVERITY[severity],
                message: this.renderMessage(ruleData.rule, locale, ruleData.args),
                source: 'citypact',
                data: ruleData,
            };
            result.push(rendered);
            const code = (diagnostic.data as { code?: string } | undefined)?.code;
            if (code === DocumentValidator.LexingError || code === DocumentValidator.ParsingError) parserDiagnostics.add(rendered);
        }
        return onePerSlip(result.sort(byPosition), parserDiagnostics);
    }

    /**
     * Langium's walk over the AST running each node's checks, in the same order, but
     * checking for cancellation every few dozen nodes instead of awaiting at every node
     * (see references/linker.ts; docs/performance.md).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const nodes = AstUtils.streamAst(rootNode).iterator();
        let visited = 0;
        for (const node of nodes) {
            if (visited++ % NODES_PER_INTERRUPTION_CHECK === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                    await check(node, acceptor, cancelToken);
                }
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
    }

    private renderMessage(rule: RuleId, locale: Locale, args: MessageArgs): string {
        return formatMessage(rule, locale, args);
    }

    private toRuleData(diagnostic: Diagnostic, document: LangiumDocument): RuleDiagnosticData | undefined {
        const data = diagnostic.data as (Partial<RuleDiagnosticData> & { code?: string; refText?: string; containerType?: string; property?: string }) | undefined;
        if (data?.rule && isRuleId(data.rule)) {
            return { rule: data.rule, args: data.args ?? {}, fix: data.fix };
        }
        switch (data?.code) {
            case DocumentValidator.LexingError: {
                const hint = lexingHint(document.textDocument.getText(), document.textDocument.offsetAt(diagnostic.range.start));
                return hint
                    ? { rule: 'syntax', args: { detail: hint.detail }, fix: slipFix(hint, document.textDocument.getText()) }
                    : { rule: 'syntax', args: { detail: lexingDetail(diagnostic, document) } };
            }
            case DocumentValidator.ParsingError: {
                const info = parserErrorInfo(diagnostic, document);
                const hint = parserHint(document.textDocument.getText(), info, this.keywords);
                // "Expected the end of the file": the parser has left the declaration a slip broke.
                const cascade = /^Expecting end of file/.test(info.message) || (info.expected.length > 0 && info.expected.every(t => t === 'EOF'));
                return hint
                    ? { rule: 'syntax', args: { detail: hint.detail }, fix: slipFix(hint, document.textDocument.getText()) }
                    : { rule: 'syntax', args: { detail: describeParserError(info.message) }, fix: { cascade } };
            }
            case DocumentValidator.LinkingError:
                // A name the parser's recovery made up from the token it stopped at
                // (`to A, B fr "C"` read as `to A, B, fr`): the syntax error says it all (§4.1).
                if (madeUpByRecovery(document, document.textDocument.offsetAt(diagnostic.range.start))) return undefined;
                return this.unresolved(diagnostic, data.refText ?? '', data.containerType, data.property, document);
            default:
                // A diagnostic without a rule would break the "every diagnostic has a rule id" contract.
                return diagnostic.severity === DiagnosticSeverity.Error
                    ? { rule: 'syntax', args: { detail: messageText(diagnostic) } }
                    : undefined;
        }
    }

    /**
     * Explains a failed reference, naming the actual kind when the name exists but is
     * of the wrong kind, and the nearest declared name of the right kind ("did you
     * mean …", §4: edit distance, or the same Chinese label), which the quick fix puts in.
     */
    private unresolved(diagnostic: Diagnostic, refText: string, containerType: string | undefined, property: string | undefined, document: LangiumDocument): RuleDiagnosticData {
        const { args, suggestion } = this.unresolvedArgs(refText, containerType, property, document);
        if (!suggestion) return { rule: 'unresolved-reference', args };
        const label = suggestion.label ? `（${suggestion.label}）` : '';
        const hint = args.hint as MessageArgs[string];
        const prefix = typeof hint === 'object' ? hint : { en: String(hint ?? ''), 'zh-CN': String(hint ?? '') };
        args.hint = phrase(`${prefix.en}; did you mean '${suggestion.name}'${suggestion.label ? ` (${suggestion.label})` : ''}?`,
            `${prefix['zh-CN']}；是否应为“${suggestion.name}”${label}？`);
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const length = document.textDocument.offsetAt(diagnostic.range.end) - offset;
        const was = document.textDocument.getText().slice(offset, offset + length);
        return { rule: 'unresolved-reference', args, fix: { edits: [{ offset, length, text: suggestion.name, was }], guess: true } };
    }

    private unresolvedArgs(refText: string, containerType: string | undefined, property: string | undefined, document: LangiumDocument): { args: MessageArgs; suggestion?: { name: string; label?: string } } {
        const name = refText.replace(/\s+/g, '');
        let expectedType = 'AstNode';
        if (containerType && property) {
            try {
                expectedType = this.reflection.getReferenceType({ container: { $type: containerType } as never, property, reference: undefined as never });
            } catch { /* keep the generic kind */ }
        }
        const expected = kindName(expectedType);
        const stdlibVisible = this.settings.stdlibModeFor(document.uri);
        const other = this.indexManager.allElements()
            .find(d => d.name === name && libraryVisible(stdlibVisible, d.documentUri));
        const hint = other
            ? phrase(` ('${name}' is ${withArticle(kindName(other.type).en)})`, `（“${name}”是${kindName(other.type)['zh-CN']}）`)
            : '';
        const suggestion = this.suggest(name, expectedType, stdlibVisible);
        return { args: { name, expected, hint }, suggestion };
    }

    /** The declared name of the expected kind nearest to a misspelt one, or the one whose label it is. */
    private suggest(name: string, expectedType: string, stdlibVisible: StdlibMode): { name: string; label?: string } | undefined {
        const candidates = new Map<string, string | undefined>();
        for (const description of this.indexManager.allElements()) {
            if (!libraryVisible(stdlibVisible, description.documentUri)) continue;
            if (expectedType !== 'AstNode' && !this.reflection.isSubtype(description.type, expectedType)) continue;
            // A declaration that a syntax error cut short is no suggestion: its name may be the parser's reading.
            if (description.node && cutShort(description.node)) continue;
            const label = (description.node as { label?: string } | undefined)?.label;
            candidates.set(description.name, label);
        }
        // A Chinese label written as a name (`上海市医疗保障局`, or without its suffix `上海`).
        for (const [candidate, label] of candidates) {
            if (label && (label === name || stripSuffix(label) === name)) return { name: candidate, label };
        }
        const found = nearest(name, candidates.keys());
        return found ? { name: found, label: candidates.get(found) } : undefined;
    }
}

function lexingDetail(diagnostic: Diagnostic, document: LangiumDocument): MessageArgs[string] {
    const char = document.textDocument.getText(diagnostic.range).charAt(0);
    if (char === '"') {
        return phrase(
            'Unterminated string or invalid escape (a string stays on one line; its escapes are \\" \\\\ \\n \\t \\uXXXX)',
            '字符串未结束或转义无效（字符串不能跨行；可用转义为 \\" \\\\ \\n \\t \\uXXXX）',
        );
    }
    if (!char) return messageText(diagnostic);
    // An invisible character (a control, a zero-width or bidi character, a non-breaking
    // space) is named by its code point: quoted as is, the message would show nothing.
    const codePoint = document.textDocument.getText(diagnostic.range).codePointAt(0)!;
    const whole = String.fromCodePoint(codePoint);
    if (isInvisible(whole)) {
        const shown = describeCodePoint(codePoint);
        return phrase(`Unexpected invisible character ${shown}`, `意外的不可见字符 ${shown}`);
    }
    return phrase(`Unexpected character '${whole}'`, `意外的字符“${whole}”`);
}

function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}


/** What a slip's quick fix needs (lsp/quick-fixes/fixes.ts, `check --fix`): the replacements, and whether the hint names the slip. */
function slipFix(hint: SlipHint, text: string): Record<string, unknown> {
    const edits = hint.edits?.map(e => ({ ...e, was: text.slice(e.offset, e.offset + e.length) }));
    return { specific: hint.specific, ...(edits?.length ? { edits } : {}), ...(hint.guess ? { guess: true } : {}) };
}

/** The token a parser error stopped at and what the parser expected, from chevrotain's message. */
function parserErrorInfo(diagnostic: Diagnostic, document: LangiumDocument): ParserErrorInfo {
    const message = messageText(diagnostic);
    const single = /^Expecting token of type '([^']+)' but found `([\s\S]*)`\.$/.exec(message);
    const alternatives = /^Expecting: one of these possible Token sequences:\n([\s\S]*)\nbut found: '([\s\S]*)'$/.exec(message);
    const expected = single ? [single[1]] : alternatives ? [...alternatives[1].matchAll(/\[([^\]]*)\]/g)].flatMap(m => m[1].split(', ')) : [];
    const image = single?.[2] ?? alternatives?.[2] ?? '';
    const offset = image === '' ? Number.NaN : document.textDocument.offsetAt(diagnostic.range.start);
    return { message, offset, image, expected: expected.map(t => t.replace(/^'(.*)'$/, '$1')) };
}

/**
 * One slip, one diagnostic (docs/language.md §4.1): of the lexer and parser errors
 * on one line, only one is kept — the first that names its slip (a full-width comma,
 * a misspelt keyword), else the first. The rest are the same slip seen again by a
 * parser recovering from it.
 */
function onePerSlip(sorted: Diagnostic[], fromParser: ReadonlySet<Diagnostic>): Diagnostic[] {
    const chosen = new Map<number, Diagnostic>();
    let earlier = false;
    for (const diagnostic of sorted) {
        if (!fromParser.has(diagnostic)) continue;
        // "Expected the end of the file" after an earlier slip: the parser left the
        // declaration the slip broke, and what follows of it no longer fits anywhere.
        if (earlier && (diagnostic.data as RuleDiagnosticData).fix?.cascade === true) continue;
        earlier = true;
        const line = diagnostic.range.start.line;
        const current = chosen.get(line);
        const specific = (d: Diagnostic) => (d.data as RuleDiagnosticData).fix?.specific === true;
        if (!current || (!specific(current) && specific(diagnostic))) chosen.set(line, diagnostic);
    }
    return sorted.filter(d => !fromParser.has(d) || chosen.get(d.range.start.line) === d);
}

/** A label without its administrative suffix: 上海市 → 上海, 浦东新区 → 浦东新. */
function stripSuffix(label: string): string {
    return label.replace(/(?:省|市|自治区|特别行政区|自治州|地区|盟|区|县|自治县|旗)$/u, '');
}
