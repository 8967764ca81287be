import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CityPactFormatter } from '../src/lsp/formatter.js';
import { buildWorkspace } from './helpers.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url)), 'utf8');

/** Formats one file; returns its new text and the diagnostics before and after. */
async function format(text: string) {
    const ws = await buildWorkspace({ 'main.citypact': text });
    const formatter = ws.services.CityPact.lsp.Formatter as CityPactFormatter;
    const result = formatter.format(ws.documents.get('main.citypact')!);
    return { result, before: ws.diagnostics('main.citypact') };
}

async function formatted(text: string): Promise<string> {
    const { result } = await format(text);
    assert.ok(result, 'the text should parse');
    return result.text;
}

describe('canonical layout (§3a)', () => {
    it('expands short blocks, one property per line, two-space indent', async () => {
        assert.equal(await formatted('province Guangdong2 "广东" { code 440000 }'), 'province Guangdong2 "广东" {\n  code 440000\n}\n');
        assert.equal(
            await formatted('agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai role lead signatory "市长" party Beijing body B "b" { members Shanghai , Beijing chair Shanghai decides by majority meets monthly } }'),
            [
                'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai role lead signatory "市长"', '  party Beijing',
                '  body B "b" {', '    members Shanghai, Beijing', '    chair Shanghai', '    decides by majority', '    meets monthly', '  }', '}', '',
            ].join('\n'),
        );
    });

    it('keeps single blank lines, but never two, never after { or before }, never at the start', async () => {
        const text = '\n\n\ncity A "a" {\n\n  code 110000\n\n\n  tier small\n\n}\n\n\n\ncity B "b"\n';
        assert.equal(await formatted(text), 'city A "a" {\n  code 110000\n\n  tier small\n}\n\ncity B "b"\n');
    });

    it('keeps comments with their lines and a space before trailing //', async () => {
        const text = '// registry\ncity A "a" {   // the city\n  code 110000// code\n  /* block */ tier small\n}\n/** Doc */\ncity B "b"';
        assert.equal(await formatted(text), '// registry\ncity A "a" { // the city\n  code 110000 // code\n  /* block */\n  tier small\n}\n/** Doc */\ncity B "b"\n');
    });

    it('keeps CRLF line endings and ends with exactly one newline, without trailing spaces', async () => {
        assert.equal(await formatted('city A "a" {  \r\n code 110000   \r\n}\r\n\r\n\r\n'), 'city A "a" {\r\n  code 110000\r\n}\r\n');
    });

    it('is idempotent and never changes diagnostics', async () => {
        for (const text of [fixture('language-sample.citypact'), 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Nowhere party Shanghai . X }']) {
            const { result, before } = await format(text);
            const again = await format(result!.text);
            assert.equal(again.result!.text, result!.text, 'formatting twice changes nothing');
            assert.equal(again.result!.changed, false);
            assert.deepEqual(again.before.map(d => [d.code, d.message]), before.map(d => [d.code, d.message]));
        }
    });

    it('lays out body kinds and fundings, amount on one line, idempotently (§2.5)', async () => {
        const text = 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Org '
            + 'body B "b" { kind joint-meeting members Shanghai chair Shanghai decides by majority } '
            + 'funding F "f" en "F" { form service-purchase by Shanghai to Org amount 1200000.50 CNY per year basis "《政府购买服务管理办法》" until 2025-12-31 } }';
        const expected = [
            'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Org',
            '  body B "b" {', '    kind joint-meeting', '    members Shanghai', '    chair Shanghai', '    decides by majority', '  }',
            '  funding F "f" en "F" {', '    form service-purchase', '    by Shanghai', '    to Org', '    amount 1200000.50 CNY per year',
            '    basis "《政府购买服务管理办法》"', '    until 2025-12-31', '  }', '}', '',
        ].join('\n');
        const { result, before } = await format(text);
        assert.equal(result?.text, expected);
        const again = await format(expected);
        assert.equal(again.result!.changed, false, 'formatting twice changes nothing');
        assert.deepEqual(again.before.map(d => [d.code, d.message]), before.map(d => [d.code, d.message]));
    });

    it('refuses to format a file that does not parse', async () => {
        const { result } = await format('city A "a" { code }');
        assert.equal(result, undefined);
    });

    it('formats the docs/language.md sample into the canonical layout', async () => {
        const text = await formatted(fixture('language-sample.citypact'));
        assert.ok(text.includes('\n  service DirectSettlement "异地就医直接结算" {\n    mode proxy // online | proxy | joint\n'));
        assert.match(text, /\n {4}costs \{\n {6}Shanghai\.MedicalSecurity 50%\n/);
        assert.doesNotMatch(text, /[ \t]+\n/);
    });
});
