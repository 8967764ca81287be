/**
 * The `citypact/portfolio` request: the editor's CityPact view and its "Open
 * Portfolio Report" page ask the language server for the portfolio of the whole
 * workspace (docs/language.md §10, docs/report.md), computed from the documents the
 * server keeps, so they agree with `citypact report` and follow every edit. Types
 * only (no imports), so the VS Code extension can use them without bundling the server.
 */

export const PORTFOLIO_REQUEST_METHOD = 'citypact/portfolio';

export type PortfolioStatusName = 'superseded' | 'draft' | 'signed' | 'expired' | 'expiring' | 'in-force';

export interface PortfolioRequestParams {
    /** `YYYY-MM-DD`; default today in China (UTC+8). */
    asOf?: string;
    /** Also render the report page, for a webview: its policy's source and the nonce of its one `<style>`. */
    html?: { cspSource: string; nonce: string };
    /** `en` or `zh-CN`; default the server's locale for messages. */
    locale?: string;
}

export interface PortfolioTreeDeadline {
    obligation: string;
    label: string;
    due: string;
    status: 'due' | 'overdue';
    line: number;
}

export interface PortfolioTreeAgreement {
    id: string;
    label: string;
    status: PortfolioStatusName;
    until: string | null;
    uri: string;
    line: number;
    deadlines: PortfolioTreeDeadline[];
}

export interface PortfolioRequestResult {
    asOf: string;
    agreements: PortfolioTreeAgreement[];
    /** Files with errors (URIs), which the report is made despite. */
    filesWithErrors: string[];
    html?: string;
}
