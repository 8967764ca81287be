import type { Level } from '../model/actors.js';

/**
 * An agreement as the renderers see it: plain data, no AST, no Langium. Built by
 * model-to-view.ts, read by html.ts, markdown.ts and the diagram.
 *
 * Unlike the export document, a view is built for an agreement *with errors* too
 * (issue #10: a draft is circulated before it is clean): an unresolved reference
 * keeps the text the user wrote and says it is unresolved, a missing property is
 * simply absent. Every section carries the 1-based line of the agreement file it
 * comes from, for the links back to the source.
 */

/** An official name and its translations (docs/language.md §1). */
export interface LabelView {
    /** The label as written: the official name (for a clause, its text). */
    text: string;
    en?: string;
    zh?: string;
}

export type ActorKindView = 'province' | 'city' | 'district' | 'township' | 'department' | 'organization';

/** A jurisdiction that contains an actor: the diagram groups by these. */
export interface JurisdictionView {
    id: string;
    label: LabelView;
    level: Level;
    code?: string;
}

/** A reference to an actor, resolved or not. */
export interface ActorRef {
    /** The qualified name; for an unresolved reference, the text as written. */
    id: string;
    resolved: boolean;
    label?: LabelView;
    kind?: ActorKindView;
    level?: Level;
    /** For organizations: enterprise, university, ... */
    organizationKind?: string;
    /** §2.1: at the district (county) level, its kind: `county-level-city`, `county` … */
    districtKind?: string;
    /**
     * The jurisdictions the actor lies in, outermost first, a jurisdiction including
     * itself: `Hangzhou.MedicalSecurity` → [Zhejiang, Hangzhou] (a city's `within`
     * counts here: it is where the city lies, even though it does not name it).
     */
    jurisdictions: JurisdictionView[];
}

export interface PartyView {
    actor: ActorRef;
    /** `member` when the line names no role (§2.4). */
    role: string;
    signatory?: string;
    line: number;
}

/** What every agreement member has. */
export interface MemberView {
    /** Qualified name: `YRDMedicalSettlement.JointCommittee`. */
    id: string;
    /** Simple name as written: `JointCommittee`. */
    name: string;
    label: LabelView;
    doc?: string;
    line: number;
}

export interface BodyView extends MemberView {
    /** joint-meeting, committee, working-group or council (§2.5), when declared. */
    kind?: string;
    members: ActorRef[];
    chair?: ActorRef;
    decidesBy?: string;
    meets?: string;
}

export interface CostShareView {
    actor: ActorRef;
    /** As written: `33.33%`. */
    share: string;
    line: number;
}

export interface ServiceView extends MemberView {
    mode?: string;
    provider?: ActorRef;
    users: ActorRef[];
    collectsAt?: ActorRef;
    processesAt?: ActorRef;
    /** As written: `5 days`. */
    respondsWithin?: string;
    costs: CostShareView[];
    /** The exact sum of the shares (`100%`), when there are shares and all are well-formed. */
    costsTotal?: string;
}

export type SharingKind = 'unconditional' | 'conditional' | 'none';

export interface DatasetView {
    id: string;
    resolved: boolean;
    label?: LabelView;
    holder?: ActorRef;
    sharing?: { kind: SharingKind; text?: string };
    /** `general` when omitted (§2.3). */
    classification: string;
    /** `none` when omitted (§2.3). */
    personalData: string;
    fields: string[];
}

export interface ExchangeView extends MemberView {
    dataset?: DatasetView;
    from?: ActorRef;
    to: ActorRef[];
    purpose?: string;
    basis?: string;
    citation?: string;
    retention?: string;
    security: string[];
    onward?: { forbidden: true } | { forbidden: false; allowedTo: ActorRef[] };
    frequency?: string;
    approval?: string;
}

export interface AmountView {
    /** As written: `1200000.50`. */
    value: string;
    /** `once` when the source has no `per` (§2.5). */
    per: 'year' | 'month' | 'once';
}

export interface FundingView extends MemberView {
    form?: string;
    by?: ActorRef;
    to?: ActorRef;
    amount?: AmountView;
    basis?: string;
    until?: string;
}

export interface ObligationView extends MemberView {
    by?: ActorRef;
    for: ActorRef[];
    due?: string;
    remedy?: string;
}

export type ClauseView = MemberView;

export interface DimensionView {
    dimension: string;
    declared: boolean;
    supported: boolean;
    reason: { en: string; zh: string };
}

export interface DiagnosticView {
    severity: 'error' | 'warning' | 'info';
    rule: string;
    message: string;
    /** 1-based, in the agreement's file. */
    line: number;
    column: number;
}

export interface AgreementView {
    id: string;
    label: LabelView;
    doc?: string;
    line: number;
    /** The agreement file's name, for headings and links: `agreement.citypact`. */
    fileName: string;
    version?: string;
    supersedes?: { id: string; resolved: boolean; label?: LabelView; version?: string; line: number };
    dimensions: DimensionView[];
    signed?: string;
    effective?: string;
    until?: string;
    /** The line of `effective`, else of the agreement. */
    termLine: number;
    parties: PartyView[];
    bodies: BodyView[];
    services: ServiceView[];
    exchanges: ExchangeView[];
    fundings: FundingView[];
    obligations: ObligationView[];
    clauses: ClauseView[];
    disputes?: { body?: { id: string; resolved: boolean; label?: LabelView }; then?: string; forum?: string; line: number };
    amendment?: { decision?: string; line: number };
    termination?: { notice?: string; line: number };
    /** Problems in the agreement's file (outside other agreements), in order of position. */
    diagnostics: DiagnosticView[];
}
