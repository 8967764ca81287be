import { CstUtils, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { CityPactServices } from '../../citypact-module.js';
import type { RuleDiagnosticData } from '../../validation/report.js';
import { isRuleId } from '../../validation/rule-catalog.js';
import { FIXES } from './fixes.js';

/**
 * `citypact check --fix` (docs/language.md §7): the quick fixes that have exactly
 * one choice, applied without asking. Left out, because they are guesses rather than
 * choices (cargo fix leaves rustc's "MaybeIncorrect" suggestions out the same way):
 * a "did you mean" name or keyword (`fix.guess`), and `too-few-parties`, which
 * would pick one of the actors the agreement names to make a party.
 */
const GUESSES = new Set(['too-few-parties']);

export function appliesUnattended(data: RuleDiagnosticData | undefined): boolean {
    if (!data?.rule || !isRuleId(data.rule) || !FIXES[data.rule] || GUESSES.has(data.rule)) return false;
    return data.fix?.guess !== true;
}

export interface FixedText {
    /** The text with every unattended fix applied, or undefined when none applies. */
    text?: string;
    /** Rule ids of the fixes applied, one per fix. */
    applied: string[];
}

/**
 * Applies every unattended fix of a built and validated document to its text. Fixes
 * whose edits overlap an earlier fix's are left for the next round (the caller
 * rebuilds and calls again until nothing applies).
 */
export function applyUnattendedFixes(document: LangiumDocument, _services: CityPactServices): FixedText {
    const root = document.parseResult.value.$cstNode;
    const applied: string[] = [];
    const edits: TextEdit[] = [];
    const taken: Array<[number, number]> = [];
    const text = document.textDocument;
    for (const diagnostic of document.diagnostics ?? []) {
        const data = diagnostic.data as RuleDiagnosticData | undefined;
        if (!appliesUnattended(data)) continue;
        const offset = text.offsetAt(diagnostic.range.start);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const node = leaf?.astNode ?? document.parseResult.value;
        const fix = FIXES[data!.rule](node, data!, document);
        if (!fix || fix.edits.length === 0) continue;
        const ranges = fix.edits.map(e => [text.offsetAt(e.range.start), text.offsetAt(e.range.end)] as [number, number]);
        // Two inserts at one place are fine (three closing clauses appended to one block);
        // an edit that replaces text another fix touches waits for the next round.
        const overlaps = ranges.some(([start, end]) => taken.some(([s, e]) => (start < e && s < end) || (start === end && s < start && start < e) || (s === e && start < s && s < end)));
        if (overlaps) continue;
        taken.push(...ranges);
        edits.push(...fix.edits);
        applied.push(data!.rule);
    }
    if (edits.length === 0) return { applied };
    return { text: TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'citypact', 0, text.getText()), edits), applied };
}
