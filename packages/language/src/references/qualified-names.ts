import type { AstNode, Reference } from 'langium';
import {
    isAgreement, isDataset, isDepartment, isDistrict, isTownship, isMember,
    type Agreement, type Member,
} from '../generated/ast.js';
import { normalizeName } from '../model/unicode-text.js';

/**
 * Qualified names (docs/language.md §2). Provinces, cities, organizations and agreements
 * have global names; `of` names districts, townships, departments and datasets under
 * their parent; agreement members are named under their agreement.
 *
 * The parent part comes from the *text* of the `of` reference, not from its target:
 * references are always written as full qualified names, so a name is known before
 * linking, and the index can be built without resolving anything.
 */
export function qualifiedNameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    if (typeof name !== 'string' || name.length === 0) return undefined;
    const parent = parentReferenceOf(node);
    if (parent) {
        const parentName = referenceText(parent);
        return parentName ? `${parentName}.${name}` : undefined;
    }
    if (isMember(node)) {
        const agreement = node.$container as Agreement;
        return agreement.name ? `${agreement.name}.${name}` : undefined;
    }
    return name;
}

/** The `of` reference that places a declaration under its parent, if it has one. */
export function parentReferenceOf(node: AstNode): Reference | undefined {
    if (isDistrict(node)) return node.city;
    if (isTownship(node)) return node.district;
    if (isDepartment(node)) return node.jurisdiction;
    if (isDataset(node)) return node.holder;
    return undefined;
}

/** A reference's text with any (invalid) white space or comments removed. */
export function referenceText(reference: Reference): string {
    // NFC, as names are compared (docs/language.md §1).
    return normalizeName(withoutSpaceOrComments(reference.$refText));
}

/**
 * `Shanghai . /* x *\/ Health` → `Shanghai.Health`. A scan rather than the regex
 * `/\/\*[\s\S]*?\*\/|\/\/[^\n\r]*|\s+/g`, which searched to the end of the text
 * from every unclosed `/*` (quadratic; found by the regex robustness test).
 */
export function withoutSpaceOrComments(text: string): string {
    if (!/[\s/]/.test(text)) return text;
    let result = '';
    let unclosed = false; // no `*/` after the last `/*` that lacked one, so none after any later one
    for (let i = 0; i < text.length;) {
        if (!unclosed && text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            if (end >= 0) {
                i = end + 2;
                continue;
            }
            unclosed = true;
        }
        if (text.startsWith('//', i)) {
            while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
        } else if (/\s/.test(text[i])) {
            i++;
        } else {
            result += text[i++];
        }
    }
    return result;
}

export function isAgreementMember(node: AstNode): node is Member {
    return isMember(node) && isAgreement(node.$container);
}
