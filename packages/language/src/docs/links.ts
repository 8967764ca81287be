/**
 * Where the documentation lives on the web, for texts read outside the repository:
 * SARIF `helpUri`s shown by code-scanning tools, descriptions in the published JSON
 * Schemas, the extension's manifest. One constant, so that they all move together
 * when the project gets its public home.
 *
 * `citypact/citypact` is a placeholder organisation (the README says so): the
 * repository has no public URL yet. Texts read inside a checkout cite
 * docs/language.md and docs/rules.md by path instead.
 */
export const REPOSITORY_URL = 'https://github.com/citypact/citypact';

/** The docs folder on the default branch; documents are appended (`rules.md`). */
export const DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/`;

/**
 * The page of one rule in docs/rules.md. Its headings are the bare rule ids
 * (`## cost-shares-sum`), whose GitHub anchors are the ids themselves.
 */
export function ruleHelpUrl(ruleId: string): string {
    return `${DOCS_URL}rules.md#${ruleId}`;
}

/**
 * A section of docs/language.md, by the GitHub anchor of its heading
 * (`## §6 Export format` → `6-export-format`).
 */
export function languageReferenceUrl(anchor?: string): string {
    return `${DOCS_URL}language.md${anchor ? `#${anchor}` : ''}`;
}
