/**
 * An agreement's term: from `effective` to `until` inclusive, open-ended without
 * `until` (rule `obligation-outside-term`). Dates are ISO `YYYY-MM-DD`, which
 * compare correctly as strings; callers pass only real calendar dates.
 */

export type OutsideTerm = 'before' | 'after';

/** Where a date falls relative to the term, or undefined when it is inside. */
export function outsideTerm(date: string, effective: string, until?: string): OutsideTerm | undefined {
    if (date < effective) return 'before';
    if (until !== undefined && date > until) return 'after';
    return undefined;
}
