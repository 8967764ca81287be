import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAgreement, isCity, isDataset, isDepartment, type Agreement, type Exchange, type Service } from '../src/generated/ast.js';
import { buildWorkspace, check, codesOf } from './helpers.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../test/fixtures/${name}`, import.meta.url)), 'utf8');

describe('parsing', () => {
    it('parses the full agreement of docs/language.md §2.4 without diagnostics', async () => {
        const ws = await buildWorkspace({ 'main.citypact': fixture('language-sample.citypact') });
        assert.deepEqual(ws.diagnostics('main.citypact').map(d => d.message), []);
        const model = ws.documents.get('main.citypact')!.parseResult.value;
        const agreement = model.declarations.filter(isAgreement).find(a => a.name === 'YRDMedicalSettlement') as Agreement;
        assert.equal(agreement.version, '2.1.0');
        assert.deepEqual(agreement.dimensions, ['cross-region', 'cross-department', 'public-private']);
        assert.equal(agreement.until, '2027-12-31');
        assert.equal(agreement.translations[0].text, 'YRD Cross-City Medical Settlement');
        assert.equal(agreement.parties.length, 4);
        assert.equal(agreement.parties[0].role, 'lead');
        assert.equal(agreement.parties[0].signatory, '局长');
        const service = agreement.members.find(m => m.$type === 'Service') as Service;
        assert.equal(service.mode, 'proxy');
        assert.deepEqual(service.costs?.shares.map(s => s.share), ['50%', '30%', '20%']);
        assert.deepEqual(service.respondsWithin, { ...service.respondsWithin, value: '5', unit: 'days' });
        const exchange = agreement.members.find(m => m.$type === 'Exchange') as Exchange;
        assert.equal(exchange.basis, 'statutory-duty');
        assert.deepEqual(exchange.security, ['encryption', 'audit-log', 'access-control']);
        assert.equal(exchange.onward?.forbidden, true);
        assert.equal(agreement.disputes?.escalation, 'arbitration');
        assert.equal(agreement.disputes?.body.ref?.name, 'JointCommittee');
        assert.equal(agreement.termination?.notice.unit, 'days');
        const dataset = model.declarations.find(isDataset)!;
        assert.deepEqual(dataset.fields, ['姓名', '公民身份号码', '参保状态']);
        assert.equal(dataset.sharing?.kind, 'conditional');
    });

    it('accepts Unicode names and names that begin with a keyword', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'department 医保局 "上海市医疗保障局" of Shanghai\norganization entity "E" { kind enterprise }\ncity tomorrow "T"\ndistrict _x1 "X" of tomorrow',
        });
        assert.deepEqual(ws.codes('a.citypact'), []);
        const model = ws.documents.get('a.citypact')!.parseResult.value;
        assert.equal(model.declarations.filter(isDepartment)[0].name, '医保局');
        assert.ok(model.declarations.filter(isCity).some(c => c.name === 'tomorrow'));
    });

    it('treats a keyword alone as a keyword, not a name', async () => {
        assert.ok((await codesOf('city tier "x"')).includes('syntax'));
    });

    it('decodes exactly the escapes of §1 and rejects any other', async () => {
        const ws = await buildWorkspace({ 'a.citypact': 'city C "a\\"b\\\\c\\n\\t\\u4E0A"' });
        const city = ws.documents.get('a.citypact')!.parseResult.value.declarations[0];
        assert.equal((city as { label: string }).label, 'a"b\\c\n\t上');
        assert.ok((await codesOf('city C "bad \\q escape"')).includes('syntax'));
        assert.ok((await codesOf('city C "line\nbreak"')).includes('syntax'));
    });

    it('reports wrong literal shapes as syntax', async () => {
        const base = (header: string) => `agreement A "a" {\n  ${header}\n}`;
        assert.ok((await codesOf(base('version 1.0\n  effective 2024-01-01'))).includes('syntax'));
        assert.ok((await codesOf(base('version 1.0.0-beta\n  effective 2024-01-01'))).includes('syntax'));
        assert.ok((await codesOf(base('version 1.0.0\n  effective 2024-1-1'))).includes('syntax'));
    });

    it('rejects a trailing comma in a list', async () => {
        assert.ok((await codesOf('dataset D "d" of Shanghai { sharing unconditional fields "a", "b", }')).includes('syntax'));
    });

    it('reports missing required properties, repeated properties and late headers as syntax', async () => {
        const missing = await check('dataset D "d" of Shanghai { fields "a" }');
        assert.deepEqual(missing.map(d => d.code), ['syntax']);
        assert.match(missing[0].message, /sharing/);
        const twice = await check('city C "c" {\n  code 110000\n  code 110000\n}');
        assert.deepEqual(twice.map(d => [d.code, d.range.start.line]), [['syntax', 2]]);
        const late = await check([
            'agreement A "a" {', '  version 1.0.0', '  effective 2024-01-01', '  party Shanghai', '  party Beijing',
            '  clause C "c"', '  signed 2023-12-01', '}',
        ].join('\n'));
        assert.ok(late.some(d => d.code === 'syntax' && d.range.start.line === 6 && /before/.test(d.message)));
        const translations = await check('city C "c" en "C" en "D"');
        assert.deepEqual(translations.map(d => d.code), ['syntax']);
    });

    it('allows a block-free body of one line, line breaks carrying no meaning', async () => {
        const text = 'agreement A "a" { version 1.0.0 effective 2024-01-01 party Shanghai party Beijing body B "b" { members Shanghai, Beijing chair Shanghai decides by majority meets monthly } }';
        assert.deepEqual((await check(text)).filter(d => d.code === 'syntax'), []);
    });

    it('reports qualified names written with spaces', async () => {
        const diagnostics = await check('district D "d" of Shanghai . Pudong');
        assert.ok(diagnostics.some(d => d.code === 'syntax' && /without spaces/.test(d.message)));
    });
});

describe('syntax messages', () => {
    it('reads like a sentence, in both languages', async () => {
        const { describeParserError } = await import('../src/parser/syntax-messages.js');
        assert.deepEqual(describeParserError("Expecting token of type 'VERSION' but found `1`."), {
            en: "Expected a version (MAJOR.MINOR.PATCH), found '1'", 'zh-CN': '此处应为版本号（主版本.次版本.修订号），实际为“1”',
        });
        assert.equal(describeParserError("Expecting: one of these possible Token sequences:\n  1. [online]\n  2. [proxy]\n  3. [joint]\nbut found: '}'").en,
            "Expected one of: online, proxy, joint; found '}'");
        assert.equal(describeParserError("Expecting token of type 'STRING' but found ``.").en, 'Expected a quoted string, found the end of the file');
        // `1.0` is read as one decimal number (the shape of a funding amount, §2.5), so the message quotes all of it,
        // and shows the version written right (issue 14, docs/slips.md).
        const diagnostic = (await check('agreement A "a" {\n  version 1.0\n  effective 2024-01-01\n}')).find(d => d.code === 'syntax')!;
        assert.equal(diagnostic.message, 'Write the version 1.0 as 1.0.0: a version is exactly MAJOR.MINOR.PATCH');
    });
});
