import type { AstNode, LangiumDocument, NameProvider } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { isAgreement, isModel, type Agreement, type Party } from '../generated/ast.js';
import { qualifiedNameOf, referenceText } from '../references/qualified-names.js';
import type { CityPactServices } from '../citypact-module.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { localize } from './markdown.js';

/** A symbol with its offset in the file, to merge party lines and members in source order. */
type PlacedSymbol = DocumentSymbol & { offset: number };

/**
 * The outline (and breadcrumbs, and Go to Symbol in Editor).
 *
 * Top-level declarations are listed by qualified name, because one file may
 * declare `Shanghai.MedicalSecurity` and `Hangzhou.MedicalSecurity`. An agreement's
 * party lines and members are nested under it, in source order, by the name a
 * drafter reads there: the party's actor as written, the member's simple name.
 * Each entry's label is its `detail`; a party's detail is its role and signatory.
 */
export class CityPactDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nameProvider: NameProvider;
    private readonly nodeKindProvider: NodeKindProvider;
    private readonly settings: CityPactSettings;

    constructor(services: CityPactServices) {
        this.nameProvider = services.references.NameProvider;
        this.nodeKindProvider = services.shared.lsp.NodeKindProvider;
        this.settings = services.workspace.Settings;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value;
        if (!isModel(root)) return [];
        return root.declarations.flatMap(declaration => {
            const symbol = this.declarationSymbol(declaration, qualifiedNameOf(declaration));
            if (!symbol) return [];
            const { offset: _offset, ...result } = symbol;
            if (isAgreement(declaration)) result.children = this.agreementChildren(declaration, document);
            return [result];
        });
    }

    private agreementChildren(agreement: Agreement, document: LangiumDocument): DocumentSymbol[] {
        const parties = agreement.parties.map(party => this.partySymbol(party, document));
        const members = agreement.members.map(member => this.declarationSymbol(member, member.name));
        return [...parties, ...members]
            .filter((s): s is PlacedSymbol => s !== undefined)
            .sort((a, b) => a.offset - b.offset)
            .map(({ offset: _offset, ...symbol }) => symbol);
    }

    private declarationSymbol(node: AstNode & { label?: string }, name: string | undefined): PlacedSymbol | undefined {
        const nameNode = this.nameProvider.getNameNode(node);
        if (!name || !nameNode || !node.$cstNode) return undefined;
        return {
            name,
            detail: node.label,
            kind: this.nodeKindProvider.getSymbolKind(node),
            range: node.$cstNode.range,
            selectionRange: nameNode.range,
            offset: node.$cstNode.offset,
        };
    }

    /** A party line, shown with its actor's icon (a city, a department, an organization). */
    private partySymbol(party: Party, document: LangiumDocument): PlacedSymbol | undefined {
        const refNode = party.actor?.$refNode;
        if (!refNode || !party.$cstNode) return undefined;
        const locale = this.settings.localeFor(document.uri);
        const role = party.role ?? 'member';
        const signatory = party.signatory !== undefined ? `, ${party.signatory}` : '';
        const actor = party.actor.ref;
        return {
            name: referenceText(party.actor),
            detail: localize(locale, `party: ${role}${signatory}`, `参与方：${role}${signatory}`),
            kind: actor ? this.nodeKindProvider.getSymbolKind(actor) : SymbolKind.Field,
            range: party.$cstNode.range,
            selectionRange: refNode.range,
            offset: party.$cstNode.offset,
        };
    }
}
