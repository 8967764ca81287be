/**
 * The shape of the export format, version 1 (docs/language.md §6), as TypeScript types.
 * export-schema.ts publishes the same shape as a JSON Schema; the tests validate
 * every document the exporter produces against it, so the two cannot drift apart.
 *
 * Conventions (docs/export.md): optional values that the source leaves out are
 * omitted, never `null`; lists are always present, possibly empty; property names
 * are the language's keywords in camelCase (`collects-at` → `collectsAt`).
 */

/** The schema's `$id`, also written as each document's `$schema`. One per major version. */
export const EXPORT_SCHEMA_ID = 'https://citypact.dev/schema/export/v1.json';

/**
 * Semantic version of the format: a new major version for every breaking change, a
 * new minor version for fields added compatibly (1.1.0: `fundings`, body `kind`).
 */
export const EXPORT_FORMAT_VERSION = '1.1.0';

/**
 * The tool version written as `generator.version`. A constant rather than a read of
 * package.json because the language server runs from a bundle with no package.json
 * beside it; a test keeps it equal to packages/language/package.json.
 */
export const GENERATOR_VERSION = '0.1.0';
export const GENERATOR_NAME = 'citypact';

export type DimensionName = 'cross-region' | 'cross-level' | 'cross-department' | 'public-private';
export type DurationUnitName = 'day' | 'month' | 'year' | 'hour';
export type ActorKind = 'province' | 'city' | 'district' | 'township' | 'department' | 'organization';
export type LevelName = 'province' | 'city' | 'district' | 'township';

export interface ExportDocument {
    $schema: string;
    formatVersion: string;
    generator: { name: string; version: string };
    source: { path: string; sha256: string };
    agreement: AgreementExport;
}

export interface Translations {
    en?: string;
    zh?: string;
}

/** What every exported declaration and member carries. */
export interface NamedExport {
    /** Qualified name. */
    id: string;
    /** The label: the official name (for a clause, its text). */
    name: string;
    translations?: Translations;
    /** The `/** ... *\/` comment, markers stripped. */
    doc?: string;
}

export interface DurationExport {
    value: number;
    unit: DurationUnitName;
}

export interface AgreementExport extends NamedExport {
    version: string;
    supersedes?: string;
    dimensions: { declared: DimensionName[]; supported: DimensionName[] };
    signed?: string;
    effective: string;
    until?: string;
    parties: PartyExport[];
    bodies: BodyExport[];
    services: ServiceExport[];
    datasets: DatasetExport[];
    exchanges: ExchangeExport[];
    /** Since 1.1.0 (§2.5); always written, absent only from 1.0 documents. */
    fundings: FundingExport[];
    obligations: ObligationExport[];
    clauses: NamedExport[];
    disputes?: { by: string; then?: string; forum?: string };
    amendment?: string;
    termination?: { notice: DurationExport };
}

export interface PartyExport {
    id: string;
    kind: ActorKind;
    name: string;
    translations?: Translations;
    role: string;
    signatory?: string;
    /** Administrative level; absent for organizations. */
    level?: LevelName;
    /** The jurisdiction the party acts for: itself, or a department's `of`. */
    jurisdiction?: string;
    /** That jurisdiction's GB/T 2260 code, when declared. */
    divisionCode?: string;
    /** For organizations: enterprise, social-organization, ... (§2.2). */
    organizationKind?: string;
    /** Since 1.1.0: at the district level, the kind of the district the party is or acts for (§2.1). */
    districtKind?: string;
    /** Since 1.1.0: a department's or organization's Unified Social Credit Code, when declared (§2.2, §6). */
    uscc?: string;
}

export interface BodyExport extends NamedExport {
    /** Since 1.1.0: joint-meeting, committee, working-group or council, when declared. */
    kind?: string;
    members: string[];
    chair: string;
    decidesBy: string;
    meets?: string;
}

export interface ServiceExport extends NamedExport {
    mode: string;
    provider: string;
    users: string[];
    collectsAt?: string;
    processesAt?: string;
    respondsWithin?: DurationExport;
    costs: { actor: string; share: number }[];
}

export type SharingExport =
    | { class: 'unconditional' }
    | { class: 'conditional'; condition: string }
    | { class: 'none'; basis: string };

export interface DatasetExport extends NamedExport {
    holder: string;
    sharing: SharingExport;
    classification: string;
    personalData: string;
    fields: string[];
}

export type OnwardExport =
    | { rule: 'forbidden' }
    | { rule: 'allowed-to'; allowedTo: string[] };

export interface ExchangeExport extends NamedExport {
    data: string;
    from: string;
    to: string[];
    purpose?: string;
    basis?: string;
    citation?: string;
    retention?: DurationExport;
    security: string[];
    onward?: OnwardExport;
    frequency?: string;
    approval?: string;
}

export interface AmountExport {
    /** A JSON number: `1200000.5`. */
    value: number;
    currency: 'CNY';
    /** `once` when the source has no `per` (§6). */
    per: 'year' | 'month' | 'once';
}

export interface FundingExport extends NamedExport {
    form: string;
    by: string;
    to: string;
    /** `null` when the source states no amount (a tax incentive may leave it out). */
    amount: AmountExport | null;
    basis?: string;
    until?: string;
}

export interface ObligationExport extends NamedExport {
    by: string;
    for: string[];
    due: string;
    remedy?: string;
}

/**
 * The one serialization every writer uses: two-space indentation and a final
 * newline. Key order is the insertion order of the builders, which is fixed, so the
 * same input always gives the same bytes.
 */
export function toJsonText(value: unknown): string {
    return JSON.stringify(value, null, 2) + '\n';
}
