import type { AstNode } from 'langium';
import {
    isBody, isClause, isDepartment, isExchange, isFunding, isObligation, isOrganization,
    isService, type Actor, type Agreement, type Amount, type Body, type Clause, type Dataset, type Exchange, type Funding,
    type Jurisdiction, type Obligation, type Party, type Service, type Translation,
} from '../generated/ast.js';
import type { CityPactServices } from '../citypact-module.js';
import { actorKindName, districtKindOf, levelOf } from '../model/actors.js';
import { amountPer, LARGEST_EXACT_AMOUNT } from '../model/amounts.js';
import { supportedDimensions } from '../model/dimensions.js';
import { qualifiedNameOf } from '../references/qualified-names.js';
import { docCommentOf } from './doc-comments.js';
import {
    EXPORT_FORMAT_VERSION, EXPORT_SCHEMA_ID, GENERATOR_NAME, GENERATOR_VERSION,
    type AgreementExport, type AmountExport, type BodyExport, type DatasetExport, type DimensionName,
    type ExchangeExport, type ExportDocument, type FundingExport, type NamedExport, type ObligationExport, type PartyExport,
    type ServiceExport, type SharingExport,
} from './export-format.js';
import {
    durationOf, ExportRefusal, percentOf, refName, refNames, required, translationsOf, withoutUndefined, wellFormed,
} from './export-values.js';

/** Where the agreement came from, as `source` in the document (§6). */
export interface ExportSource {
    /** Relative to the workspace root, `/`-separated. */
    path: string;
    /** Hex SHA-256 of the file's bytes. */
    sha256: string;
}

/**
 * Builds the JSON export document of one agreement (docs/language.md §6). Pure: the same
 * AST and source give an equal object, whose key order is fixed by this code.
 * Throws ExportRefusal when a reference does not resolve or a required property is
 * missing, rather than writing a document that misstates the agreement.
 */
export function buildExportDocument(agreement: Agreement, services: CityPactServices, source: ExportSource): ExportDocument {
    return withoutUndefined({
        $schema: EXPORT_SCHEMA_ID,
        formatVersion: EXPORT_FORMAT_VERSION,
        generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
        source: { path: source.path, sha256: source.sha256 },
        agreement: new AgreementExporter(services).agreement(agreement),
    });
}

/** One builder method per declaration kind; each keeps the key order of docs/export.md. */
class AgreementExporter {
    constructor(private readonly services: CityPactServices) {}

    agreement(agreement: Agreement): AgreementExport {
        const id = required(qualifiedNameOf(agreement), 'The agreement name');
        const members = agreement.members;
        const exchanges = members.filter(isExchange);
        return {
            ...this.named(agreement, id),
            version: wellFormed(required(agreement.version, `${id}: version`), 'version', `${id}: version`),
            supersedes: agreement.supersedes && refName(agreement.supersedes, `${id}: supersedes`),
            dimensions: {
                declared: [...agreement.dimensions] as DimensionName[],
                // §6: sorted, unlike the rule's table order.
                supported: [...supportedDimensions(agreement)].sort(),
            },
            signed: wellFormed(agreement.signed, 'date', `${id}: signed`),
            effective: wellFormed(required(agreement.effective, `${id}: effective`), 'date', `${id}: effective`),
            until: wellFormed(agreement.until, 'date', `${id}: until`),
            parties: agreement.parties.map(party => this.party(party, id)),
            bodies: members.filter(isBody).map(body => this.body(body)),
            services: members.filter(isService).map(service => this.service(service)),
            datasets: this.datasetsOf(exchanges),
            exchanges: exchanges.map(exchange => this.exchange(exchange)),
            fundings: members.filter(isFunding).map(funding => this.funding(funding)),
            obligations: members.filter(isObligation).map(obligation => this.obligation(obligation)),
            clauses: members.filter(isClause).map(clause => this.clause(clause)),
            disputes: agreement.disputes && {
                by: refName(agreement.disputes.body, `${id}: disputes by`),
                then: agreement.disputes.escalation,
                forum: agreement.disputes.forum,
            },
            amendment: agreement.amendment?.decision,
            termination: agreement.termination && { notice: durationOf(agreement.termination.notice) },
        };
    }

