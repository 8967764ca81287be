import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import type { TokenType } from "chevrotain";
import { blockCommentMatcher, stringMatcher } from './linear-terminal-matchers.js';

/**
 * The `ID` terminal is a Unicode regex (`/u`), which chevrotain cannot analyse.
 * Langium then (a) turns it into a custom pattern function and (b) forgets to make
 * it the LONGER_ALT of keywords, so `entity` would lex as `en` + `tity`
 * (Langium issues #1732, #2225). Without a start-characters hint, chevrotain also
 * drops into its unoptimised lexing mode (about 10× slower on large files).
 * This builder restores both.
 *
 * `ML_COMMENT` and `STRING` keep their grammar regexes as the definition, but lex
 * with equivalent matchers that stay linear on unterminated input
 * (see linear-terminal-matchers.ts).
 */
export class CityPactTokenBuilder extends DefaultTokenBuilder {
    private idToken: TokenType | undefined;

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'ID') {
            token.START_CHARS_HINT = identifierStartCharacters();
            // A pattern function never spans lines: identifiers contain no line breaks.
            token.LINE_BREAKS = false;
            this.idToken = token;
        } else if (terminal.name === 'ML_COMMENT') {
            token.PATTERN = blockCommentMatcher();
            token.START_CHARS_HINT = ['/'];
            token.LINE_BREAKS = true;
        } else if (terminal.name === 'DATE') {
            // A date without leading zeros (`2024-8-1`) lexes as a date too, so that the
            // parser keeps going and `syntax` says how to write it (issue 14, §4.1): read as
            // digits and stray dashes, it made the parser drop the rest of the agreement.
            token.PATTERN = /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;
        } else if (terminal.name === 'STRING') {
            token.PATTERN = stringMatcher();
            token.START_CHARS_HINT = ['"'];
            token.LINE_BREAKS = false;
        }
        return token;
    }

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const alts = super.findLongerAlt(keyword, terminalTokens);
        const id = this.idToken ?? terminalTokens.find(t => t.name === 'ID');
        // Any keyword starting like a name may be the prefix of a longer name:
        // `entity` (not `en`), `tomorrow` (not `to`), `cross` (a name; `cross-region` stays a keyword).
        if (id && /^[\p{L}_]/u.test(keyword.value) && !alts.includes(id)) {
            alts.push(id);
        }
        return alts;
    }
}

let startChars: number[] | undefined;

/** Every UTF-16 code unit that can begin an identifier (including high surrogates for astral letters). */
function identifierStartCharacters(): number[] {
    if (!startChars) {
        const codes: number[] = [];
        const startsName = /[\p{L}_]/u;
        for (let code = 0; code <= 0xffff; code++) {
            if (code >= 0xd800 && code <= 0xdbff) {
                codes.push(code);
            } else if (code < 0xd800 || code > 0xdfff) {
                if (startsName.test(String.fromCharCode(code))) codes.push(code);
            }
        }
        startChars = codes;
    }
    return startChars;
}

