import assert from 'node:assert/strict';
import { buildWorkspace } from '../helpers.js';
import { exportFile, fixture, GBA_AGREEMENT, GBA_REGISTRY, SECTION_2_4 } from './export-helpers.js';
import type { ExportFormat } from '../../src/export/export-agreements.js';

/** Fresh services each time: nothing cached may leak into the bytes. */
async function contentOf(files: Record<string, string>, file: string, format: ExportFormat): Promise<string[]> {
    const ws = await buildWorkspace(files);
    return exportFile(ws, file, format).exported.map(e => e.content);
}

describe('export: determinism', () => {
    for (const format of ['json', 'odrl'] as const) {
        it(`gives byte-identical ${format} output for the same input`, async () => {
            const cases: Array<[Record<string, string>, string]> = [
                [{ 'main.citypact': SECTION_2_4 }, 'main.citypact'],
                [{ 'main.citypact': fixture('language-sample.citypact') }, 'main.citypact'],
                [{ 'registry.citypact': GBA_REGISTRY, 'gba/agreement.citypact': GBA_AGREEMENT }, 'gba/agreement.citypact'],
            ];
            for (const [files, file] of cases) {
                const first = await contentOf(files, file, format);
                const second = await contentOf(files, file, format);
                assert.ok(first.length > 0);
                assert.deepEqual(Buffer.from(second.join('')), Buffer.from(first.join('')));
                for (const content of first) {
                    assert.ok(content.endsWith('}\n'), 'one final newline');
                    assert.doesNotMatch(content, /\d{4}-\d{2}-\d{2}T\d{2}:/, 'no timestamps');
                }
            }
        });
    }

    it('does not depend on the order files were loaded in', async () => {
        const a = await contentOf({ 'registry.citypact': GBA_REGISTRY, 'gba/agreement.citypact': GBA_AGREEMENT }, 'gba/agreement.citypact', 'json');
        const b = await contentOf({ 'gba/agreement.citypact': GBA_AGREEMENT, 'registry.citypact': GBA_REGISTRY }, 'gba/agreement.citypact', 'json');
        assert.equal(b.join(''), a.join(''));
    });
});
