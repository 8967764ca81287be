import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import type { CityPactServices } from '../../citypact-module.js';
import type { RuleDiagnosticData } from '../../validation/report.js';
import { isRuleId, quickFixTitle } from '../../validation/rule-catalog.js';
import type { CityPactSettings } from '../../workspace/settings.js';
import { FIXES } from './fixes.js';

/**
 * Quick fixes for the diagnostics that carry fix data (see validation/report.ts).
 * Titles come from the rule catalog, in the document's locale.
 */
export class CityPactQuickFixProvider implements CodeActionProvider {
    private readonly settings: CityPactSettings;

    constructor(services: CityPactServices) {
        this.settings = services.workspace.Settings;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const root = document.parseResult.value.$cstNode;
        if (!root) return [];
        const locale = this.settings.localeFor(document.uri);
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = diagnostic.data as RuleDiagnosticData | undefined;
            if (!data?.rule || !isRuleId(data.rule) || !FIXES[data.rule]) continue;
            const offset = document.textDocument.offsetAt(diagnostic.range.start);
            // A hidden character may sit between tokens, where there is no leaf: the file's root then.
            const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
            const textFix = data.rule === 'hidden-text' || Array.isArray(data.fix?.edits);
            const node = leaf?.astNode ?? (textFix ? document.parseResult.value : undefined);
            if (!node) continue;
            const fix = FIXES[data.rule](node, data, document);
            if (!fix || fix.edits.length === 0) continue;
            actions.push({
                title: quickFixTitle(data.rule, locale, fix.titleArgs),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: true,
                edit: { changes: { [document.uri.toString()]: fix.edits } },
            });
        }
        return actions;
    }
}
