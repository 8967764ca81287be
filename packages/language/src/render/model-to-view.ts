import { GrammarUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { CityPactServices } from '../citypact-module.js';
import {
    isAgreement, isBody, isCity, isClause, isExchange, isFunding, isJurisdiction, isObligation,
    isOrganization, isService, type Actor, type Agreement, type Body, type Dataset, type Duration, type Exchange, type Funding, type Jurisdiction,
    type Member, type Model, type Obligation, type Service, type Translation,
} from '../generated/ast.js';
import { actorKindName, containingChain, districtKindOf, levelOf } from '../model/actors.js';
import { amountPer } from '../model/amounts.js';
import { formatHundredths, sumPercents } from '../model/decimal.js';
import { dimensionSupport } from '../model/dimensions.js';
import { qualifiedNameOf, referenceText } from '../references/qualified-names.js';
import type {
    ActorRef, AgreementView, BodyView, ClauseView, DatasetView, DiagnosticView, ExchangeView, FundingView,
    JurisdictionView, LabelView, MemberView, ObligationView, ServiceView,
} from './agreement-view.js';

/**
 * Builds the view of one agreement from its AST (see agreement-view.ts). Tolerant by
 * design: it never throws on a half-written agreement, because the preview renders
 * every keystroke and `citypact render` renders drafts with errors.
 */
export function agreementView(agreement: Agreement, document: LangiumDocument, services: CityPactServices): AgreementView {
    const doc = (node: AstNode) => docOf(node, services);
    const members = agreement.members;
    return {
        id: agreement.name || '(unnamed agreement)',
        label: labelOf(agreement),
        doc: doc(agreement),
        line: lineOf(agreement),
        fileName: document.uri.path.split('/').pop() ?? '',
        version: agreement.version,
        supersedes: agreement.supersedes && supersededView(agreement),
        dimensions: dimensionSupport(agreement).map(support => ({
            dimension: support.dimension,
            declared: agreement.dimensions.includes(support.dimension),
            supported: support.supported,
            reason: { en: support.reason.en, zh: support.reason['zh-CN'] },
        })),
        signed: agreement.signed,
        effective: agreement.effective,
        until: agreement.until,
        termLine: propertyLine(agreement, 'effective') ?? lineOf(agreement),
        parties: agreement.parties.map(party => ({
            actor: actorRef(party.actor),
            role: party.role ?? 'member',
            signatory: party.signatory,
            line: lineOf(party),
        })),
        bodies: members.filter(isBody).map(body => bodyView(body, doc)),
        services: members.filter(isService).map(service => serviceView(service, doc)),
        exchanges: members.filter(isExchange).map(exchange => exchangeView(exchange, doc)),
        fundings: members.filter(isFunding).map(funding => fundingView(funding, doc)),
        obligations: members.filter(isObligation).map(obligation => obligationView(obligation, doc)),
        clauses: members.filter(isClause).map((clause): ClauseView => memberHead(clause, doc)),
        disputes: agreement.disputes && {
            body: agreement.disputes.body && {
                id: referenceId(agreement.disputes.body),
                resolved: !!agreement.disputes.body.ref,
                label: agreement.disputes.body.ref && labelOf(agreement.disputes.body.ref),
            },
            then: agreement.disputes.escalation,
            forum: agreement.disputes.forum,
            line: lineOf(agreement.disputes),
        },
        amendment: agreement.amendment && { decision: agreement.amendment.decision, line: lineOf(agreement.amendment) },
        termination: agreement.termination && {
            notice: durationText(agreement.termination.notice),
            line: lineOf(agreement.termination),
        },
        diagnostics: diagnosticsFor(agreement, document),
    };
}

/** Every agreement of a document, in source order. */
export function agreementsOf(document: LangiumDocument): Agreement[] {
    return (document.parseResult.value as Model).declarations?.filter(isAgreement) ?? [];
}

// ---------------------------------------------------------------- members

type DocOf = (node: AstNode) => string | undefined;

function memberHead(member: Member, doc: DocOf): MemberView {
    return {
        id: qualifiedNameOf(member) ?? member.name ?? '',
        name: member.name ?? '',
        label: labelOf(member),
        doc: doc(member),
        line: lineOf(member),
    };
}

function bodyView(body: Body, doc: DocOf): BodyView {
    return {
        ...memberHead(body, doc),
        kind: body.kind,
        members: body.members.map(actorRef),
        chair: body.chair && actorRef(body.chair),
        decidesBy: body.decidesBy,
        meets: body.meets,
    };
}

function serviceView(service: Service, doc: DocOf): ServiceView {
    const shares = service.costs?.shares ?? [];
    const total = shares.length ? sumPercents(shares.map(share => share.share ?? '')) : undefined;
    return {
        ...memberHead(service, doc),
        mode: service.mode,
        provider: service.provider && actorRef(service.provider),
        users: service.users.map(actorRef),
        collectsAt: service.collectsAt && actorRef(service.collectsAt),
        processesAt: service.processesAt && actorRef(service.processesAt),
        respondsWithin: durationText(service.respondsWithin),
        costs: shares.map(share => ({ actor: actorRef(share.actor), share: share.share ?? '', line: lineOf(share) })),
        costsTotal: total === undefined ? undefined : `${formatHundredths(total)}%`,
    };
}

function exchangeView(exchange: Exchange, doc: DocOf): ExchangeView {
    const onward = exchange.onward;
    return {
        ...memberHead(exchange, doc),
        dataset: exchange.data && datasetView(exchange.data),
        from: exchange.from && actorRef(exchange.from),
        to: exchange.to.map(actorRef),
        purpose: exchange.purpose,
        basis: exchange.basis,
        citation: exchange.citation,
        retention: durationText(exchange.retention),
        security: [...exchange.security],
        onward: onward && (onward.forbidden
            ? { forbidden: true }
            : { forbidden: false, allowedTo: onward.allowedTo.map(actorRef) }),
        frequency: exchange.frequency,
        approval: exchange.approval,
    };
}

function fundingView(funding: Funding, doc: DocOf): FundingView {
    const amount = funding.amount;
    return {
        ...memberHead(funding, doc),
        form: funding.form,
        by: funding.by && actorRef(funding.by),
        to: funding.to && actorRef(funding.to),
        amount: amount?.value ? { value: amount.value, per: amountPer(amount) } : undefined,
        basis: funding.basis,
        until: funding.until,
    };
}

function obligationView(obligation: Obligation, doc: DocOf): ObligationView {
    return {
        ...memberHead(obligation, doc),
        by: obligation.by && actorRef(obligation.by),
        for: obligation.beneficiaries.map(actorRef),
        due: obligation.due,
        remedy: obligation.remedy,
    };
}

function datasetView(reference: Reference<Dataset>): DatasetView {
    const dataset = reference.ref;
    if (!dataset) {
        return { id: referenceText(reference), resolved: false, classification: 'general', personalData: 'none', fields: [] };
    }
    const sharing = dataset.sharing;
    return {
        id: qualifiedNameOf(dataset) ?? referenceText(reference),
        resolved: true,
        label: labelOf(dataset),
        holder: dataset.holder && actorRef(dataset.holder),
        sharing: sharing && {
            kind: sharing.kind,
            text: sharing.kind === 'conditional' ? sharing.condition : sharing.kind === 'none' ? sharing.basis : undefined,
        },
        // §2.3: omitted classification means general, omitted personal-data means none.
        classification: dataset.classification ?? 'general',
        personalData: dataset.personalData ?? 'none',
        fields: [...dataset.fields],
    };
}

function supersededView(agreement: Agreement): AgreementView['supersedes'] {
    const reference = agreement.supersedes!;
    const target = reference.ref;
    return {
        id: referenceId(reference),
        resolved: !!target,
        label: target && labelOf(target),
        version: target?.version,
        line: propertyLine(agreement, 'supersedes') ?? lineOf(agreement),
    };
}

// ---------------------------------------------------------------- actors

/** A reference to an actor as the view needs it; unresolved references keep their text. */
export function actorRef(reference: Reference<Actor>): ActorRef {
    const actor = reference.ref;
    if (!actor) return { id: referenceText(reference), resolved: false, jurisdictions: [] };
    return {
        id: qualifiedNameOf(actor) ?? referenceText(reference),
        resolved: true,
        label: labelOf(actor),
        kind: actorKindName(actor),
        level: levelOf(actor),
        organizationKind: isOrganization(actor) ? actor.kind : undefined,
        districtKind: districtKindOf(actor),
        jurisdictions: jurisdictionsOf(actor),
    };
}


/**
 * The jurisdictions an actor lies in, outermost first. The `of` chain, extended by
 * the outermost city's `within` province: drafters think of Hangzhou as part of
 * Zhejiang, and grouping it there shows the cross-level structure of an agreement.
 */
function jurisdictionsOf(actor: Actor): JurisdictionView[] {
    const chain = containingChain(actor).filter(isJurisdiction);
    const outermost = chain[chain.length - 1];
    if (outermost && isCity(outermost) && outermost.within?.ref) chain.push(outermost.within.ref);
    return chain.reverse().map(jurisdictionView).filter((j): j is JurisdictionView => j !== undefined);
}

function jurisdictionView(jurisdiction: Jurisdiction): JurisdictionView | undefined {
    const id = qualifiedNameOf(jurisdiction);
    const level = levelOf(jurisdiction);
    if (!id || !level) return undefined;
    return { id, label: labelOf(jurisdiction), level, code: jurisdiction.code };
}

// ---------------------------------------------------------------- small values

export function labelOf(node: { label?: string; translations?: Translation[] }): LabelView {
    const label: LabelView = { text: node.label ?? '' };
    for (const translation of node.translations ?? []) {
        if (translation.lang === 'en' && label.en === undefined) label.en = translation.text;
        if (translation.lang === 'zh' && label.zh === undefined) label.zh = translation.text;
    }
    return label;
}

function durationText(duration: Duration | undefined): string | undefined {
    if (!duration || duration.value === undefined || !duration.unit) return undefined;
    return `${duration.value} ${duration.unit}`;
}

function referenceId(reference: Reference): string {
    const target = reference.ref;
    return (target && qualifiedNameOf(target)) || referenceText(reference);
}

/** The 1-based line where a node starts (its first token; a doc comment before it is not part of it). */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

function propertyLine(node: AstNode, property: string): number | undefined {
    const cst = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return cst ? cst.range.start.line + 1 : undefined;
}

/** The `/** doc *\/` before a node, markers stripped (the same text the export writes). */
function docOf(node: AstNode, services: CityPactServices): string | undefined {
    const comment = services.documentation.CommentProvider.getComment(node);
    if (!comment || !comment.startsWith('/**') || comment === '/**/') return undefined;
    const lines = comment.replace(/^\/\*\*/, '').replace(/\*\/$/, '').split(/\r\n|\r|\n/)
        .map(line => line.replace(/^\s*\*(?: |\t)?/, '').trimEnd());
    while (lines.length && lines[0].trim() === '') lines.shift();
    while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
    const text = lines.length === 1 ? lines[0].trim() : lines.join('\n');
    return text || undefined;
}

// ---------------------------------------------------------------- diagnostics

const SEVERITIES: Record<number, DiagnosticView['severity']> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'info',
};

/**
 * The file's diagnostics that concern this agreement: those inside it, and those
 * outside every agreement (a bad dataset in the same file still matters to the
 * reader); a second agreement's problems belong to that agreement's page.
 */
function diagnosticsFor(agreement: Agreement, document: LangiumDocument): DiagnosticView[] {
    const others = agreementsOf(document).filter(a => a !== agreement && a.$cstNode).map(a => a.$cstNode!.range);
    const insideOther = (diagnostic: Diagnostic) => others.some(range =>
        diagnostic.range.start.line >= range.start.line && diagnostic.range.start.line <= range.end.line);
    return (document.diagnostics ?? [])
        .filter(diagnostic => !insideOther(diagnostic))
        .map(diagnostic => ({
            severity: SEVERITIES[diagnostic.severity ?? DiagnosticSeverity.Error],
            rule: String(diagnostic.code ?? 'syntax'),
            message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
            line: diagnostic.range.start.line + 1,
            column: diagnostic.range.start.character + 1,
        }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}
