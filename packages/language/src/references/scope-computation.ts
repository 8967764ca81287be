import {
    Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck,
    type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols,
} from 'langium';
import { isAgreement, isModel } from '../generated/ast.js';

/**
 * Exports every declaration and every agreement member under its qualified name.
 *
 * Local symbols are deliberately narrow: docs/language.md §2 allows a simple name only
 * for an agreement's own members, inside that agreement. Langium's default would let
 * any simple name resolve within its file, which the contract forbids.
 */
export class CityPactScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None,
    ): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        if (!isModel(root)) return exports;
        for (const declaration of root.declarations) {
            await interruptAndCheck(cancelToken);
            this.addExportedSymbol(declaration, exports, document);
            if (isAgreement(declaration)) {
                for (const member of declaration.members) {
                    this.addExportedSymbol(member, exports, document);
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(
        document: LangiumDocument,
        cancelToken = Cancellation.CancellationToken.None,
    ): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        if (!isModel(root)) return symbols;
        for (const agreement of root.declarations.filter(isAgreement)) {
            await interruptAndCheck(cancelToken);
            for (const member of agreement.members) {
                if (member.name) {
                    symbols.add(agreement, this.descriptions.createDescription(member, member.name, document));
                }
            }
        }
        return symbols;
    }
}

