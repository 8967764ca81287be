import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { normalizeName } from '../model/unicode-text.js';

/**
 * Decodes strings with exactly the escapes of docs/language.md §1:
 * `\"`, `\\`, `\n`, `\t` and `\uXXXX` (the lexer rejects any other escape).
 */
export class CityPactValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            return decodeString(input);
        }
        // Names compare after NFC (docs/language.md §1): every declared name is stored
        // normalized, so the index, duplicate-name and the linker all see one form.
        if (rule.name === 'ID') return normalizeName(input);
        return super.runConverter(rule, input, cstNode);
    }
}

export function decodeString(literal: string): string {
    const body = literal.slice(1, -1);
    return body.replace(/\\(u[0-9a-fA-F]{4}|["\\nt])/g, (_match, escape: string) => {
        switch (escape[0]) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'u': return String.fromCharCode(parseInt(escape.slice(1), 16));
            default: return escape;
        }
    });
}

/** The inverse of decodeString, used when tools write labels back into source. */
export function encodeString(value: string): string {
    return '"' + value.replace(/["\\\n\t]/g, c => ({ '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t' }[c]!)) + '"';
}
