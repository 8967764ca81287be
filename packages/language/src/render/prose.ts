/**
 * Doc comments are wrapped by hand in the source, at whatever width the drafter's
 * editor had. Rendered, those breaks would cut sentences in odd places, so lines
 * are joined into paragraphs again (blank lines separate paragraphs): with a space
 * between Latin words, with nothing between Chinese characters, as each language
 * is set.
 */
export function paragraphs(text: string): string[] {
    return text.split(/\n\s*\n/).map(block => {
        const lines = block.split('\n').map(line => line.trim()).filter(Boolean);
        return lines.reduce((joined, line) => {
            if (!joined) return line;
            const glue = isCjk(joined[joined.length - 1]) || isCjk(line[0]) ? '' : ' ';
            return joined + glue + line;
        }, '');
    }).filter(Boolean);
}

function isCjk(char: string | undefined): boolean {
    if (!char) return false;
    const code = char.codePointAt(0)!;
    return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3000 && code <= 0x303f);
}
