import type { Amount } from '../generated/ast.js';
import { groupDigits } from './digit-groups.js';

/**
 * Funding amounts (docs/language.md §2.5): a non-negative number with at most two
 * decimals, in CNY, paid once or `per year` / `per month`. Shared by hover, code
 * lens, export and render so that every tool states an amount the same way.
 */

export type AmountPer = 'year' | 'month' | 'once';

/** `per year` → `year`; no `per` means the amount is paid once. */
export function amountPer(amount: Amount): AmountPer {
    return amount.per === 'year' || amount.per === 'month' ? amount.per : 'once';
}

/** `1200000.5` → `1,200,000.5`: thousands grouped, the fraction as written. */
export function groupedAmount(value: string): string {
    const [whole, fraction] = value.split('.');
    return groupDigits(whole) + (fraction !== undefined ? `.${fraction}` : '');
}

/**
 * Up to here a value with two decimals has at most 15 significant digits, which a
 * double keeps exactly enough to print back as the same digits (as for percentages).
 */
export const LARGEST_EXACT_AMOUNT = 1e13;

/** `"1200000.5"` → 120000050n fen (hundredths); undefined unless at most two decimals. */
export function parseAmount(text: string | undefined): bigint | undefined {
    const match = typeof text === 'string' ? /^(\d+)(?:\.(\d{1,2}))?$/.exec(text) : null;
    if (!match) return undefined;
    return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/**
 * The exact total of each period, in the order year, month, once; periods without
 * an amount are left out, and a malformed amount is not counted. Totals are decimal
 * strings with fen written out when there are any (`3600000`, `1200.50`), summed in
 * fen so that nothing is rounded.
 */
export function totalsByPeriod(amounts: ReadonlyArray<{ value: string; per: AmountPer }>): Array<{ per: AmountPer; total: string }> {
    const sums = new Map<AmountPer, bigint>();
    for (const amount of amounts) {
        const fen = parseAmount(amount.value);
        if (fen !== undefined) sums.set(amount.per, (sums.get(amount.per) ?? 0n) + fen);
    }
    return (['year', 'month', 'once'] as const)
        .filter(per => sums.has(per))
        .map(per => ({ per, total: fenText(sums.get(per)!) }));
}

function fenText(fen: bigint): string {
    const whole = fen / 100n;
    const rest = fen % 100n;
    return rest === 0n ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}
