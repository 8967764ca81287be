import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { runCli, tempWorkspace, REPO } from './run-cli.js';

/** The agreements of examples/, by file. */
const EXAMPLE_AGREEMENTS: Record<string, string> = {
    YRDMedicalSettlement: 'yrd-medical-settlement/agreement.citypact',
    YRDMedicalSettlement2021: 'yrd-medical-settlement/agreement-2021.citypact',
    GBATransportLink: 'gba-transport-link/agreement.citypact',
    ShanghaiEmergencyCommand: 'shanghai-emergency-command/agreement.citypact',
    HangzhouCityBrain: 'city-brain-public-private/agreement.citypact',
    XuhuiSmartElderCare: 'xuhui-elder-care-funding/agreement.citypact',
};

const wellFormed = (xml: string) => assert.equal(XMLValidator.validate(xml), true, 'well-formed SVG');
const svgsOf = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map(m => m[0]);

describe('citypact render (as a process)', function () {
    this.timeout(120_000);
    let out: string;
    beforeEach(() => { out = fs.mkdtempSync(path.join(os.tmpdir(), 'citypact-render-out-')); });
    afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

    it('renders every example to HTML in -o DIR, with every party, service and exchange and links to their lines', () => {
        const result = runCli(['render', 'examples', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stderr, /6 agreements written to /);
        assert.deepEqual(fs.readdirSync(out).sort(), Object.keys(EXAMPLE_AGREEMENTS).map(id => `${id}.html`).sort());
        for (const [id, source] of Object.entries(EXAMPLE_AGREEMENTS)) {
            const html = fs.readFileSync(path.join(out, `${id}.html`), 'utf8');
            const text = fs.readFileSync(path.join(REPO, 'examples', source), 'utf8');
            const lines = text.split('\n');
            const names = (keyword: string) => [...text.matchAll(new RegExp(`^\\s*${keyword} (\\S+)`, 'gm'))].map(m => m[1]);
            for (const party of names('party')) assert.ok(html.includes(`data-ref="${party}"`), `${id}: party ${party}`);
            for (const service of names('service')) assert.ok(html.includes(`id="cp-service-${id}.${service}"`), `${id}: service ${service}`);
            for (const exchange of names('exchange')) assert.ok(html.includes(`id="cp-exchange-${id}.${exchange}"`), `${id}: exchange ${exchange}`);
            assert.ok(names('exchange').length >= 2);
            const svgs = svgsOf(html);
            assert.equal(svgs.length, 1);
            wellFormed(svgs[0]);
            // Source links are relative to the output folder and land on real declarations.
            const links = [...html.matchAll(/href="([^"#]+)#L(\d+)"/g)];
            assert.ok(links.length > 10, `${id}: source links`);
            for (const [, href, line] of links) {
                assert.equal(path.resolve(out, decodeURIComponent(href)), path.join(REPO, 'examples', source));
                assert.ok(lines[Number(line) - 1].trim(), `${id}: line ${line}`);
            }
            const lead = lines.findIndex(l => /^\s*party \S+ role lead/.test(l)) + 1;
            assert.match(html, new RegExp(`#L${lead}" data-line="${lead}"`), `${id}: the lead party's line`);
        }
    });

    it('renders Markdown with the diagram beside it as a standalone SVG', () => {
        const result = runCli(['render', 'examples/gba-transport-link', '--format', 'md', '-o', out]);
        assert.equal(result.status, 0, result.stderr);
        assert.deepEqual(fs.readdirSync(out).sort(), ['GBATransportLink.md', 'GBATransportLink.svg']);
        const markdown = fs.readFileSync(path.join(out, 'GBATransportLink.md'), 'utf8');
        assert.match(markdown, /^# 穗深莞交通互联互通合作协议\n/);
        assert.match(markdown, /^!\[[^\]]+\]\(GBATransportLink\.svg\)$/m);
        assert.match(markdown, /\]\([./]*[^)]*examples\/gba-transport-link\/agreement\.citypact#L\d+\)/);
        const svg = fs.readFileSync(path.join(out, 'GBATransportLink.svg'), 'utf8');
        assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'));
        assert.match(svg, /<style>/, 'a standalone SVG carries its own styles');
        wellFormed(svg);
    });

    it('prints a single agreement to stdout, as HTML or Markdown', () => {
        const html = runCli(['render', 'examples/city-brain-public-private/agreement.citypact']);
        assert.equal(html.status, 0, html.stderr);
        assert.match(html.stdout, /^<!DOCTYPE html>/);
        assert.match(html.stdout, /href="examples\/city-brain-public-private\/agreement\.citypact#L\d+"/);
        const markdown = runCli(['render', 'examples/city-brain-public-private/agreement.citypact', '--format', 'md']);
        assert.equal(markdown.status, 0, markdown.stderr);
        assert.match(markdown.stdout, /^# 杭州城市大脑交通治理合作协议\n/);
        assert.doesNotMatch(markdown.stdout, /!\[/, 'no image to point at');
    });

    it('renders an agreement with errors, lists them at the top and exits 1', () => {
        const ws = tempWorkspace({
            'citypact.json': '{}',
            'main.citypact': 'agreement Draft "草案" {\n  version 1.0.0\n  effective 2024-01-01\n  party Shanghai\n  party Hangzhou.Nowhere\n}\n',
        });
        try {
            const result = runCli(['render', 'main.citypact', '-o', 'out'], { cwd: ws.dir });
            assert.equal(result.status, 1);
            assert.match(result.stderr, /main\.citypact: Draft has \d+ errors? \(listed at the top of the document\)/);
            const html = fs.readFileSync(path.join(ws.dir, 'out', 'Draft.html'), 'utf8');
            assert.ok(html.indexOf('class="cp-diagnostics"') < html.indexOf('<h1>'));
            assert.match(html, /unresolved-reference/);
            assert.deepEqual(fs.readdirSync(path.join(ws.dir, 'out')), ['Draft.html'], 'no temporary file left');
        } finally {
            ws.cleanup();
        }
    });

    it('reports usage and I/O problems with exit code 2', () => {
        const cases: [string[], RegExp][] = [
            [['render'], /which files\?/],
            [['render', 'examples', '--format', 'pdf'], /unknown format "pdf"/],
            [['render', 'examples/nowhere'], /no such file or directory/],
            [['render', 'examples/yrd-medical-settlement'], /2 agreements found .* use -o DIR/],
            [['render', 'examples/yrd-medical-settlement/registry.citypact'], /no agreement found/],
            [['render', 'examples/gba-transport-link', '-o', 'README.md'], /cannot create the output folder README\.md/],
        ];
        for (const [args, message] of cases) {
            const result = runCli(args);
            assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
            assert.match(result.stderr, message, args.join(' '));
            assert.equal(result.stdout, '');
        }
    });

    it('is listed in the help', () => {
        assert.match(runCli(['--help']).stdout, /render <paths\.\.\.> \[-o DIR\] \[--format html\|md\]/);
        assert.match(runCli(['render', '--help']).stdout, /Exit codes: 0 rendered, 1 rendered but an agreement has errors/);
    });
});