    /** `id`, `name`, `translations`, `doc`: the head of every exported declaration. */
    private named(node: AstNode & { label: string; translations: Translation[] }, id: string): NamedExport {
        return {
            id,
            name: node.label,
            translations: translationsOf(node.translations),
            doc: docCommentOf(node, this.services),
        };
    }

    private memberHead(member: Body | Service | Exchange | Funding | Obligation | Clause): NamedExport {
        return this.named(member, required(qualifiedNameOf(member), 'A member name'));
    }

    private party(party: Party, agreementId: string): PartyExport {
        const id = refName(party.actor, `${agreementId}: party`);
        const actor = party.actor.ref!;
        const jurisdiction = jurisdictionOf(actor, id);
        return {
            id,
            kind: actorKindName(actor),
            name: actor.label,
            translations: translationsOf(actor.translations),
            // §2.4: `member` is the default role.
            role: party.role ?? 'member',
            signatory: party.signatory,
            level: levelOf(actor),
            jurisdiction: jurisdiction && qualifiedNameOf(jurisdiction),
            divisionCode: jurisdiction?.code,
            organizationKind: isOrganization(actor) ? actor.kind : undefined,
            // Since 1.1.0 (§2.1, §6): the county-level kind of the district the party is or acts for.
            districtKind: districtKindOf(actor),
            // Since 1.1.0 (§6): the Unified Social Credit Code, when declared.
            uscc: isOrganization(actor) || isDepartment(actor) ? actor.uscc : undefined,
        };
    }

    private body(body: Body): BodyExport {
        const head = this.memberHead(body);
        return {
            ...head,
            kind: body.kind,
            members: refNames(body.members, `${head.id}: members`),
            chair: refName(required(body.chair, `${head.id}: chair`), `${head.id}: chair`),
            decidesBy: required(body.decidesBy, `${head.id}: decides by`),
            meets: body.meets,
        };
    }

    private service(service: Service): ServiceExport {
        const head = this.memberHead(service);
        return {
            ...head,
            mode: required(service.mode, `${head.id}: mode`),
            provider: refName(required(service.provider, `${head.id}: provider`), `${head.id}: provider`),
            users: refNames(service.users, `${head.id}: users`),
            collectsAt: service.collectsAt && refName(service.collectsAt, `${head.id}: collects-at`),
            processesAt: service.processesAt && refName(service.processesAt, `${head.id}: processes-at`),
            respondsWithin: service.respondsWithin && durationOf(service.respondsWithin),
            costs: (service.costs?.shares ?? []).map(share => ({
                actor: refName(share.actor, `${head.id}: costs`),
                share: percentOf(share.share),
            })),
        };
    }

    /** Every dataset the exchanges name, once each, in order of first mention (§6). */
    private datasetsOf(exchanges: Exchange[]): DatasetExport[] {
        const datasets: Dataset[] = [];
        for (const exchange of exchanges) {
            const dataset = exchange.data?.ref;
            if (dataset && !datasets.includes(dataset)) datasets.push(dataset);
        }
        return datasets.map(dataset => this.dataset(dataset));
    }

    private dataset(dataset: Dataset): DatasetExport {
        const id = required(qualifiedNameOf(dataset), 'A dataset name');
        return {
            ...this.named(dataset, id),
            holder: refName(dataset.holder, `${id}: of`),
            sharing: sharingOf(dataset, id),
            // §2.3: omitted classification means general, omitted personal-data means none.
            classification: dataset.classification ?? 'general',
            personalData: dataset.personalData ?? 'none',
            fields: [...dataset.fields],
        };
    }

