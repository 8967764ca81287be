/**
 * The shape of `citypact diff --format json` (docs/language.md §8), as TypeScript
 * types. diff-schema.ts publishes the same shape as a JSON Schema; the tests validate
 * every report the engine produces against it.
 */

/** The schema's `$id`. One per major version of the diff format. */
export const DIFF_SCHEMA_ID = 'https://citypact.dev/schema/diff/v1.json';
export const DIFF_FORMAT_VERSION = '1.0.0';

/** Most severe first (§8): the order of `--fail-on`, of Markdown tables and of the summary. */
export const DIFF_IMPACTS = ['data-protection', 'substantive', 'editorial'] as const;
export type DiffImpact = (typeof DIFF_IMPACTS)[number];

export const DIFF_ELEMENTS = [
    'agreement', 'party', 'body', 'service', 'exchange', 'funding', 'obligation', 'clause', 'term', 'governance', 'label',
] as const;
export type DiffElement = (typeof DIFF_ELEMENTS)[number];

export const DIFF_CHANGE_KINDS = ['added', 'removed', 'changed', 'widened', 'narrowed'] as const;
export type DiffChangeKind = (typeof DIFF_CHANGE_KINDS)[number];

export type AgreementStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * A value before or after a change (docs/diff.md, "Values"): a scalar as the source
 * writes it, canonically spaced (`5 years`, `statutory-duty "…"`); a set as an array
 * in its side's source order; a keyed part (one cost share, one translation, a
 * party's role and signatory) as an object.
 */
export type DiffValue = string | string[] | { [key: string]: string | null } | null;

export interface DiffChange {
    agreement: string;
    element: DiffElement;
    change: DiffChangeKind;
    target: string;
    field: string | null;
    before: DiffValue;
    after: DiffValue;
    impact: DiffImpact;
}

export interface AgreementDiff {
    id: string;
    status: AgreementStatus;
    before: { id: string; version: string | null } | null;
    after: { id: string; version: string | null } | null;
    changes: DiffChange[];
}

export interface DiffReport {
    formatVersion: string;
    agreements: AgreementDiff[];
    summary: Record<DiffImpact, number>;
}

/** Where a change is in the source, for the editor's links and the text format (not in the JSON). */
export interface SourcePlace {
    uri: string;
    /** 1-based, as the CLI prints them. */
    line: number;
    column: number;
}

export interface LocatedChange extends DiffChange {
    location: { before?: SourcePlace; after?: SourcePlace };
}

export interface LocatedAgreementDiff extends Omit<AgreementDiff, 'changes'> {
    changes: LocatedChange[];
    /** The documents the two sides were read from. */
    uris: { before?: string; after?: string };
}

/** What the engine returns: the JSON report plus where each change is. */
export interface DiffResult {
    agreements: LocatedAgreementDiff[];
    summary: Record<DiffImpact, number>;
}

/** The report `--format json` prints: deterministic, locations dropped. */
export function diffReport(result: DiffResult): DiffReport {
    return {
        formatVersion: DIFF_FORMAT_VERSION,
        agreements: result.agreements.map(a => ({
            id: a.id,
            status: a.status,
            before: a.before,
            after: a.after,
            changes: a.changes.map(({ location: _location, ...change }) => change),
        })),
        summary: result.summary,
    };
}

/** Whether some change's impact is at or above the `--fail-on` threshold. */
export type FailOn = DiffImpact | 'any' | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = ['data-protection', 'substantive', 'any', 'none'];

export function failsOn(summary: Record<DiffImpact, number>, failOn: FailOn): boolean {
    if (failOn === 'none') return false;
    const threshold = failOn === 'any' ? DIFF_IMPACTS.length - 1 : DIFF_IMPACTS.indexOf(failOn);
    return DIFF_IMPACTS.some((impact, rank) => rank <= threshold && summary[impact] > 0);
}
