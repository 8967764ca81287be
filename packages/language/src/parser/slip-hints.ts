import type { LocalizedText } from '../validation/rule-catalog.js';
import { nearest } from '../model/edit-distance.js';

/**
 * Messages that teach (docs/language.md §4.1; docs/slips.md compares them with rustc
 * and TypeScript): a lexer or parser error explained by the slip a drafter most
 * likely made, with the replacement text when there is exactly one.
 *
 * - full-width `，` `：` `；` `（` `）` and Chinese quotes “” name the ASCII character meant;
 * - a percentage with three decimals says that two are allowed;
 * - a date without leading zeros (`2024-8-1`) shows the date written right;
 * - a misspelt keyword names the nearest keyword;
 * - a missing `}` names the line of the `{` it leaves open;
 * - `by A, B` says that `by` names one actor.
 *
 * A *specific* hint replaces the other syntax errors of its line: one slip, one
 * diagnostic (CityPactDocumentValidator keeps one syntax error per line).
 */
export interface SlipHint {
    detail: LocalizedText;
    /** Text replacements that repair the slip (offsets into the document). */
    edits?: Array<{ offset: number; length: number; text: string }>;
    /**
     * A suggestion rather than a certain repair ("did you mean"): offered in the
     * editor, never applied by `check --fix` (like rustc's MaybeIncorrect).
     */
    guess?: boolean;
    /** Named after the slip; wins over a generic message on the same line. */
    specific: boolean;
}

/** Full-width and Chinese punctuation → the ASCII character the grammar expects. */
export const FULL_WIDTH_PUNCTUATION: Readonly<Record<string, string>> = {
    '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '｛': '{', '｝': '}', '．': '.', '。': '.',
    '“': '"', '”': '"', '＂': '"', '％': '%', '－': '-',
};

const NAMES: Readonly<Record<string, LocalizedText>> = {
    '，': { en: "full-width comma '，'", 'zh-CN': '全角逗号“，”' },
    '：': { en: "full-width colon '：'", 'zh-CN': '全角冒号“：”' },
    '；': { en: "full-width semicolon '；'", 'zh-CN': '全角分号“；”' },
    '（': { en: "full-width parenthesis '（'", 'zh-CN': '全角括号“（”' },
    '）': { en: "full-width parenthesis '）'", 'zh-CN': '全角括号“）”' },
    '｛': { en: "full-width brace '｛'", 'zh-CN': '全角花括号“｛”' },
    '｝': { en: "full-width brace '｝'", 'zh-CN': '全角花括号“｝”' },
    '．': { en: "full-width full stop '．'", 'zh-CN': '全角句点“．”' },
    '。': { en: "Chinese full stop '。'", 'zh-CN': '中文句号“。”' },
    '“': { en: 'Chinese quotation mark “', 'zh-CN': '中文引号“' },
    '”': { en: 'Chinese quotation mark ”', 'zh-CN': '中文引号”' },
    '＂': { en: "full-width quotation mark '＂'", 'zh-CN': '全角引号“＂”' },
    '％': { en: "full-width percent sign '％'", 'zh-CN': '全角百分号“％”' },
    '－': { en: "full-width hyphen '－'", 'zh-CN': '全角连字符“－”' },
};

/** Explains a character the lexer could not read, at `offset` of `text`. */
export function lexingHint(text: string, offset: number): SlipHint | undefined {
    const char = text[offset];
    const ascii = FULL_WIDTH_PUNCTUATION[char];
    if (ascii) {
        const edits = fullWidthEditsOnLine(text, offset);
        const name = NAMES[char];
        const what = ascii === '"'
            ? { en: 'ASCII quotes "…" (strings are written between straight double quotes)', 'zh-CN': '英文双引号 "…"（字符串写在英文直双引号之间）' }
            : { en: `the ASCII '${ascii}'`, 'zh-CN': `英文半角“${ascii}”` };
        return {
            detail: { en: `The ${name.en} is not CityPact punctuation: write ${what.en}`, 'zh-CN': `${name['zh-CN']}不是 CityPact 的标点，应写${what['zh-CN']}` },
            edits,
            specific: true,
        };
    }
    if (char === '%') {
        // Scanned by hand, not by a regex anchored at the end (quadratic on long digit runs).
        const digitsBefore = (end: number) => { let i = end; while (i > 0 && isDigit(text[i - 1])) i--; return i; };
        const fractionStart = digitsBefore(offset);
        const decimals = offset - fractionStart;
        if (decimals >= 3 && text[fractionStart - 1] === '.' && isDigit(text[fractionStart - 2])) {
            const number = text.slice(digitsBefore(fractionStart - 1), offset);
            return {
                detail: {
                    en: `The percentage ${number}% has ${decimals} decimals; at most two are allowed (33.33%)`,
                    'zh-CN': `百分比 ${number}% 有 ${decimals} 位小数，最多允许两位（如 33.33%）`,
                },
                specific: true,
            };
        }
    }
    if (char === '"') {
        const escape = /^"(?:[^"\\\r\n]|\\["\\nt]|\\u[0-9a-fA-F]{4})*(\\(?:u[^"\r\n]{0,4}|.)?)/.exec(text.slice(offset));
        if (escape?.[1]) {
            const bad = escape[1];
            return {
                detail: {
                    en: `The escape '${bad}' is not allowed in a string; the escapes are \\" \\\\ \\n \\t \\uXXXX (write \\\\ for a backslash)`,
                    'zh-CN': `字符串中不能使用转义“${bad}”；可用的转义为 \\" \\\\ \\n \\t \\uXXXX（反斜杠本身写作 \\\\）`,
                },
                specific: true,
            };
        }
        return {
            detail: {
                en: 'This string is not closed on its line: add the closing " (a string stays on one line)',
                'zh-CN': '字符串在本行未结束：请补上结尾的 "（字符串不能跨行）',
            },
            specific: true,
        };
    }
    return undefined;
}

