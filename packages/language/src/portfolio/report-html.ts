import { groupedAmount } from '../model/amounts.js';
import { escapeHtml as esc, fragmentOf } from '../render/escape.js';
import { PAGE_CSS } from '../render/page-style.js';
import { personalDataTerm, term } from '../render/terms.js';
import { textWidth } from '../render/text-metrics.js';
import { PORTFOLIO_STATUSES, type Portfolio, type PortfolioDataset, type PortfolioStatus } from './portfolio-model.js';
import type { ReportLocale } from './report-ics.js';
import { labelText, statusText, word } from './report-text.js';

export interface PortfolioHtmlOptions {
    locale?: ReportLocale;
    /** How the page names a file with errors (the CLI: relative to where it runs). */
    pathOf?: (uri: string) => string;
    generator?: string;
    /** The editor's webview: the nonce its content-security policy allows on the one `<style>`. */
    nonce?: string;
    /** The webview's `<meta http-equiv="Content-Security-Policy">` content. */
    csp?: string;
}

/**
 * `citypact report --format html` and the editor's "Open Portfolio Report"
 * (docs/report.md): one self-contained page, no script and no network. The status
 * filters are radio buttons and CSS (`:checked ~`), so they work in a browser with
 * scripts off and in a webview whose policy allows no script; every user text goes
 * through the render package's escaping, which isolates bidirectional text. The
 * page's look is the agreement page's stylesheet (render/page-style.ts), so light,
 * dark and VS Code themes follow it.
 */
export function portfolioHtml(portfolio: Portfolio, options: PortfolioHtmlOptions = {}): string {
    const locale = options.locale ?? 'en';
    const w = (key: Parameters<typeof word>[0]) => esc(word(key, locale));
    const pathOf = options.pathOf ?? (uri => uri);
    const nonce = options.nonce ? ` nonce="${esc(options.nonce)}"` : '';
    const counts = new Map<PortfolioStatus, number>();
    for (const a of portfolio.agreements) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);

    const filters = [
        `<input type="radio" name="cp-filter" id="cp-f-all" checked><label for="cp-f-all">${w('all')} (${portfolio.agreements.length})</label>`,
        ...PORTFOLIO_STATUSES.map(s => `<input type="radio" name="cp-filter" id="cp-f-${s}"><label for="cp-f-${s}" class="cp-st cp-st-${s}">${esc(statusText(s, locale))} (${counts.get(s) ?? 0})</label>`),
    ].join('\n');
    const agreementRows = portfolio.agreements.map(a => `<tr class="cp-row-${a.status}" id="${esc(fragmentOf(`cp-ag-${a.id}`))}">`
        + `<td><code>${esc(a.id)}</code></td>`
        + `<td class="cp-name"><bdi>${esc(labelText(a.label, locale))}</bdi></td>`
        + `<td>${esc(a.version ?? '—')}</td>`
        + `<td><span class="cp-st cp-st-${a.status}">${esc(statusText(a.status, locale))}</span></td>`
        + `<td class="cp-num">${a.signed ?? '—'}</td><td class="cp-num">${a.effective ?? '—'}</td><td class="cp-num">${a.until ?? '—'}</td>`
        + `<td class="cp-parties">${a.parties.map(p => esc(p)).join('<br>') || '—'}</td>`
        + `<td>${a.supersededBy ? agreementLink(a.supersededBy) : '—'}</td></tr>`).join('\n');
    const filterCss = PORTFOLIO_STATUSES.map(s => `#cp-f-${s}:checked ~ .cp-scroll tbody tr:not(.cp-row-${s})`).join(',\n') + ' { display: none; }';

    const deadlineRows = portfolio.deadlines.map(d => `<tr class="cp-dl-${d.status}">`
        + `<td class="cp-num">${d.due}</td>`
        + `<td><span class="cp-st cp-st-${d.status}">${esc(statusText(d.status, locale))}</span></td>`
        + `<td><code>${esc(d.obligation)}</code></td>`
        + `<td><bdi>${esc(labelText(d.label, locale))}</bdi></td>`
        + `<td>${d.by ? `<code>${esc(d.by)}</code>` : '—'}</td>`
        + `<td>${agreementLink(d.agreement)}</td></tr>`).join('\n');

    const funders = portfolio.funders.map(f => `<tr><td><code>${esc(f.funder)}</code></td><td class="cp-num">${esc(groupedAmount(f.perYear))}</td><td class="cp-num">${esc(groupedAmount(f.once))}</td><td>${f.fundings.map(id => `<code>${esc(id)}</code>`).join(' ')}</td></tr>`).join('\n');
    const actors = portfolio.actors.map(a => `<tr><td><code>${esc(a.id)}</code></td><td>${a.agreements.map(agreementLink).join(' ')}</td></tr>`).join('\n');
    // Without errors the counter at the top says so; with errors they are listed there, under a heading.
    const errors = portfolio.filesWithErrors.length === 0
        ? ''
        : `<div class="cp-diagnostics"><p>${w('errorsNote')}</p><ul>${portfolio.filesWithErrors.map(f => `<li><code>${esc(pathOf(f.uri))}</code>: <span class="cp-severity-error">${f.errors}</span></li>`).join('')}</ul></div>`;
    const table = (head: string[], rows: string) => rows
        ? `<div class="cp-scroll"><table><thead><tr>${head.map(h => `<th>${w(h as Parameters<typeof word>[0])}</th>`).join('')}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`
        : `<p class="cp-empty">${w('none')}</p>`;

    return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
