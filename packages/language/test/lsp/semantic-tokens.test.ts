import assert from 'node:assert/strict';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { buildWorkspace } from '../helpers.js';
import { doc, sampleWorkspace, tokensNamed, tokensOf } from './lsp-helpers.js';

describe('semantic highlighting', () => {
    it('marks a declared name as a declaration and a referenced one without, each coloured by its kind', async () => {
        const ws = await sampleWorkspace();
        const registry = doc(ws, 'registry.citypact');
        const tokens = await tokensOf(ws, registry);
        assert.deepEqual(tokensNamed(tokens, registry, 'MedicalSecurity', 'department MedicalSecurity "上海'),
            [{ text: 'MedicalSecurity', line: 0, type: 'class', modifiers: ['declaration'] }]);
        assert.deepEqual(tokensNamed(tokens, registry, 'AliHealth', 'organization AliHealth').map(t => [t.type, t.modifiers]),
            [['struct', ['declaration']]]);
        assert.deepEqual(tokensNamed(tokens, registry, 'InsuredPersons', 'dataset InsuredPersons').map(t => [t.type, t.modifiers]),
            [['variable', ['declaration']]]);
        assert.deepEqual(tokensNamed(tokens, registry, 'Suzhou', 'city Suzhou').map(t => [t.type, t.modifiers]),
            [['namespace', ['declaration']]]);

        const agreement = doc(ws, 'agreement.citypact');
        const agreementTokens = await tokensOf(ws, agreement);
        assert.deepEqual(tokensNamed(agreementTokens, agreement, 'YRDMedicalSettlement', 'agreement YRD').map(t => [t.type, t.modifiers]),
            [['type', ['declaration']]]);
        assert.deepEqual(tokensNamed(agreementTokens, agreement, 'JointCommittee', 'body JointCommittee').map(t => [t.type, t.modifiers]),
            [['property', ['declaration']]]);
        // The reference to the body inside its agreement: a property, not a declaration.
        assert.deepEqual(tokensNamed(agreementTokens, agreement, 'JointCommittee', 'disputes by').map(t => [t.type, t.modifiers]),
            [['property', []]]);
    });

    it('colours each segment of a qualified reference as what it names, standard-library names as defaultLibrary', async () => {
        const ws = await sampleWorkspace();
        const agreement = doc(ws, 'agreement.citypact');
        const tokens = await tokensOf(ws, agreement);
        const line = '    data Shanghai.MedicalSecurity.InsuredPersons';
        assert.deepEqual(tokensNamed(tokens, agreement, 'Shanghai', line).map(t => [t.type, t.modifiers]),
            [['namespace', ['defaultLibrary', 'readonly']]]);
        assert.deepEqual(tokensNamed(tokens, agreement, 'MedicalSecurity', line).map(t => [t.type, t.modifiers]),
            [['class', []]]);
        assert.deepEqual(tokensNamed(tokens, agreement, 'InsuredPersons', line).map(t => [t.type, t.modifiers]),
            [['variable', []]]);
        // The dots are punctuation, left to the editor.
        assert.equal(tokens.some(t => t.text === '.'), false);
    });

    it('tells keywords, enumerated values and names that begin with a keyword apart', async () => {
        const ws = await buildWorkspace({
            'a.citypact': 'department tomorrow "明日办" of Shanghai\norganization entity "实体" {\n  kind enterprise\n}\n',
        });
        const document = doc(ws, 'a.citypact');
        const tokens = await tokensOf(ws, document);
        assert.deepEqual(tokensNamed(tokens, document, 'department', 'department tomorrow').map(t => t.type), ['keyword']);
        assert.deepEqual(tokensNamed(tokens, document, 'tomorrow', 'department tomorrow').map(t => t.type), ['class']);
        assert.deepEqual(tokensNamed(tokens, document, 'of', 'department tomorrow').map(t => t.type), ['keyword']);
        assert.deepEqual(tokensNamed(tokens, document, 'entity', 'organization entity').map(t => t.type), ['struct']);
        assert.deepEqual(tokensNamed(tokens, document, 'kind', 'kind enterprise').map(t => t.type), ['keyword']);
        assert.deepEqual(tokensNamed(tokens, document, 'enterprise', 'kind enterprise').map(t => t.type), ['enumMember']);
    });

    it('tells dates, durations, percentages, versions, codes and plain numbers apart', async () => {
        const ws = await sampleWorkspace();
        const registry = doc(ws, 'registry.citypact');
        const agreement = doc(ws, 'agreement.citypact');
        const registryTokens = await tokensOf(ws, registry);
        const agreementTokens = await tokensOf(ws, agreement);
        const kindOf = (tokens: typeof registryTokens, document: typeof registry, text: string, line: string) =>
            tokensNamed(tokens, document, text, line).map(t => `${t.type}[${t.modifiers.join(',')}]`);

        assert.deepEqual(kindOf(agreementTokens, agreement, '2024-01-01', 'effective'), ['number[date]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, '2.1.0', 'version'), ['macro[version]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, '33.34%', 'Nanjing.MedicalSecurity 33.34%'), ['number[percentage]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, '5', 'retention 5 years'), ['number[duration]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, 'years', 'retention 5 years'), ['number[duration]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, '90', 'termination notice'), ['number[duration]']);
        assert.deepEqual(kindOf(registryTokens, registry, '320500', 'code 320500'), ['string[code]']);
        assert.deepEqual(kindOf(registryTokens, registry, '"11310000MB2F06207Q"', 'uscc "1131'), ['string[code]']);
        assert.deepEqual(kindOf(registryTokens, registry, '12910000', 'population'), ['number[]']);
        assert.deepEqual(kindOf(registryTokens, registry, '"参保人员基本信息"', 'dataset InsuredPersons'), ['string[]']);

        assert.deepEqual(kindOf(agreementTokens, agreement, 'proxy', 'mode proxy'), ['enumMember[]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, 'forbidden', 'onward forbidden'), ['enumMember[]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, 'cross-region', 'dimensions'), ['enumMember[]']);
        assert.deepEqual(kindOf(agreementTokens, agreement, 'en', 'agreement YRD'), ['keyword[]']);
    });

    it('marks the standard library\'s own declarations as read-only library declarations', async () => {
        const ws = await buildWorkspace({});
        const stdlib = ws.services.shared.workspace.LangiumDocuments.all.find(d => d.uri.scheme === 'citypact-stdlib')!;
        const tokens = await tokensOf(ws, stdlib);
        assert.deepEqual(tokensNamed(tokens, stdlib, 'Shanghai', 'city Shanghai').map(t => [t.type, t.modifiers]),
            [['namespace', ['declaration', 'defaultLibrary', 'readonly']]]);
    });

    it('leaves an unresolved name uncoloured but still colours the prefix that resolves', async () => {
        const ws = await buildWorkspace({ 'a.citypact': 'dataset D "d" of Shanghai.Nowhere {\n  sharing unconditional\n}\n' });
        const document = doc(ws, 'a.citypact');
        const tokens = await tokensOf(ws, document);
        assert.deepEqual(tokensNamed(tokens, document, 'Shanghai', 'of Shanghai').map(t => t.type), ['namespace']);
        assert.deepEqual(tokensNamed(tokens, document, 'Nowhere', 'of Shanghai'), []);
    });

    it('declares the CityPact modifiers in the legend after the standard ones', async () => {
        const ws = await buildWorkspace({});
        const legend = ws.services.CityPact.lsp.SemanticTokenProvider!.semanticTokensOptions.legend;
        assert.deepEqual(legend.tokenModifiers.slice(10), ['date', 'duration', 'percentage', 'version', 'code']);
        assert.ok(legend.tokenModifiers.includes('defaultLibrary'));
        assert.ok(legend.tokenTypes.includes('enumMember'));
    });

    it('works with langium/test\'s highlightHelper on a document added to the workspace', async () => {
        const ws = await buildWorkspace({});
        const highlight = highlightHelper(ws.services.CityPact);
        const result = await highlight('department <|Police|> "公安局" of <|Shanghai|> {\n  uscc <|"11310000MB2F06207Q"|>\n}\n');
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.namespace });
        expectSemanticToken(result, { rangeIndex: 2, tokenType: SemanticTokenTypes.string });
    });
});
