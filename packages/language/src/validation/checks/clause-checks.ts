import type { ValidationAcceptor } from 'langium';
import type { Agreement } from '../../generated/ast.js';
import { report } from '../report.js';

/** The closing clauses every agreement should have (docs/language.md §2.4). */
const CLOSING_CLAUSES = ['disputes', 'amendment', 'termination'] as const;

/** `missing-clause`: one diagnostic per absent clause, on the agreement's name. */
export class ClauseChecks {
    checkClauses(agreement: Agreement, accept: ValidationAcceptor): void {
        for (const clause of CLOSING_CLAUSES) {
            if (agreement[clause]) continue;
            report(accept, 'missing-clause', { node: agreement, property: 'name' }, { name: agreement.name, clause }, { clause });
        }
    }
}
