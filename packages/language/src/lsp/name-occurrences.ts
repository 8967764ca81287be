import { AstUtils, isReference, type AstNode, type LangiumDocument, type NameProvider, type Reference } from 'langium';
import type { Range } from 'vscode-languageserver';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { nameSegments, segmentLeaves } from './name-segments.js';

/**
 * Where a declaration's name is written: its own name, and every segment of every
 * reference that names it — `MedicalSecurity` in `party Shanghai.MedicalSecurity`,
 * in `of Shanghai.MedicalSecurity` and in `data Shanghai.MedicalSecurity.InsuredPersons`.
 * Rename rewrites exactly these ranges; find references and document highlight
 * show them.
 *
 * A segment that resolves is matched by what it resolves to, so another agreement's
 * member with the same simple name is never included. A segment that does not
 * resolve (a typo further right, a reference of the wrong kind) is matched by its
 * text against the declaration's qualified name.
 */
export interface NameOccurrences {
    /** The range of the declaration's own name, if it has one. */
    declaration: Range | undefined;
    /** The segments of references that name it, in this document. */
    references: Range[];
}

export function nameOccurrences(target: AstNode, document: LangiumDocument, nameProvider: NameProvider): NameOccurrences {
    const qualifiedName = qualifiedNameOf(target);
    const references: Range[] = [];
    if (qualifiedName) {
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const { reference } of AstUtils.streamReferences(node)) {
                // CityPact has no multi-references (`[A:B]` with several targets).
                if (isReference(reference)) references.push(...segmentsNaming(target, qualifiedName, reference));
            }
        }
    }
    const declared = AstUtils.getDocument(target) === document ? nameProvider.getNameNode(target)?.range : undefined;
    return { declaration: declared, references };
}

function segmentsNaming(target: AstNode, qualifiedName: string, reference: Reference): Range[] {
    const expected = qualifiedName.split('.');
    const texts = segmentLeaves(reference).map(l => l.text);
    return nameSegments(reference).flatMap((segment, i) => {
        if (segment.target) return segment.target === target ? [segment.leaf.range] : [];
        const textually = i === expected.length - 1
            && texts.length >= expected.length
            && expected.every((s, k) => texts[k] === s);
        return textually ? [segment.leaf.range] : [];
    });
}
