import type { AgreementExport, DurationExport, ExchangeExport, ExportDocument } from './export-format.js';
import { withoutUndefined } from './export-values.js';

/**
 * ODRL 2.2 view of an agreement's exchanges (docs/language.md §6, docs/export.md).
 *
 * Built from the JSON export document, not from the AST, so both formats state the
 * same facts and refuse the same agreements. Each exchange becomes one ODRL
 * `Agreement` per recipient, because an ODRL Agreement has exactly one assigner and
 * one assignee. The file is a JSON-LD document whose `@graph` lists them.
 */

export const ODRL_CONTEXT = 'http://www.w3.org/ns/odrl.jsonld';

/** The small context for CityPact's own terms, used as compact IRIs (`citypact:exchange`). */
export const CITYPACT_ODRL_CONTEXT = {
    citypact: 'https://citypact.dev/ns/v1#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** IRIs are URNs built from qualified names, which are identifiers joined by dots. */
export const IRI_PREFIX = 'urn:citypact:';

/** The only operators ODRL 2.2 defines. */
export const ODRL_OPERATORS = [
    'eq', 'gt', 'gteq', 'lt', 'lteq', 'neq', 'isA', 'hasPart', 'isPartOf', 'isAllOf', 'isAnyOf', 'isNoneOf',
] as const;
export type OdrlOperator = (typeof ODRL_OPERATORS)[number];

export interface OdrlConstraint {
    leftOperand: string;
    operator: OdrlOperator;
    rightOperand: string | { '@value': string; '@type': string } | { '@id': string }[];
}

export interface OdrlRule {
    target: string;
    action: string;
    /** Expanded form (ODRL 2.2 Information Model §2.7.1): every rule names both parties. */
    assigner: string;
    assignee: string;
    constraint?: OdrlConstraint[];
}

export interface OdrlAgreement {
    '@type': 'Agreement';
    uid: string;
    assigner: string;
    assignee: string;
    [citypactTerm: `citypact:${string}`]: unknown;
    permission: OdrlRule[];
    prohibition?: OdrlRule[];
    obligation?: OdrlRule[];
}

export interface OdrlDocument {
    '@context': [typeof ODRL_CONTEXT, typeof CITYPACT_ODRL_CONTEXT];
    '@graph': OdrlAgreement[];
}

/**
 * A name as a URN segment (RFC 3986 §2.1, RFC 8141): UTF-8 bytes outside the
 * unreserved set percent-encoded with upper-case hex digits, so `上海.医保局` gives a
 * URI every processor accepts, not only an IRI. Names are letters, digits, `_` and
 * `.`, so an ASCII name is written unchanged.
 */
export function urnSegment(name: string): string {
    return encodeURIComponent(name);
}

export function actorIri(qualifiedName: string): string {
    return `${IRI_PREFIX}actor:${urnSegment(qualifiedName)}`;
}

export function datasetIri(qualifiedName: string): string {
    return `${IRI_PREFIX}dataset:${urnSegment(qualifiedName)}`;
}

/** Unique per agreement version, exchange and recipient, so re-exports keep their uids. */
export function policyIri(agreementId: string, version: string, exchangeId: string, assignee: string): string {
    const member = exchangeId.slice(agreementId.length + 1);
    return `${IRI_PREFIX}policy:${urnSegment(agreementId)}:${version}:${urnSegment(member)}:${urnSegment(assignee)}`;
}

export function buildOdrlDocument(document: ExportDocument): OdrlDocument {
    const agreement = document.agreement;
    const graph: OdrlAgreement[] = [];
    for (const exchange of agreement.exchanges) {
        for (const recipient of exchange.to) {
            graph.push(odrlAgreement(agreement, exchange, recipient));
        }
    }
    return { '@context': [ODRL_CONTEXT, CITYPACT_ODRL_CONTEXT], '@graph': graph };
}

function odrlAgreement(agreement: AgreementExport, exchange: ExchangeExport, recipient: string): OdrlAgreement {
    const { id: agreementId, version } = agreement;
    const target = datasetIri(exchange.data);
    const parties = { assigner: actorIri(exchange.from), assignee: actorIri(recipient) };
    // §6: the agreement's term bounds every permission (`dateTime` gteq effective, lteq until).
    const term: OdrlConstraint[] = [
        { leftOperand: 'dateTime', operator: 'gteq', rightOperand: { '@value': agreement.effective, '@type': 'xsd:date' } },
        ...(agreement.until ? [{ leftOperand: 'dateTime', operator: 'lteq' as const, rightOperand: { '@value': agreement.until, '@type': 'xsd:date' } }] : []),
    ];
    const permission = [useOf(target, exchange, parties, term)];
    if (exchange.onward?.rule === 'allowed-to') {
        permission.push({
            target,
            action: 'distribute',
            ...parties,
            constraint: [{
                leftOperand: 'recipient',
                operator: 'isAnyOf',
                rightOperand: exchange.onward.allowedTo.map(actor => ({ '@id': actorIri(actor) })),
            }, ...term],
        });
    }
    return withoutUndefined({
        '@type': 'Agreement',
        uid: policyIri(agreementId, version, exchange.id, recipient),
        // Policy-level parties, repeated on every rule below (expanded form, §6): the
        // W3C SHACL shapes ask for both on each rule of an Agreement.
        ...parties,
        // CityPact terms ODRL has no word for, kept so each policy is traceable.
        'citypact:agreement': agreementId,
        'citypact:agreementVersion': version,
        'citypact:exchange': exchange.id,
        'citypact:legalBasis': exchange.basis,
        'citypact:citation': exchange.citation,
        'citypact:security': exchange.security.length ? exchange.security : undefined,
        'citypact:frequency': exchange.frequency,
        'citypact:approval': exchange.approval,
        permission,
        prohibition: exchange.onward?.rule === 'forbidden' ? [{ target, action: 'distribute', ...parties }] : undefined,
        // A policy-level obligation, not a duty of the `use` permission: in ODRL a
        // permission's duty is a precondition of using, and deletion comes after.
        obligation: exchange.retention && [{
            target,
            action: 'delete',
            ...parties,
            constraint: [{
                leftOperand: 'elapsedTime',
                operator: 'gteq' as const,
                rightOperand: { '@value': isoDuration(exchange.retention), '@type': 'xsd:duration' },
            }],
        }],
    });
}

/** `use`, constrained to the exchange's purpose when it states one. */
function useOf(target: string, exchange: ExchangeExport, parties: { assigner: string; assignee: string }, term: OdrlConstraint[]): OdrlRule {
    const purpose: OdrlConstraint[] = exchange.purpose !== undefined
        ? [{ leftOperand: 'purpose', operator: 'eq', rightOperand: exchange.purpose }]
        : [];
    return { target, action: 'use', ...parties, constraint: [...purpose, ...term] };
}

/** `{ value: 5, unit: "year" }` → `P5Y`; hours → `PT48H` (xsd:duration, ISO 8601). */
export function isoDuration(duration: DurationExport): string {
    switch (duration.unit) {
        case 'year': return `P${duration.value}Y`;
        case 'month': return `P${duration.value}M`;
        case 'day': return `P${duration.value}D`;
        case 'hour': return `PT${duration.value}H`;
    }
}
