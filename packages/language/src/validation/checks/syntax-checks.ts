import { AstUtils, GrammarUtils, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { isAgreement, isAmount, isMember, reflection, type Agreement, type Amount, type Translation } from '../../generated/ast.js';
import { keywordLabel, kindTerm } from '../../glossary.js';
import { report } from '../report.js';
import { phrase } from '../terms.js';

/**
 * The parts of `syntax` that the grammar leaves to validation (docs/language.md §2):
 * properties come in any order in the grammar, so "required" and "at most once"
 * are checked here, together with header order, translation tags and qualified
 * names written with spaces.
 */

/** Required properties per declaration: AST property → the keyword a drafter writes. */
const REQUIRED: Record<string, Array<[property: string, keyword: string]>> = {
    Dataset: [['sharing', 'sharing']],
    Agreement: [['version', 'version'], ['effective', 'effective']],
    Body: [['members', 'members'], ['chair', 'chair'], ['decidesBy', 'decides by']],
    Service: [['mode', 'mode'], ['provider', 'provider'], ['users', 'users']],
    Exchange: [['data', 'data'], ['from', 'from'], ['to', 'to']],
    Obligation: [['by', 'by'], ['due', 'due']],
    Funding: [['form', 'form'], ['by', 'by'], ['to', 'to']],
};

/**
 * Properties that may appear at most once. A keyword names a property written with
 * that keyword; a type name stands for a nested clause (`disputes ...` is a Disputes node).
 * List properties (`members`, `users`, `to`, `for`, `security`, `fields`) may repeat.
 */
const ONCE: Record<string, string[]> = {
    Province: ['code'],
    City: ['within', 'code', 'tier', 'population'],
    District: ['code', 'kind'],
    Township: ['code'],
    Department: ['uscc'],
    Organization: ['kind', 'uscc'],
    Dataset: ['sharing', 'classification', 'personal-data'],
    Agreement: ['version', 'supersedes', 'dimensions', 'signed', 'effective', 'Disputes', 'Amendment', 'Termination'],
    Body: ['kind', 'chair', 'decides', 'meets'],
    Service: ['mode', 'provider', 'collects-at', 'processes-at', 'responds', 'Costs'],
    Exchange: ['data', 'from', 'purpose', 'basis', 'retention', 'onward', 'frequency', 'approval'],
    Obligation: ['by', 'due', 'remedy'],
    Funding: ['form', 'by', 'to', 'Amount', 'basis', 'until'],
};

/** Properties that hold a DATE. */
const DATE_PROPERTIES: Record<string, string[]> = {
    Agreement: ['signed', 'effective', 'until'],
    Obligation: ['due'],
    Funding: ['until'],
};

const CLAUSE_KEYWORDS: Record<string, string> = { Disputes: 'disputes', Amendment: 'amendment', Termination: 'termination', Costs: 'costs', Amount: 'amount' };
const HEADER_KEYWORDS = new Set(['version', 'supersedes', 'dimensions', 'signed', 'effective']);

export class SyntaxChecks {
    /** Runs on every node: one pass over its direct CST children. */
    checkNode(node: AstNode, accept: ValidationAcceptor): void {
        const type = node.$type;
        // After a parse error, recovery leaves nodes half-built: "missing" properties
        // would only repeat the parser's own message.
        if (REQUIRED[type] && !hasParseErrors(node)) this.checkRequired(node, accept);
        if (ONCE[type]) this.checkOnce(node, accept);
        if (isAgreement(node)) this.checkHeaderOrder(node, accept);
        if ('translations' in node) this.checkTranslations(node as AstNode & { translations: Translation[] }, accept);
        if (isAmount(node)) this.checkAmountDecimals(node, accept);
        if (DATE_PROPERTIES[node.$type]) this.checkDateShapes(node, accept);
        if (isAgreement(node)) this.checkVersionShape(node, accept);
        this.checkQualifiedNames(node, accept);
    }

    private checkRequired(node: AstNode, accept: ValidationAcceptor): void {
        const record = node as unknown as Record<string, unknown>;
        for (const [property, keyword] of REQUIRED[node.$type]) {
            const value = record[property];
            if (value === undefined || (Array.isArray(value) && value.length === 0)) {
                const kind = node.$type.toLowerCase();
                report(accept, 'syntax', { node, property: 'name' as never }, {
                    detail: phrase(
                        `The ${kind} '${(node as { name?: string }).name ?? ''}' is missing the required '${keyword}'`,
                        `${kindTerm(node.$type).zh}“${(node as { name?: string }).name ?? ''}”缺少必填项${keywordLabel(keyword)['zh-CN']}`,
                    ),
                }, { missing: keyword });
            }
        }
    }

    private checkOnce(node: AstNode, accept: ValidationAcceptor): void {
        const once = ONCE[node.$type];
        const seen = new Set<string>();
        for (const child of directChildren(node)) {
            const key = propertyKey(node, child);
            if (!key || !once.includes(key)) continue;
            if (seen.has(key)) {
                const keyword = CLAUSE_KEYWORDS[key] ?? key;
                report(accept, 'syntax', { node, range: child.range }, {
                    detail: phrase(`'${keyword}' may appear only once here`, `${keywordLabel(keyword)['zh-CN']}在此只能出现一次`),
                });
            }
            seen.add(key);
        }
    }

    /** docs/language.md §2.4: header lines come before the members. */
    private checkHeaderOrder(node: AstNode, accept: ValidationAcceptor): void {
        let memberSeen = false;
        for (const child of directChildren(node)) {
            if (child.astNode !== node && isMember(child.astNode)) {
                memberSeen = true;
            } else if (memberSeen && isLeafCstNode(child) && child.astNode === node && HEADER_KEYWORDS.has(child.text)) {
                report(accept, 'syntax', { node, range: child.range }, {
                    detail: phrase(
                        `The header line '${child.text}' must come before the agreement's members`,
                        `协议头部的${keywordLabel(child.text)['zh-CN']}必须写在协议成员之前`,
                    ),
                });
            }
        }
    }

    private checkTranslations(node: AstNode & { translations: Translation[] }, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const translation of node.translations) {
            if (seen.has(translation.lang)) {
                report(accept, 'syntax', { node: translation, property: 'lang' }, {
                    detail: phrase(`The translation '${translation.lang}' is given twice`, `译名“${translation.lang}”重复`),
                });
            }
            seen.add(translation.lang);
        }
    }

    /**
     * §2.5: an amount has at most two decimals (fen, 分). The lexer reads any decimal
     * fraction, so that `1200000.505` gets this message rather than a confusing
     * "expected CNY, found '5'".
     */
    private checkAmountDecimals(amount: Amount, accept: ValidationAcceptor): void {
        const fraction = /\.([0-9]+)$/.exec(amount.value ?? '')?.[1];
        if (fraction === undefined || fraction.length <= 2) return;
        report(accept, 'syntax', { node: amount, property: 'value' }, {
            detail: phrase(
                `The amount ${amount.value} has ${fraction.length} decimals; at most two are allowed`,
                `金额 ${amount.value} 有 ${fraction.length} 位小数，最多允许两位`,
            ),
        });
    }

    /**
     * §1: dates are `YYYY-MM-DD`. The lexer also reads `2024-8-1` as a date (see
     * parser/token-builder.ts) so that this message can show the date written right,
     * with the repair as a certain quick fix (`check --fix` applies it).
     */
    private checkDateShapes(node: AstNode, accept: ValidationAcceptor): void {
        const record = node as unknown as Record<string, unknown>;
        for (const property of DATE_PROPERTIES[node.$type]) {
            const value = record[property];
            if (typeof value !== 'string' || /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) continue;
            const [year, month, day] = value.split('-');
            const right = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
            report(accept, 'syntax', { node, property: property as never }, {
                detail: phrase(
                    `Write the date ${value} as ${right}: dates are YYYY-MM-DD, with leading zeros`,
                    `日期 ${value} 应写作 ${right}：日期格式为 YYYY-MM-DD，月、日须补足两位`,
                ),
            }, cst ? { specific: true, edits: [{ offset: cst.offset, length: cst.length, text: right, was: value }] } : undefined);
        }
    }

    /** §1: a version is exactly three numbers; `1.0` parses (grammar `VersionText`) so that this can say so. */
    private checkVersionShape(agreement: Agreement, accept: ValidationAcceptor): void {
        const version = agreement.version;
        if (version === undefined || /^[0-9]+\.[0-9]+\.[0-9]+$/.test(version)) return;
        const right = version.includes('.') ? `${version}.0` : `${version}.0.0`;
        const cst = GrammarUtils.findNodeForProperty(agreement.$cstNode, 'version');
        report(accept, 'syntax', { node: agreement, property: 'version' }, {
            detail: phrase(
                `Write the version ${version} as ${right}: a version is exactly MAJOR.MINOR.PATCH`,
                `版本号 ${version} 应写作 ${right}：版本号须为“主版本.次版本.修订号”三段`,
            ),
        }, cst ? { specific: true, edits: [{ offset: cst.offset, length: cst.length, text: right, was: version }] } : undefined);
    }

    /**
     * `Shanghai . MedicalSecurity` parses, but names are written without spaces (§1).
     * This runs on every node, so it reads only the properties that can hold references
     * (from the grammar's metadata), and only looks at the text of a reference whose
     * source is longer than its name: the name is its tokens without what lies between
     * them, so any white space or comment makes the source longer.
     */
    private checkQualifiedNames(node: AstNode, accept: ValidationAcceptor): void {
        const record = node as unknown as Record<string, unknown>;
        for (const property of referenceProperties(node.$type)) {
            const value = record[property];
            if (Array.isArray(value)) {
                for (const item of value) this.checkQualifiedName(node, item, accept);
            } else {
                this.checkQualifiedName(node, value, accept);
            }
        }
    }

    private checkQualifiedName(node: AstNode, value: unknown, accept: ValidationAcceptor): void {
        if (!isReference(value)) return;
        const refNode = value.$refNode;
        if (!refNode || refNode.length === value.$refText.length) return;
        if (/\s|\/\*|\/\//.test(refNode.text)) {
            report(accept, 'syntax', { node, range: refNode.range }, {
                detail: phrase(
                    `Write the qualified name '${refNode.text.replace(/\s+/g, '')}' without spaces`,
                    `限定名“${refNode.text.replace(/\s+/g, '')}”中不能有空格`,
                ),
            });
        }
    }
}

