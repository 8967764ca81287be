import type { Portfolio } from './portfolio-model.js';
import { portfolioHtml } from './report-html.js';
import { portfolioIcs, type ReportLocale } from './report-ics.js';
import { portfolioJsonText } from './report-json.js';
import { portfolioMarkdown } from './report-markdown.js';

export const REPORT_FORMATS = ['html', 'json', 'md', 'ics'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
    locale?: ReportLocale;
    pathOf?: (uri: string) => string;
    generator?: string;
}

/** The portfolio in one of `citypact report`'s formats (docs/report.md). */
export function renderPortfolio(portfolio: Portfolio, format: ReportFormat, options: ReportOptions = {}): string {
    const pathOf = options.pathOf ?? (uri => uri);
    switch (format) {
        case 'json': return portfolioJsonText(portfolio, pathOf);
        case 'ics': return portfolioIcs(portfolio, options.locale);
        case 'md': return portfolioMarkdown(portfolio, { ...options, pathOf });
        case 'html': return portfolioHtml(portfolio, { ...options, pathOf });
    }
}