/** Every full-width punctuation mark of the line outside strings: one fix for the line. */
function fullWidthEditsOnLine(text: string, offset: number): SlipHint['edits'] {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const edits: NonNullable<SlipHint['edits']> = [];
    let inString = false;
    for (let i = start; i < end; i++) {
        const c = text[i];
        if (c === '"' && !inString) inString = true;
        else if (c === '\\' && inString) i++;
        else if (c === '"' && inString) inString = false;
        else if (!inString && FULL_WIDTH_PUNCTUATION[c]) edits.push({ offset: i, length: 1, text: FULL_WIDTH_PUNCTUATION[c] });
        else if (c === '/' && text[i + 1] === '/' && !inString) break;
    }
    return edits;
}

export interface ParserErrorInfo {
    /** chevrotain's message. */
    message: string;
    /** Offset and text of the token the parser stopped at (NaN offset at the end of the file). */
    offset: number;
    image: string;
    /** The token type names the parser expected, when it said. */
    expected: string[];
}

/** Explains a parser error by the slip behind it, when one is recognisable. */
export function parserHint(text: string, error: ParserErrorInfo, keywords: ReadonlySet<string>): SlipHint | undefined {
    const offset = Number.isNaN(error.offset) ? text.length : error.offset;
    const expectsDate = error.expected.includes('DATE');
    const shortDate = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])/.exec(text.slice(offset));
    if (expectsDate && shortDate) {
        const written = shortDate[0];
        const right = `${shortDate[1]}-${shortDate[2].padStart(2, '0')}-${shortDate[3].padStart(2, '0')}`;
        return {
            detail: {
                en: `Write the date ${written} as ${right}: dates are YYYY-MM-DD, with leading zeros`,
                'zh-CN': `日期 ${written} 应写作 ${right}：日期格式为 YYYY-MM-DD，月、日须补足两位`,
            },
            edits: [{ offset, length: written.length, text: right }],
            specific: true,
        };
    }
    const version = error.expected.includes('VERSION') ? /^[0-9]+(?:\.[0-9]+)?$/.exec(error.image)?.[0] : undefined;
    if (version !== undefined) {
        const right = version.includes('.') ? `${version}.0` : `${version}.0.0`;
        return {
            detail: {
                en: `Write the version ${version} as ${right}: a version is exactly MAJOR.MINOR.PATCH`,
                'zh-CN': `版本号 ${version} 应写作 ${right}：版本号须为“主版本.次版本.修订号”三段`,
            },
            edits: [{ offset, length: version.length, text: right }],
            specific: true,
        };
    }
    let previous = offset - 1;
    while (previous >= 0 && /\s/.test(text[previous])) previous--;
    if (error.expected.includes('ID') && text[previous] === ',' && !Number.isNaN(error.offset)) {
        const comma = previous;
        return {
            detail: {
                en: "A list does not end with ',': remove the trailing comma",
                'zh-CN': '列表不能以“,”结尾：请删除末尾的逗号',
            },
            edits: [{ offset: comma, length: 1, text: '' }],
            specific: true,
        };
    }
    const words = error.image === ',' ? lineBefore(text, offset).trim().split(/\s+/) : [];
    const keyword = words.length >= 2 ? words[words.length - 2] : '';
    if (SINGLE_ACTOR_KEYWORDS.has(keyword)) {
        const others = keyword === 'by'
            ? { en: "; name the others with 'for', or write one obligation per responsible actor", 'zh-CN': '；其他主体可写在“for”中，或为每个责任主体分别写一项义务' }
            : { en: '', 'zh-CN': '' };
        return {
            detail: {
                en: `'${keyword}' names exactly one actor, not a list${others.en}`,
                'zh-CN': `“${keyword}”只能指定一个主体，不能是列表${others['zh-CN']}`,
            },
            specific: true,
        };
    }
    if (/^[\p{L}_][\p{L}\p{N}_-]*$/u.test(error.image) && !keywords.has(error.image)) {
        const expectedKeywords = error.expected.filter(t => keywords.has(t) && /^[a-z]/.test(t));
        const suggestion = nearestKeyword(error.image, keywords, expectedKeywords.length > 0 ? expectedKeywords : blockKeywords(text, offset));
        if (suggestion) {
            return {
                detail: {
                    en: `Unknown keyword '${error.image}': did you mean '${suggestion}'?`,
                    'zh-CN': `无法识别“${error.image}”：是否应为关键字“${suggestion}”？`,
                },
                edits: [{ offset, length: error.image.length, text: suggestion }],
                guess: true,
                specific: true,
            };
        }
    }
    if (error.expected.includes('}') || (error.expected.length === 0 && /'\}'/.test(error.message))) {
        const open = openBraceBefore(text, offset);
        if (open !== undefined) {
            const line = lineOf(text, open);
            const head = text.slice(text.lastIndexOf('\n', open - 1) + 1, open).trim().split(/\s+/).slice(0, 2).join(' ');
            const found = error.image === '' || Number.isNaN(error.offset)
                ? { en: 'the end of the file', 'zh-CN': '文件结尾' }
                : { en: `'${error.image}'`, 'zh-CN': `“${error.image}”` };
            return {
                detail: {
                    en: `Expected '}' to close the '{' of line ${line} (${head}), found ${found.en}`,
                    'zh-CN': `缺少“}”：第 ${line} 行（${head}）的“{”未闭合，此处为${found['zh-CN']}`,
                },
                specific: false,
            };
        }
    }
    return undefined;
}

