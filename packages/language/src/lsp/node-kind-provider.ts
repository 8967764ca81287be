import { isAstNode, type AstNode, type AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { declarationKind } from './declaration-kinds.js';

/**
 * Icons for names in the outline, workspace symbols and completion lists.
 * Langium's default shows every name as a field; a drafter should see at a glance
 * whether a name is a city, a department, a dataset or an agreement.
 *
 * This is a shared service (all languages of the server use it); CityPact is the
 * only language, and types it does not know fall back to Langium's default.
 */
export class CityPactNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return declarationKind(typeOf(node))?.symbolKind ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return declarationKind(typeOf(node))?.completionKind ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return isAstNode(node) ? node.$type : node.type;
}
