import '../../src/polyfill.js';
import assert from 'node:assert/strict';
import { EmptyFileSystem } from 'langium';
import { createCityPactServices } from '../../src/citypact-module.js';
import { CityPactTerminals } from '../../src/generated/ast.js';
import { adversarialInputs, productRegexes } from './regex-inventory.js';

/**
 * No regular expression in the grammar or the tools can be made to backtrack
 * catastrophically (docs/reliability.md). Each is run on adversarial input of
 * 50,000 characters: linear matching takes well under a millisecond there, a
 * quadratic one about a second, an exponential one forever. The bound (150 ms per
 * run) leaves a wide margin on both sides for a loaded CI machine.
 */
const LENGTH = 50_000;
const BOUND_MS = 150;

function timed(action: () => unknown): number {
    const started = performance.now();
    action();
    return performance.now() - started;
}

describe('regular expressions under adversarial input (robustness)', function () {
    this.timeout(60_000);
    const inputs = adversarialInputs(LENGTH);

    it('every grammar terminal matches in linear time where the lexer tries it', () => {
        for (const [name, terminal] of Object.entries(CityPactTerminals)) {
            // The lexer matches sticky, at one offset at a time.
            const sticky = new RegExp(terminal.source, terminal.flags + 'y');
            for (const input of inputs) {
                for (const offset of [0, 1, input.length >> 1]) {
                    sticky.lastIndex = offset;
                    const ms = timed(() => sticky.exec(input));
                    assert.ok(ms < BOUND_MS, `terminal ${name} took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 12))}… at ${offset}`);
                }
            }
        }
    });

    it('every regex in the product source finds all its matches in linear time', () => {
        const regexes = productRegexes();
        assert.ok(regexes.length > 30, `found ${regexes.length} regexes`);
        const slow: string[] = [];
        for (const { where, regex } of regexes) {
            // replace, match, split and test all search from every position: the worst case.
            const everywhere = new RegExp(regex.source, regex.flags.replace('y', '') + (regex.flags.includes('g') ? '' : 'g'));
            for (const input of inputs) {
                const ms = timed(() => input.replace(everywhere, ''));
                if (ms >= BOUND_MS) slow.push(`${where} ${regex}: ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 12))}…`);
            }
        }
        assert.deepEqual(slow, []);
    });

    it('the lexer stays linear on a long line of unterminated strings', () => {
        // One lexing error: every `"` the lexer retries is escaped, so a scan from each
        // one to the end of the line made this quadratic (4 s here, 0.3 s now).
        const lexer = createCityPactServices(EmptyFileSystem).CityPact.parser.Lexer;
        for (const text of ['"' + '\\"'.repeat(30_000), '"\\q'.repeat(10_000) + '\n'.repeat(10_000)]) {
            let errors = 0;
            const ms = timed(() => { errors = lexer.tokenize(text).errors.length; });
            assert.ok(errors > 0, 'lexing errors expected');
            assert.ok(ms < 2_000, `${text.length} characters lexed in ${ms.toFixed(0)} ms`);
        }
    });
});
