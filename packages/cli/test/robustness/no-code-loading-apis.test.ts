import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO } from '../run-cli.js';

/**
 * The other half of "never execute, import or fetch what a workspace names": the
 * product's source has no way to. Parsed with the TypeScript compiler, every
 * package's src/ is searched for modules and calls that run code, load code chosen
 * at run time, or reach the network. A new use fails here and has to be argued for.
 */
const SOURCES = ['packages/language/src', 'packages/cli/src', 'packages/extension/src'];

/** Node modules that start processes, evaluate code, load modules by name or open sockets. */
const FORBIDDEN_MODULES = new Set([
    'child_process', 'cluster', 'vm', 'worker_threads', 'module', 'inspector', 'repl',
    'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns',
]);

/** Globals that evaluate strings or reach the network. */
const FORBIDDEN_CALLS = new Set(['eval', 'Function', 'require', 'fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource', 'importScripts']);

function sourceFiles(): string[] {
    return SOURCES.flatMap(folder => readdirSync(path.join(REPO, folder), { recursive: true, encoding: 'utf8' })
        .filter(name => /\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts') && !name.split(path.sep).includes('generated'))
        .map(name => path.join(REPO, folder, name)));
}

function findings(file: string, text = readFileSync(file, 'utf8')): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${path.relative(REPO, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const found: string[] = [];
    const checkModule = (node: ts.Node, specifier: string) => {
        if (FORBIDDEN_MODULES.has(specifier.replace(/^node:/, '').split('/')[0])) found.push(`${where(node)}: imports ${specifier}`);
    };
    const visit = (node: ts.Node): void => {
        if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
            checkModule(node, node.moduleSpecifier.text);
        } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
            const [argument] = node.arguments;
            if (argument && ts.isStringLiteralLike(argument)) checkModule(node, argument.text);
            else found.push(`${where(node)}: import() of a module chosen at run time`);
        } else if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression) && FORBIDDEN_CALLS.has(node.expression.text)) {
            found.push(`${where(node)}: calls ${node.expression.text}`);
        } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process'
            && ['dlopen', 'binding'].includes(node.name.text)) {
            found.push(`${where(node)}: process.${node.name.text}`);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

/**
 * The uses argued for. `citypact diff --base` and the editor's "Compare with Previous
 * Version" read the old side with git (language.md §8, docs/diff.md): each from one
 * small module that starts only the fixed program `git`, checked below.
 */
const ALLOWED = new Map([
    ['packages/cli/src/git.ts', 'imports node:child_process'],
    ['packages/extension/src/compare/git-head.ts', 'imports node:child_process'],
]);

function allowed(finding: string): boolean {
    const [file, , what] = finding.split(/:(\d+): /);
    return ALLOWED.get(file.split(path.sep).join('/')) === what;
}

describe('no code-loading or network APIs in the product (robustness)', () => {
    it('finds none in the language, the CLI and the extension', () => {
        const files = sourceFiles();
        assert.ok(files.length > 50, `${files.length} source files`);
        assert.deepEqual(files.flatMap(file => findings(file)).filter(f => !allowed(f)), []);
    });

    it('the modules allowed to start a process start only git, by its fixed name', () => {
        for (const relative of ALLOWED.keys()) {
            const text = readFileSync(path.join(REPO, relative), 'utf8');
            const calls = [...text.matchAll(/\b(exec|execFile|execFileSync|execSync|spawn|spawnSync|fork)\(\s*([^,)]*)/g)];
            assert.ok(calls.length > 0, relative);
            for (const [, fn, program] of calls) {
                assert.ok(['execFile', 'execFileSync'].includes(fn), `${relative}: ${fn} (no shell)`);
                assert.equal(program.trim(), "'git'", `${relative}: starts ${program}`);
            }
        }
    });

    it('notices each kind of use (the scan itself works)', () => {
        const file = path.join(REPO, 'packages/cli/src/main.ts');
        const original = readFileSync(file, 'utf8');
        for (const added of [
            "import { execFile } from 'node:child_process';",
            "export { request } from 'https';",
            'const plugin = await import(config.plugin);',
            "const vm = await import('node:vm');",
            'const run = new Function(code);',
            'eval(text);',
            'await fetch(schemaUrl);',
            "const loaded = require('./x.cjs');",
        ]) {
            assert.equal(findings(file, `${original}\n${added}\n`).length, 1, added);
        }
    });
});
