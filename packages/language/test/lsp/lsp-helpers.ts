import type { LangiumDocument } from 'langium';
import { SemanticTokensDecoder } from 'langium/lsp';
import type { CompletionItem, Position, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { STDLIB_URI } from '../../src/stdlib/standard-library.js';
import { buildWorkspace, type Workspace } from '../helpers.js';

/**
 * Positions in tests are written as text: `at(doc, 'Shanghai.Medical|Security')`
 * is the position of `|` in the first occurrence of `Shanghai.MedicalSecurity`.
 */
export function at(document: LangiumDocument, marked: string, occurrence = 0): Position {
    const bar = marked.indexOf('|');
    if (bar < 0) throw new Error(`no | in ${marked}`);
    const needle = marked.slice(0, bar) + marked.slice(bar + 1);
    const text = document.textDocument.getText();
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
        index = text.indexOf(needle, index + 1);
        if (index < 0) throw new Error(`'${needle}' (occurrence ${occurrence}) not found`);
    }
    return document.textDocument.positionAt(index + bar);
}

export function doc(ws: Workspace, file: string): LangiumDocument {
    const document = ws.documents.get(file);
    if (!document) throw new Error(`no file ${file}`);
    return document;
}

export function uriOf(ws: Workspace, file: string): string {
    return doc(ws, file).uri.toString();
}

export const STDLIB = STDLIB_URI.toString();

/** The registry and agreement of docs/language.md §2, split over two files as a workspace would be. */
export const REGISTRY = [
    'department MedicalSecurity "上海市医疗保障局" en "Shanghai Healthcare Security Administration" of Shanghai {',
    '  uscc "11310000MB2F06207Q"',
    '}',
    'department MedicalSecurity "杭州市医疗保障局" of Hangzhou',
    'department MedicalSecurity "南京市医疗保障局" of Nanjing',
    'organization AliHealth "阿里健康信息技术有限公司" {',
    '  kind enterprise',
    '  uscc "91330108MA27Y5GT3R"',
    '}',
    '/** Insured persons of Shanghai\'s basic medical insurance. */',
    'dataset InsuredPersons "参保人员基本信息" of Shanghai.MedicalSecurity {',
    '  sharing conditional "仅限异地就医结算使用"',
    '  classification important',
    '  personal-data sensitive',
    '  fields "姓名", "公民身份号码", "参保状态"',
    '}',
    'city Suzhou "苏州市" en "Suzhou" {',
    '  within Jiangsu',
    '  code 320500',
    '  tier super',
    '  population 12910000',
    '}',
    'district Gusu "姑苏区" of Suzhou {',
    '  code 320508',
    '}',
    '',
].join('\n');

export const AGREEMENT = [
    '/** Direct settlement of medical expenses across the Yangtze River Delta. */',
    'agreement YRDMedicalSettlement "长三角异地就医直接结算合作协议" en "YRD Cross-City Medical Settlement" {',
    '  version 2.1.0',
    '  dimensions cross-region, cross-department',
    '  signed 2023-12-15',
    '  effective 2024-01-01 until 2027-12-31',
    '',
    '  party Shanghai.MedicalSecurity role lead signatory "局长"',
    '  party Hangzhou.MedicalSecurity',
    '  party Nanjing.MedicalSecurity',
    '  party AliHealth role contractor',
    '',
    '  body JointCommittee "长三角医保联席会议" {',
    '    members Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity',
    '    chair Shanghai.MedicalSecurity',
    '    decides by unanimity',
    '    meets quarterly',
    '  }',
    '',
    '  service DirectSettlement "异地就医直接结算" {',
    '    mode proxy',
    '    provider Shanghai.MedicalSecurity',
    '    users Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity',
    '    collects-at Hangzhou.MedicalSecurity',
    '    processes-at Shanghai.MedicalSecurity',
    '    responds within 5 days',
    '    costs {',
    '      Shanghai.MedicalSecurity 33.33%',
    '      Hangzhou.MedicalSecurity 33.33%',
    '      Nanjing.MedicalSecurity 33.34%',
    '    }',
    '  }',
    '',
    '  exchange SettlementRecords "结算数据交换" {',
    '    data Shanghai.MedicalSecurity.InsuredPersons',
    '    from Shanghai.MedicalSecurity',
    '    to Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity',
    '    purpose "异地就医费用结算"',
    '    basis statutory-duty "《中华人民共和国社会保险法》第二十九条"',
    '    retention 5 years',
    '    security encryption, audit-log, access-control',
    '    onward forbidden',
    '    frequency daily',
    '  }',
    '',
    '  obligation BuildPlatform "建设统一结算平台" {',
    '    by Shanghai.MedicalSecurity',
    '    for Hangzhou.MedicalSecurity, Nanjing.MedicalSecurity',
    '    due 2024-06-30',
    '  }',
    '',
    '  clause Confidentiality "各方对交换数据负有保密义务。" en "Each party keeps exchanged data confidential."',
    '',
    '  disputes by JointCommittee then arbitration "上海仲裁委员会"',
    '  amendment by unanimity',
    '  termination notice 90 days',
    '}',
    '',
].join('\n');

