import assert from 'node:assert/strict';
import { buildWorkspace } from '../helpers.js';
import { DEFAULT_HEADER, diagnosticsOf, lineOf, linesOf, pact } from './rule-helpers.js';

/** A complete predecessor agreement in the same file. */
function predecessor(name: string, version: string, supersedes?: string): string {
    return [
        `agreement ${name} "旧协议" {`,
        `  version ${version}`,
        ...(supersedes ? [`  supersedes ${supersedes}`] : []),
        '  effective 2021-01-01',
        '  party Shanghai.MedicalSecurity',
        '  party Hangzhou.MedicalSecurity',
        '}',
    ].join('\n');
}

const header = (version: string, supersedes: string) => [`version ${version}`, `supersedes ${supersedes}`, ...DEFAULT_HEADER.slice(1)];

describe('supersedes-cycle', () => {
    it('fires on `supersedes` when an agreement supersedes itself', async () => {
        const text = pact({ header: header('1.0.0', 'YRDMedical') });
        const diagnostics = await diagnosticsOf(text, 'supersedes-cycle');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'supersedes YRDMedical')]);
        assert.match(diagnostics[0].message, /YRDMedical → YRDMedical/);
        assert.deepEqual(await linesOf(text, 'supersedes-version'), [], 'the cycle is the problem, not the version');
    });

    it('fires on every agreement of a cycle across files', async () => {
        const ws = await buildWorkspace({
            'a.citypact': pact({ header: header('2.0.0', 'Old2021') }),
            'b.citypact': predecessor('Old2021', '1.0.0', 'YRDMedical'),
        });
        const cycleIn = (file: string) => ws.diagnostics(file).filter(d => d.code === 'supersedes-cycle');
        assert.equal(cycleIn('a.citypact').length, 1);
        assert.match(cycleIn('a.citypact')[0].message, /YRDMedical → Old2021 → YRDMedical/);
        assert.deepEqual(cycleIn('b.citypact').map(d => d.range.start.line), [2]);
    });

    it('does not report an agreement that only leads into someone else\'s cycle', async () => {
        const text = [pact({ header: header('3.0.0', 'B') }), predecessor('B', '2.0.0', 'C'), predecessor('C', '1.0.0', 'B')].join('\n');
        assert.deepEqual(await linesOf(text, 'supersedes-cycle'), [lineOf(text, 'supersedes C'), lineOf(text, 'supersedes B', 2)]);
    });

    it('stays silent for a chain that ends', async () => {
        const text = [pact({ header: header('2.0.0', 'Old2021') }), predecessor('Old2021', '1.0.0', 'Old2018'), predecessor('Old2018', '0.9.0')].join('\n');
        assert.deepEqual(await linesOf(text, 'supersedes-cycle'), []);
    });
});

describe('supersedes-version', () => {
    it('fires on `supersedes` when the superseded version is higher', async () => {
        const text = [pact({ header: header('1.0.0', 'Old2021') }), predecessor('Old2021', '2.0.0')].join('\n');
        const diagnostics = await diagnosticsOf(text, 'supersedes-version');
        assert.deepEqual(diagnostics.map(d => d.range.start.line), [lineOf(text, 'supersedes Old2021')]);
        assert.match(diagnostics[0].message, /\(1\.0\.0\) supersedes 'Old2021' \(2\.0\.0\)/);
    });

    it('fires when the versions are equal', async () => {
        const text = [pact({ header: header('1.0.0', 'Old2021') }), predecessor('Old2021', '1.0.0')].join('\n');
        assert.deepEqual(await linesOf(text, 'supersedes-version'), [lineOf(text, 'supersedes Old2021')]);
    });

    it('stays silent when the version is higher, compared numerically (1.10.0 > 1.9.0)', async () => {
        const text = [pact({ header: header('1.10.0', 'Old2021') }), predecessor('Old2021', '1.9.0')].join('\n');
        assert.deepEqual(await linesOf(text, 'supersedes-version'), []);
    });
});
