import assert from 'node:assert/strict';
import { buildOdrlDocument, ODRL_CONTEXT, type OdrlDocument } from '../../src/export/odrl-export.js';
import type { ExportDocument } from '../../src/export/export-format.js';
import { buildWorkspace } from '../helpers.js';
import { exportAgreement, exportFile, fixture, gbaWorkspace, sampleWorkspace } from './export-helpers.js';

/** The operators of the ODRL 2.2 vocabulary (https://www.w3.org/TR/odrl-vocab/#term-Operator). */
const ODRL_OPERATORS = new Set(['eq', 'gt', 'gteq', 'lt', 'lteq', 'neq', 'isA', 'hasPart', 'isPartOf', 'isAllOf', 'isAnyOf', 'isNoneOf']);
const ODRL_ACTIONS = new Set(['use', 'distribute', 'delete']);
const ODRL_LEFT_OPERANDS = new Set(['purpose', 'elapsedTime', 'recipient', 'dateTime']);

type Json = Record<string, any>;

/**
 * The ODRL 2.2 information model's rules that this mapping must keep, checked
 * independently of the exporter: an Agreement has exactly one assigner and one
 * assignee, at least one rule; every permission, prohibition and obligation has a
 * target and one known action; every constraint uses an ODRL operator.
 */
function odrlViolations(document: Json): string[] {
    const problems: string[] = [];
    const context = document['@context'];
    if (!Array.isArray(context) || context[0] !== ODRL_CONTEXT) problems.push('@context must start with the ODRL context');
    if (!Array.isArray(document['@graph'])) return [...problems, '@graph must be a list'];
    for (const policy of document['@graph'] as Json[]) {
        const where = String(policy.uid);
        if (policy['@type'] !== 'Agreement') problems.push(`${where}: @type must be Agreement`);
        if (typeof policy.uid !== 'string' || !/^[a-z][a-z0-9+.-]*:/.test(policy.uid)) problems.push(`${where}: uid must be an IRI`);
        for (const role of ['assigner', 'assignee']) {
            const value = policy[role];
            if (typeof value !== 'string' || !value.includes(':')) problems.push(`${where}: exactly one ${role} IRI`);
        }
        const rules = ['permission', 'prohibition', 'obligation'].flatMap(kind => (policy[kind] ?? []).map((rule: Json) => ({ kind, rule })));
        if (rules.length === 0) problems.push(`${where}: an Agreement needs at least one rule`);
        for (const { kind, rule } of rules) {
            if (typeof rule.target !== 'string' || !rule.target.includes(':')) problems.push(`${where}: ${kind} without a target`);
            if (!ODRL_ACTIONS.has(rule.action)) problems.push(`${where}: ${kind} action ${rule.action}`);
            for (const constraint of rule.constraint ?? []) {
                if (!ODRL_OPERATORS.has(constraint.operator)) problems.push(`${where}: operator ${constraint.operator} is not ODRL`);
                if (!ODRL_LEFT_OPERANDS.has(constraint.leftOperand)) problems.push(`${where}: leftOperand ${constraint.leftOperand}`);
                if (constraint.rightOperand === undefined) problems.push(`${where}: constraint without rightOperand`);
            }
        }
    }
    return problems;
}