export function sampleWorkspace(extra: Record<string, string> = {}): Promise<Workspace> {
    return buildWorkspace({ 'registry.citypact': REGISTRY, 'agreement.citypact': AGREEMENT, ...extra });
}

/** The Markdown of the hover at a marked position, or undefined when there is none. */
export async function hoverAt(ws: Workspace, file: string, marked: string, occurrence = 0): Promise<string | undefined> {
    const document = doc(ws, file);
    const hover = await ws.services.CityPact.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, marked, occurrence),
    });
    if (!hover) return undefined;
    const contents = hover.contents;
    if (typeof contents === 'object' && 'kind' in contents) return contents.value;
    throw new Error('hover is not MarkupContent');
}

/** Completion items at a marked position, sorted the way an editor sorts them (sortText, then label). */
export async function completionAt(ws: Workspace, file: string, marked: string): Promise<CompletionItem[]> {
    const document = doc(ws, file);
    const list = await ws.services.CityPact.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.uri.toString() }, position: at(document, marked),
    });
    return [...(list?.items ?? [])].sort((a, b) =>
        (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
}

/** Applies a workspace edit to the workspace's files: file name → new text (only changed files). */
export function applyWorkspaceEdit(ws: Workspace, edit: WorkspaceEdit): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const entry = [...ws.documents.entries()].find(([, d]) => d.uri.toString() === uri);
        if (!entry) throw new Error(`edit outside the workspace files: ${uri}`);
        result[entry[0]] = TextDocument.applyEdits(entry[1].textDocument, edits);
    }
    return result;
}

export interface Token {
    text: string;
    line: number;
    type: string;
    modifiers: string[];
}

/** Semantic tokens of a document, decoded to text, type and modifier names. */
export async function tokensOf(ws: Workspace, document: LangiumDocument): Promise<Token[]> {
    const provider = ws.services.CityPact.lsp.SemanticTokenProvider!;
    const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    const modifiers = Object.entries(provider.tokenModifiers);
    return SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document).map(t => ({
        text: t.text,
        line: document.textDocument.positionAt(t.offset).line,
        type: t.tokenType,
        modifiers: modifiers.filter(([, bit]) => (t.tokenModifiers & bit) !== 0).map(([name]) => name),
    }));
}

/** The tokens whose text is `text`, on the line that contains `lineText`. */
export function tokensNamed(tokens: Token[], document: LangiumDocument, text: string, lineText: string): Token[] {
    const line = document.textDocument.getText().split(/\r?\n/).findIndex(l => l.includes(lineText));
    if (line < 0) throw new Error(`no line with '${lineText}'`);
    return tokens.filter(t => t.line === line && t.text === text);
}
