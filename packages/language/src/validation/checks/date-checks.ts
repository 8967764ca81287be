import type { ValidationAcceptor } from 'langium';
import type { Agreement, Funding, Obligation } from '../../generated/ast.js';
import { keywordPhrase } from '../../glossary.js';
import { report } from '../report.js';
import { phrase } from '../terms.js';

/** True when `YYYY-MM-DD` names a real day of the proleptic Gregorian calendar. */
/** `YYYY-MM-DD` with leading zeros; any other shape is `syntax` (syntax-checks.ts), not `invalid-date`. */
export function isDateShaped(text: string): boolean {
    return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text);
}

export function isRealDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const [year, month, day] = match.slice(1).map(Number);
    if (month < 1 || month > 12 || day < 1) return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
}

/** `invalid-date` on every date, and `date-order`: signed ≤ effective < until. */
export class DateChecks {
    checkAgreementDates(agreement: Agreement, accept: ValidationAcceptor): void {
        for (const property of ['signed', 'effective', 'until'] as const) {
            const date = agreement[property];
            if (date && isDateShaped(date) && !isRealDate(date)) {
                report(accept, 'invalid-date', { node: agreement, property }, { date });
            }
        }
        const { signed, effective, until } = agreement;
        const valid = (d: string | undefined): d is string => !!d && isRealDate(d);
        // ISO dates compare correctly as strings.
        if (valid(signed) && valid(effective) && signed > effective) {
            report(accept, 'date-order', { node: agreement, property: 'effective' }, {
                later: keywordPhrase('effective'), laterDate: effective, earlier: keywordPhrase('signed'), earlierDate: signed,
                relation: phrase('on or after', '不早于'),
            });
        }
        if (valid(effective) && valid(until) && until <= effective) {
            report(accept, 'date-order', { node: agreement, property: 'until' }, {
                later: keywordPhrase('until'), laterDate: until, earlier: keywordPhrase('effective'), earlierDate: effective,
                relation: phrase('after', '晚于'),
            });
        }
    }

    checkFundingDate(funding: Funding, accept: ValidationAcceptor): void {
        if (funding.until && isDateShaped(funding.until) && !isRealDate(funding.until)) {
            report(accept, 'invalid-date', { node: funding, property: 'until' }, { date: funding.until });
        }
    }

    checkObligationDate(obligation: Obligation, accept: ValidationAcceptor): void {
        if (obligation.due && isDateShaped(obligation.due) && !isRealDate(obligation.due)) {
            report(accept, 'invalid-date', { node: obligation, property: 'due' }, { date: obligation.due });
        }
    }
}
