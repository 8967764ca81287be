import {
    AstUtils, GrammarAST,
    type AstNode, type IndexManager, type LangiumDocument, type LangiumDocuments, type NameProvider,
} from 'langium';
import type { RenameProvider } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, TextEdit,
    type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit,
} from 'vscode-languageserver';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import type { CityPactServices } from '../citypact-module.js';
import type { Locale } from '../validation/rule-catalog.js';
import type { CityPactSettings } from '../workspace/settings.js';
import { localize } from './markdown.js';
import { nameOccurrences } from './name-occurrences.js';
import { nameAt } from './name-segments.js';

/** docs/language.md §1: a Unicode letter or `_`, then letters, digits or `_`. */
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Rename a declaration, from its name or from any segment of any reference to it.
 *
 * Langium's default replaces each whole reference with the new simple name, which
 * would turn `Shanghai.MedicalSecurity` into `Health`. Here the new name replaces
 * exactly the segment that names the declaration, in every reference of every file:
 *
 * - `Shanghai.MedicalSecurity` → `Shanghai.Health` (references to it);
 * - `of Shanghai.MedicalSecurity` → `of Shanghai.Health` (what is declared under it);
 * - `Shanghai.MedicalSecurity.InsuredPersons` → `Shanghai.Health.InsuredPersons`
 *   (references to what is declared under it: their names change too);
 * - `disputes by JointCommittee` inside the agreement (a simple member name).
 *
 * Segments are matched by what they resolve to, not by text, so another agreement's
 * member that happens to have the same simple name is left alone. A reference that
 * does not resolve is matched by its text, so renaming never makes a typo worse.
 *
 * Refused, with a message the editor shows: standard-library names (the library is
 * read-only and shared), names that are not identifiers or are keywords, and names
 * that would clash with an existing qualified name.
 */
export class CityPactRenameProvider implements RenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly indexManager: IndexManager;
    private readonly nameProvider: NameProvider;
    private readonly settings: CityPactSettings;
    private readonly nameRegexp: RegExp;
    private readonly keywords: Set<string>;

    constructor(services: CityPactServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        this.indexManager = services.shared.workspace.IndexManager;
        this.nameProvider = services.references.NameProvider;
        this.settings = services.workspace.Settings;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const found = this.targetAt(document, params);
        return found?.range;
    }

    rename(document: LangiumDocument, params: RenameParams): WorkspaceEdit | undefined {
        const found = this.targetAt(document, params);
        if (!found) return undefined;
        const locale = this.settings.localeFor(document.uri);
        this.checkNewName(found.target, params.newName, locale);
        const changes: Record<string, TextEdit[]> = {};
        for (const doc of this.documents.all) {
            // The library is read-only, and nothing in it can name a user's declaration.
            if (isStandardLibrary(doc.uri)) continue;
            const { declaration, references } = nameOccurrences(found.target, doc, this.nameProvider);
            const ranges = declaration ? [declaration, ...references] : references;
            if (ranges.length) changes[doc.uri.toString()] = ranges.map(range => TextEdit.replace(range, params.newName));
        }
        return { changes };
    }

    /** The declaration to rename and the range of the name under the cursor; throws for the standard library. */
    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): { target: AstNode; range: Range } | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const found = nameAt(document, offset, this.nameRegexp);
        if (!found?.target) return undefined;
        if (isStandardLibrary(AstUtils.getDocument(found.target).uri)) {
            const locale = this.settings.localeFor(document.uri);
            const name = qualifiedNameOf(found.target) ?? found.leaf.text;
            throw new ResponseError(LSPErrorCodes.RequestFailed, localize(locale,
                `'${name}' is declared in the standard library, which is read-only: it cannot be renamed.`,
                `“${name}”在只读的标准库中声明，不能重命名。`));
        }
        return { target: found.target, range: found.leaf.range };
    }

    private checkNewName(target: AstNode, newName: string, locale: Locale): void {
        const refuse = (en: string, zh: string): never => {
            throw new ResponseError(LSPErrorCodes.RequestFailed, localize(locale, en, zh));
        };
        if (!NAME.test(newName)) {
            refuse(`'${newName}' is not a valid name: a name starts with a letter or '_' and continues with letters, digits or '_' (no spaces, dots or hyphens).`,
                `“${newName}”不是有效的名称：名称以字母或“_”开头，后接字母、数字或“_”（不能含空格、点或连字符）。`);
        }
        if (this.keywords.has(newName)) {
            refuse(`'${newName}' is a keyword and cannot be used as a name.`, `“${newName}”是关键字，不能用作名称。`);
        }
        const oldName = qualifiedNameOf(target);
        const prefix = oldName?.includes('.') ? oldName.slice(0, oldName.lastIndexOf('.') + 1) : '';
        const newQualified = prefix + newName;
        if (newQualified !== oldName && this.indexManager.allElements().some(d => d.name === newQualified)) {
            refuse(`'${newQualified}' already exists: renaming would make two declarations share a name.`,
                `“${newQualified}”已存在：重命名后两个声明将同名。`);
        }
    }
}