${options.csp ? `<meta http-equiv="Content-Security-Policy" content="${esc(options.csp)}">\n` : ''}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(options.generator ?? 'citypact')}">
<title>${w('title')} — ${portfolio.asOf}</title>
<style${nonce}>${PAGE_CSS}${REPORT_CSS}
${filterCss}</style>
</head>
<body>
<main class="cp-page cp-portfolio">
<p class="cp-kicker">CityPact</p>
<h1>${w('title')}</h1>
<p class="cp-translation">${w('asOf')} <strong>${portfolio.asOf}</strong></p>
${summaryStrip(portfolio, counts, locale)}
${errorsSection(portfolio, errors, w)}
<h2 id="cp-agreements">${w('agreements')}</h2>
<div class="cp-filters" role="group" aria-label="${w('filter')}">
<span class="cp-muted">${w('filter')}:</span>
${filters}
${table(['id', 'name', 'version', 'status', 'signed', 'effective', 'until', 'parties', 'supersededBy'], agreementRows)}
</div>
<h2 id="cp-deadlines">${w('deadlines')}</h2>
${table(['due', 'status', 'obligation', 'name', 'by', 'agreement'], deadlineRows)}
<h2 id="cp-atlas">${w('atlas')}</h2>
<p class="cp-muted">${w('atlasHint')}</p>
${portfolio.datasets.map(d => datasetSection(d, locale)).join('\n') || `<p class="cp-empty">${w('none')}</p>`}
<h2 id="cp-actors">${w('actors')}</h2>
${table(['id', 'agreements'], actors)}
<h2 id="cp-funders">${w('funders')}</h2>
${table(['funder', 'perYear', 'once', 'fundings'], funders)}
<footer class="cp-footer">${w('generated')} ${esc(options.generator ?? 'citypact')}</footer>
</main>
</body>
</html>
`;
}

/** What an office looks at first: how many agreements are in force or running out, and how many obligations are late. */
function summaryStrip(portfolio: Portfolio, counts: Map<PortfolioStatus, number>, locale: ReportLocale): string {
    const overdue = portfolio.deadlines.filter(d => d.status === 'overdue').length;
    const due = portfolio.deadlines.length - overdue;
    const cell = (n: number, text: string, href: string, cls = '') => `<a class="cp-count${cls}" href="#${href}"><strong>${n}</strong> ${esc(text)}</a>`;
    return `<nav class="cp-counts">${[
        cell(counts.get('in-force') ?? 0, statusText('in-force', locale), 'cp-agreements'),
        cell(counts.get('expiring') ?? 0, statusText('expiring', locale), 'cp-agreements', (counts.get('expiring') ?? 0) ? ' cp-warn' : ''),
        cell(overdue, statusText('overdue', locale), 'cp-deadlines', overdue ? ' cp-bad' : ''),
        cell(due, statusText('due', locale), 'cp-deadlines', due ? ' cp-warn' : ''),
        cell(portfolio.datasets.length, word('datasetsCount', locale), 'cp-atlas'),
        cell(portfolio.filesWithErrors.length, word('errorFilesCount', locale), portfolio.filesWithErrors.length ? 'cp-errors' : 'cp-agreements', portfolio.filesWithErrors.length ? ' cp-bad' : ''),
    ].join('')}</nav>`;
}

function errorsSection(portfolio: Portfolio, errors: string, w: (key: Parameters<typeof word>[0]) => string): string {
    // At the top when there are errors (a reader must know the report rests on broken files), else a quiet line.
    return portfolio.filesWithErrors.length ? `<h2 id="cp-errors">${w('errors')}</h2>\n${errors}` : errors;
}

function termIn(t: { en: string; zh: string }, locale: ReportLocale): string {
    return locale === 'zh-CN' ? t.zh : t.en;
}

function agreementLink(id: string): string {
    return `<a href="#${esc(fragmentOf(`cp-ag-${id}`))}"><code>${esc(id)}</code></a>`;
}


const NODE_HEIGHT = 30;
const ROW_GAP = 26;
const COLUMN_GAP = 220;
const FONT = 12;

/**
 * One dataset's flows as a graph: its holder in the first column, every actor the
 * data reaches placed one column further than the actor it first reaches it from
 * (breadth-first over the flows), so a chain across agreements reads left to right.
 * One arrow per exchange and recipient, labelled with its agreement; flows of
 * agreements not in force are dashed. Hovering a flow dims the others.
 */
function datasetSection(dataset: PortfolioDataset, locale: ReportLocale): string {
    const depth = new Map<string, number>();
    const order: string[] = [];
    const place = (actor: string, d: number) => {
        if (!depth.has(actor)) {
            depth.set(actor, d);
            order.push(actor);
        }
    };
    if (dataset.holder) place(dataset.holder, 0);
    let changed = true;
    // Breadth-first by rounds: a flow from a placed sender places its recipients one column on.
    const pending = [...dataset.flows];
    while (changed) {
        changed = false;
        for (const flow of pending) {
            if (!flow.from || !depth.has(flow.from)) continue;
            for (const to of flow.to) {
                if (!depth.has(to)) {
                    place(to, depth.get(flow.from)! + 1);
                    changed = true;
                }
            }
        }
        if (!changed) {
            // A sender nothing reaches (it holds the data under another name, or a flow's source is unresolved): a new root.
            const orphan = pending.find(f => f.from && !depth.has(f.from));
            if (orphan) {
                place(orphan.from!, 0);
                changed = true;
            }
        }
    }
    const columns: string[][] = [];
    for (const actor of order) (columns[depth.get(actor)!] ??= []).push(actor);
    const widths = columns.map(column => Math.max(...column.map(a => textWidth(a, FONT) + 24), 80));
    const xs: number[] = [];
    widths.forEach((width, i) => xs.push(i === 0 ? 10 : xs[i - 1] + widths[i - 1] + COLUMN_GAP));
    const position = new Map<string, { x: number; y: number; width: number }>();
    // Room above the first row for flows that bow upwards (see below): as many as the most agreements between one pair.
    const pairs = new Map<string, number>();
    for (const flow of dataset.flows) for (const to of flow.to) pairs.set(`${flow.from}\u0000${to}`, (pairs.get(`${flow.from}\u0000${to}`) ?? 0) + 1);
    const top = 24 + 19 * (Math.max(0, ...pairs.values()) - 1);
    columns.forEach((column, i) => column.forEach((actor, row) => position.set(actor, { x: xs[i], y: top + row * (NODE_HEIGHT + ROW_GAP), width: widths[i] })));
    const rows = Math.max(1, ...columns.map(c => c.length));
    const backEdges = dataset.flows.some(f => f.from && position.has(f.from) && f.to.some(t => position.has(t) && position.get(t)!.x <= position.get(f.from!)!.x));
    const height = top - 14 + rows * (NODE_HEIGHT + ROW_GAP) + (backEdges ? 24 + 12 * 6 : 0);
    const width = (xs.at(-1) ?? 10) + (widths.at(-1) ?? 80) + 20;
    const dataClass = dataset.personalData === 'sensitive' ? 'data-sensitive' : dataset.personalData === 'ordinary' ? 'data-personal' : 'data-plain';

    const edges: string[] = [];
    const parallel = new Map<string, number>();
    let lane = 0;
    for (const flow of dataset.flows) {
        const from = flow.from ? position.get(flow.from) : undefined;
        if (!from) continue;
        const current = flow.status === 'in-force' || flow.status === 'expiring';
        for (const to of flow.to) {
            const target = position.get(to);
            if (!target) continue;
            const x1 = from.x + from.width;
            const y1 = from.y + NODE_HEIGHT / 2;
            let path: string;
            let labelX: number;
            let labelY: number;
            let anchor = 'end';
            if (target.x > from.x) {
                const x2 = target.x - 2;
                const y2 = target.y + NODE_HEIGHT / 2;
                const bend = (x2 - x1) / 2;
                // Parallel flows (the same sender and recipient under several agreements) bow upwards one by one.
                const pair = `${flow.from}\u0000${to}`;
                const k = parallel.get(pair) ?? 0;
                parallel.set(pair, k + 1);
                const bow = k * 34;
                path = `M${x1} ${y1} C${x1 + bend} ${y1 - bow} ${x2 - bend} ${y2 - bow} ${x2} ${y2}`;
                // Beside the arrowhead: edges fan out from one sender, so labels there would pile up.
                labelX = x2 - 8;
                labelY = y2 - 6 - k * 19;
            } else {
                // Back to an actor already placed at or left of the sender: an arc beneath the nodes.
                const below = top + rows * (NODE_HEIGHT + ROW_GAP) + (lane++ % 12) * 6;
                const x0 = from.x + from.width / 2;
                const x2 = target.x + target.width / 2;
                path = `M${x0} ${from.y + NODE_HEIGHT} C${x0} ${below} ${x2} ${below} ${x2} ${target.y + NODE_HEIGHT + 2}`;
                labelX = (x0 + x2) / 2;
                labelY = below - 2;
                anchor = 'middle';
            }
            edges.push(`<g class="cp-flow${current ? '' : ' cp-flow-inactive'}"><title>${esc(`${flow.exchange}: ${flow.from} → ${to} (${statusText(flow.status, locale)})`)}</title>`
                + `<path class="cp-edge ${dataClass}" d="${path}" marker-end="url(#cp-arrow-${dataClass})"/>`
                + `<text class="cp-flow-label" x="${labelX.toFixed(1)}" y="${labelY.toFixed(1)}" text-anchor="${anchor}">${esc(flow.agreement)}</text></g>`);
        }
    }
    const nodes = order.map(actor => {
        const p = position.get(actor)!;
        const holder = actor === dataset.holder ? ' cp-holder' : '';
        return `<g class="cp-node${holder}"><rect x="${p.x}" y="${p.y}" width="${p.width}" height="${NODE_HEIGHT}" rx="6"/>`
            + `<text class="cp-t-detail" x="${p.x + p.width / 2}" y="${p.y + NODE_HEIGHT / 2 + 4}" text-anchor="middle">${esc(actor)}</text></g>`;
    });
    const tags = [
        `<span class="cp-tag${dataset.classification === 'core' ? ' cp-core' : ''}">${esc(word('classification', locale))}: ${esc(termIn(term(dataset.classification), locale))}</span>`,
        `<span class="cp-tag${dataset.personalData === 'sensitive' ? ' cp-sensitive' : dataset.personalData === 'ordinary' ? ' cp-personal' : ''}">${esc(word('personalData', locale))}: ${esc(termIn(personalDataTerm(dataset.personalData), locale))}</span>`,
    ].join('');
    const flowsList = dataset.flows.map(f => `<li>${agreementLink(f.agreement)} <span class="cp-st cp-st-${f.status}">${esc(statusText(f.status, locale))}</span> <code>${esc(f.exchange)}</code>: <code>${esc(f.from ?? '—')}</code> → ${f.to.map(t => `<code>${esc(t)}</code>`).join(', ')}`
        + `${f.onward === null ? '' : f.onward === 'forbidden' ? ` · ${esc(word('onward', locale))}: ${esc(word('forbidden', locale))}` : ` · ${esc(word('onward', locale))}: ${esc(word('allowedTo', locale))} ${f.onward.map(o => `<code>${esc(o)}</code>`).join(', ')}`}</li>`).join('');
    return `<section class="cp-item cp-dataset" id="${esc(fragmentOf(`cp-ds-${dataset.id}`))}">
