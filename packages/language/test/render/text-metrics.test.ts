import assert from 'node:assert/strict';
import { textWidth, wrapText } from '../../src/render/text-metrics.js';

describe('render: text metrics', () => {
    it('counts CJK characters as one em and Latin ones narrower', () => {
        assert.equal(textWidth('上海市', 10), 30);
        assert.ok(textWidth('Shanghai', 10) < 60);
        assert.ok(textWidth('MW', 10) > textWidth('il', 10));
    });

    it('wraps Latin text at spaces and CJK text between characters', () => {
        const text = 'Shanghai Municipal Healthcare Security Administration';
        const latin = wrapText(text, 100, 10);
        assert.ok(latin.length >= 3);
        assert.equal(latin.join(' '), text, 'breaks only at spaces');
        for (const line of latin) assert.ok(textWidth(line, 10) <= 100, line);
        const lines = wrapText('长三角地区异地就医直接结算合作协议', 60, 10);
        assert.deepEqual(lines, ['长三角地区异', '地就医直接结', '算合作协议']);
    });

    it('never starts a line with closing punctuation', () => {
        for (const line of wrapText('甲乙丙丁戊，己庚辛壬癸。子丑寅卯辰、巳午未', 50, 10)) {
            assert.doesNotMatch(line, /^[，。、]/);
        }
    });

    it('cuts after maxLines with an ellipsis, and splits words longer than a line', () => {
        const lines = wrapText('one two three four five six seven eight nine ten', 50, 10, 2);
        assert.equal(lines.length, 2);
        assert.ok(lines[1].endsWith('…'));
        for (const line of wrapText('91330108MA27Y5GT3R91330108MA27Y5GT3R', 60, 10)) assert.ok(textWidth(line, 10) <= 60);
    });

    it('returns no line for empty text', () => {
        assert.deepEqual(wrapText('', 100, 10), []);
        assert.deepEqual(wrapText('   ', 100, 10), []);
    });
});
