import { DefaultFuzzyMatcher } from 'langium/lsp';

const DOT = '.'.charCodeAt(0);
const SPACE = ' '.charCodeAt(0);

/**
 * Matching what a drafter types against names, for completion and workspace symbols.
 *
 * Langium's matcher only starts a match at the beginning of the text, at a camelCase
 * hump or after `_`. Every CityPact name people search for is qualified, so typing
 * `MedicalSecurity` (or `medsec`) must find `Shanghai.MedicalSecurity`: a segment
 * after `.` is a word too. Chinese has no humps: every Han, kana or hangul character
 * may start a word, so `医保` finds a label such as 上海市医疗保障局. A space starts a
 * word as well (completion matches against "name label").
 */
export class CityPactFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return super.isWordTransition(previous, current)
            || previous === DOT
            || previous === SPACE
            || isIdeographic(current);
    }
}

function isIdeographic(charCode: number): boolean {
    return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(String.fromCharCode(charCode));
}
