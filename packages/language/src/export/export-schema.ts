import { languageReferenceUrl } from '../docs/links.js';
import { EXPORT_SCHEMA_ID, toJsonText } from './export-format.js';

/**
 * The published JSON Schema (draft 2020-12) of export format version 1.
 *
 * This object is the source; packages/language/schemas/citypact-export-1.schema.json
 * is the same text committed for downstream users, and a test fails when the two
 * differ (regenerate with `npx citypact schema > packages/language/schemas/citypact-export-1.schema.json`).
 *
 * It is strict on purpose: every object closes with `additionalProperties: false`
 * and lists what it requires, so an exporter change that adds, renames or drops a
 * field fails the tests until the schema and docs/export.md change with it.
 */

// Names are Unicode identifiers joined by dots. The pattern avoids `\p{L}`, which
// several validators' regex engines (Python's `re`, for one) do not understand.
const qualifiedName = { type: 'string', pattern: '^[^.\\s]+(\\.[^.\\s]+)*$' };
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const text = { type: 'string' };
const references = { type: 'array', items: { $ref: '#/$defs/qualifiedName' } };

/** `id`, `name`, `translations`, `doc`: the head every exported declaration shares. */
const namedProperties = {
    id: { $ref: '#/$defs/qualifiedName' },
    name: text,
    translations: { $ref: '#/$defs/translations' },
    doc: { type: 'string', minLength: 1 },
};

function closedObject(required: string[], properties: Record<string, unknown>, description?: string): Record<string, unknown> {
    return {
        ...(description ? { description } : {}),
        type: 'object',
        required,
        properties,
        additionalProperties: false,
    };
}

