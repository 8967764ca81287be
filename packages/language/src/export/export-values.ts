import type { Reference } from 'langium';
import type { Duration, Translation } from '../generated/ast.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import type { DurationExport, DurationUnitName, Translations } from './export-format.js';

/**
 * Raised when an agreement cannot be exported faithfully: a reference that does not
 * resolve or a required property that is missing. Normally the validator has already
 * reported these as errors, but a citypact.json can turn rules off, and an export
 * must never invent or drop what the source says.
 */
export class ExportRefusal extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ExportRefusal';
    }
}

/** The qualified name of a reference's target (docs/language.md §6: every reference). */
export function refName(reference: Reference | undefined, where: string): string {
    const target = reference?.ref;
    const name = target && qualifiedNameOf(target);
    if (!name) {
        const text = reference?.$refText ? ` "${reference.$refText}"` : '';
        throw new ExportRefusal(`${where}: the reference${text} does not resolve`);
    }
    return name;
}

export function refNames(references: ReadonlyArray<Reference>, where: string): string[] {
    return references.map(reference => refName(reference, where));
}

/**
 * A date or version as the format writes it. The lexer also reads `2024-8-1` and the
 * parser `1.0` so that `syntax` can say how to write them (issue 14); with `syntax`
 * configured below error such a value would still reach here, and is refused.
 */
export function wellFormed<T extends string | undefined>(value: T, shape: 'date' | 'version', where: string): T {
    if (value === undefined) return value;
    const ok = shape === 'date' ? /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) : /^[0-9]+\.[0-9]+\.[0-9]+$/.test(value);
    if (!ok) throw new ExportRefusal(`${where} '${value}' is not a ${shape === 'date' ? 'date (YYYY-MM-DD)' : 'version (MAJOR.MINOR.PATCH)'}`);
    return value;
}

export function required<T>(value: T | undefined, where: string): T {
    if (value === undefined || value === null) throw new ExportRefusal(`${where} is missing`);
    return value;
}

const UNITS: Record<string, DurationUnitName> = {
    day: 'day', days: 'day', month: 'month', months: 'month',
    year: 'year', years: 'year', hour: 'hour', hours: 'hour',
};

/**
 * `90 days` → `{ value: 90, unit: "day" }`: units singular, values numbers. A value
 * too large for an exact JSON integer (above 2^53 - 1) is refused, never written as
 * a rounded number or as `null`.
 */
export function durationOf(duration: Duration): DurationExport {
    const value = Number(duration.value);
    if (!Number.isSafeInteger(value)) {
        throw new ExportRefusal(`the duration ${duration.value} ${duration.unit} is too large to export exactly`);
    }
    return { value, unit: UNITS[duration.unit] };
}

/** Up to here a number with two decimals has at most 15 significant digits, which a double keeps. */
const LARGEST_EXACT_PERCENT = 1e13;

/**
 * `"33.33%"` → `33.33`. The grammar allows at most two decimals, so the nearest
 * double prints back as the same digits in JSON.
 */
export function percentOf(share: string): number {
    const value = Number(share.replace(/%$/, ''));
    // Only when `cost-shares-sum` is turned off can a share be this large.
    if (!(value <= LARGEST_EXACT_PERCENT)) throw new ExportRefusal(`the share ${share} is too large to export exactly`);
    return value;
}

/** `en "..." zh "..."` → `{ en, zh }`, always in that key order; undefined when none. */
export function translationsOf(translations: ReadonlyArray<Translation>): Translations | undefined {
    if (translations.length === 0) return undefined;
    const result: Translations = {};
    const en = translations.find(t => t.lang === 'en');
    const zh = translations.find(t => t.lang === 'zh');
    if (en) result.en = en.text;
    if (zh) result.zh = zh.text;
    return result;
}

/**
 * A copy without the properties whose value is undefined, recursively: optional
 * values the source leaves out are omitted (docs/export.md), and the object then
 * equals its own JSON, which keeps tests and schema validation honest.
 */
export function withoutUndefined<T>(value: T): T {
    if (Array.isArray(value)) return value.map(withoutUndefined) as T;
    if (value === null || typeof value !== 'object') return value;
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
        if (entry !== undefined) result[key] = withoutUndefined(entry);
    }
    return result as T;
}
