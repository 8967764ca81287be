import type { ValidationAcceptor } from 'langium';
import type { Agreement, Obligation } from '../../generated/ast.js';
import { outsideTerm } from '../../model/term.js';
import { report } from '../report.js';
import { phrase } from '../terms.js';
import { isRealDate } from './date-checks.js';

/** `obligation-outside-term` (docs/language.md §4): obligations fall due while the agreement is in force. */
export class TermChecks {
    /**
     * Due on or after `effective` and on or before `until`; without `until` the term
     * is open-ended and only the start is checked. Nothing is compared when a date is
     * not a real date or the term itself is out of order: `invalid-date` and
     * `date-order` already say so.
     */
    checkObligationTerm(obligation: Obligation, accept: ValidationAcceptor): void {
        const agreement = obligation.$container as Agreement;
        const { due } = obligation;
        const { effective, until } = agreement;
        if (!due || !effective || !isRealDate(due) || !isRealDate(effective)) return;
        if (until !== undefined && (!isRealDate(until) || until <= effective)) return;
        const position = outsideTerm(due, effective, until);
        if (!position) return;
        report(accept, 'obligation-outside-term', { node: obligation, property: 'due' }, {
            name: obligation.name,
            due,
            relation: position === 'before' ? phrase('before', '早于') : phrase('after', '晚于'),
            start: effective,
            end: until ?? phrase('open-ended', '无终止日期'),
        });
    }
}
