import {
    AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck,
    type AstNode, type AstReflection, type IndexManager, type LangiumDocument, type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { CityPactServices } from '../citypact-module.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import { effectiveSeverity } from '../workspace/config.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { formatMessage, isRuleId, type Locale, type MessageArgs, type RuleId, type Severity } from './rule-catalog.js';
import type { RuleDiagnosticData } from './report.js';
import { kindName, phrase } from './terms.js';
import { describeParserError } from '../parser/syntax-messages.js';
import { describeCodePoint, isInvisible } from '../model/unicode-text.js';
import { NODES_PER_INTERRUPTION_CHECK } from '../references/linker.js';

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

    constructor(services: CityPactServices) {
        super(services);
        this.settings = services.workspace.Settings;
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Parameters<DefaultDocumentValidator['validateDocument']>[2]): Promise<Diagnostic[]> {
        if (isStandardLibrary(document.uri)) return [];
        const raw = await super.validateDocument(document, options, cancelToken);
        const { config } = this.settings.configFor(document.uri);
        const locale = this.settings.localeFor(document.uri);
        const result: Diagnostic[] = [];
        for (const diagnostic of raw) {
            const ruleData = this.toRuleData(diagnostic, document);
            if (!ruleData) continue;
            const severity = effectiveSeverity(config, ruleData.rule);
            if (severity === 'off') continue;
            result.push({
                ...diagnostic,
                code: ruleData.rule,
                severity: SEVERITY[severity],
                message: this.renderMessage(ruleData.rule, locale, ruleData.args),
                source: 'citypact',
                data: ruleData,
            });
        }
        return result.sort(byPosition);
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
            case DocumentValidator.LexingError:
                return { rule: 'syntax', args: { detail: lexingDetail(diagnostic, document) } };
            case DocumentValidator.ParsingError:
                return { rule: 'syntax', args: { detail: describeParserError(messageText(diagnostic)) } };
            case DocumentValidator.LinkingError:
                return { rule: 'unresolved-reference', args: this.unresolvedArgs(data.refText ?? '', data.containerType, data.property, document) };
            default:
                // A diagnostic without a rule would break the "every diagnostic has a rule id" contract.
                return diagnostic.severity === DiagnosticSeverity.Error
                    ? { rule: 'syntax', args: { detail: messageText(diagnostic) } }
                    : undefined;
        }
    }

    /** Explains a failed reference, naming the actual kind when the name exists but is of the wrong kind. */
    private unresolvedArgs(refText: string, containerType: string | undefined, property: string | undefined, document: LangiumDocument): MessageArgs {
        const name = refText.replace(/\s+/g, '');
        let expectedType = 'AstNode';
        if (containerType && property) {
            try {
                expectedType = this.reflection.getReferenceType({ container: { $type: containerType } as never, property, reference: undefined as never });
            } catch { /* keep the generic kind */ }
        }
        const expected = kindName(expectedType);
        const stdlibVisible = this.settings.stdlibEnabledFor(document.uri);
        const other = this.indexManager.allElements()
            .find(d => d.name === name && (stdlibVisible || !isStandardLibrary(d.documentUri)));
        const hint = other
            ? phrase(` ('${name}' is a ${kindName(other.type).en})`, `（“${name}”是${kindName(other.type)['zh-CN']}）`)
            : '';
        return { name, expected, hint };
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