    private exchange(exchange: Exchange): ExchangeExport {
        const head = this.memberHead(exchange);
        const onward = exchange.onward;
        return {
            ...head,
            data: refName(required(exchange.data, `${head.id}: data`), `${head.id}: data`),
            from: refName(required(exchange.from, `${head.id}: from`), `${head.id}: from`),
            to: refNames(exchange.to, `${head.id}: to`),
            purpose: exchange.purpose,
            basis: exchange.basis,
            citation: exchange.citation,
            retention: exchange.retention && durationOf(exchange.retention),
            security: [...exchange.security],
            onward: onward && (onward.forbidden
                ? { rule: 'forbidden' as const }
                : { rule: 'allowed-to' as const, allowedTo: refNames(onward.allowedTo, `${head.id}: onward allowed-to`) }),
            frequency: exchange.frequency,
            approval: exchange.approval,
        };
    }

    private funding(funding: Funding): FundingExport {
        const head = this.memberHead(funding);
        return {
            ...head,
            form: required(funding.form, `${head.id}: form`),
            by: refName(required(funding.by, `${head.id}: by`), `${head.id}: by`),
            to: refName(required(funding.to, `${head.id}: to`), `${head.id}: to`),
            // §6: `null`, not omitted, so a consumer tells "no amount stated" from an old document.
            amount: funding.amount ? amountOf(funding.amount, head.id) : null,
            basis: funding.basis,
            until: wellFormed(funding.until, 'date', `${head.id}: until`),
        };
    }

    private obligation(obligation: Obligation): ObligationExport {
        const head = this.memberHead(obligation);
        return {
            ...head,
            by: refName(required(obligation.by, `${head.id}: by`), `${head.id}: by`),
            for: refNames(obligation.beneficiaries, `${head.id}: for`),
            due: wellFormed(required(obligation.due, `${head.id}: due`), 'date', `${head.id}: due`),
            remedy: obligation.remedy,
        };
    }

    private clause(clause: Clause): NamedExport {
        return this.memberHead(clause);
    }
}

/**
 * `1200000.50 CNY per year` → `{ value: 1200000.5, currency: "CNY", per: "year" }`. The
 * grammar allows at most two decimals, so the nearest double prints back as the same
 * digits; a value with more (only possible when `syntax` could not stop the export) or
 * too large to keep them is refused, never rounded.
 */
function amountOf(amount: Amount, id: string): AmountExport {
    const text = required(amount.value, `${id}: amount`);
    const value = Number(text);
    if (!/^[0-9]+(\.[0-9]{1,2})?$/.test(text) || !(value <= LARGEST_EXACT_AMOUNT)) {
        throw new ExportRefusal(`${id}: the amount ${text} cannot be exported exactly`);
    }
    return { value, currency: 'CNY', per: amountPer(amount) };
}

function sharingOf(dataset: Dataset, id: string): SharingExport {
    const sharing = required(dataset.sharing, `${id}: sharing`);
    switch (sharing.kind) {
        case 'conditional': return { class: 'conditional', condition: required(sharing.condition, `${id}: sharing condition`) };
        case 'none': return { class: 'none', basis: required(sharing.basis, `${id}: sharing basis`) };
        case 'unconditional': return { class: 'unconditional' };
        default: throw new ExportRefusal(`${id}: unknown sharing class`);
    }
}


/**
 * The jurisdiction a party acts for: a jurisdiction acts for itself (through its
 * people's government), a department for the jurisdiction it is `of` (§2.2), an
 * organization for none.
 */
function jurisdictionOf(actor: Actor, id: string): Jurisdiction | undefined {
    if (isDepartment(actor)) {
        refName(actor.jurisdiction, `${id}: of`); // refuses when it does not resolve
        return actor.jurisdiction.ref;
    }
    if (isOrganization(actor)) return undefined;
    return actor;
}
