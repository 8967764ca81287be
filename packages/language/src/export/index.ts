// The export contract (docs/language.md §6): JSON documents with a published schema, and
// an ODRL 2.2 view of the data exchanges. Shared by the CLI and the language server.
// Names are listed so the package's public API grows only on purpose.
export * from './export-format.js';
export { EXPORT_SCHEMA, exportSchemaText } from './export-schema.js';
export { buildExportDocument, type ExportSource } from './json-export.js';
export {
    buildOdrlDocument, actorIri, datasetIri, policyIri, isoDuration, ODRL_CONTEXT, CITYPACT_ODRL_CONTEXT, ODRL_OPERATORS,
    type OdrlDocument, type OdrlAgreement, type OdrlRule, type OdrlConstraint, type OdrlOperator,
} from './odrl-export.js';
export {
    exportDocument, exportBlockers, exportFileName, sourcePath, EXPORT_FORMATS,
    type ExportFormat, type ExportOptions, type ExportedAgreement, type RefusedAgreement, type DocumentExport,
} from './export-agreements.js';
export { ExportRefusal } from './export-values.js';
