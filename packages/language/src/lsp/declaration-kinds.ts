import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import type { LocalizedText } from '../validation/rule-catalog.js';
import { kindTerm } from '../glossary.js';

/**
 * How each kind of named declaration shows up in the editor. One table, so that the
 * colour of a name (semantic tokens), its icon (outline, workspace symbols,
 * completion) and the word hover uses for it always agree.
 *
 * Semantic token types are LSP standard types, so every theme colours them:
 * jurisdictions are `namespace` (other names are placed under them), departments
 * `class`, organizations `struct` (an actor, but not a government one: most themes
 * colour both alike, a theme may tell them apart), datasets `variable`, agreements
 * `type` and agreement members `property` (they are named under the agreement).
 */
export interface DeclarationKind {
    /** The keyword that introduces the declaration: what hover shows in its code line. */
    keyword: string;
    /** A drafter's word for it, in both languages. */
    noun: LocalizedText;
    semanticType: string;
    symbolKind: SymbolKind;
    completionKind: CompletionItemKind;
}

const KINDS: Record<string, DeclarationKind> = {
    Province: {
        keyword: 'province', noun: { en: 'province', 'zh-CN': kindTerm('Province').zh },
        semanticType: 'namespace', symbolKind: SymbolKind.Namespace, completionKind: CompletionItemKind.Module,
    },
    City: {
        keyword: 'city', noun: { en: 'city', 'zh-CN': kindTerm('City').zh },
        semanticType: 'namespace', symbolKind: SymbolKind.Namespace, completionKind: CompletionItemKind.Module,
    },
    District: {
        keyword: 'district', noun: { en: 'district', 'zh-CN': kindTerm('District').zh },
        semanticType: 'namespace', symbolKind: SymbolKind.Namespace, completionKind: CompletionItemKind.Module,
    },
    Township: {
        keyword: 'township', noun: { en: 'township', 'zh-CN': kindTerm('Township').zh },
        semanticType: 'namespace', symbolKind: SymbolKind.Namespace, completionKind: CompletionItemKind.Module,
    },
    Department: {
        keyword: 'department', noun: { en: 'department', 'zh-CN': kindTerm('Department').zh },
        semanticType: 'class', symbolKind: SymbolKind.Class, completionKind: CompletionItemKind.Class,
    },
    Organization: {
        keyword: 'organization', noun: { en: 'organization', 'zh-CN': kindTerm('Organization').zh },
        semanticType: 'struct', symbolKind: SymbolKind.Struct, completionKind: CompletionItemKind.Struct,
    },
    Dataset: {
        keyword: 'dataset', noun: { en: 'dataset', 'zh-CN': kindTerm('Dataset').zh },
        semanticType: 'variable', symbolKind: SymbolKind.Variable, completionKind: CompletionItemKind.Variable,
    },
    Agreement: {
        keyword: 'agreement', noun: { en: 'agreement', 'zh-CN': kindTerm('Agreement').zh },
        semanticType: 'type', symbolKind: SymbolKind.Module, completionKind: CompletionItemKind.Module,
    },
    Body: {
        keyword: 'body', noun: { en: 'governing body', 'zh-CN': kindTerm('Body').zh },
        semanticType: 'property', symbolKind: SymbolKind.Object, completionKind: CompletionItemKind.Property,
    },
    Service: {
        keyword: 'service', noun: { en: 'shared service', 'zh-CN': kindTerm('Service').zh },
        semanticType: 'property', symbolKind: SymbolKind.Function, completionKind: CompletionItemKind.Property,
    },
    Exchange: {
        keyword: 'exchange', noun: { en: 'data exchange', 'zh-CN': kindTerm('Exchange').zh },
        semanticType: 'property', symbolKind: SymbolKind.Event, completionKind: CompletionItemKind.Property,
    },
    Funding: {
        keyword: 'funding', noun: { en: 'public funding', 'zh-CN': kindTerm('Funding').zh },
        semanticType: 'property', symbolKind: SymbolKind.Constant, completionKind: CompletionItemKind.Property,
    },
    Obligation: {
        keyword: 'obligation', noun: { en: 'obligation', 'zh-CN': kindTerm('Obligation').zh },
        semanticType: 'property', symbolKind: SymbolKind.Method, completionKind: CompletionItemKind.Property,
    },
    Clause: {
        keyword: 'clause', noun: { en: 'clause', 'zh-CN': kindTerm('Clause').zh },
        semanticType: 'property', symbolKind: SymbolKind.String, completionKind: CompletionItemKind.Property,
    },
};

/** The kind of a named declaration by its AST type (`node.$type` or a description's `type`). */
export function declarationKind(type: string): DeclarationKind | undefined {
    return KINDS[type];
}
