import { languageReferenceUrl } from '../docs/links.js';
import { toJsonText } from '../export/export-format.js';
import { PORTFOLIO_STATUSES } from './portfolio-model.js';

/**
 * The published JSON Schema (draft 2020-12) of `citypact report --format json`.
 * This object is the source; packages/language/schemas/citypact-report-1.schema.json
 * is the same text, written by the build (scripts/generate-docs.mjs) and compared by
 * a test. Strict like the export and diff schemas: every object is closed, so a
 * change of the report's output fails the tests until this changes too.
 */

export const REPORT_SCHEMA_ID = 'https://citypact.dev/schema/report/v1.json';

const qualifiedName = { $ref: '#/$defs/qualifiedName' };
const nullableName = { oneOf: [{ type: 'null' }, qualifiedName] };
const nullableDate = { oneOf: [{ type: 'null' }, { $ref: '#/$defs/date' }] };
const names = { type: 'array', items: qualifiedName };
const status = { enum: [...PORTFOLIO_STATUSES] };
const money = { type: 'string', pattern: '^[0-9]+(\\.[0-9]{2})?$', description: 'CNY, exact decimal (fen written out when there are any).' };

function closed(required: string[], properties: Record<string, unknown>, description?: string): Record<string, unknown> {
    return { ...(description ? { description } : {}), type: 'object', required, properties, additionalProperties: false };
}

export const REPORT_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: REPORT_SCHEMA_ID,
    title: 'CityPact portfolio report, format version 1',
    description: `What \`citypact report --format json\` prints (see ${languageReferenceUrl('10-portfolio-report-and-data-flow-atlas')} and docs/report.md).`,
    ...closed(['asOf', 'agreements', 'deadlines', 'datasets', 'actors', 'funders', 'filesWithErrors'], {
        asOf: { $ref: '#/$defs/date' },
        agreements: {
            type: 'array',
            description: 'Every agreement of the workspace, sorted by id.',
            items: closed(['id', 'name', 'version', 'status', 'signed', 'effective', 'until', 'parties', 'supersededBy'], {
                id: qualifiedName,
                name: { type: 'string' },
                version: { type: ['string', 'null'] },
                status,
                signed: nullableDate,
                effective: nullableDate,
                until: nullableDate,
                parties: names,
                supersededBy: { ...nullableName, description: 'The signed successor in effect on the date; null unless the status is superseded.' },
            }),
        },
        deadlines: {
            type: 'array',
            description: 'Obligations of agreements in force or expiring, due within 90 days of the date or overdue; by due date, then id.',
            items: closed(['obligation', 'agreement', 'due', 'by', 'status'], {
                obligation: qualifiedName,
                agreement: qualifiedName,
                due: { $ref: '#/$defs/date' },
                by: nullableName,
                status: { enum: ['due', 'overdue'] },
            }),
        },
        datasets: {
            type: 'array',
            description: 'Every dataset some exchange carries, sorted by id.',
            items: closed(['id', 'holder', 'classification', 'personalData', 'flows'], {
                id: qualifiedName,
                holder: nullableName,
                classification: { enum: ['general', 'important', 'core'] },
                personalData: { enum: ['none', 'ordinary', 'sensitive'] },
                flows: {
                    type: 'array',
                    items: closed(['agreement', 'exchange', 'from', 'to', 'status'], {
                        agreement: qualifiedName,
                        exchange: qualifiedName,
                        from: nullableName,
                        to: names,
                        status,
                    }),
                },
            }),
        },
        actors: {
            type: 'array',
            description: 'Every actor that is party to some agreement, with those agreements (sorted).',
            items: closed(['id', 'agreements'], { id: qualifiedName, agreements: names }),
        },
        funders: {
            type: 'array',
            description: 'Per funder (a funding\'s `by`), the amounts of agreements in force or expiring on the date (docs/language.md §2.5).',
            items: closed(['funder', 'perYear', 'once', 'fundings'], {
                funder: qualifiedName,
                perYear: { ...money, description: 'Amounts `per year`, plus twelve times those `per month`.' },
                once: { ...money, description: 'Amounts without `per`, paid once.' },
                fundings: names,
            }),
        },
        filesWithErrors: {
            type: 'array',
            description: 'Files with errors: the report is made anyway, from what they declare.',
            items: closed(['path', 'errors'], { path: { type: 'string' }, errors: { type: 'integer', minimum: 1 } }),
        },
    }),
    $defs: {
        qualifiedName: { type: 'string', pattern: '^[^.\\s]+(\\.[^.\\s]+)*$' },
        date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
    },
} as const;

export function reportSchemaText(): string {
    return toJsonText(REPORT_SCHEMA);
}
