import { WorkspaceCache, type ValidationAcceptor } from 'langium';
import type { CityPactServices } from '../../citypact-module.js';
import type { Agreement } from '../../generated/ast.js';
import { supersessionCycle, type CycleMemo } from '../../model/supersession.js';
import { compareVersions } from '../../model/versions.js';
import { report } from '../report.js';

/** Succession of agreements (docs/language.md §4): `supersedes-cycle`, `supersedes-version`. */
export class SupersedesChecks {
    /** Cycle membership of every agreement walked so far; dropped whenever the workspace changes. */
    private readonly cycles: WorkspaceCache<'cycles', CycleMemo>;

    constructor(services: CityPactServices) {
        this.cycles = new WorkspaceCache(services.shared);
    }

    /**
     * Every agreement on a cycle gets its own diagnostic, on its `supersedes` line,
     * so each file shows the problem.
     */
    checkSupersedes(agreement: Agreement, accept: ValidationAcceptor): void {
        const old = agreement.supersedes?.ref;
        if (!old) return;
        const cycle = supersessionCycle(agreement, this.cycles.get('cycles', () => new Map()));
        if (cycle) {
            report(accept, 'supersedes-cycle', { node: agreement, property: 'supersedes' }, {
                name: agreement.name,
                cycle: cycle.map(a => a.name).join(' → '),
            });
            // On a cycle some version is bound not to increase; the cycle is the real problem.
            return;
        }
        if (!agreement.version || !old.version) return;
        const order = compareVersions(old.version, agreement.version);
        if (order === undefined || order < 0) return;
        report(accept, 'supersedes-version', { node: agreement, property: 'supersedes' }, {
            name: agreement.name, version: agreement.version, old: old.name, oldVersion: old.version,
        });
    }
}