export const EXPORT_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: EXPORT_SCHEMA_ID,
    title: 'CityPact agreement export, format version 1',
    description: `One CityPact agreement as written by \`citypact export\` (see ${languageReferenceUrl('6-export-format')}). Optional values the source leaves out are omitted; lists are always present and keep source order.`,
    ...closedObject(['$schema', 'formatVersion', 'generator', 'source', 'agreement'], {
        $schema: { const: EXPORT_SCHEMA_ID },
        formatVersion: { type: 'string', pattern: '^1\\.[0-9]+\\.[0-9]+$' },
        generator: closedObject(['name', 'version'], {
            name: { const: 'citypact' },
            version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+' },
        }),
        source: closedObject(['path', 'sha256'], {
            path: { type: 'string', description: 'Relative to the workspace root, `/`-separated.' },
            sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        }),
        agreement: { $ref: '#/$defs/agreement' },
    }),
    $defs: {
        qualifiedName,
        date,
        translations: closedObject([], { en: text, zh: text }, 'Translations of the label, by language tag.'),
        duration: closedObject(['value', 'unit'], {
            value: { type: 'integer', minimum: 0 },
            unit: { enum: ['day', 'month', 'year', 'hour'] },
        }),
        dimension: { enum: ['cross-region', 'cross-level', 'cross-department', 'public-private'] },
        decision: { enum: ['unanimity', 'two-thirds', 'majority'] },
        agreement: closedObject(
            ['id', 'name', 'version', 'dimensions', 'effective', 'parties', 'bodies', 'services', 'datasets', 'exchanges', 'obligations', 'clauses'],
            {
                ...namedProperties,
                version: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' },
                supersedes: { $ref: '#/$defs/qualifiedName' },
                dimensions: closedObject(['declared', 'supported'], {
                    declared: { type: 'array', items: { $ref: '#/$defs/dimension' }, description: 'As written, in source order.' },
                    supported: { type: 'array', items: { $ref: '#/$defs/dimension' }, uniqueItems: true, description: 'What the parties support (see docs/language.md §4), sorted.' },
                }),
                signed: { $ref: '#/$defs/date' },
                effective: { $ref: '#/$defs/date' },
                until: { $ref: '#/$defs/date' },
                parties: { type: 'array', items: { $ref: '#/$defs/party' } },
                bodies: { type: 'array', items: { $ref: '#/$defs/body' } },
                services: { type: 'array', items: { $ref: '#/$defs/service' } },
                datasets: { type: 'array', items: { $ref: '#/$defs/dataset' }, description: 'Every dataset an exchange names, in order of first mention.' },
                exchanges: { type: 'array', items: { $ref: '#/$defs/exchange' } },
                fundings: {
                    type: 'array',
                    items: { $ref: '#/$defs/funding' },
                    description: 'Since format 1.1.0: public funding (docs/language.md §2.5), in source order. Always written by 1.1 tools; absent from 1.0 documents, which is why it is not required.',
                },
                obligations: { type: 'array', items: { $ref: '#/$defs/obligation' } },
                clauses: { type: 'array', items: { $ref: '#/$defs/clause' } },
                disputes: closedObject(['by'], {
                    by: { $ref: '#/$defs/qualifiedName' },
                    then: { enum: ['arbitration', 'litigation', 'higher-authority'] },
                    forum: text,
                }),
                amendment: { $ref: '#/$defs/decision' },
                termination: closedObject(['notice'], { notice: { $ref: '#/$defs/duration' } }),
            },
        ),
        party: closedObject(['id', 'kind', 'name', 'role'], {
            id: { $ref: '#/$defs/qualifiedName' },
            kind: { enum: ['province', 'city', 'district', 'township', 'department', 'organization'] },
            name: text,
            translations: { $ref: '#/$defs/translations' },
            role: { enum: ['lead', 'member', 'observer', 'contractor', 'funder'] },
            signatory: text,
            level: { enum: ['province', 'city', 'district', 'township'] },
            jurisdiction: { $ref: '#/$defs/qualifiedName' },
            divisionCode: { type: 'string', pattern: '^[0-9]+$' },
            organizationKind: { enum: ['enterprise', 'social-organization', 'public-institution', 'university'] },
            districtKind: { enum: ['district', 'county', 'county-level-city', 'autonomous-county', 'banner', 'other'], description: 'Since format 1.1.0: at the district (county) level, the kind of the district the party is or acts for (docs/language.md §2.1).' },
            uscc: { type: 'string', description: 'Since format 1.1.0: the Unified Social Credit Code of a department or organization, when declared (GB 32100-2015).' },
        }),
        body: closedObject(['id', 'name', 'members', 'chair', 'decidesBy'], {
            ...namedProperties,
            kind: { enum: ['joint-meeting', 'committee', 'working-group', 'council'], description: 'Since format 1.1.0; present when the source declares it.' },
            members: references,
            chair: { $ref: '#/$defs/qualifiedName' },
            decidesBy: { $ref: '#/$defs/decision' },
            meets: { enum: ['monthly', 'quarterly', 'half-yearly', 'yearly'] },
        }),
        service: closedObject(['id', 'name', 'mode', 'provider', 'users', 'costs'], {
            ...namedProperties,
            mode: { enum: ['online', 'proxy', 'joint'] },
            provider: { $ref: '#/$defs/qualifiedName' },
            users: references,
            collectsAt: { $ref: '#/$defs/qualifiedName' },
            processesAt: { $ref: '#/$defs/qualifiedName' },
            respondsWithin: { $ref: '#/$defs/duration' },
            costs: {
                type: 'array',
                items: closedObject(['actor', 'share'], {
                    actor: { $ref: '#/$defs/qualifiedName' },
                    share: { type: 'number', minimum: 0, description: 'Percent: 33.33 means 33.33%.' },
                }),
            },
        }),
        dataset: closedObject(['id', 'name', 'holder', 'sharing', 'classification', 'personalData', 'fields'], {
            ...namedProperties,
            holder: { $ref: '#/$defs/qualifiedName' },
            sharing: {
                oneOf: [
                    closedObject(['class'], { class: { const: 'unconditional' } }),
                    closedObject(['class', 'condition'], { class: { const: 'conditional' }, condition: text }),
                    closedObject(['class', 'basis'], { class: { const: 'none' }, basis: text }),
                ],
            },
            classification: { enum: ['general', 'important', 'core'] },
            personalData: { enum: ['none', 'ordinary', 'sensitive'] },
            fields: { type: 'array', items: text },
        }),
        exchange: closedObject(['id', 'name', 'data', 'from', 'to', 'security'], {
            ...namedProperties,
            data: { $ref: '#/$defs/qualifiedName' },
            from: { $ref: '#/$defs/qualifiedName' },
            to: references,
            purpose: text,
            basis: { enum: ['consent', 'contract', 'statutory-duty', 'public-interest', 'emergency'] },
            citation: text,
            retention: { $ref: '#/$defs/duration' },
            security: {
                type: 'array',
                items: { enum: ['encryption', 'audit-log', 'access-control', 'desensitization', 'anonymization', 'secure-environment'] },
            },
            onward: {
                oneOf: [
                    closedObject(['rule'], { rule: { const: 'forbidden' } }),
                    closedObject(['rule', 'allowedTo'], { rule: { const: 'allowed-to' }, allowedTo: references }),
                ],
            },
            frequency: { enum: ['realtime', 'daily', 'weekly', 'monthly', 'on-request'] },
            approval: text,
        }),
        funding: closedObject(['id', 'name', 'form', 'by', 'to', 'amount'], {
            ...namedProperties,
            form: { enum: ['grant', 'tax-incentive', 'service-purchase'] },
            by: { $ref: '#/$defs/qualifiedName' },
            to: { $ref: '#/$defs/qualifiedName' },
            amount: {
                oneOf: [
                    closedObject(['value', 'currency', 'per'], {
                        value: { type: 'number', minimum: 0, description: 'At most two decimals: 1200000.5 means 1,200,000.50 CNY.' },
                        currency: { const: 'CNY' },
                        per: { enum: ['year', 'month', 'once'], description: '`once` when the source has no `per`.' },
                    }),
                    { type: 'null', description: 'The source states no amount.' },
                ],
            },
            basis: { type: 'string', description: 'The policy or legal citation, as written.' },
            until: { $ref: '#/$defs/date' },
        }),
        obligation: closedObject(['id', 'name', 'by', 'for', 'due'], {
            ...namedProperties,
            by: { $ref: '#/$defs/qualifiedName' },
            for: references,
            due: { $ref: '#/$defs/date' },
            remedy: text,
        }),
        clause: closedObject(['id', 'name'], { ...namedProperties }),
    },
} as const;

/** The schema as `citypact schema` prints it and the committed file holds it. */
export function exportSchemaText(): string {
    return toJsonText(EXPORT_SCHEMA);
}
