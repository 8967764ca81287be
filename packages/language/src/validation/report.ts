import type { AstNode, DiagnosticInfo, Properties, ValidationAcceptor } from 'langium';
import { formatMessage, getRule, type MessageArgs, type RuleId } from './rule-catalog.js';

/**
 * What every CityPact diagnostic carries in `data`: the rule, the message arguments
 * (so the document validator can render the message in the document's locale) and,
 * for rules with a quick fix, what the fix needs.
 */
export interface RuleDiagnosticData {
    rule: RuleId;
    args: MessageArgs;
    fix?: Record<string, unknown>;
}

export interface ReportTarget<N extends AstNode> {
    node: N;
    property?: Properties<N>;
    index?: number;
    keyword?: string;
    range?: DiagnosticInfo<N>['range'];
}

/**
 * Reports a rule violation. The message is rendered in English here and re-rendered
 * in the document's locale (and the severity taken from citypact.json) by
 * CityPactDocumentValidator, so checks never deal with configuration.
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor,
    rule: RuleId,
    target: ReportTarget<N>,
    args: MessageArgs = {},
    fix?: Record<string, unknown>,
): void {
    // Chinese messages name a declaration by its label, the identifier in parentheses
    // (issue 14): every message gets the reported node's label as `{label}`.
    const label = (target.node as { label?: unknown }).label;
    if (typeof label === 'string' && !('label' in args)) args = { ...args, label };
    const data: RuleDiagnosticData = { rule, args, fix };
    accept(getRule(rule).severity, formatMessage(rule, 'en', args), { ...target, code: rule, data } as DiagnosticInfo<N>);
}
