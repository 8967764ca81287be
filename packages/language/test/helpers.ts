import '../src/polyfill.js';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCityPactServices, type CityPactServiceSet } from '../src/citypact-module.js';
import { loadDocuments } from '../src/workspace/load-documents.js';
import type { Model } from '../src/generated/ast.js';

/** A diagnostic whose message is plain text (CityPact never sends markup messages). */
export type TextDiagnostic = Diagnostic & { message: string };

export interface Workspace {
    services: CityPactServiceSet;
    documents: Map<string, LangiumDocument<Model>>;
    diagnostics(file: string): TextDiagnostic[];
    codes(file: string): string[];
}

/** A fresh in-memory workspace: the standard library plus the given files (name → text). */
export async function buildWorkspace(files: Record<string, string>, root = '/ws'): Promise<Workspace> {
    const services = createCityPactServices(EmptyFileSystem);
    const names = Object.keys(files);
    const loaded = await loadDocuments(services, names.map(name => ({ uri: URI.file(`${root}/${name}`), text: files[name] })));
    const documents = new Map<string, LangiumDocument<Model>>(names.map((name, i) => [name, loaded[i]]));
    const diagnostics = (file: string): TextDiagnostic[] => (documents.get(file)?.diagnostics ?? [])
        .map(d => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }));
    return {
        services,
        documents,
        diagnostics,
        codes: file => diagnostics(file).map(d => String(d.code)),
    };
}

/** Diagnostics of a single file checked against the standard library. */
export async function check(text: string): Promise<TextDiagnostic[]> {
    const ws = await buildWorkspace({ 'main.citypact': text });
    return ws.diagnostics('main.citypact');
}

export async function codesOf(text: string): Promise<string[]> {
    return (await check(text)).map(d => String(d.code));
}
