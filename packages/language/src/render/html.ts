import type {
    ActorRef, AgreementView, BodyView, DiagnosticView, ExchangeView, FundingView, LabelView, ObligationView, PartyView, ServiceView,
} from './agreement-view.js';
import { totalsByPeriod } from '../model/amounts.js';
import { agreementDiagram } from './diagram.js';
import { escapeHtml as esc, fragmentOf } from './escape.js';
import { PAGE_CSS } from './page-style.js';
import { paragraphs } from './prose.js';
import { actorKindText, amountText, durationText, HEADINGS, personalDataTerm, term, termText } from './terms.js';

/**
 * The agreement as a self-contained HTML page (issue #10): inline CSS and SVG, no
 * script, no external resource, so the file can be mailed, archived and opened
 * offline. The same article markup fills the VS Code preview (see preview-shell.ts).
 *
 * Every section, row and diagram node carries `data-line`, its line in the
 * agreement file; in a page written by the CLI a small `L12` link leads there.
 */

export interface HtmlOptions {
    /**
     * The agreement file as a percent-encoded URL relative to the page (`../agreement.citypact`); the
     * source links become `<href>#L12`. Without it (the preview) they are plain
     * elements that the preview's script makes clickable.
     */
    sourceHref?: string;
    /** `citypact 0.1.0`, in the page's generator meta tag and footer. */
    generator?: string;
}

/** A complete HTML document for one or more agreements of a file. */
export function renderHtmlPage(views: AgreementView[], options: HtmlOptions = {}): string {
    const first = views[0];
    const title = first ? `${first.label.text}${first.label.en ? ` — ${first.label.en}` : ''}` : 'CityPact';
    return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(options.generator ?? 'citypact')}">
