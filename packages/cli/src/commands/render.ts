import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
    encodePath, RENDER_FORMATS, renderDocument,
    type RenderedAgreement, type RenderFormat,
} from 'citypact-language';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';
import { displayPath, expandPaths } from '../files.js';
import type { Io } from '../io.js';
import { terminalText } from '../terminal-text.js';
import { toolVersion } from '../version.js';
import { loadWorkspace } from '../workspace.js';
import { writeInto } from '../write-files.js';

export const RENDER_HELP = `Usage: citypact render <paths...> [options]

Renders every agreement in the given files or folders as a readable bilingual
document for people who will never open a .citypact file: title, parties, bodies,
services with their cost shares, data exchanges with their terms, obligations,
clauses, disputes, amendment and termination, and a diagram of who exchanges
what data with whom (docs/render.md).

Options:
  --format <html|md>     html (default): one self-contained page, diagram included,
                         no network needed; md: Markdown
  -o, --output <dir>     write <agreement id>.html (or <agreement id>.md, with the
                         diagram beside it as <agreement id>.svg) into this folder,
                         created if missing; without -o, print the document (only
                         when the paths hold exactly one agreement)
  --config <file>        use this citypact.json instead of searching for one
  --locale <en|zh-CN>    language of the problem messages

An agreement with errors is still rendered, with its problems listed at the top.
Files are written atomically: a failed render never leaves a partial file.

Exit codes: 0 rendered, 1 rendered but an agreement has errors, 2 usage,
configuration or I/O problem.`;

export async function renderCommand(args: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
            format: { type: 'string', default: 'html' },
            output: { type: 'string', short: 'o' },
            config: { type: 'string' },
            locale: { type: 'string' },
        },
    });
    const format = values.format as RenderFormat;
    if (!RENDER_FORMATS.includes(format)) {
        throw new UsageError(`unknown format "${values.format}" (expected one of: ${RENDER_FORMATS.join(', ')})`);
    }
    if (positionals.length === 0) throw new UsageError('which files? usage: citypact render <paths...> [--format html|md] [-o DIR]');
    if (values.locale !== undefined && !['en', 'zh-CN'].includes(values.locale)) {
        throw new UsageError(`unknown locale "${values.locale}" (expected en or zh-CN)`);
    }
    if (values.config !== undefined && !fs.existsSync(values.config)) {
        throw new UsageError(`${values.config}: no such file or directory`);
    }

    const workspace = await loadWorkspace(expandPaths(positionals), {
        configFile: values.config,
        localeOverride: values.locale,
        environmentLocale: io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG,
    });
    // Source links are relative to where the document will be read from.
    const outputFolder = path.resolve(values.output ?? '.');
    const generator = `citypact ${await toolVersion()}`;
    const rendered: { file: string; agreement: RenderedAgreement }[] = [];
    for (const document of workspace.targets) {
        const file = document.uri.fsPath;
        const sourceHref = encodePath(path.relative(outputFolder, file).split(path.sep).join('/'));
        const agreements = renderDocument(document, workspace.services.CityPact, {
            format, sourceHref, generator, diagramFile: values.output !== undefined,
        });
        rendered.push(...agreements.map(agreement => ({ file, agreement })));
    }
    if (rendered.length === 0) throw new UsageError(`no agreement found in ${positionals.join(', ')}`);

    for (const { file, agreement } of rendered) {
        if (agreement.errors > 0) {
            const noun = agreement.errors === 1 ? 'error' : 'errors';
            io.stderr.write(terminalText(`citypact render: ${displayPath(file)}: ${agreement.agreementId} has ${agreement.errors} ${noun} (listed at the top of the document)`) + '\n');
        }
    }
    if (values.output === undefined) {
        if (rendered.length > 1) {
            throw new UsageError(`${rendered.length} agreements found (${rendered.map(r => r.agreement.agreementId).join(', ')}): use -o DIR to write one file each`);
        }
        io.stdout.write(rendered[0].agreement.files[0].content);
    } else {
        writeInto(values.output, rendered.flatMap(r => r.agreement.files));
        const noun = rendered.length === 1 ? 'agreement' : 'agreements';
        io.stderr.write(terminalText(`citypact render: ${rendered.length} ${noun} written to ${displayPath(values.output)}`) + '\n');
    }
    return rendered.some(r => r.agreement.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}