const REFERENCE_PROPERTIES = new Map<string, string[]>();

/** The properties of a node type that hold cross-references, from the generated grammar metadata. */
function referenceProperties(type: string): string[] {
    let properties = REFERENCE_PROPERTIES.get(type);
    if (!properties) {
        try {
            properties = Object.values(reflection.getTypeMetaData(type).properties)
                .filter(property => property.referenceType !== undefined)
                .map(property => property.name);
        } catch {
            properties = [];
        }
        REFERENCE_PROPERTIES.set(type, properties);
    }
    return properties;
}

function hasParseErrors(node: AstNode): boolean {
    const { parseResult } = AstUtils.getDocument(node);
    return parseResult.parserErrors.length > 0 || parseResult.lexerErrors.length > 0;
}

/**
 * The CST children of a node's own rule. An unassigned rule call (`Declaration: City | ...`)
 * wraps the node's CST in a composite with a single child: unwrap it.
 */
export function directChildren(node: AstNode): readonly CstNode[] {
    let cst = node.$cstNode;
    while (cst && isCompositeCstNode(cst) && cst.content.length === 1
        && isCompositeCstNode(cst.content[0]) && cst.content[0].astNode === node) {
        cst = cst.content[0];
    }
    return cst && isCompositeCstNode(cst) ? cst.content : [];
}

/** The property a direct CST child starts: its keyword, or the type of a nested clause node. */
function propertyKey(owner: AstNode, child: CstNode): string | undefined {
    if (isLeafCstNode(child)) {
        return child.astNode === owner && !child.hidden ? child.text : undefined;
    }
    if (child.astNode !== owner && CLAUSE_KEYWORDS[child.astNode.$type]) {
        return child.astNode.$type;
    }
    return undefined;
}
