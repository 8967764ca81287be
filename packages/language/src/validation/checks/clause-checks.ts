import type { ValidationAcceptor } from 'langium';
import type { Agreement } from '../../generated/ast.js';
import { keywordPhrase } from '../../glossary.js';
import { report } from '../report.js';
import { cutShort } from '../cut-short.js';

/** The closing clauses every agreement should have (docs/language.md §2.4). */
const CLOSING_CLAUSES = ['disputes', 'amendment', 'termination'] as const;

/** `missing-clause`: one diagnostic per absent clause, on the agreement's name. */
export class ClauseChecks {
    checkClauses(agreement: Agreement, accept: ValidationAcceptor): void {
        // §4.1: a clause may be in the text that a syntax error made the parser skip.
        if (cutShort(agreement)) return;
        for (const clause of CLOSING_CLAUSES) {
            if (agreement[clause]) continue;
            report(accept, 'missing-clause', { node: agreement, property: 'name' }, { name: agreement.name, clause: keywordPhrase(clause) }, { clause });
        }
    }
}
