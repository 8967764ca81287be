import { toJsonText } from '../export/export-format.js';
import type { Portfolio } from './portfolio-model.js';

/**
 * `citypact report --format json` (docs/language.md §10, docs/report.md): §10's
 * three arrays field for field, then three arrays §10 asks the report to show but
 * whose JSON it leaves open (the atlas's actors, §2.5's funding sums, the files
 * with errors), after them so that a reader of §10's shape finds it unchanged.
 * Deterministic: sorted by id, no timestamp; the same workspace and date give the
 * same bytes.
 */
export function portfolioJson(portfolio: Portfolio, pathOf: (uri: string) => string): unknown {
    return {
        asOf: portfolio.asOf,
        agreements: portfolio.agreements.map(a => ({
            id: a.id, name: a.name, version: a.version, status: a.status,
            signed: a.signed, effective: a.effective, until: a.until,
            parties: a.parties, supersededBy: a.supersededBy,
        })),
        deadlines: portfolio.deadlines.map(d => ({
            obligation: d.obligation, agreement: d.agreement, due: d.due, by: d.by, status: d.status,
        })),
        datasets: portfolio.datasets.map(d => ({
            id: d.id, holder: d.holder, classification: d.classification, personalData: d.personalData,
            flows: d.flows.map(f => ({ agreement: f.agreement, exchange: f.exchange, from: f.from, to: f.to, status: f.status })),
        })),
        actors: portfolio.actors,
        funders: portfolio.funders.map(f => ({ funder: f.funder, perYear: f.perYear, once: f.once, fundings: f.fundings })),
        filesWithErrors: portfolio.filesWithErrors.map(f => ({ path: pathOf(f.uri), errors: f.errors })),
    };
}

export function portfolioJsonText(portfolio: Portfolio, pathOf: (uri: string) => string): string {
    return toJsonText(portfolioJson(portfolio, pathOf));
}
