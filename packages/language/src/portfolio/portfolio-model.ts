import type { LangiumDocument, Reference } from 'langium';
import {
    isAgreement, isDataset, isExchange, isFunding, isObligation,
    type Agreement, type Dataset, type Model,
} from '../generated/ast.js';
import { amountPer, parseAmount, type AmountPer } from '../model/amounts.js';
import { qualifiedNameOf, referenceText } from '../references/qualified-names.js';
import { isRealDate } from '../validation/checks/date-checks.js';

/**
 * The portfolio (docs/language.md §10, docs/report.md): every agreement of a
 * workspace seen together on one date. Pure functions over the documents the
 * language server (or the CLI's loader) already built: no second loader, no I/O,
 * so the editor's view and `citypact report` can never disagree.
 */

export const PORTFOLIO_STATUSES = ['superseded', 'draft', 'signed', 'expired', 'expiring', 'in-force'] as const;
export type PortfolioStatus = (typeof PORTFOLIO_STATUSES)[number];

/** §10: "expiring" and "due" both look this many days ahead, the last day included. */
export const LOOKAHEAD_DAYS = 90;

export interface PortfolioLabel {
    text: string;
    en?: string;
}

export interface PortfolioAgreement {
    id: string;
    name: string;
    label: PortfolioLabel;
    version: string | null;
    status: PortfolioStatus;
    signed: string | null;
    effective: string | null;
    until: string | null;
    parties: string[];
    supersededBy: string | null;
    /** Every obligation with a real due date, in source order (the calendar lists them all). */
    obligations: PortfolioObligation[];
    /** Where it is declared (for links and the editor's view). */
    uri: string;
    line: number;
}

export interface PortfolioObligation {
    id: string;
    label: PortfolioLabel;
    due: string;
    by: string | null;
    line: number;
}

export interface PortfolioDeadline {
    obligation: string;
    agreement: string;
    label: PortfolioLabel;
    due: string;
    by: string | null;
    status: 'due' | 'overdue';
    uri: string;
    line: number;
}

export interface PortfolioFlow {
    agreement: string;
    exchange: string;
    from: string | null;
    to: string[];
    status: PortfolioStatus;
    /** `forbidden`, the actors of `allowed-to`, or null when the exchange says nothing. */
    onward: 'forbidden' | string[] | null;
}

export interface PortfolioDataset {
    id: string;
    label: PortfolioLabel;
    holder: string | null;
    classification: 'general' | 'important' | 'core';
    personalData: 'none' | 'ordinary' | 'sensitive';
    flows: PortfolioFlow[];
}

export interface PortfolioActor {
    id: string;
    agreements: string[];
}

/** One funder's money under the agreements in force (or expiring) on the date (§2.5). */
export interface PortfolioFunder {
    funder: string;
    /** Yearly amounts, plus monthly ones times twelve, in CNY: the yearly commitment. */
    perYear: string;
    /** One-off amounts, summed apart: they are not paid every year. */
    once: string;
    fundings: string[];
}

export interface PortfolioFile {
    uri: string;
    errors: number;
}

export interface Portfolio {
    asOf: string;
    agreements: PortfolioAgreement[];
    deadlines: PortfolioDeadline[];
    datasets: PortfolioDataset[];
    actors: PortfolioActor[];
    funders: PortfolioFunder[];
    /** Files holding errors, with how many: the report is made anyway (§10). */
    filesWithErrors: PortfolioFile[];
}

/** `2025-06-30` + 90 → `2025-09-28`, in the proleptic Gregorian calendar. */
export function addDays(date: string, days: number): string {
    const [y, m, d] = date.split('-').map(Number);
    const time = Date.UTC(y, m - 1, d) + days * 86_400_000;
    const shifted = new Date(time);
    const year = shifted.getUTCFullYear();
    return `${String(year).padStart(4, '0')}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}-${String(shifted.getUTCDate()).padStart(2, '0')}`;
}

