import {
    inject, type DeepPartial, type LangiumSharedCoreServices, type Module,
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
} from 'langium/lsp';
import { CityPactGeneratedModule, CityPactGeneratedSharedModule } from './generated/module.js';
import { CityPactTokenBuilder } from './parser/token-builder.js';
import { createLinearHiddenTokenParser } from './parser/hidden-tokens.js';
import { CityPactValueConverter } from './parser/value-converter.js';
import { CityPactNameProvider } from './references/name-provider.js';
import { CityPactScopeComputation } from './references/scope-computation.js';
import { CityPactScopeProvider } from './references/scope-provider.js';
import { CityPactReferenceDescriptionProvider } from './references/reference-descriptions.js';
import { CityPactLinker } from './references/linker.js';
import { CityPactDocumentValidator } from './validation/document-validator.js';
import { registerValidationChecks } from './validation/validator.js';
import { CityPactSettings } from './workspace/settings.js';
import { CityPactWorkspaceManager } from './workspace/workspace-manager.js';
import { CityPactIndexManager } from './workspace/index-manager.js';
import { CityPactDocumentBuilder } from './workspace/document-builder.js';
import { CityPactLangiumDocuments } from './workspace/langium-documents.js';
import { CityPactDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { CityPactFormatter } from './lsp/formatter.js';
import { CityPactCodeLensProvider } from './lsp/code-lens-provider.js';
import { CityPactCompletionProvider } from './lsp/completion-provider.js';
import { CityPactDefinitionProvider } from './lsp/definition-provider.js';
import { CityPactDocumentHighlightProvider } from './lsp/document-highlight-provider.js';
import { CityPactDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { CityPactFuzzyMatcher } from './lsp/fuzzy-matcher.js';
import { CityPactHoverProvider } from './lsp/hover-provider.js';
import { CityPactNodeKindProvider } from './lsp/node-kind-provider.js';
import { CityPactReferencesProvider } from './lsp/references-provider.js';
import { CityPactRenameProvider } from './lsp/rename-provider.js';
import { CityPactSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { CityPactQuickFixProvider } from './lsp/quick-fixes/quick-fix-provider.js';

/** Services CityPact adds to Langium's. */
export type CityPactAddedServices = {
    workspace: {
        Settings: CityPactSettings;
    };
};

export type CityPactServices = LangiumServices & CityPactAddedServices;

/**
 * Wires CityPact's services into Langium by dependency injection. Each replaced
 * service lives in the folder of its concern: parser/, references/, validation/,
 * workspace/, lsp/.
 */
export const CityPactModule: Module<CityPactServices, PartialLangiumServices & CityPactAddedServices> = {
    parser: {
        LangiumParser: (services) => createLinearHiddenTokenParser(services),
        TokenBuilder: () => new CityPactTokenBuilder(),
        ValueConverter: () => new CityPactValueConverter(),
    },
    references: {
        NameProvider: () => new CityPactNameProvider(),
        ScopeComputation: (services) => new CityPactScopeComputation(services),
        ScopeProvider: (services) => new CityPactScopeProvider(services),
        Linker: (services) => new CityPactLinker(services),
    },
    validation: {
        DocumentValidator: (services) => new CityPactDocumentValidator(services),
    },
    workspace: {
        Settings: () => new CityPactSettings(),
        ReferenceDescriptionProvider: (services) => new CityPactReferenceDescriptionProvider(services),
    },
    lsp: {
        Formatter: (services) => new CityPactFormatter(services),
        SemanticTokenProvider: (services) => new CityPactSemanticTokenProvider(services),
        HoverProvider: (services) => new CityPactHoverProvider(services),
        CompletionProvider: (services) => new CityPactCompletionProvider(services),
        DefinitionProvider: (services) => new CityPactDefinitionProvider(services),
        ReferencesProvider: (services) => new CityPactReferencesProvider(services),
        DocumentHighlightProvider: (services) => new CityPactDocumentHighlightProvider(services),
        RenameProvider: (services) => new CityPactRenameProvider(services),
        DocumentSymbolProvider: (services) => new CityPactDocumentSymbolProvider(services),
        CodeLensProvider: (services) => new CityPactCodeLensProvider(services),
        CodeActionProvider: (services) => new CityPactQuickFixProvider(services),
    },
};

const CityPactSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        WorkspaceManager: (services) => new CityPactWorkspaceManager(services as unknown as LangiumSharedCoreServices),
        IndexManager: (services) => new CityPactIndexManager(services as unknown as LangiumSharedCoreServices),
        DocumentBuilder: (services) => new CityPactDocumentBuilder(services as unknown as LangiumSharedCoreServices),
        LangiumDocuments: (services) => new CityPactLangiumDocuments(services as unknown as LangiumSharedCoreServices),
    },
    lsp: {
        DocumentUpdateHandler: (services) => new CityPactDocumentUpdateHandler(services),
        NodeKindProvider: () => new CityPactNodeKindProvider(),
        FuzzyMatcher: () => new CityPactFuzzyMatcher(),
    },
};

export interface CityPactServiceSet {
    shared: LangiumSharedServices;
    CityPact: CityPactServices;
}

/**
 * Creates the shared and language services. `context.fileSystemProvider` is
 * `NodeFileSystem` for the CLI and the language server, `EmptyFileSystem` in tests.
 */
export function createCityPactServices(context: DefaultSharedModuleContext): CityPactServiceSet {
    const shared = inject(
        createDefaultSharedModule(context),
        CityPactGeneratedSharedModule,
        CityPactSharedModule,
    );
    const CityPact = inject(
        createDefaultModule({ shared }),
        CityPactGeneratedModule,
        CityPactModule,
    );
    shared.ServiceRegistry.register(CityPact);
    registerValidationChecks(CityPact);
    if (!context.connection) {
        // No language client will send `initialized`: mark the workspace ready now.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CityPact };
}
