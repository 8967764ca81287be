import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const extension = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

/**
 * The Markdown injection, tokenized the way VS Code does (vscode-textmate with the
 * Oniguruma engine VS Code ships), with the grammars exactly as the manifest
 * contributes them. The host stands in for VS Code's Markdown grammar: a scope
 * `text.html.markdown` that matches nothing itself, so every CityPact scope in a
 * fence comes from the injection.
 */
describe('```citypact fences in Markdown', () => {
    let registry: textmate.Registry;

    before(async () => {
        const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
        const contributed = manifest.contributes.grammars as Array<{ scopeName: string; path: string; injectTo?: string[] }>;
        const grammarFile = (scope: string) => contributed.find(g => g.scopeName === scope)?.path;
        registry = new textmate.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text),
            }),
            loadGrammar: async scope => {
                if (scope === 'text.html.markdown') {
                    return textmate.parseRawGrammar(JSON.stringify({ scopeName: scope, patterns: [] }), 'markdown.json');
                }
                const file = grammarFile(scope);
                if (!file) return null;
                // The build copies syntaxes/ into the extension; read the sources so the test needs no build.
                const source = path.join(extension, '../../syntaxes', path.basename(file));
                return textmate.parseRawGrammar(fs.readFileSync(source, 'utf8'), source);
            },
            getInjections: scope => contributed.filter(g => g.injectTo?.includes(scope)).map(g => g.scopeName),
        });
    });

    async function tokenize(markdown: string): Promise<Array<{ text: string; scopes: string[] }>> {
        const grammar = await registry.loadGrammar('text.html.markdown');
        assert.ok(grammar);
        let state = textmate.INITIAL;
        const tokens: Array<{ text: string; scopes: string[] }> = [];
        for (const line of markdown.split('\n')) {
            const result = grammar.tokenizeLine(line, state);
            for (const token of result.tokens) tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
            state = result.ruleStack;
        }
        return tokens;
    }

    it('is contributed as an injection into Markdown with the embedded language citypact', () => {
        const injection = manifest.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
        assert.deepEqual(injection.injectTo, ['text.html.markdown']);
        assert.deepEqual(Object.values(injection.embeddedLanguages), ['citypact']);
    });

    it('highlights CityPact keywords and strings inside a ```citypact fence, and only there', async () => {
        const tokens = await tokenize([
            'An agreement:',
            '',
            '```citypact',
            'agreement Transit "广深交通互联协议" {',
            '  version 1.0.0',
            '}',
            '```',
            '',
            'agreement outside the fence',
        ].join('\n'));
        const scoped = (text: string) => tokens.filter(t => t.text === text).map(t => t.scopes.join(' '));
        const [inside, outside] = scoped('agreement');
        assert.match(inside, /meta\.embedded\.block\.citypact/);
        assert.match(inside, /keyword[^ ]*\.citypact/);
        assert.ok(scoped('"').some(s => /string[^ ]*\.citypact/.test(s)) || tokens.some(t => t.text.includes('广深') && /string[^ ]*\.citypact/.test(t.scopes.join(' '))), 'the label is a string');
        assert.ok(!/citypact/.test(outside ?? ''), `outside the fence: ${outside}`);
        assert.ok(!tokens.some(t => t.text === 'agreement outside the fence' && /citypact/.test(t.scopes.join(' '))));
    });

    it('leaves a fence of another language alone', async () => {
        const tokens = await tokenize('```json\n{ "agreement": 1 }\n```');
        assert.ok(tokens.every(t => !/citypact/.test(t.scopes.join(' '))));
    });
});