/** Today's date in China (UTC+8, no daylight saving time): the default `--as-of`. */
export function todayInChina(now: Date = new Date()): string {
    return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` that is a real calendar date. */
export function isIsoDate(text: string): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && isRealDate(text);
}

/** A date the checks accept; an impossible one (`invalid-date`) counts as absent. */
function dateOf(text: string | undefined): string | null {
    return text !== undefined && isIsoDate(text) ? text : null;
}

function labelOf(node: { label?: string; translations?: Array<{ lang?: string; text?: string }> }): PortfolioLabel {
    const en = node.translations?.find(t => t.lang === 'en')?.text;
    return en === undefined ? { text: node.label ?? '' } : { text: node.label ?? '', en };
}

function idOf(reference: Reference | undefined): string | null {
    if (!reference) return null;
    const target = reference.ref;
    return (target && qualifiedNameOf(target)) || referenceText(reference) || null;
}

function lineOf(node: { $cstNode?: { range: { start: { line: number } } } }): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface PortfolioInput {
    document: LangiumDocument;
    /** Errors among the document's diagnostics (the CLI counts them after its severity configuration). */
    errors?: number;
}

/**
 * The agreement that supersedes `old` on the date: a successor that is signed and
 * effective on or before it. With several, the one in effect earliest (then by id).
 */
function supersederOn(old: Agreement, successors: Map<Agreement, Agreement[]>, asOf: string): Agreement | undefined {
    const inEffect = (successors.get(old) ?? []).filter(next => {
        const signed = dateOf(next.signed);
        const effective = dateOf(next.effective);
        return signed !== null && signed <= asOf && effective !== null && effective <= asOf;
    });
    inEffect.sort((a, b) => byCodePoint(a.effective!, b.effective!) || byCodePoint(a.name, b.name));
    return inEffect[0];
}

/** §10's status: the first that applies. */
export function statusOn(agreement: Agreement, asOf: string, supersededBy: Agreement | undefined): PortfolioStatus {
    if (supersededBy) return 'superseded';
    const signed = dateOf(agreement.signed);
    if (signed === null || signed > asOf) return 'draft';
    const effective = dateOf(agreement.effective);
    if (effective === null || effective > asOf) return 'signed';
    const until = dateOf(agreement.until);
    if (until !== null && asOf > until) return 'expired';
    if (until !== null && until <= addDays(asOf, LOOKAHEAD_DAYS)) return 'expiring';
    return 'in-force';
}

/** The portfolio of the given documents on `asOf` (a real `YYYY-MM-DD`). */
export function computePortfolio(inputs: readonly PortfolioInput[], asOf: string): Portfolio {
    const horizon = addDays(asOf, LOOKAHEAD_DAYS);
    const agreements: Array<{ agreement: Agreement; uri: string }> = [];
    const filesWithErrors: PortfolioFile[] = [];
    for (const { document, errors } of inputs) {
        const uri = document.uri.toString();
        const count = errors ?? (document.diagnostics ?? []).filter(d => d.severity === 1).length;
        if (count > 0) filesWithErrors.push({ uri, errors: count });
        const model = document.parseResult?.value as Model | undefined;
        for (const declaration of model?.declarations ?? []) {
            if (isAgreement(declaration) && declaration.name) agreements.push({ agreement: declaration, uri });
        }
    }
    agreements.sort((a, b) => byCodePoint(a.agreement.name, b.agreement.name) || byCodePoint(a.uri, b.uri));

    const successors = new Map<Agreement, Agreement[]>();
    for (const { agreement } of agreements) {
        const old = agreement.supersedes?.ref;
        if (old && old !== agreement) successors.set(old, [...(successors.get(old) ?? []), agreement]);
    }

    const statusOf = new Map<Agreement, PortfolioStatus>();
    const result: PortfolioAgreement[] = agreements.map(({ agreement, uri }) => {
        const superseder = supersederOn(agreement, successors, asOf);
        const status = statusOn(agreement, asOf, superseder);
        statusOf.set(agreement, status);
        return {
            id: agreement.name,
            name: agreement.label ?? '',
            label: labelOf(agreement),
            version: agreement.version ?? null,
            status,
            signed: dateOf(agreement.signed),
            effective: dateOf(agreement.effective),
            until: dateOf(agreement.until),
            parties: [...new Set(agreement.parties.map(p => idOf(p.actor)).filter((id): id is string => id !== null))],
            supersededBy: superseder ? superseder.name : null,
            obligations: agreement.members.filter(isObligation).flatMap(member => {
                const due = dateOf(member.due);
                return due === null ? [] : [{
                    id: qualifiedNameOf(member) ?? `${agreement.name}.${member.name}`,
                    label: labelOf(member), due, by: idOf(member.by), line: lineOf(member),
                }];
            }),
            uri,
            line: lineOf(agreement),
        };
    });

    const deadlines: PortfolioDeadline[] = [];
    const datasets = new Map<string, PortfolioDataset>();
    const actors = new Map<string, Set<string>>();
    const funders = new Map<string, { fen: Map<AmountPer, bigint>; fundings: string[] }>();
    for (const [index, { agreement, uri }] of agreements.entries()) {
        const status = statusOf.get(agreement)!;
        const current = status === 'in-force' || status === 'expiring';
        for (const party of result[index].parties) {
            if (!actors.has(party)) actors.set(party, new Set());
            actors.get(party)!.add(agreement.name);
        }
        for (const member of agreement.members) {
            if (isObligation(member) && current) {
                const due = dateOf(member.due);
                if (due === null || due > horizon) continue;
                deadlines.push({
                    obligation: qualifiedNameOf(member) ?? `${agreement.name}.${member.name}`,
                    agreement: agreement.name,
                    label: labelOf(member),
                    due,
                    by: idOf(member.by),
                    status: due < asOf ? 'overdue' : 'due',
                    uri,
                    line: lineOf(member),
                });
            } else if (isExchange(member)) {
                const dataset = member.data?.ref;
                if (!dataset || !isDataset(dataset)) continue;
                const entry = datasetEntry(datasets, dataset);
                entry.flows.push({
                    agreement: agreement.name,
                    exchange: qualifiedNameOf(member) ?? `${agreement.name}.${member.name}`,
                    from: idOf(member.from),
                    to: member.to.map(to => idOf(to)).filter((id): id is string => id !== null),
                    status,
                    onward: member.onward?.forbidden ? 'forbidden'
                        : member.onward ? member.onward.allowedTo.map(a => idOf(a)).filter((id): id is string => id !== null)
                            : null,
                });
            } else if (isFunding(member) && current && member.amount) {
                const funder = idOf(member.by);
                const fen = parseAmount(member.amount.value);
                if (funder === null || fen === undefined) continue;
                const entry = funders.get(funder) ?? { fen: new Map<AmountPer, bigint>(), fundings: [] as string[] };
                funders.set(funder, entry);
                const per = amountPer(member.amount);
                entry.fen.set(per, (entry.fen.get(per) ?? 0n) + fen);
                entry.fundings.push(qualifiedNameOf(member) ?? member.name);
            }
        }
    }
    deadlines.sort((a, b) => byCodePoint(a.due, b.due) || byCodePoint(a.obligation, b.obligation));

    return {
        asOf,
        agreements: result,
        deadlines,
        datasets: [...datasets.values()].sort((a, b) => byCodePoint(a.id, b.id)),
        actors: [...actors.entries()]
            .map(([id, set]) => ({ id, agreements: [...set].sort(byCodePoint) }))
            .sort((a, b) => byCodePoint(a.id, b.id)),
        funders: [...funders.entries()]
            .map(([funder, { fen, fundings }]) => ({
                funder,
                perYear: fenText((fen.get('year') ?? 0n) + 12n * (fen.get('month') ?? 0n)),
                once: fenText(fen.get('once') ?? 0n),
                fundings,
            }))
            .sort((a, b) => byCodePoint(a.funder, b.funder)),
        filesWithErrors: filesWithErrors.sort((a, b) => byCodePoint(a.uri, b.uri)),
    };
}

function datasetEntry(datasets: Map<string, PortfolioDataset>, dataset: Dataset): PortfolioDataset {
    const id = qualifiedNameOf(dataset) ?? dataset.name;
    let entry = datasets.get(id);
    if (!entry) {
        entry = {
            id,
            label: labelOf(dataset),
            holder: idOf(dataset.holder),
            classification: (dataset.classification as PortfolioDataset['classification'] | undefined) ?? 'general',
            personalData: (dataset.personalData as PortfolioDataset['personalData'] | undefined) ?? 'none',
            flows: [],
        };
        datasets.set(id, entry);
    }
    return entry;
}

/** Fen (hundredths) as a decimal string: `120000050n` → `1200000.50`. */
function fenText(fen: bigint): string {
    const whole = fen / 100n;
    const rest = fen % 100n;
    return rest === 0n ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}
