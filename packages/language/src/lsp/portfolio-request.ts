import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CityPactServices } from '../citypact-module.js';
import { computePortfolio, isIsoDate, todayInChina } from '../portfolio/portfolio-model.js';
import { portfolioHtml } from '../portfolio/report-html.js';
import { labelText } from '../portfolio/report-text.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import { normalizeLocale } from '../validation/rule-catalog.js';
import {
    PORTFOLIO_REQUEST_METHOD, type PortfolioRequestParams, type PortfolioRequestResult,
} from './portfolio-protocol.js';
import { nextValidation } from './current-document.js';

/** Answers `citypact/portfolio` (see portfolio-protocol.ts) from the server's documents. */
export function registerPortfolioRequest(shared: LangiumSharedServices, CityPact: CityPactServices): void {
    shared.lsp.Connection?.onRequest(PORTFOLIO_REQUEST_METHOD, (params: PortfolioRequestParams) =>
        handlePortfolioRequest(params ?? {}, shared, CityPact));
}

export async function handlePortfolioRequest(params: PortfolioRequestParams, shared: LangiumSharedServices, CityPact: CityPactServices): Promise<PortfolioRequestResult> {
    if (shared.lsp.Connection) await shared.workspace.WorkspaceManager.ready;
    await allValidated(shared);
    const asOf = params.asOf && isIsoDate(params.asOf) ? params.asOf : todayInChina();
    const documents = shared.workspace.LangiumDocuments.all.filter(d => !isStandardLibrary(d.uri)).toArray();
    const portfolio = computePortfolio(documents.map(document => ({ document })), asOf);
    const settings = CityPact.workspace.Settings;
    const locale = normalizeLocale(params.locale) ?? (documents[0] ? settings.localeFor(documents[0].uri) : settings.localeOverride ?? settings.environmentLocale ?? 'en');
    const deadlines = new Map<string, PortfolioRequestResult['agreements'][number]['deadlines']>();
    for (const deadline of portfolio.deadlines) {
        const list = deadlines.get(deadline.agreement) ?? [];
        list.push({ obligation: deadline.obligation, label: labelText(deadline.label, locale), due: deadline.due, status: deadline.status, line: deadline.line });
        deadlines.set(deadline.agreement, list);
    }
    return {
        asOf,
        agreements: portfolio.agreements.map(a => ({
            id: a.id, label: labelText(a.label, locale), status: a.status, until: a.until, uri: a.uri, line: a.line,
            deadlines: deadlines.get(a.id) ?? [],
        })),
        filesWithErrors: portfolio.filesWithErrors.map(f => f.uri),
        html: params.html
            ? portfolioHtml(portfolio, {
                locale,
                generator: 'citypact',
                pathOf: uri => URI.parse(uri).fsPath,
                nonce: params.html.nonce,
                csp: `default-src 'none'; img-src ${params.html.cspSource} data:; style-src 'nonce-${params.html.nonce}';`,
            })
            : undefined,
    };
}

/**
 * Statuses rest on links and error counts: waits until every document is validated
 * (the build the last edit started has ended), checking again after each validation
 * phase or 200 ms, for at most ten seconds (then answers from the latest state).
 * Polling, because a request that arrives while the first build is being set up
 * can miss the builder's own phase notifications.
 */
async function allValidated(shared: LangiumSharedServices): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (shared.workspace.LangiumDocuments.all.some(d => d.state < DocumentState.Validated) && Date.now() < deadline) {
        await nextValidation(shared);
    }
}
