// Minimal declarations for the RDF test tools, which ship no TypeScript types of their own.
declare module 'jsonld' {
    const jsonld: {
        toRDF(input: object, options: { format?: string; documentLoader?: (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>; safe?: boolean }): Promise<unknown>;
    };
    export default jsonld;
}
declare module 'n3' {
    import type { Quad } from '@rdfjs/types';
    export class Parser {
        constructor(options?: { format?: string });
        parse(input: string): Quad[];
    }
}
