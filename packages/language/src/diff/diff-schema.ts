import { languageReferenceUrl } from '../docs/links.js';
import { toJsonText } from '../export/export-format.js';
import { DIFF_CHANGE_KINDS, DIFF_ELEMENTS, DIFF_IMPACTS, DIFF_SCHEMA_ID } from './diff-format.js';

/**
 * The published JSON Schema (draft 2020-12) of `citypact diff --format json`, format
 * version 1. This object is the source; packages/language/schemas/citypact-diff-1.schema.json
 * is the same text, written by the build (scripts/generate-docs.mjs) and compared by
 * a test, so the two cannot drift. Strict, like the export schema: every object is
 * closed, so a change of the engine's output fails the tests until this changes too.
 */

const qualifiedName = { type: 'string', pattern: '^[^.\\s]+(\\.[^.\\s]+)*$' };
const side = {
    oneOf: [
        { type: 'null' },
        {
            type: 'object',
            required: ['id', 'version'],
            properties: { id: { $ref: '#/$defs/qualifiedName' }, version: { type: ['string', 'null'] } },
            additionalProperties: false,
        },
    ],
};

export const DIFF_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DIFF_SCHEMA_ID,
    title: 'CityPact semantic diff, format version 1',
    description: `What \`citypact diff --format json\` prints (see ${languageReferenceUrl('8-semantic-diff')}).`,
    type: 'object',
    required: ['formatVersion', 'agreements', 'summary'],
    properties: {
        formatVersion: { type: 'string', pattern: '^1\\.[0-9]+\\.[0-9]+$' },
        agreements: { type: 'array', items: { $ref: '#/$defs/agreement' } },
        summary: {
            type: 'object',
            description: 'The number of changes of each impact, over all agreements.',
            required: [...DIFF_IMPACTS],
            properties: Object.fromEntries(DIFF_IMPACTS.map(i => [i, { type: 'integer', minimum: 0 }])),
            additionalProperties: false,
        },
    },
    additionalProperties: false,
    $defs: {
        qualifiedName,
        agreement: {
            type: 'object',
            required: ['id', 'status', 'before', 'after', 'changes'],
            properties: {
                id: { $ref: '#/$defs/qualifiedName', description: 'The new side\'s id, or the old side\'s for a removed agreement.' },
                status: { enum: ['added', 'removed', 'changed', 'unchanged'] },
                before: side,
                after: side,
                changes: {
                    type: 'array',
                    items: { $ref: '#/$defs/change' },
                    description: 'In source order of the new side; removals at their old position.',
                },
            },
            additionalProperties: false,
        },
        change: {
            type: 'object',
            required: ['agreement', 'element', 'change', 'target', 'field', 'before', 'after', 'impact'],
            properties: {
                agreement: { $ref: '#/$defs/qualifiedName' },
                element: { enum: [...DIFF_ELEMENTS] },
                change: { enum: [...DIFF_CHANGE_KINDS] },
                target: { $ref: '#/$defs/qualifiedName' },
                field: { type: ['string', 'null'] },
                before: { $ref: '#/$defs/value' },
                after: { $ref: '#/$defs/value' },
                impact: { enum: [...DIFF_IMPACTS] },
            },
            additionalProperties: false,
        },
        value: {
            description: 'A scalar as the source writes it; a set as an array; a keyed part (a cost share, a translation, a party) as an object; null when absent.',
            oneOf: [
                { type: 'null' },
                { type: 'string' },
                { type: 'array', items: { type: 'string' } },
                { type: 'object', additionalProperties: { type: ['string', 'null'] } },
            ],
        },
    },
};

export function diffSchemaText(): string {
    return toJsonText(DIFF_SCHEMA);
}