<h3><bdi>${esc(labelText(dataset.label, locale))}</bdi> <code>${esc(dataset.id)}</code></h3>
<p>${esc(word('holder', locale))}: <code>${esc(dataset.holder ?? '—')}</code> ${tags}</p>
<figure class="cp-figure"><svg class="cp-diagram cp-atlas" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" role="img" aria-label="${esc(dataset.id)}">
<defs>${['data-plain', 'data-personal', 'data-sensitive'].map(c => `<marker id="cp-arrow-${c}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="cp-marker-${c.slice(5)}" d="M0 0 L10 5 L0 10 z"/></marker>`).join('')}</defs>
${edges.join('\n')}
${nodes.join('\n')}
</svg></figure>
<ul class="cp-flows">${flowsList}</ul>
</section>`;
}

const REPORT_CSS = `
.cp-scroll { overflow-x: auto; }
.cp-counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0.6em 0 1em; }
.cp-count { border: 1px solid var(--cp-rule); border-radius: 8px; padding: 6px 14px; text-decoration: none; color: var(--cp-fg); background: var(--cp-soft); }
.cp-count strong { font-size: 1.4em; margin-right: 4px; font-variant-numeric: tabular-nums; }
.cp-count.cp-warn strong { color: var(--cp-warning); }
.cp-count.cp-bad strong { color: var(--cp-error); }
td.cp-parties { font-size: 0.85em; color: var(--cp-muted); }
td.cp-name { min-width: 14em; }
.cp-dataset .cp-figure { padding: 4px; }
/* The agreement diagram is widened in a narrow webview; an atlas graph keeps its drawn size (it scrolls). */
.cp-figure svg.cp-atlas { min-width: 0 !important; max-width: none; }
.cp-filters > input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.cp-filters > label { display: inline-block; margin: 0 4px 6px 0; padding: 1px 10px; border: 1px solid var(--cp-rule); border-radius: 12px; cursor: pointer; font-size: 0.88em; }
.cp-filters > input:checked + label { background: var(--cp-fg); color: var(--cp-bg); border-color: var(--cp-fg); }
.cp-filters > input:focus-visible + label { outline: 2px solid var(--cp-link); outline-offset: 1px; }
.cp-st { white-space: nowrap; font-size: 0.88em; padding: 0 6px; border-radius: 10px; border: 1px solid var(--cp-rule); }
.cp-st-in-force { border-color: var(--cp-service); color: var(--cp-service); }
.cp-st-expiring, .cp-st-due { border-color: var(--cp-warning); color: var(--cp-warning); font-weight: 600; }
.cp-st-expired, .cp-st-superseded { color: var(--cp-muted); }
.cp-st-overdue { border-color: var(--cp-error); color: var(--cp-error); font-weight: 700; }
.cp-st-draft, .cp-st-signed { border-style: dashed; }
tr.cp-dl-overdue td:first-child { color: var(--cp-error); font-weight: 600; }
.cp-atlas .cp-node > rect { fill: var(--cp-node-fill); stroke: var(--cp-node-stroke); stroke-width: 1.2; }
.cp-atlas .cp-node.cp-holder > rect { stroke: var(--cp-lead); stroke-width: 2.4; }
.cp-atlas .cp-flow-label { font-size: 10.5px; fill: var(--cp-muted); paint-order: stroke; stroke: var(--cp-bg); stroke-width: 4px; stroke-linejoin: round; }
.cp-atlas .cp-flow-inactive .cp-edge { stroke-dasharray: 5 4; opacity: 0.6; }
.cp-atlas .cp-flow { cursor: default; }
.cp-atlas:has(.cp-flow:hover) .cp-flow:not(:hover) { opacity: 0.2; }
.cp-atlas .cp-flow:hover .cp-edge { stroke-width: 3.2; }
.cp-atlas .cp-flow:hover .cp-flow-label { fill: var(--cp-fg); font-weight: 700; }
.cp-flows { font-size: 0.92em; margin: 6px 0 4px; padding-left: 1.2em; }
.cp-dataset:target, tr:target { outline: 2px solid var(--cp-link); }
`;