<title>${esc(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<main class="cp-page">
${renderAgreementsHtml(views, options)}
</main>
</body>
</html>
`;
}

/** The articles alone: what the preview swaps in on every edit. */
export function renderAgreementsHtml(views: AgreementView[], options: HtmlOptions = {}): string {
    return views.map((view, index) => renderAgreementArticle(view, index, options)).join('\n');
}

function renderAgreementArticle(view: AgreementView, index: number, options: HtmlOptions): string {
    const r = new ArticleRenderer(view, options, `cp${index + 1}`);
    return [
        `<article class="cp-agreement" id="${esc(anchor('agreement', view.id))}" data-ref="${esc(view.id)}">`,
        r.diagnostics(),
        r.header(),
        r.diagram(),
        r.parties(),
        r.bodies(),
        r.services(),
        r.exchanges(),
        r.fundings(),
        r.obligations(),
        r.clauses(),
        r.closing(),
        r.footer(),
        '</article>',
    ].filter(Boolean).join('\n');
}

/** The id of a section or row: `cp-party-Shanghai.MedicalSecurity`. */
export function anchor(kind: string, ref: string): string {
    return `cp-${kind}-${ref}`;
}

class ArticleRenderer {
    constructor(
        private readonly view: AgreementView,
        private readonly options: HtmlOptions,
        private readonly idPrefix: string,
    ) {}

    diagnostics(): string {
        const list = this.view.diagnostics;
        if (list.length === 0) return '';
        const count = (severity: DiagnosticView['severity']) => list.filter(d => d.severity === severity).length;
        const summary = [
            plural(count('error'), '个错误', 'error'), plural(count('warning'), '个警告', 'warning'), plural(count('info'), '条提示', 'info'),
        ].filter(Boolean).join(', ');
        const items = list.map(d => `<li data-line="${d.line}"><span class="cp-severity-${d.severity}">${esc(d.severity)}</span> `
            + `${this.src(d.line, `${d.line}:${d.column}`, false)} ${esc(d.message)} <code>${esc(d.rule)}</code></li>`);
        return `<section class="cp-diagnostics" id="${esc(anchor('diagnostics', this.view.id))}" role="alert">
<h2>${esc(HEADINGS.diagnostics.zh)} <span class="cp-en">${esc(HEADINGS.diagnostics.en)}: ${esc(summary)}</span></h2>
<p class="cp-muted">本文件尚未通过检查，以下内容可能不完整。This draft does not pass <code>citypact check</code> yet; parts of it may be incomplete.</p>
<ul>
${items.join('\n')}
</ul>
</section>`;
    }

    header(): string {
        const v = this.view;
        const facts: [string, string, number?][] = [];
        facts.push(['版本 Version', v.version ? esc(v.version) : missing()]);
        if (v.supersedes) {
            const s = v.supersedes;
            const target = s.resolved
                ? `${esc(s.label?.text ?? s.id)} <code>${esc(s.id)}</code>${s.version ? ` v${esc(s.version)}` : ''}`
                : unresolved(s.id);
            facts.push(['替代 Supersedes', target, s.line]);
        }
        if (v.signed) facts.push(['签订 Signed', esc(v.signed)]);
        const inForce = v.effective ? `${esc(v.effective)} – ${v.until ? esc(v.until) : '长期有效 open-ended'}` : missing();
        facts.push(['有效期 In force', inForce, v.termLine]);
        const declared = v.dimensions.filter(d => d.declared);
        facts.push(['合作维度 Dimensions', declared.length
            ? declared.map(d => `<span class="cp-tag">${esc(termText(d.dimension))}</span>`).join(' ')
            : '<span class="cp-muted">未声明 none declared</span>']);
        const fundings = v.fundings.length ? ` · ${v.fundings.length} 项资金安排 fundings` : '';
        const counts = `${v.parties.length} 方 parties · ${v.services.length} 项服务 services · ${v.exchanges.length} 项数据交换 exchanges${fundings} · ${v.obligations.length} 项义务 obligations`;
        facts.push(['规模 Scope', esc(counts)]);
        return `<header class="cp-header" data-line="${v.line}">
<p class="cp-kicker">合作协议 Cooperation agreement · <code>${esc(v.id)}</code>${this.src(v.line)}</p>
<h1>${esc(v.label.text)}</h1>
${translations(v.label)}
<dl class="cp-facts">
${facts.map(([name, value, line]) => `<dt>${esc(name)}</dt><dd${line ? ` data-line="${line}"` : ''}>${value}</dd>`).join('\n')}
</dl>
${docHtml(v.doc)}
${this.dimensionsTable()}
</header>`;
    }

    private dimensionsTable(): string {
        const rows = this.view.dimensions.map(d => `<tr><td>${esc(termText(d.dimension))}</td>`
            + `<td>${d.declared ? '已声明 declared' : '<span class="cp-muted">未声明 not declared</span>'}</td>`
            + `<td>${d.supported ? '✓ ' : '✗ '}${esc(d.reason.zh)}<br><span class="cp-muted">${esc(d.reason.en)}</span></td></tr>`);
        return `<details class="cp-dimensions"><summary>${esc(HEADINGS.dimensions.zh)} ${esc(HEADINGS.dimensions.en)}: 声明与参与方构成 declared and supported by the parties</summary>
<table><thead><tr><th>维度 Dimension</th><th>声明 Declared</th><th>参与方是否构成 Supported by the parties</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></details>`;
    }

    diagram(): string {
        const v = this.view;
        const svg = agreementDiagram(v, {
            idPrefix: this.idPrefix,
            focusable: this.options.sourceHref === undefined,
            // In a page, a node leads to its section; the preview turns clicks into "reveal the source line".
            nodeHref: this.options.sourceHref === undefined ? undefined : node => {
                const kind = node.kind === 'actor' ? undefined : node.kind;
                if (!kind || (kind === 'party' && !v.parties.some(p => p.actor.id === node.ref))) return undefined;
                return `#${fragmentOf(anchor(kind, node.ref))}`;
            },
        });
        return `<section class="cp-section cp-diagram-section" id="${esc(anchor('diagram', v.id))}">
<h2>${heading('diagram')}</h2>
<figure class="cp-figure">
${svg}
<figcaption>方框按行政区和层级分组；箭头从数据提供方经数据卡片指向接收方。Boxes group parties by jurisdiction and level; arrows run from the sender through a data card to each recipient.</figcaption>
</figure>
</section>`;
    }

    parties(): string {
        const rows = this.view.parties.map((party: PartyView) => {
            const a = party.actor;
            const role = term(party.role);
            return `<tr id="${esc(anchor('party', a.id))}" data-ref="${esc(a.id)}" data-line="${party.line}">`
                + `<td>${actorCell(a)}</td>`
                + `<td>${party.role === 'lead' ? `<span class="cp-tag cp-lead">${esc(role.zh)} ${esc(role.en)}</span>` : `${esc(role.zh)} ${esc(role.en)}`}</td>`
                + `<td>${esc(actorKindText(a) || '—')}</td>`
                + `<td>${esc(jurisdictionText(a))}</td>`
                + `<td>${party.signatory ? esc(party.signatory) : '<span class="cp-muted">—</span>'}</td>`
                + `<td>${this.src(party.line)}</td></tr>`;
        });
        return this.section('parties', `<table><thead><tr><th>参与方 Party</th><th>角色 Role</th><th>类型与层级 Kind and level</th><th>所在辖区 Jurisdiction</th><th>签署人 Signatory</th><th></th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="6" class="cp-empty">无 none</td></tr>'}
</tbody></table>`);
    }

    bodies(): string {
        if (this.view.bodies.length === 0) return '';
        return this.section('bodies', this.view.bodies.map((body: BodyView) => this.item('body', body.id, body.line, body.label, body.doc, [
            ...(body.kind ? [['机构类型 Kind', esc(termText(body.kind))] as [string, string]] : []),
            ['召集人 Chair', body.chair ? actorHtml(body.chair) : missing()],
            ['成员 Members', actorList(body.members)],
            ['议事规则 Decides by', body.decidesBy ? esc(termText(body.decidesBy)) : missing()],
            ['会议频次 Meets', body.meets ? esc(termText(body.meets)) : '<span class="cp-muted">未约定 not set</span>'],
        ])).join('\n'));
    }

    services(): string {
        if (this.view.services.length === 0) return '';
        return this.section('services', this.view.services.map((service: ServiceView) => {
            const facts: [string, string][] = [
                ['办理模式 Mode', service.mode ? esc(termText(service.mode)) : missing()],
                ['提供方 Provider', service.provider ? actorHtml(service.provider) : missing()],
                ['使用方 Users', actorList(service.users)],
            ];
            if (service.collectsAt) facts.push(['代收地 Collects at', actorHtml(service.collectsAt)]);
            if (service.processesAt) facts.push(['代办地 Processes at', actorHtml(service.processesAt)]);
            if (service.respondsWithin) facts.push(['办理时限 Responds within', esc(durationText(service.respondsWithin))]);
            const costs = service.costs.length === 0 ? '' : `<table class="cp-costs"><thead><tr><th>费用分担方 Cost share</th><th>比例 Share</th><th></th></tr></thead><tbody>
${service.costs.map(c => `<tr data-line="${c.line}"><td>${actorHtml(c.actor)}</td><td class="cp-num">${esc(c.share)}</td><td>${this.src(c.line)}</td></tr>`).join('\n')}
<tr><th>合计 Total</th><th class="cp-num">${esc(service.costsTotal ?? '—')}</th><th></th></tr>
</tbody></table>`;
            return this.item('service', service.id, service.line, service.label, service.doc, facts, costs);
        }).join('\n'));
    }

    exchanges(): string {
        if (this.view.exchanges.length === 0) return '';
        return this.section('exchanges', this.view.exchanges.map((exchange: ExchangeView) => {
            const d = exchange.dataset;
            const grade = d?.personalData ?? 'none';
            const personal = personalDataTerm(grade);
            const gradeClass = grade === 'sensitive' ? ' cp-sensitive' : grade === 'ordinary' ? ' cp-personal' : '';
            const tags = d ? `<span class="cp-tag${gradeClass}">${esc(personal.zh)} ${esc(personal.en)}</span>`
                + `<span class="cp-tag${d.classification === 'core' ? ' cp-core' : ''}">${esc(term(d.classification).zh)} ${esc(term(d.classification).en)}</span>` : '';
            const dataset = !d ? missing() : d.resolved
                ? `${esc(d.label?.text ?? d.id)}${d.label?.en ? ` <span class="cp-muted">${esc(d.label.en)}</span>` : ''} <code>${esc(d.id)}</code><br>${tags}`
                : unresolved(d.id);
            const facts: [string, string][] = [
                ['数据 Dataset', dataset],
                ['提供方 From', exchange.from ? actorHtml(exchange.from) : missing()],
                ['接收方 To', actorList(exchange.to)],
                ['用途 Purpose', exchange.purpose ? esc(exchange.purpose) : missing('未写明用途 no purpose')],
                ['依据 Legal basis', exchange.basis
                    ? `${esc(termText(exchange.basis))}${exchange.citation ? `：${esc(exchange.citation)}` : ''}`
                    : '<span class="cp-muted">未写明 none stated</span>'],
                ['保存期限 Retention', exchange.retention ? esc(durationText(exchange.retention)) : '<span class="cp-muted">未约定 not set</span>'],
                ['安全措施 Security', exchange.security.length ? exchange.security.map(s => `<span class="cp-tag">${esc(termText(s))}</span>`).join(' ') : '<span class="cp-muted">未约定 none</span>'],
                ['再转交 Onward', !exchange.onward ? '<span class="cp-muted">未约定 not set</span>'
                    : exchange.onward.forbidden ? '禁止 forbidden' : `仅限 allowed to: ${actorList(exchange.onward.allowedTo)}`],
            ];
            if (exchange.frequency) facts.push(['频次 Frequency', esc(termText(exchange.frequency))]);
            if (exchange.approval) facts.push(['审批 Approval', esc(exchange.approval)]);
            if (d?.sharing) {
                facts.push(['共享类型 Sharing', `${esc(termText(d.sharing.kind))}${d.sharing.text ? `：${esc(d.sharing.text)}` : ''}`]);
            }
            if (d && d.fields.length) facts.push(['字段 Fields', d.fields.map(esc).join('、')]);
            return this.item('exchange', exchange.id, exchange.line, exchange.label, exchange.doc, facts);
        }).join('\n'));
    }

    /**
     * 资金保障 (§2.5, §9): who pays whom, in which form, how much, on what basis and
     * until when — an auditor's first questions — then the totals per period, summed
     * exactly. A tax incentive without an amount says it follows from the law.
     */
    fundings(): string {
        const fundings = this.view.fundings;
        if (fundings.length === 0) return '';
        const rows = fundings.map((f: FundingView) => {
            const amount = f.amount ? amountText(f.amount) : undefined;
            const amountCell = amount ? `${esc(amount.zh)}<br><span class="cp-muted" lang="en">${esc(amount.en)}</span>`
                : f.form === 'tax-incentive' ? '<span class="cp-muted">依法享受，未约定金额 set by law, no amount stated</span>'
                    : missing('未写明金额 no amount');
            return `<tr id="${esc(anchor('funding', f.id))}" data-ref="${esc(f.id)}" data-line="${f.line}">`
                + `<td>${labelInline(f.label)}${docHtml(f.doc)}</td>`
                + `<td>${f.form ? esc(termText(f.form)) : missing()}</td>`
                + `<td>${f.by ? actorHtml(f.by) : missing()}</td>`
                + `<td>${f.to ? actorHtml(f.to) : missing()}</td>`
                // Figures align right for comparison; a sentence in their place wraps like text.
                + `<td${amount ? ' class="cp-num"' : ''}>${amountCell}</td>`
                + `<td>${f.basis ? esc(f.basis) : '<span class="cp-muted">未写明 none stated</span>'}</td>`
                + `<td class="cp-num">${f.until ? esc(f.until) : '<span class="cp-muted">随协议 with the agreement</span>'}</td>`
                + `<td>${this.src(f.line)}</td></tr>`;
        });
        const totals = totalsByPeriod(fundings.flatMap(f => f.amount ? [f.amount] : []))
            .map(({ per, total }) => amountText({ value: total, per }));
        const summary = totals.length
            ? `<p class="cp-funding-total"><strong>资金合计 Total committed:</strong> ${totals.map(t => esc(t.zh)).join('；')}<br><span class="cp-muted" lang="en">${totals.map(t => esc(t.en)).join('; ')}</span></p>`
            : '';
        return this.section('fundings', `<table class="cp-fundings-table"><thead><tr><th>资金安排 Funding</th><th>形式 Form</th><th>出资方 By</th><th>接受方 To</th><th>金额 Amount</th><th>依据 Basis</th><th>截止 Until</th><th></th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
${summary}`);
    }

    obligations(): string {
        if (this.view.obligations.length === 0) return '';
        const rows = this.view.obligations.map((o: ObligationView) =>
            `<tr id="${esc(anchor('obligation', o.id))}" data-ref="${esc(o.id)}" data-line="${o.line}">`
            + `<td>${labelInline(o.label)}${docHtml(o.doc)}</td>`
            + `<td>${o.by ? actorHtml(o.by) : missing()}</td>`
            + `<td>${actorList(o.for)}</td>`
            + `<td class="cp-num">${o.due ? esc(o.due) : missing()}</td>`
            + `<td>${o.remedy ? esc(o.remedy) : '<span class="cp-muted">—</span>'}</td>`
            + `<td>${this.src(o.line)}</td></tr>`);
        return this.section('obligations', `<table><thead><tr><th>义务 Obligation</th><th>履行方 By</th><th>受益方 For</th><th>期限 Due</th><th>未履行的处理 Remedy</th><th></th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`);
    }

    clauses(): string {
        if (this.view.clauses.length === 0) return '';
        return this.section('clauses', this.view.clauses.map((clause, index) =>
            `<div class="cp-clause" id="${esc(anchor('clause', clause.id))}" data-ref="${esc(clause.id)}" data-line="${clause.line}">`
            + `<p><strong>第${index + 1}条</strong> ${esc(clause.label.text)}${this.src(clause.line)}</p>`
            + `${clause.label.en ? `<p class="cp-muted" lang="en">${esc(clause.label.en)}</p>` : ''}`
            + `${clause.label.zh && clause.label.zh !== clause.label.text ? `<p class="cp-muted">${esc(clause.label.zh)}</p>` : ''}${docHtml(clause.doc)}</div>`).join('\n'));
    }

    closing(): string {
        const v = this.view;
        const d = v.disputes;
        const body = d?.body ? (d.body.resolved ? esc(d.body.label?.text ?? d.body.id) : unresolved(d.body.id)) : missing();
        const disputes = !d ? missing('未约定 not agreed')
            : `由${body}协商解决${d.then ? `；协商不成的，${esc(term(d.then).zh)}${d.forum ? `（${esc(d.forum)}）` : ''}` : ''}。`
            + `<br><span class="cp-muted" lang="en">Settled by the body${d.then ? `; failing that, ${esc(term(d.then).en)}${d.forum ? ` (${esc(d.forum)})` : ''}` : ''}.</span>`;
        const facts: [string, string, number | undefined][] = [
            ['争议解决 Disputes', disputes, d?.line],
            ['协议变更 Amendment', v.amendment?.decision
                ? `经${esc(term(v.amendment.decision).zh)}通过。<br><span class="cp-muted" lang="en">Amended by ${esc(term(v.amendment.decision).en)}.</span>`
                : missing('未约定 not agreed'), v.amendment?.line],
            ['协议终止 Termination', v.termination?.notice
                ? `提前${esc(durationText(v.termination.notice))}书面通知。<br><span class="cp-muted" lang="en">Written notice of ${esc(v.termination.notice)}.</span>`
                : missing('未约定 not agreed'), v.termination?.line],
        ];
        return this.section('closing', `<dl class="cp-facts">
${facts.map(([name, value, line]) => `<dt${line ? ` data-line="${line}"` : ''}>${esc(name)}</dt><dd${line ? ` data-line="${line}"` : ''}>${value}${line ? this.src(line) : ''}</dd>`).join('\n')}
</dl>`);
    }

    footer(): string {
        const file = this.options.sourceHref !== undefined
            ? `<a href="${esc(this.options.sourceHref)}">${esc(this.view.fileName)}</a>`
            : esc(this.view.fileName);
        return `<footer class="cp-footer">由 ${esc(this.options.generator ?? 'citypact')} 根据 ${file} 生成；以源文件为准。Rendered by ${esc(this.options.generator ?? 'citypact')} from ${file}; the source file is authoritative.</footer>`;
    }

    // ------------------------------------------------------------ building blocks

    private section(kind: keyof typeof HEADINGS, content: string): string {
        return `<section class="cp-section cp-${kind}" id="${esc(anchor(kind, this.view.id))}">
<h2>${heading(kind)}</h2>
${content}
</section>`;
    }

    private item(kind: string, id: string, line: number, label: LabelView, doc: string | undefined, facts: [string, string][], extra = ''): string {
        return `<div class="cp-item cp-${kind}" id="${esc(anchor(kind, id))}" data-ref="${esc(id)}" data-line="${line}">
<h3>${esc(label.text)}${label.en ? ` <span class="cp-en" lang="en">${esc(label.en)}</span>` : ''}${this.src(line)}</h3>
${docHtml(doc)}
<dl class="cp-facts">
${facts.map(([name, value]) => `<dt>${esc(name)}</dt><dd>${value}</dd>`).join('\n')}
</dl>
${extra}
</div>`;
    }

    /** A link to a source line: `agreement.citypact#L12` in a page, a clickable span in the preview. */
    private src(line: number, text = `L${line}`, float = true): string {
        const cls = float ? 'cp-src' : 'cp-src cp-inline';
        const title = `${this.view.fileName}:${line}`;
        if (this.options.sourceHref === undefined) {
            return `<span class="${cls}" data-line="${line}" title="${esc(title)}">${esc(text)}</span>`;
        }
        return `<a class="${cls}" href="${esc(`${this.options.sourceHref}#L${line}`)}" data-line="${line}" title="${esc(title)}">${esc(text)}</a>`;
    }
}

