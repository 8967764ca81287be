import { URI } from 'langium';
import { ConfigResolver, DEFAULT_CONFIG, type LoadedConfig, type StdlibMode } from './config.js';
import { isStandardLibrary } from '../stdlib/standard-library.js';
import type { Locale } from '../validation/rule-catalog.js';

/**
 * What the tools need to know about where a document lives: the citypact.json in
 * force for it and the locale its messages are written in. One instance serves the
 * language server and the CLI, so both read configuration the same way.
 *
 * Locale precedence: an explicit override (the CLI's `--locale`, the extension's
 * `citypact.locale` setting) > the configuration's `locale` > the environment
 * (VS Code's display language, or `LANG` for the CLI) > English.
 */
export class CityPactSettings {
    readonly configs = new ConfigResolver();
    /** From `--locale` or the editor setting; wins over everything. */
    localeOverride: Locale | undefined;
    /** From the environment: the editor's display language or `LANG`. */
    environmentLocale: Locale | undefined;
    /** The CLI's `--config FILE`: one configuration for every file. */
    explicitConfigFile: string | undefined;
    /**
     * Whether files load the standard library when their citypact.json does not
     * say: always true for the CLI; the editor's `citypact.standardLibrary` setting.
     */
    defaultStdlib = true;

    configFor(uri: URI | string): LoadedConfig {
        const parsed = typeof uri === 'string' ? URI.parse(uri) : uri;
        if (this.explicitConfigFile) return this.configs.loadFile(this.explicitConfigFile);
        if (parsed.scheme !== 'file' || isStandardLibrary(parsed)) {
            return { config: DEFAULT_CONFIG, problems: [] };
        }
        return this.configs.forPath(parsed.fsPath);
    }

    localeFor(uri: URI | string): Locale {
        return this.localeOverride ?? this.configFor(uri).config.locale ?? this.environmentLocale ?? 'en';
    }

    stdlibEnabledFor(uri: URI | string): boolean {
        return (this.configFor(uri).config.stdlib ?? this.defaultStdlib) !== false;
    }

    /**
     * `true`, `false` or `"national"` for a file (§3). The library documents see both
     * libraries: national districts are `of` the default library's cities.
     */
    stdlibModeFor(uri: URI | string): StdlibMode {
        if (isStandardLibrary(uri)) return 'national';
        return this.configFor(uri).config.stdlib ?? this.defaultStdlib;
    }
}
