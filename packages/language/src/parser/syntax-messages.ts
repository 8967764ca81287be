import type { LocalizedText } from '../validation/rule-catalog.js';

/** What a drafter calls each terminal, in both languages. */
const TOKEN_NAMES: Record<string, LocalizedText> = {
    ID: { en: 'a name', 'zh-CN': '名称' },
    STRING: { en: 'a quoted string', 'zh-CN': '带引号的字符串' },
    DATE: { en: 'a date (YYYY-MM-DD)', 'zh-CN': '日期（YYYY-MM-DD）' },
    VERSION: { en: 'a version (MAJOR.MINOR.PATCH)', 'zh-CN': '版本号（主版本.次版本.修订号）' },
    PERCENT: { en: 'a percentage such as 40%', 'zh-CN': '百分比（如 40%）' },
    DIGITS: { en: 'a number', 'zh-CN': '数字' },
    DECIMAL: { en: 'a number with decimals', 'zh-CN': '小数' },
    EOF: { en: 'the end of the file', 'zh-CN': '文件结尾' },
};

function tokenName(type: string): LocalizedText {
    return TOKEN_NAMES[type] ?? { en: `'${type}'`, 'zh-CN': `“${type}”` };
}

function found(text: string): LocalizedText {
    return text === '' ? TOKEN_NAMES.EOF : { en: `'${text}'`, 'zh-CN': `“${text}”` };
}

/**
 * Rewrites chevrotain's parser messages ("Expecting token of type 'VERSION' but
 * found `1`.", or a numbered list of alternatives) as one line a policy drafter
 * can read, in English and Chinese. Unknown shapes pass through unchanged.
 */
export function describeParserError(message: string): LocalizedText {
    const single = /^Expecting token of type '([^']+)' but found `([\s\S]*)`\.$/.exec(message);
    if (single) {
        const [expected, actual] = [tokenName(single[1]), found(single[2])];
        return { en: `Expected ${expected.en}, found ${actual.en}`, 'zh-CN': `此处应为${expected['zh-CN']}，实际为${actual['zh-CN']}` };
    }
    const stray = /^Expecting end of file but found `([\s\S]*)`\.$/.exec(message);
    if (stray) {
        const actual = found(stray[1]);
        return {
            en: `Unexpected ${actual.en}: no declaration is open here (a '}' too many, or a declaration that ended early)`,
            'zh-CN': `此处不应出现${actual['zh-CN']}：这里没有未结束的声明（多了一个“}”，或前面的声明提前结束）`,
        };
    }
    const alternatives = /^Expecting: one of these possible Token sequences:\n([\s\S]*)\nbut found: '([\s\S]*)'$/.exec(message);
    if (alternatives) {
        const options = [...alternatives[1].matchAll(/\[([^\]]*)\]/g)].map(m => m[1].split(', ').map(t => tokenName(t)));
        const join = (locale: keyof LocalizedText, separator: string) => options.map(seq => seq.map(t => stripQuotes(t[locale])).join(' ')).join(separator);
        const actual = found(alternatives[2]);
        return {
            en: `Expected one of: ${join('en', ', ')}; found ${actual.en}`,
            'zh-CN': `此处应为以下之一：${join('zh-CN', '、')}；实际为${actual['zh-CN']}`,
        };
    }
    return { en: message, 'zh-CN': message };
}

/** Keywords read better bare in a list: `online, proxy, joint`. */
function stripQuotes(text: string): string {
    return text.replace(/^'(.*)'$/, '$1').replace(/^“(.*)”$/, '$1');
}