// ---------------------------------------------------------------- helpers

function heading(kind: keyof typeof HEADINGS): string {
    return `${esc(HEADINGS[kind].zh)} <span class="cp-en">${esc(HEADINGS[kind].en)}</span>`;
}

function translations(label: LabelView): string {
    const parts: string[] = [];
    if (label.en) parts.push(`<p class="cp-translation" lang="en">${esc(label.en)}</p>`);
    if (label.zh && label.zh !== label.text) parts.push(`<p class="cp-translation" lang="zh">${esc(label.zh)}</p>`);
    return parts.join('\n');
}

function labelInline(label: LabelView): string {
    return `<strong>${esc(label.text)}</strong>${label.en ? `<br><span class="cp-muted" lang="en">${esc(label.en)}</span>` : ''}`;
}

/** Doc comments as paragraphs (see prose.ts). */
function docHtml(doc: string | undefined): string {
    if (!doc) return '';
    return `<div class="cp-doc">${paragraphs(doc).map(p => `<p>${esc(p)}</p>`).join('')}</div>`;
}

export function actorHtml(actor: ActorRef): string {
    if (!actor.resolved) return unresolved(actor.id);
    const label = actor.label!;
    return `<span class="cp-actor" title="${esc(actor.id)}">${esc(label.text)}</span>`;
}

function actorCell(actor: ActorRef): string {
    if (!actor.resolved) return unresolved(actor.id);
    const label = actor.label!;
    return `<strong>${esc(label.text)}</strong>${label.en ? `<br><span class="cp-muted" lang="en">${esc(label.en)}</span>` : ''}<br><code>${esc(actor.id)}</code>`;
}

function actorList(actors: ActorRef[]): string {
    return actors.length ? actors.map(actorHtml).join('、') : missing();
}

function jurisdictionText(actor: ActorRef): string {
    return actor.jurisdictions.map(j => j.label.text).join(' › ') || '—';
}

function unresolved(text: string): string {
    return `<span class="cp-unresolved" title="未解析的引用 unresolved reference">${esc(text)}</span>`;
}

function missing(text = '未写明 missing'): string {
    return `<span class="cp-unresolved">${esc(text)}</span>`;
}

function plural(count: number, zh: string, en: string): string | undefined {
    if (count === 0) return undefined;
    return `${count} ${zh} ${en}${count === 1 ? '' : 's'}`;
}