/**
 * The keyword nearest to a word, by edit distance (or one that it begins: `fr` →
 * `from`): first among the keywords that begin a line in the block the word stands
 * in, then among all keywords.
 */
export function nearestKeyword(word: string, keywords: ReadonlySet<string>, local: readonly string[] = []): string | undefined {
    const all = [...keywords].filter(k => /^[a-z]/.test(k) && k.length > 1);
    for (const candidates of [local, all]) {
        const found = nearest(word, candidates)
            ?? (word.length >= 2 && word.length < 6 ? candidates.find(k => k.startsWith(word) && k.length - word.length <= 2) : undefined);
        if (found) return found;
    }
    return undefined;
}

/** Keywords that begin a line, by the keyword that opens the block (top level: ''). */
const BLOCK_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
    '': ['province', 'city', 'district', 'township', 'department', 'organization', 'dataset', 'agreement'],
    province: ['code'],
    city: ['within', 'code', 'tier', 'population'],
    district: ['code', 'kind'],
    township: ['code'],
    department: ['uscc'],
    organization: ['kind', 'uscc'],
    dataset: ['sharing', 'classification', 'personal-data', 'fields'],
    agreement: ['version', 'supersedes', 'dimensions', 'signed', 'effective', 'party', 'body', 'service', 'exchange',
        'funding', 'obligation', 'clause', 'disputes', 'amendment', 'termination'],
    body: ['kind', 'members', 'chair', 'decides', 'meets'],
    service: ['mode', 'provider', 'users', 'collects-at', 'processes-at', 'responds', 'costs'],
    exchange: ['data', 'from', 'to', 'purpose', 'basis', 'retention', 'security', 'onward', 'frequency', 'approval'],
    obligation: ['by', 'for', 'due', 'remedy'],
    funding: ['form', 'by', 'to', 'amount', 'basis', 'until'],
};

function blockKeywords(text: string, offset: number): readonly string[] {
    const open = openBraceBefore(text, offset);
    if (open === undefined) return BLOCK_KEYWORDS[''];
    const head = /^\s*([a-z-]+)/.exec(text.slice(text.lastIndexOf('\n', open - 1) + 1, open))?.[1] ?? '';
    return BLOCK_KEYWORDS[head] ?? [];
}

function lineBefore(text: string, offset: number): string {
    return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
}

function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return line;
}

/** The innermost `{` still open at `offset`, ignoring strings and comments. */
export function openBraceBefore(text: string, offset: number): number | undefined {
    const stack: number[] = [];
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
        } else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') i++;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        } else if (c === '{') {
            stack.push(i);
        } else if (c === '}') {
            stack.pop();
        }
    }
    return stack.at(-1);
}

/** Keywords that take exactly one name: a list after them is the slip `by A, B`. */
const SINGLE_ACTOR_KEYWORDS = new Set(['by', 'chair', 'provider', 'from', 'data', 'collects-at', 'processes-at']);

function isDigit(char: string | undefined): boolean {
    return char !== undefined && char >= '0' && char <= '9';
}
