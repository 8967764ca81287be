import type { ActorRef, AgreementView, DiagnosticView, LabelView } from './agreement-view.js';
import { escapeMarkdown as md, escapeMarkdownLine as mdLine, markdownCell as cell } from './escape.js';
import { paragraphs } from './prose.js';
import { totalsByPeriod } from '../model/amounts.js';
import { actorKindText as kindAndLevel, amountText, durationText, HEADINGS, personalDataTerm, term, termText } from './terms.js';

/**
 * The agreement as Markdown, for wikis, merge requests and document systems that
 * take Markdown. Same sections and order as the HTML page. Markdown cannot hold the
 * diagram, so a data-flow table says who sends what to whom, and when the CLI writes
 * files the diagram is written beside it as `<id>.svg` and shown as an image.
 */

export interface MarkdownOptions {
    /** The agreement file as a relative, percent-encoded URL (see encodePath): links become `[L12](<href>#L12)`. */
    sourceHref?: string;
    /** A relative URL of the diagram as an SVG file, shown as an image under the title. */
    diagramHref?: string;
    generator?: string;
}

export function renderMarkdown(view: AgreementView, options: MarkdownOptions = {}): string {
    const out: string[] = [];
    const src = (line: number) => options.sourceHref === undefined ? `L${line}` : `[L${line}](${options.sourceHref}#L${line})`;
    const h2 = (kind: keyof typeof HEADINGS) => out.push('', `## ${HEADINGS[kind].zh} ${HEADINGS[kind].en}`, '');

    // Problems first: a reader must know the draft is not clean before reading it.
    if (view.diagnostics.length) {
        out.push(`> **${HEADINGS.diagnostics.zh} ${HEADINGS.diagnostics.en}: ${summary(view.diagnostics)}.** `
            + '本文件尚未通过检查，以下内容可能不完整。This draft does not pass `citypact check` yet.', '>');
        for (const d of view.diagnostics) {
            out.push(`> - **${d.severity}** ${src(d.line)}:${d.column} ${md(d.message)} \`${d.rule}\``);
        }
        out.push('');
    }

    out.push(`# ${mdLine(view.label.text)}`, '');
    if (view.label.en) out.push(`**${md(view.label.en)}**`, '');
    if (view.label.zh && view.label.zh !== view.label.text) out.push(`**${md(view.label.zh)}**`, '');
    const declared = view.dimensions.filter(d => d.declared).map(d => termText(d.dimension));
    const facts: [string, string][] = [
        ['标识 Id', `\`${view.id}\` (${src(view.line)})`],
        ['版本 Version', cell(view.version)],
    ];
    if (view.supersedes) {
        const s = view.supersedes;
        facts.push(['替代 Supersedes', `${s.resolved ? md(s.label?.text ?? s.id) : `${md(s.id)} (未解析 unresolved)`} \`${s.id}\`${s.version ? ` v${s.version}` : ''}`]);
    }
    if (view.signed) facts.push(['签订 Signed', view.signed]);
    facts.push(['有效期 In force', view.effective ? `${view.effective} – ${view.until ?? '长期有效 open-ended'}` : '—']);
    facts.push(['合作维度 Dimensions', declared.length ? declared.map(md).join(', ') : '未声明 none declared']);
    for (const [name, value] of facts) out.push(`- **${name}:** ${value}`);
    if (view.doc) out.push('', ...quoteDoc(view.doc));

    if (options.diagramHref) {
        h2('diagram');
        out.push(`![${md(`合作关系图 Diagram: ${view.label.text}`)}](${options.diagramHref})`);
    }

    h2('parties');
    out.push('| 参与方 Party | 角色 Role | 类型与层级 Kind and level | 所在辖区 Jurisdiction | 签署人 Signatory | 源 Source |', '|---|---|---|---|---|---|');
    for (const party of view.parties) {
        out.push(`| ${actorCell(party.actor)} | ${md(termText(party.role))} | ${cell(kindAndLevel(party.actor))} | ${cell(party.actor.jurisdictions.map(j => j.label.text).join(' › '))} | ${cell(party.signatory)} | ${src(party.line)} |`);
    }

    if (view.bodies.length) {
        h2('bodies');
        for (const body of view.bodies) {
            out.push(`### ${labelHeading(body.label)} (${src(body.line)})`, '');
            if (body.doc) out.push(...quoteDoc(body.doc), '');
            if (body.kind) out.push(`- **机构类型 Kind:** ${md(termText(body.kind))}`);
            out.push(`- **召集人 Chair:** ${body.chair ? actor(body.chair) : '—'}`);
            out.push(`- **成员 Members:** ${actors(body.members)}`);
            out.push(`- **议事规则 Decides by:** ${body.decidesBy ? md(termText(body.decidesBy)) : '—'}`);
            out.push(`- **会议频次 Meets:** ${body.meets ? md(termText(body.meets)) : '未约定 not set'}`, '');
        }
    }

    if (view.services.length) {
        h2('services');
        for (const service of view.services) {
            out.push(`### ${labelHeading(service.label)} (${src(service.line)})`, '');
            if (service.doc) out.push(...quoteDoc(service.doc), '');
            out.push(`- **办理模式 Mode:** ${service.mode ? md(termText(service.mode)) : '—'}`);
            out.push(`- **提供方 Provider:** ${service.provider ? actor(service.provider) : '—'}`);
            out.push(`- **使用方 Users:** ${actors(service.users)}`);
            if (service.collectsAt) out.push(`- **代收地 Collects at:** ${actor(service.collectsAt)}`);
            if (service.processesAt) out.push(`- **代办地 Processes at:** ${actor(service.processesAt)}`);
            if (service.respondsWithin) out.push(`- **办理时限 Responds within:** ${md(durationText(service.respondsWithin))}`);
            if (service.costs.length) {
                out.push('', '| 费用分担方 Cost share | 比例 Share | 源 Source |', '|---|---:|---|');
                for (const share of service.costs) out.push(`| ${actor(share.actor)} | ${md(share.share)} | ${src(share.line)} |`);
                out.push(`| **合计 Total** | **${md(service.costsTotal ?? '—')}** | |`);
            }
            out.push('');
        }
    }

    if (view.exchanges.length) {
        h2('exchanges');
        // The table is the diagram's content in words: who sends what to whom, and why.
        out.push('| 提供方 From | 数据 Dataset | 接收方 To | 用途 Purpose | 依据 Basis | 源 Source |', '|---|---|---|---|---|---|');
        for (const e of view.exchanges) {
            const grade = e.dataset?.personalData ?? 'none';
            const mark = grade === 'sensitive' ? ' ⚠ **敏感 sensitive**' : grade === 'ordinary' ? ' (个人信息 personal)' : '';
            const data = e.dataset ? `${md(e.dataset.label?.text ?? e.dataset.id)}${mark}` : '—';
            out.push(`| ${e.from ? actor(e.from) : '—'} | ${data} | ${actors(e.to)} | ${cell(e.purpose)} | ${e.basis ? md(termText(e.basis)) : '—'} | ${src(e.line)} |`);
        }
        out.push('');
        for (const e of view.exchanges) {
            const d = e.dataset;
            out.push(`### ${labelHeading(e.label)} (${src(e.line)})`, '');
            if (e.doc) out.push(...quoteDoc(e.doc), '');
            if (d) {
                const personal = personalDataTerm(d.personalData);
                const classification = term(d.classification);
                out.push(`- **数据 Dataset:** ${d.resolved ? md(d.label?.text ?? d.id) : `${md(d.id)} (未解析 unresolved)`} \`${d.id}\` — ${personal.zh} ${personal.en}, ${classification.zh} ${classification.en}`);
                if (d.sharing) out.push(`- **共享类型 Sharing:** ${md(termText(d.sharing.kind))}${d.sharing.text ? `：${md(d.sharing.text)}` : ''}`);
                if (d.fields.length) out.push(`- **字段 Fields:** ${d.fields.map(md).join('、')}`);
            } else {
                out.push('- **数据 Dataset:** —');
            }
            out.push(`- **提供方 From:** ${e.from ? actor(e.from) : '—'}`);
            out.push(`- **接收方 To:** ${actors(e.to)}`);
            out.push(`- **用途 Purpose:** ${cell(e.purpose)}`);
            out.push(`- **依据 Legal basis:** ${e.basis ? `${md(termText(e.basis))}${e.citation ? `：${md(e.citation)}` : ''}` : '未写明 none stated'}`);
            out.push(`- **保存期限 Retention:** ${e.retention ? md(durationText(e.retention)) : '未约定 not set'}`);
            out.push(`- **安全措施 Security:** ${e.security.length ? e.security.map(s => md(termText(s))).join(', ') : '未约定 none'}`);
            out.push(`- **再转交 Onward:** ${!e.onward ? '未约定 not set' : e.onward.forbidden ? '禁止 forbidden' : `仅限 allowed to ${actors(e.onward.allowedTo)}`}`);
            if (e.frequency) out.push(`- **频次 Frequency:** ${md(termText(e.frequency))}`);
            if (e.approval) out.push(`- **审批 Approval:** ${md(e.approval)}`);
            out.push('');
        }
    }

    if (view.fundings.length) {
        h2('fundings');
        out.push('| 资金安排 Funding | 形式 Form | 出资方 By | 接受方 To | 金额 Amount | 依据 Basis | 截止 Until | 源 Source |', '|---|---|---|---|---:|---|---|---|');
        for (const f of view.fundings) {
            const amount = f.amount ? amountText(f.amount) : undefined;
            const amountCell = amount ? `${md(amount.zh)}<br>${md(amount.en)}`
                : f.form === 'tax-incentive' ? '依法享受，未约定金额 set by law' : '未写明 missing';
            out.push(`| ${labelCell(f.label)} | ${f.form ? md(termText(f.form)) : '—'} | ${f.by ? actor(f.by) : '—'} | ${f.to ? actor(f.to) : '—'} | ${amountCell} | ${cell(f.basis)} | ${f.until ?? '随协议 with the agreement'} | ${src(f.line)} |`);
        }
        const totals = totalsByPeriod(view.fundings.flatMap(f => f.amount ? [f.amount] : []))
            .map(({ per, total }) => amountText({ value: total, per }));
        if (totals.length) out.push('', `**资金合计 Total committed:** ${totals.map(t => md(t.zh)).join('；')} (${totals.map(t => md(t.en)).join('; ')})`);
        out.push('');
    }

    if (view.obligations.length) {
        h2('obligations');
        out.push('| 义务 Obligation | 履行方 By | 受益方 For | 期限 Due | 未履行的处理 Remedy | 源 Source |', '|---|---|---|---|---|---|');
        for (const o of view.obligations) {
            out.push(`| ${labelCell(o.label)} | ${o.by ? actor(o.by) : '—'} | ${actors(o.for)} | ${cell(o.due)} | ${cell(o.remedy)} | ${src(o.line)} |`);
        }
    }

    if (view.clauses.length) {
        h2('clauses');
        view.clauses.forEach((clause, index) => {
            out.push(`${index + 1}. ${md(clause.label.text)} (${src(clause.line)})`);
            if (clause.label.en) out.push(`   ${md(clause.label.en)}`);
            out.push('');
        });
    }

    h2('closing');
    const d = view.disputes;
    const body = d?.body ? (d.body.resolved ? md(d.body.label?.text ?? d.body.id) : `${md(d.body.id)} (未解析 unresolved)`) : '—';
    const disputes = !d ? '未约定 not agreed'
        : `由${body}协商解决${d.then ? `；协商不成的，${md(term(d.then).zh)}${d.forum ? `（${md(d.forum)}）` : ''}` : ''}。`
        + ` Settled by the body${d.then ? `; failing that, ${md(term(d.then).en)}${d.forum ? ` (${md(d.forum)})` : ''}` : ''}. (${src(d.line)})`;
    out.push(`- **争议解决 Disputes:** ${disputes}`);
    const amendment = view.amendment;
    out.push(`- **协议变更 Amendment:** ${amendment?.decision ? `经${md(term(amendment.decision).zh)}通过。Amended by ${md(term(amendment.decision).en)}. (${src(amendment.line)})` : '未约定 not agreed'}`);
    const termination = view.termination;
    out.push(`- **协议终止 Termination:** ${termination?.notice ? `提前${md(durationText(termination.notice))}书面通知。Written notice of ${md(termination.notice)}. (${src(termination.line)})` : '未约定 not agreed'}`);

    const generator = options.generator ?? 'citypact';
    const file = options.sourceHref === undefined ? md(view.fileName) : `[${md(view.fileName)}](${options.sourceHref})`;
    out.push('', '---', '', `*由 ${md(generator)} 根据 ${file} 生成；以源文件为准。Rendered by ${md(generator)} from ${file}; the source file is authoritative.*`, '');
    // Sections end with a blank line and headings start with one: never two in a row.
    return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function summary(diagnostics: DiagnosticView[]): string {
    const count = (s: DiagnosticView['severity']) => diagnostics.filter(d => d.severity === s).length;
    return [[count('error'), 'error'], [count('warning'), 'warning'], [count('info'), 'info']]
        .filter(([n]) => n)
        .map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`)
        .join(', ');
}

function labelHeading(label: LabelView): string {
    return `${md(label.text)}${label.en ? ` · ${md(label.en)}` : ''}`;
}

function labelCell(label: LabelView): string {
    return `${md(label.text)}${label.en ? `<br>${md(label.en)}` : ''}`;
}

function actor(a: ActorRef): string {
    return a.resolved ? md(a.label?.text ?? a.id) : `${md(a.id)} (未解析 unresolved)`;
}

function actors(list: ActorRef[]): string {
    return list.length ? list.map(actor).join('、') : '—';
}

function actorCell(a: ActorRef): string {
    if (!a.resolved) return actor(a);
    return `**${md(a.label?.text ?? a.id)}**${a.label?.en ? `<br>${md(a.label.en)}` : ''}<br>\`${a.id}\``;
}

/** A doc comment as a block quote, one line per paragraph (see prose.ts). */
function quoteDoc(doc: string): string[] {
    return paragraphs(doc).flatMap((p, i) => (i === 0 ? [`> ${mdLine(p)}`] : ['>', `> ${mdLine(p)}`]));
}
