import { escapeMarkdown, escapeMarkdownLine, markdownCell } from '../render/escape.js';
import { PORTFOLIO_STATUSES, type Portfolio } from './portfolio-model.js';
import type { ReportLocale } from './report-ics.js';
import { labelText, statusText, word } from './report-text.js';

/**
 * `citypact report --format md`: the portfolio for a wiki page (docs/report.md).
 * Every user text passes the render package's Markdown escaping, which isolates
 * bidirectional text as the HTML page does.
 */
export function portfolioMarkdown(portfolio: Portfolio, options: { locale?: ReportLocale; pathOf?: (uri: string) => string; generator?: string } = {}): string {
    const locale = options.locale ?? 'en';
    const pathOf = options.pathOf ?? (uri => uri);
    const w = (key: Parameters<typeof word>[0]) => word(key, locale);
    const code = (id: string | null) => (id ? `\`${id.replace(/`/g, '')}\`` : '—');
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];
    const out: string[] = [`# ${w('title')}`, '', `${w('asOf')}: ${portfolio.asOf}`, ''];

    out.push(`## ${w('summary')}`, '');
    out.push(...head(PORTFOLIO_STATUSES.map(s => statusText(s, locale))));
    out.push(row(PORTFOLIO_STATUSES.map(s => String(portfolio.agreements.filter(a => a.status === s).length))), '');

    out.push(`## ${w('agreements')}`, '');
    if (portfolio.agreements.length === 0) out.push(w('none'), '');
    else {
        out.push(...head([w('id'), w('name'), w('version'), w('status'), w('signed'), w('effective'), w('until'), w('parties'), w('supersededBy')]));
        for (const a of portfolio.agreements) {
            out.push(row([code(a.id), markdownCell(labelText(a.label, locale)), markdownCell(a.version ?? undefined), statusText(a.status, locale),
                a.signed ?? '—', a.effective ?? '—', a.until ?? '—', a.parties.map(code).join(', ') || '—', code(a.supersededBy)]));
        }
        out.push('');
    }

    out.push(`## ${w('deadlines')}`, '');
    if (portfolio.deadlines.length === 0) out.push(w('none'), '');
    else {
        out.push(...head([w('due'), w('status'), w('obligation'), w('name'), w('by'), w('agreement')]));
        for (const d of portfolio.deadlines) {
            const status = d.status === 'overdue' ? `**${statusText('overdue', locale)}**` : statusText('due', locale);
            out.push(row([d.due, status, code(d.obligation), markdownCell(labelText(d.label, locale)), code(d.by), code(d.agreement)]));
        }
        out.push('');
    }

    out.push(`## ${w('atlas')}`, '');
    if (portfolio.datasets.length === 0) out.push(w('none'), '');
    for (const d of portfolio.datasets) {
        out.push(`### ${escapeMarkdownLine(labelText(d.label, locale))} (${code(d.id)})`, '');
        out.push(`${w('holder')}: ${code(d.holder)} · ${w('classification')}: ${d.classification} · ${w('personalData')}: ${d.personalData}`, '');
        out.push(...head([w('agreement'), w('status'), w('exchange'), w('from'), w('to'), w('onward')]));
        for (const f of d.flows) {
            const onward = f.onward === null ? '—' : f.onward === 'forbidden' ? w('forbidden') : `${w('allowedTo')} ${f.onward.map(code).join(', ')}`;
            out.push(row([code(f.agreement), statusText(f.status, locale), code(f.exchange), code(f.from), f.to.map(code).join(', ') || '—', onward]));
        }
        out.push('');
    }

    out.push(`## ${w('actors')}`, '');
    if (portfolio.actors.length === 0) out.push(w('none'), '');
    else {
        out.push(...head([w('id'), w('agreements')]));
        for (const a of portfolio.actors) out.push(row([code(a.id), a.agreements.map(code).join(', ')]));
        out.push('');
    }

    out.push(`## ${w('funders')}`, '');
    if (portfolio.funders.length === 0) out.push(w('none'), '');
    else {
        out.push(...head([w('funder'), w('perYear'), w('once'), w('fundings')]));
        for (const f of portfolio.funders) out.push(row([code(f.funder), f.perYear, f.once, f.fundings.map(code).join(', ')]));
        out.push('');
    }

    out.push(`## ${w('errors')}`, '');
    if (portfolio.filesWithErrors.length === 0) out.push(w('noErrors'), '');
    else {
        out.push(w('errorsNote'), '');
        for (const f of portfolio.filesWithErrors) out.push(`- ${escapeMarkdown(pathOf(f.uri))}: ${f.errors}`);
        out.push('');
    }
    if (options.generator) out.push(`---`, '', `${w('generated')} ${escapeMarkdown(options.generator)}`, '');
    return out.join('\n');
}