describe('export: ODRL 2.2 JSON-LD', () => {
    it('maps the §2.4 exchange to one Agreement per recipient', async () => {
        const odrl = buildOdrlDocument(exportAgreement(await sampleWorkspace(), 'main.citypact', 'YRDMedicalSettlement'));
        assert.deepEqual(odrlViolations(odrl), []);
        assert.deepEqual(odrl['@context'], [ODRL_CONTEXT, { citypact: 'https://citypact.dev/ns/v1#', xsd: 'http://www.w3.org/2001/XMLSchema#' }]);
        assert.equal(odrl['@graph'].length, 2);
        const [hangzhou, nanjing] = odrl['@graph'];
        const dataset = 'urn:citypact:dataset:Shanghai.MedicalSecurity.InsuredPersons';
        const parties = { assigner: 'urn:citypact:actor:Shanghai.MedicalSecurity', assignee: 'urn:citypact:actor:Hangzhou.MedicalSecurity' };
        assert.deepEqual(hangzhou, {
            '@type': 'Agreement',
            uid: 'urn:citypact:policy:YRDMedicalSettlement:2.1.0:SettlementRecords:Hangzhou.MedicalSecurity',
            assigner: 'urn:citypact:actor:Shanghai.MedicalSecurity',
            assignee: 'urn:citypact:actor:Hangzhou.MedicalSecurity',
            'citypact:agreement': 'YRDMedicalSettlement',
            'citypact:agreementVersion': '2.1.0',
            'citypact:exchange': 'YRDMedicalSettlement.SettlementRecords',
            'citypact:legalBasis': 'statutory-duty',
            'citypact:citation': '《中华人民共和国社会保险法》第二十九条',
            'citypact:security': ['encryption', 'audit-log', 'access-control'],
            'citypact:frequency': 'daily',
            'citypact:approval': '沪医保〔2023〕12号',
            // Expanded form (§6): both parties on every rule; the term bounds the permissions.
            permission: [{
                target: dataset, action: 'use', ...parties,
                constraint: [
                    { leftOperand: 'purpose', operator: 'eq', rightOperand: '异地就医费用结算' },
                    { leftOperand: 'dateTime', operator: 'gteq', rightOperand: { '@value': '2024-01-01', '@type': 'xsd:date' } },
                    { leftOperand: 'dateTime', operator: 'lteq', rightOperand: { '@value': '2027-12-31', '@type': 'xsd:date' } },
                ],
            }],
            prohibition: [{ target: dataset, action: 'distribute', ...parties }],
            obligation: [{
                target: dataset, action: 'delete', ...parties,
                constraint: [{ leftOperand: 'elapsedTime', operator: 'gteq', rightOperand: { '@value': 'P5Y', '@type': 'xsd:duration' } }],
            }],
        });
        assert.equal(nanjing.assignee, 'urn:citypact:actor:Nanjing.MedicalSecurity');
        assert.notEqual(nanjing.uid, hangzhou.uid);
    });

    it('permits onward distribution only to allowed-to recipients, and omits what is not stated', async () => {
        const odrl = buildOdrlDocument(exportAgreement(await gbaWorkspace(), 'gba/agreement.citypact', 'GBALink'));
        assert.deepEqual(odrlViolations(odrl), []);
        // TripFeed → 1 recipient, CardFeed → 2, TripFeedDistrict → 1.
        assert.equal(odrl['@graph'].length, 4);
        const trip = odrl['@graph'][0];
        assert.deepEqual({ ...trip.permission[1], constraint: trip.permission[1].constraint?.slice(0, 1) }, {
            target: 'urn:citypact:dataset:Guangzhou.Transport.Trips',
            action: 'distribute',
            assigner: trip.assigner,
            assignee: trip.assignee,
            constraint: [{ leftOperand: 'recipient', operator: 'isAnyOf', rightOperand: [{ '@id': 'urn:citypact:actor:Metro' }] }],
        });
        assert.equal(trip.prohibition, undefined);
        assert.equal(trip.obligation, undefined, 'no retention, no delete duty');
        const card = odrl['@graph'][1];
        assert.deepEqual(card.obligation?.[0].constraint?.[0].rightOperand, { '@value': 'P6M', '@type': 'xsd:duration' });
        assert.deepEqual(odrl['@graph'].map(p => p.assignee), [
            'urn:citypact:actor:Shenzhen.Transport', 'urn:citypact:actor:Guangzhou.Transport',
            'urn:citypact:actor:Guangzhou.Tianhe', 'urn:citypact:actor:Guangzhou.Tianhe',
        ]);
        assert.equal(new Set(odrl['@graph'].map(p => p.uid)).size, 4, 'uids are unique');
    });

    it('writes <id>.odrl.jsonld files that keep the rules', async () => {
        const ws = await buildWorkspace({ 'main.citypact': fixture('language-sample.citypact') });
        const result = exportFile(ws, 'main.citypact', 'odrl');
        assert.deepEqual(result.refused, []);
        for (const exported of result.exported) {
            assert.equal(exported.fileName, `${exported.agreementId}.odrl.jsonld`);
            assert.deepEqual(JSON.parse(exported.content), exported.document);
            assert.deepEqual(odrlViolations(exported.document as OdrlDocument as unknown as Json), []);
        }
    });

    it('expresses hours and days as xsd:duration', async () => {
        const document = exportAgreement(await sampleWorkspace(), 'main.citypact', 'YRDMedicalSettlement');
        const withRetention = (value: number, unit: 'hour' | 'day'): ExportDocument => {
            const copy = structuredClone(document);
            copy.agreement.exchanges[0].retention = { value, unit };
            return copy;
        };
        const rightOperand = (d: ExportDocument) => buildOdrlDocument(d)['@graph'][0].obligation?.[0].constraint?.[0].rightOperand;
        assert.deepEqual(rightOperand(withRetention(48, 'hour')), { '@value': 'PT48H', '@type': 'xsd:duration' });
        assert.deepEqual(rightOperand(withRetention(90, 'day')), { '@value': 'P90D', '@type': 'xsd:duration' });
    });

    it('detects broken ODRL (the checker itself works)', () => {
        const bad = {
            '@context': [ODRL_CONTEXT],
            '@graph': [{ '@type': 'Agreement', uid: 'urn:x', assigner: 'urn:a', assignee: ['urn:b', 'urn:c'], permission: [{ action: 'use', constraint: [{ leftOperand: 'purpose', operator: 'equals', rightOperand: 'x' }] }] }],
        };
        assert.deepEqual(odrlViolations(bad), [
            'urn:x: exactly one assignee IRI',
            'urn:x: permission without a target',
            'urn:x: operator equals is not ODRL',
        ]);
    });
});
