import * as path from 'node:path';
import { AstUtils, MultiMap, URI, WorkspaceCache, type AstNode, type AstNodeDescription, type AstNodeLocator, type IndexManager, type ValidationAcceptor } from 'langium';
import { differingCharacters, mixedScript, showCharacter } from '../../model/unicode-text.js';
import type { LocalizedText } from '../rule-catalog.js';
import { isAgreement, type Model } from '../../generated/ast.js';
import type { CityPactServices } from '../../citypact-module.js';
import { qualifiedNameOf } from '../../references/qualified-names.js';
import { isStandardLibrary, libraryVisible } from '../../stdlib/standard-library.js';
import type { StdlibMode } from '../../workspace/config.js';
import type { CityPactSettings } from '../../workspace/settings.js';
import { CityPactIndexManager } from '../../workspace/index-manager.js';
import { report } from '../report.js';
import { phrase } from '../terms.js';

/**
 * `duplicate-name`: qualified names are unique across the workspace and the
 * standard library (docs/language.md §2). Each user declaration with a clash is reported
 * on its own name; the library itself never gets a diagnostic.
 */
export class NameChecks {
    private readonly indexManager: IndexManager;
    private readonly settings: CityPactSettings;
    private readonly locator: AstNodeLocator;
    /**
     * All exported names of the workspace, rebuilt once per workspace change; only
     * when the index manager does not keep them by name already (it does, see
     * workspace/index-manager.ts: rebuilding cost every keystroke the whole workspace).
     */
    private readonly byName: WorkspaceCache<'all', MultiMap<string, AstNodeDescription>>;

    constructor(services: CityPactServices) {
        this.indexManager = services.shared.workspace.IndexManager;
        this.settings = services.workspace.Settings;
        this.locator = services.workspace.AstNodeLocator;
        this.byName = new WorkspaceCache(services.shared);
    }

    checkModel(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model);
        if (isStandardLibrary(document.uri)) return;
        const indexManager = this.indexManager;
        const namesakes = indexManager instanceof CityPactIndexManager
            ? (name: string) => indexManager.namesakes(name).map(entry => entry.description)
            : (name: string) => this.byName.get('all', () => new MultiMap(indexManager.allElements().map(d => [d.name, d] as [string, AstNodeDescription]))).get(name);
        const stdlibMode = this.settings.stdlibModeFor(document.uri);
        const ownUri = document.uri.toString();
        const declarations: AstNode[] = model.declarations.flatMap((d): AstNode[] => (isAgreement(d) ? [d, ...d.members] : [d]));
        for (const declaration of declarations) {
            const name = qualifiedNameOf(declaration);
            if (!name) continue;
            const same = namesakes(name);
            // The usual case: the only declaration of the name is this one.
            if (same.length === 0 || (same.length === 1 && same[0].node === declaration)) continue;
            const ownPath = this.locator.getAstNodePath(declaration);
            const clashes = same.filter(d =>
                !(d.documentUri.toString() === ownUri && d.path === ownPath)
                && libraryVisible(stdlibMode, d.documentUri));
            if (clashes.length === 0) continue;
            const first = clashes[0];
            report(accept, 'duplicate-name', { node: declaration, property: 'name' as never }, { name, where: this.where(first.documentUri, document.uri) });
        }
        this.checkConfusables(declarations, document.uri, stdlibMode, accept);
    }

    /**
     * `confusable-name` (docs/language.md §4, issue 20): a declared name mixing Latin
     * with Cyrillic or Greek, or holding full-width Latin; or a qualified name with
     * the UTS #39 skeleton of another one (NFC already makes `金`/`金` one name). The
     * later declaration is reported: in index order (the order files were loaded,
     * then position), and always the user's one against the standard library.
     */
    private checkConfusables(declarations: AstNode[], uri: URI, stdlibMode: StdlibMode, accept: ValidationAcceptor): void {
        const indexManager = this.indexManager;
        if (!(indexManager instanceof CityPactIndexManager)) return;
        for (const declaration of declarations) {
            const name = qualifiedNameOf(declaration);
            const simple = (declaration as { name?: string }).name;
            if (!name || !simple) continue;
            const target = { node: declaration, property: 'name' as never };
            const ownPath = this.locator.getAstNodePath(declaration);
            const own = indexManager.namesakes(name).find(e => e.description.documentUri.toString() === uri.toString() && e.description.path === ownPath);
            const earlier = indexManager.lookalikes(name).flatMap(other => indexManager.namesakes(other))
                .filter(entry => libraryVisible(stdlibMode, entry.description.documentUri)
                    && (isStandardLibrary(entry.description.documentUri) || !own || entry.order < own.order || (entry.order === own.order && entry.index < own.index)))
                .sort((a, b) => Number(isStandardLibrary(b.description.documentUri)) - Number(isStandardLibrary(a.description.documentUri)) || a.order - b.order || a.index - b.index)[0];
            if (earlier) {
                const other = earlier.description.name;
                const detail = differingCharacters(name, other).map(showCharacter).join(', ');
                report(accept, 'confusable-name', target, {
                    name,
                    reason: phrase(
                        `it looks like '${other}'${this.where(earlier.description.documentUri, uri).en} but is written with other characters (${detail}); rename one of them`,
                        `与${this.where(earlier.description.documentUri, uri)['zh-CN']}的“${other}”形近，但字符不同（${detail}）；请重命名其中之一`,
                    ),
                });
                continue;
            }
            const mixed = mixedScript(simple);
            if (mixed) {
                const scripts = mixed.scripts.join(' + ');
                const detail = mixed.suspects.map(showCharacter).join(', ');
                report(accept, 'confusable-name', target, {
                    name,
                    reason: phrase(
                        `it mixes ${scripts} letters (${detail}), which look alike; write it in one script`,
                        `混用了 ${scripts} 字母（${detail}），它们外形相近；请只用一种文字书写`,
                    ),
                });
            }
        }
    }

    /**
     * Where another declaration is: the standard library, this file, or another file by
     * its path from the workspace root (the folder of the citypact.json in force, else
     * this file's folder), not its bare name: two folders often hold a `registry.citypact`.
     */
    private where(other: URI, own: URI): LocalizedText {
        if (isStandardLibrary(other)) return phrase(' in the standard library', '标准库中');
        if (other.toString() === own.toString()) return phrase(' in this file', '本文件中');
        const config = this.settings.configFor(own).file;
        const root = config ? path.posix.dirname(URI.file(config).path) : path.posix.dirname(own.path);
        const shown = other.scheme === 'file' ? path.posix.relative(root, other.path) : other.toString();
        return phrase(` in ${shown}`, `文件 ${shown} 中`);
    }
}
