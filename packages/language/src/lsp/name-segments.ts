import {
    CstUtils, GrammarAST, GrammarUtils, isReference,
    type AstNode, type IndexManager, type LangiumDocument, type LeafCstNode, type Reference,
} from 'langium';
import { isAgreement, isMember } from '../generated/ast.js';
import { parentReferenceOf } from '../references/qualified-names.js';
import { libraryVisible } from '../stdlib/standard-library.js';
import type { StdlibMode } from '../workspace/config.js';

/**
 * A qualified reference such as `Shanghai.MedicalSecurity.InsuredPersons` names
 * three declarations, one per segment. Langium treats the whole text as a single
 * reference to the last one; the editor needs each segment on its own, so that
 * hovering or ctrl-clicking `Shanghai` shows Shanghai, `MedicalSecurity` is coloured
 * as a department, and renaming `MedicalSecurity` rewrites just that segment.
 */
export interface NameSegment {
    /** The segment's `ID` token. */
    leaf: LeafCstNode;
    /** The declaration the text up to and including this segment names, if any. */
    target: AstNode | undefined;
}

/**
 * The declaration whose qualified name a declaration's name is built on: the target
 * of its `of` (a district's city, a dataset's holder) or, for an agreement member,
 * its agreement. Undefined for globally named declarations.
 */
export function namingParentOf(node: AstNode): AstNode | undefined {
    const parent = parentReferenceOf(node);
    if (parent) return parent.ref;
    return isMember(node) && isAgreement(node.$container) ? node.$container : undefined;
}

/** The declaration, then the declarations its name is placed under, nearest first. */
export function namingChain(node: AstNode): AstNode[] {
    const chain = [node];
    for (let parent = namingParentOf(node); parent && chain.length < 8 && !chain.includes(parent); parent = namingParentOf(parent)) {
        chain.push(parent);
    }
    return chain;
}

/** The `ID` tokens of a reference's text, without the dots (and comments) between them. */
export function segmentLeaves(reference: Reference): LeafCstNode[] {
    const refNode = reference.$refNode;
    if (!refNode) return [];
    return CstUtils.flattenCst(refNode).filter(leaf => !leaf.hidden && leaf.tokenType.name === 'ID').toArray();
}

/** Finds a declaration by its exact qualified name (for prefixes of unresolved references). */
export type QualifiedNameLookup = (qualifiedName: string) => AstNode | undefined;

/**
 * Looks names up in the workspace index. The map is built on first use only (most
 * references resolve and never need it) and then serves a whole request.
 * `includeStdlib` follows the document's `"stdlib"` setting, as the scope does.
 */
export function indexLookup(indexManager: IndexManager, includeStdlib: StdlibMode = 'national'): QualifiedNameLookup {
    let byName: Map<string, AstNode> | undefined;
    return name => {
        if (!byName) {
            byName = new Map();
            for (const description of indexManager.allElements()) {
                if (!libraryVisible(includeStdlib, description.documentUri)) continue;
                if (description.node && !byName.has(description.name)) byName.set(description.name, description.node);
            }
        }
        return byName.get(name);
    };
}

/**
 * Each segment of a reference with the declaration it names. When the reference
 * resolves, its target's naming chain gives every segment, aligned from the end
 * (so a member named by its simple name inside its agreement is one segment).
 * Otherwise the prefixes are looked up by name: in `Shanghai.Nowhere`, `Shanghai`
 * still names Shanghai even though the whole does not resolve.
 */
export function nameSegments(reference: Reference, lookup?: QualifiedNameLookup): NameSegment[] {
    const leaves = segmentLeaves(reference);
    const chain = reference.ref ? namingChain(reference.ref) : [];
    return leaves.map((leaf, i) => {
        const fromEnd = leaves.length - 1 - i;
        let target: AstNode | undefined = chain[fromEnd];
        if (!target && lookup && fromEnd > 0) {
            target = lookup(leaves.slice(0, i + 1).map(l => l.text).join('.'));
        }
        return { leaf, target };
    });
}

/** The reference whose text contains a leaf, if the leaf is part of one. */
export function referenceOfLeaf(leaf: LeafCstNode): Reference | undefined {
    const assignment = GrammarUtils.findAssignment(leaf);
    if (!assignment || !GrammarAST.isCrossReference(assignment.terminal)) return undefined;
    const value = (leaf.astNode as unknown as Record<string, unknown>)[assignment.feature];
    const candidates = Array.isArray(value) ? value : [value];
    return candidates.find((candidate): candidate is Reference => isReference(candidate)
        && !!candidate.$refNode
        && candidate.$refNode.offset <= leaf.offset && leaf.end <= candidate.$refNode.end);
}

/** What the cursor is on: a segment of a reference, or the name of a declaration. */
export type NameAtCursor =
    | { kind: 'reference'; leaf: LeafCstNode; reference: Reference; segments: NameSegment[]; index: number; target: AstNode | undefined }
    | { kind: 'declaration'; leaf: LeafCstNode; target: AstNode };

/**
 * The name under the cursor. Like Langium's own providers, a cursor right after a
 * name (`Shanghai|`) still counts as on it.
 */
export function nameAt(document: LangiumDocument, offset: number, nameRegexp: RegExp, lookup?: QualifiedNameLookup): NameAtCursor | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, nameRegexp);
    if (!leaf || leaf.hidden || leaf.tokenType.name !== 'ID') return undefined;
    const reference = referenceOfLeaf(leaf);
    if (reference) {
        const segments = nameSegments(reference, lookup);
        const index = segments.findIndex(s => s.leaf === leaf);
        if (index < 0) return undefined;
        return { kind: 'reference', leaf, reference, segments, index, target: segments[index].target };
    }
    const assignment = GrammarUtils.findAssignment(leaf);
    if (assignment?.feature === 'name' && leaf.astNode) {
        return { kind: 'declaration', leaf, target: leaf.astNode };
    }
    return undefined;
}
