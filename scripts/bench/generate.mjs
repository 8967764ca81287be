// Deterministic generator of realistic CityPact workspaces for the benchmark (issue #8).
//
// A corpus is what a province's repository of cooperation agreements looks like:
//   citypact.json
//   registry/provinces.citypact          provinces the standard library lacks, and the
//                                        provincial departments (every agreement names one:
//                                        the registry file that all agreements depend on)
//   registry/organizations.citypact      enterprises, universities, institutes
//   registry/cities/<Province>/<City>.citypact   a city, its districts, townships, departments
//   catalog/<Province>/<City>.citypact   the city's government data catalogue (datasets)
//   catalog/organizations.citypact       datasets organizations hold
//   agreements/<Topic>/<Name>.citypact   N agreements of about 100 lines: 4–8 parties, a
//                                        body, services with cost shares, exchanges,
//                                        obligations, clauses; some supersede others
//   large/<Name>.citypact                one framework agreement of about 5,000 lines
//
// Everything is clean under every rule of docs/language.md §4 (the benchmark asserts zero
// errors, so a broken generator cannot produce fake-fast figures): cost shares add to
// exactly 100%, every actor named by a member belongs to a party, exchanged datasets
// are shared and held by the sender, personal data has a basis and a retention,
// sensitive data is encrypted, core data approved, division codes nest, USCC check
// characters are right, declared dimensions are exactly the supported ones.
//
// Usage: node scripts/bench/generate.mjs <agreements> <outDir> [--seed N]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    CLAUSES, DEPARTMENT_TYPES, DEVELOPMENT_REFORM, EXTRA_PROVINCES, LEGAL_BASES, ORGANIZATION_KINDS,
    PROVINCIAL_DEPARTMENTS, STDLIB_CITIES, STDLIB_PROVINCES, SYLLABLES, TOPICS,
} from './vocabulary.mjs';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 3;
export const MANIFEST = 'bench-manifest.json';

// ------------------------------------------------------------------ randomness

/** mulberry32: a small, fast, seedable PRNG. Same seed, same corpus, on every machine. */
function prng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (min, max) => min + Math.floor(next() * (max - min + 1));
    const pick = list => list[Math.floor(next() * list.length)];
    const chance = p => next() < p;
    const shuffle = list => {
        const copy = [...list];
        for (let i = copy.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy;
    };
    const sample = (list, n) => shuffle(list).slice(0, n);
    return { next, int, pick, chance, shuffle, sample };
}

// ------------------------------------------------------------------ text helpers

const pad = (n, width = 2) => String(n).padStart(width, '0');
const str = text => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const label = (cn, en) => (en ? `${str(cn)} en ${str(en)}` : str(cn));

const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A Unified Social Credit Code with a correct GB 32100-2015 check character. */
function uscc(rng, prefix2, divisionCode) {
    let body = prefix2 + divisionCode;
    while (body.length < 17) body += USCC_CHARSET[rng.int(0, 30)];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(body[i]) * USCC_WEIGHTS[i];
    return body + USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** Hundredths of a percent as the shortest exact percentage: 3333 → "33.33%", 5000 → "50%". */
function percent(hundredths) {
    const whole = Math.floor(hundredths / 100);
    const fraction = hundredths % 100;
    if (fraction === 0) return `${whole}%`;
    return fraction % 10 === 0 ? `${whole}.${fraction / 10}%` : `${whole}.${pad(fraction)}%`;
}

/** n cost shares in hundredths that add up to exactly 100%. */
function costShares(rng, n) {
    if (n === 1) return [10000];
    if (rng.chance(0.35)) {
        // An equal split: 33.33% + 33.33% + 33.34%.
        const base = Math.floor(10000 / n);
        return Array.from({ length: n }, (_, i) => (i === n - 1 ? 10000 - base * (n - 1) : base));
    }
    const weights = Array.from({ length: n }, (_, i) => (i === 0 ? rng.int(3, 6) : rng.int(1, 4)));
    const total = weights.reduce((a, b) => a + b, 0);
    // Whole or half percentages, at least 5% each, the lead absorbing the rounding.
    const shares = weights.map(w => Math.max(500, Math.round((w / total) * 200) * 50));
    const rest = shares.slice(1).reduce((a, b) => a + b, 0);
    shares[0] = 10000 - rest;
    if (shares[0] < 500) return costShares(rng, n);
    return shares;
}

// ------------------------------------------------------------------ the world: provinces, cities, organizations

function buildWorld(rng, agreements) {
    const provinces = [
        ...STDLIB_PROVINCES.map(p => ({ ...p, stdlib: true })),
        ...EXTRA_PROVINCES.map(p => ({ ...p, stdlib: false })),
    ];
    const byProvince = new Map(provinces.map(p => [p.name, p]));
    const globalNames = new Set([...provinces.map(p => p.name), ...STDLIB_CITIES.map(c => c.name)]);

    const cities = STDLIB_CITIES.map(c => ({
        ...c, en: c.name === 'Xian' ? "Xi'an" : c.name, stdlib: true,
    }));
    // One city for every ten agreements (at least the sixteen of the library, and a few more).
    const cityCount = Math.max(24, Math.ceil(16 + agreements / 10));
    const usedCodes = new Set(cities.map(c => c.code));
    const candidates = rng.shuffle(SYLLABLES.flatMap(([a, ca]) => SYLLABLES.filter(([b]) => b !== a)
        .map(([b, cb]) => ({ name: a + b.toLowerCase(), cn: ca + cb }))));
    let candidate = 0;
    const nextName = taken => {
        for (;;) {
            const c = candidates[candidate++ % candidates.length];
            if (!taken.has(c.name)) {
                taken.add(c.name);
                return c;
            }
        }
    };
    for (let i = 0; cities.length < cityCount; i++) {
        const province = provinces[i % provinces.length];
        let code;
        for (let n = 2; ; n++) {
            code = `${province.prefix}${pad(n)}00`;
            if (!usedCodes.has(code)) break;
        }
        usedCodes.add(code);
        const { name, cn } = nextName(globalNames);
        const population = rng.pick([rng.int(350_000, 490_000), rng.int(600_000, 990_000), rng.int(1_100_000, 4_900_000), rng.int(5_100_000, 9_800_000)]);
        const tier = population >= 10_000_000 ? 'super' : population >= 5_000_000 ? 'mega' : population >= 1_000_000 ? 'large' : population >= 500_000 ? 'medium' : 'small';
        cities.push({ name, cn: `${cn}市`, en: name, code, province: province.name, stdlib: false, population, tier });
    }

    for (const city of cities) {
        const taken = new Set();
        const districtCount = rng.int(3, 6);
        city.districts = [];
        for (let d = 0; d < districtCount; d++) {
            const { name, cn } = nextName(taken);
            const code = city.municipality
                ? `${city.code.slice(0, 2)}01${pad(d + 1)}`
                : `${city.code.slice(0, 4)}${pad(d + 2)}`;
            const townships = d === 0
                ? [0, 1].map(t => ({ ...nextName(taken), code: `${code}${pad(t + 1, 3)}` }))
                : [];
            city.districts.push({ name, cn: `${cn}区`, code, townships });
        }
        city.departments = Object.keys(DEPARTMENT_TYPES).map(type => ({
            type, uscc: rng.chance(0.3) ? uscc(rng, '11', city.code) : undefined,
        }));
    }

    const organizations = [];
    const orgCount = Math.max(12, Math.ceil(agreements / 10));
    for (let i = 0; i < orgCount; i++) {
        const [suffix, cnSuffix, enSuffix, kind] = ORGANIZATION_KINDS[i % ORGANIZATION_KINDS.length];
        let base;
        do base = rng.pick(candidates); while (globalNames.has(base.name + suffix));
        globalNames.add(base.name + suffix);
        const home = rng.pick(cities);
        organizations.push({
            name: base.name + suffix,
            cn: `${home.cn.replace(/市$/, '')}${base.cn}${cnSuffix}`,
            en: `${base.name} ${enSuffix}`,
            kind,
            uscc: kind === 'enterprise' ? uscc(rng, '91', home.code) : undefined,
        });
    }
    return { provinces, byProvince, cities, organizations, globalNames };
}

const provinceOf = (world, city) => world.byProvince.get(city.province ?? city.partner);
const regionName = (world, city) => (city.municipality ? city.name : provinceOf(world, city).name);

// ------------------------------------------------------------------ registries

function emitProvinces(world) {
    const out = [
        '// 共享登记簿：标准库未收录的省份，以及各省级部门。',
        '// Shared registry: provinces the standard library lacks, and the provincial departments',
        '// that take part in (and oversee) the regional cooperation agreements.',
        '',
    ];
    for (const province of world.provinces.filter(p => !p.stdlib)) {
        out.push(`province ${province.name} ${label(province.cn, province.en)} {`, `  code ${province.prefix}0000`, '}', '');
    }
    for (const province of world.provinces) {
        for (const type of PROVINCIAL_DEPARTMENTS) {
            const info = type === 'DevelopmentReform' ? DEVELOPMENT_REFORM : { cn: DEPARTMENT_TYPES[type].provincial, en: DEPARTMENT_TYPES[type].en };
            if (type === 'DevelopmentReform') out.push(`/** ${province.cn}${info.cn}：统筹区域合作，列席或资助各合作协议。 */`);
            out.push(`department ${type} ${label(province.cn + info.cn, `${province.en} ${info.en}`)} of ${province.name}`, '');
        }
    }
    return out;
}

function emitCityRegistry(world, city) {
    const out = [`// ${city.cn}：行政区划和政府部门。`, `// Registry of ${city.en}: districts, townships and departments.`, ''];
    if (!city.stdlib) {
        out.push(`city ${city.name} ${label(city.cn, city.en)} {`, `  within ${city.province}`, `  code ${city.code}`,
            `  tier ${city.tier}`, `  population ${city.population}`, '}', '');
    }
    for (const district of city.districts) {
        out.push(`district ${district.name} ${label(district.cn)} of ${city.name} {`, `  code ${district.code}`, '}', '');
        for (const township of district.townships) {
            out.push(`township ${township.name} ${label(`${township.cn}街道`)} of ${city.name}.${district.name} {`, `  code ${township.code}`, '}', '');
        }
    }
    for (const { type, uscc: code } of city.departments) {
        const info = DEPARTMENT_TYPES[type];
        const head = `department ${type} ${label(city.cn + info.cn, `${city.en} Municipal ${info.en}`)} of ${city.name}`;
        if (code) out.push(`${head} {`, `  uscc ${str(code)}`, '}', '');
        else out.push(head, '');
    }
    for (const district of city.districts) {
        for (const type of ['PublicSecurity', 'MarketRegulation']) {
            out.push(`department ${type} ${label(`${city.cn}${district.cn}${DEPARTMENT_TYPES[type].district}`)} of ${city.name}.${district.name}`, '');
        }
    }
    return out;
}

function emitCatalog(city) {
    const out = [`// ${city.cn}政务数据资源目录。`, `// Government data catalogue of ${city.en}.`, ''];
    for (const { type } of city.departments) {
        for (const dataset of DEPARTMENT_TYPES[type].datasets) {
            out.push(...datasetLines(dataset, `${city.name}.${type}`, city.cn));
        }
    }
    return out;
}

function datasetLines(dataset, holder, cityCn = '') {
    const [kind, text] = dataset.sharing;
    const lines = [];
    if (dataset.personal === 'sensitive') lines.push(`/** ${dataset.cn}：含敏感个人信息。 */`);
    lines.push(`dataset ${dataset.name} ${label(cityCn + dataset.cn, dataset.en)} of ${holder} {`);
    lines.push(`  sharing ${kind}${text ? ` ${str(text)}` : ''}`);
    lines.push(`  classification ${dataset.classification}`);
    lines.push(`  personal-data ${dataset.personal}`);
    if (dataset.fields) lines.push(`  fields ${dataset.fields.map(str).join(', ')}`);
    lines.push('}', '');
    return lines;
}

const ORG_DATASET = { name: 'AnalyticsReports', cn: '数据分析报告', en: 'Analytics Reports', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['报告期', '指标', '数值'] };

function emitOrganizations(world) {
    const out = ['// 参与合作的企业、高校和科研机构（名称和代码均为虚构）。', '// Enterprises, universities and institutes (fictitious names and codes).', ''];
    for (const org of world.organizations) {
        out.push(`organization ${org.name} ${label(org.cn, org.en)} {`, `  kind ${org.kind}`);
        if (org.uscc) out.push(`  uscc ${str(org.uscc)}`);
        out.push('}', '');
    }
    return out;
}

function emitOrganizationCatalog(world) {
    const out = ['// 合作企业和机构持有的数据。', '// Datasets held by the organizations.', ''];
    for (const org of world.organizations) out.push(...datasetLines(ORG_DATASET, org.name));
    return out;
}

// ------------------------------------------------------------------ agreements

/**
 * A party line and what it means for the rest of the agreement: `actor` is how
 * members name it (a city party's department is named for the city: it belongs to
 * the party through `of`), `holder` the department holding datasets it can send.
 */
function party(ref, fields) {
    return { ref, role: 'member', actor: ref, holder: undefined, type: undefined, ...fields };
}

const ACTIVE = p => p.role !== 'observer';
const GOVERNMENT = p => p.kind !== 'org';

class AgreementWriter {
    constructor(rng, world) {
        this.rng = rng;
        this.world = world;
        this.names = new Set();
    }

    uniqueName(base) {
        let name = base;
        for (let n = 2; this.names.has(name) || this.world.globalNames.has(name); n++) name = `${base}${n}`;
        this.names.add(name);
        return name;
    }

    /** The parties of a regular agreement: departments of 2–5 cities, a provincial department, maybe more. */
    parties(topic, cities) {
        const { rng, world } = this;
        const parties = [];
        const cityAsParty = cities.length >= 3 && rng.chance(0.2) ? rng.int(1, cities.length - 1) : -1;
        cities.forEach((city, i) => {
            const holder = `${city.name}.${topic.dept}`;
            if (i === cityAsParty) {
                parties.push(party(city.name, { kind: 'city', actor: rng.chance(0.5) ? city.name : holder, holder, type: topic.dept, city, signatory: '市长' }));
            } else {
                parties.push(party(holder, { kind: 'dept', holder, type: topic.dept, city, signatory: rng.chance(0.7) ? '局长' : undefined }));
            }
        });
        parties[0].role = 'lead';
        const province = provinceOf(world, cities[0]);
        parties.push(party(`${province.name}.DevelopmentReform`, { kind: 'province-dept', role: rng.chance(0.6) ? 'observer' : 'funder' }));
        if (['PublicSecurity', 'MarketRegulation'].includes(topic.dept) && rng.chance(0.5)) {
            const city = cities[rng.int(0, cities.length - 1)];
            const district = rng.pick(city.districts);
            parties.push(party(`${city.name}.${district.name}.${topic.dept}`, { kind: 'district-dept', city }));
        }
        if (parties.length < 4 || rng.chance(0.35)) {
            const org = rng.pick(world.organizations);
            parties.push(party(org.name, { kind: 'org', role: 'contractor', holder: org.name, org, signatory: '法定代表人' }));
        }
        return parties;
    }

    /** Declared dimensions: exactly the ones the parties support (docs/language.md §4). */
    dimensions(parties) {
        const government = parties.filter(GOVERNMENT);
        const regions = new Set(government.map(p => (p.kind === 'province-dept' ? p.ref.split('.')[0] : p.city.name)));
        const levels = new Set(government.map(p => ({ 'province-dept': 'province', city: 'city', dept: 'city', 'district-dept': 'district' })[p.kind]));
        const departments = new Set(parties.filter(p => p.kind !== 'city' && p.kind !== 'org').map(p => p.ref));
        const result = [];
        if (regions.size >= 2) result.push('cross-region');
        if (levels.size >= 2) result.push('cross-level');
        if (departments.size >= 2) result.push('cross-department');
        if (parties.some(p => p.kind === 'org') && government.length > 0) result.push('public-private');
        return result;
    }

    term() {
        const { rng } = this;
        const year = rng.int(2019, 2025);
        const month = rng.int(2, 12);
        const years = rng.int(3, 5);
        return {
            year, years,
            signed: `${year}-${pad(month - 1)}-${pad(rng.int(10, 28))}`,
            effective: `${year}-${pad(month)}-01`,
            until: `${year + years}-${pad(month - 1)}-28`,
        };
    }

    /** A date strictly inside the term, in a year after it begins and before it ends. */
    dueDate(term) {
        const { rng } = this;
        return `${rng.int(term.year + 1, term.year + term.years - 1)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    }

    service(out, id, parties, topicDept, spec) {
        const { rng } = this;
        const active = parties.filter(ACTIVE);
        const governments = active.filter(GOVERNMENT).filter(p => p.kind !== 'province-dept');
        const contractor = active.find(p => p.kind === 'org');
        const provider = spec.provider ?? (contractor && rng.chance(0.3) ? contractor : rng.pick(governments));
        const users = spec.users ?? rng.sample(governments.filter(p => p !== provider), rng.int(1, Math.min(3, governments.length - 1)));
        const mode = spec.mode ?? rng.pick(['joint', 'joint', 'online', 'proxy']);
        const name = spec.name ?? id[0];
        out.push(`  service ${name} ${label(spec.cn ?? id[1], spec.en ?? id[2])} {`);
        out.push(`    mode ${mode}`);
        out.push(`    provider ${provider.actor}`);
        out.push(`    users ${users.map(u => u.actor).join(', ')}`);
        if (mode === 'proxy') {
            out.push(`    collects-at ${users[0].actor}`);
            out.push(`    processes-at ${provider.kind === 'org' ? rng.pick(governments).actor : provider.actor}`);
        }
        out.push(`    responds within ${rng.pick(['5 days', '10 days', '24 hours', '48 hours', '20 days', '1 month'])}`);
        const payers = [...new Set([provider, ...users, ...active.filter(p => p.role === 'funder')])].filter(p => p.kind !== 'org');
        if (payers.length > 0 && rng.chance(0.85)) {
            const shares = costShares(rng, payers.length);
            out.push('    costs {');
            payers.forEach((p, i) => out.push(`      ${p.actor} ${percent(shares[i])}`));
            out.push('    }');
        }
        out.push('  }', '');
    }

    exchange(out, name, parties, topic, term, spec = {}) {
        const { rng, world } = this;
        const senders = parties.filter(p => p.holder && p.role !== 'observer' && (p.kind !== 'org' || spec.allowOrg));
        const sender = spec.sender ?? rng.pick(senders);
        const datasets = sender.kind === 'org'
            ? [ORG_DATASET]
            : DEPARTMENT_TYPES[sender.type ?? topic.dept].datasets.filter(d => d.sharing[0] !== 'none');
        const dataset = rng.pick(datasets);
        // A city party may send its own department's data (the holder is `of` the city).
        const from = sender.kind === 'city' && rng.chance(0.5) ? sender.ref : sender.actor;
        const receivers = rng.sample(parties.filter(p => p !== sender && p.role !== 'observer'), rng.int(1, 3));
        out.push(`  exchange ${name} ${label(`${dataset.cn}交换`, `Exchange of ${dataset.en}`)} {`);
        out.push(`    data ${sender.holder}.${dataset.name}`);
        out.push(`    from ${from}`);
        out.push(`    to ${receivers.map(r => r.actor).join(', ')}`);
        out.push(`    purpose ${str(`${topic.cn.replace(/协议$/, '')}中的${dataset.cn}核验和业务协同`)}`);
        if (dataset.personal !== 'none') {
            const basis = dataset.personal === 'sensitive'
                ? rng.pick(['statutory-duty', 'statutory-duty', 'consent'])
                : rng.pick(['statutory-duty', 'contract', 'public-interest']);
            out.push(`    basis ${basis}${basis === 'statutory-duty' ? ` ${str(LEGAL_BASES[sender.type ?? topic.dept] ?? LEGAL_BASES[topic.dept])}` : ''}`);
            out.push(`    retention ${rng.pick(['30 days', '6 months', '1 year', '3 years', '5 years'])}`);
        }
        const security = rng.sample(['access-control', 'audit-log', 'desensitization', 'secure-environment'], rng.int(0, 2));
        if (dataset.personal === 'sensitive' || dataset.classification !== 'general') security.unshift('encryption');
        if (security.length) out.push(`    security ${security.join(', ')}`);
        if (rng.chance(0.8)) out.push('    onward forbidden');
        else out.push(`    onward allowed-to ${provinceOf(world, rng.pick(world.cities)).name}.DataResources`);
        out.push(`    frequency ${rng.pick(['realtime', 'daily', 'weekly', 'monthly', 'on-request'])}`);
        if (dataset.classification === 'core') out.push(`    approval ${str(`政数审〔${term.year}〕${rng.int(1, 99)}号`)}`);
        out.push('  }', '');
    }

    obligation(out, name, parties, term, spec = {}) {
        const { rng } = this;
        const active = parties.filter(ACTIVE);
        const by = spec.by ?? rng.pick(active);
        const beneficiaries = rng.sample(active.filter(p => p !== by), rng.int(1, 2));
        out.push(`  obligation ${name} ${label(spec.cn ?? '完成年度合作任务', spec.en ?? 'Complete the Annual Cooperation Tasks')} {`);
        out.push(`    by ${by.actor}`);
        out.push(`    for ${beneficiaries.map(b => b.actor).join(', ')}`);
        out.push(`    due ${this.dueDate(term)}`);
        if (rng.chance(0.7)) out.push(`    remedy ${str(rng.pick(['由联席会议督办', '暂停数据供给，直至整改完成', '在区域合作办公室通报', '按合同约定扣减服务费']))}`);
        out.push('  }', '');
    }

    body(out, body, parties) {
        const { rng } = this;
        const members = parties.filter(p => p.role !== 'observer' && p.role !== 'contractor');
        out.push(`  /** ${body[1]}：由各参与方组成，观察员和承包方列席。 */`);
        out.push(`  body ${body[0]} ${label(body[1], body[2])} {`);
        out.push(`    members ${members.map(m => m.ref).join(', ')}`);
        out.push(`    chair ${members[0].ref}`);
        out.push(`    decides by ${rng.pick(['unanimity', 'two-thirds', 'majority'])}`);
        out.push(`    meets ${rng.pick(['monthly', 'quarterly', 'half-yearly', 'yearly'])}`);
        out.push('  }', '');
    }

    header(out, { name, cn, en, version, supersedes, parties, term, doc }) {
        out.push('/**', ...doc.map(line => (line ? ` * ${line}` : ' *')), ' */');
        out.push(`agreement ${name} ${label(cn, en)} {`);
        out.push(`  version ${version}`);
        if (supersedes) out.push(`  supersedes ${supersedes}`);
        const dimensions = this.dimensions(parties);
        if (dimensions.length) out.push(`  dimensions ${dimensions.join(', ')}`);
        out.push(`  signed ${term.signed}`);
        out.push(`  effective ${term.effective} until ${term.until}`, '');
        for (const p of parties) {
            let line = `  party ${p.ref}`;
            if (p.role !== 'member') line += ` role ${p.role}`;
            if (p.signatory) line += ` signatory ${str(p.signatory)}`;
            out.push(line);
        }
        out.push('');
    }

    closing(out, body) {
        const { rng } = this;
        const [then, forum] = rng.pick([['arbitration', '上海仲裁委员会'], ['higher-authority', '省人民政府'], ['litigation', undefined], ['arbitration', '广州仲裁委员会']]);
        out.push(`  disputes by ${body} then ${then}${forum ? ` ${str(forum)}` : ''}`);
        out.push(`  amendment by ${rng.pick(['unanimity', 'two-thirds'])}`);
        out.push(`  termination notice ${rng.pick(['90 days', '6 months', '60 days'])}`);
        out.push('}');
    }

    /** A regular agreement of about 100 lines. */
    agreement({ name, topic, cities, parties, term, version, supersedes }) {
        const { rng } = this;
        const out = [`// ${cities.map(c => c.cn).join('、')}${topic.cn}。`, ''];
        this.header(out, {
            name, topic, version, supersedes, parties, term,
            cn: `${cities.map(c => c.cn.replace(/市$/, '')).join('')}${topic.cn}`,
            en: `${cities.map(c => c.en).join('-')} ${topic.en}`,
            doc: [
                `${cities.map(c => c.cn).join('、')}${DEPARTMENT_TYPES[topic.dept].cn}${topic.cn.replace(/协议$/, '')}。`,
                '',
                `${topic.en} between ${cities.slice(0, -1).map(c => c.en).join(', ')} and ${cities[cities.length - 1].en}.`,
            ],
        });
        this.body(out, topic.body, parties);
        const services = rng.sample(topic.services, rng.int(2, 3));
        services.forEach((service, i) => {
            if (i === 0) out.push(`  /** ${service[1]}：由牵头方建设，各方按比例分担费用。 */`);
            this.service(out, service, parties, topic.dept, {});
        });
        const exchangeCount = rng.int(2, 4);
        for (let i = 0; i < exchangeCount; i++) this.exchange(out, `Exchange${i + 1}`, parties, topic, term, { allowOrg: i === exchangeCount - 1 });
        const obligations = rng.int(2, 3);
        for (let i = 0; i < obligations; i++) this.obligation(out, `Task${i + 1}`, parties, term);
        for (const [clause, cn, en] of rng.sample(CLAUSES, rng.int(1, 3))) out.push(`  clause ${clause} ${label(cn, en)}`, '');
        this.closing(out, topic.body[0]);
        return out;
    }

    /** The 5,000-line provincial framework agreement: twelve cities, hundreds of members. */
    framework(targetLines) {
        const { rng, world } = this;
        const home = world.cities[4]; // Guangzhou: a province-wide agreement of Guangdong's cities and their partners
        const cities = [home, ...rng.sample(world.cities.filter(c => c !== home), 11)];
        const province = provinceOf(world, home);
        const parties = [
            party(`${province.name}.DevelopmentReform`, { kind: 'province-dept', role: 'lead', signatory: '主任' }),
            party(`${province.name}.DataResources`, { kind: 'province-dept' }),
            ...cities.map(city => party(city.name, { kind: 'city', city, signatory: '市长' })),
            party(world.organizations[0].name, { kind: 'org', role: 'contractor', holder: world.organizations[0].name, org: world.organizations[0] }),
            party(world.organizations[1].name, { kind: 'org', role: 'observer', org: world.organizations[1] }),
        ];
        const term = { year: 2024, years: 5, signed: '2023-12-20', effective: '2024-01-01', until: '2028-12-31' };
        const name = this.uniqueName(`${province.name}RegionalFramework`);
        const out = ['// 区域一体化发展合作框架协议：十二个城市在十三个领域的全面合作。', ''];
        this.header(out, {
            name, version: '3.0.0', parties, term,
            cn: `${province.cn}区域一体化发展合作框架协议`, en: `${province.en} Regional Integration Framework Agreement`,
            doc: ['区域一体化发展合作框架协议：覆盖医保、卫健、公安、交通、数据、应急、生态、人社、教育、市场监管、公积金、文旅和水务。', '', 'Framework agreement of twelve cities on regional integration.'],
        });
        const body = ['FrameworkCouncil', '区域一体化发展联席会议', 'Regional Integration Council'];
        this.body(out, body, parties);
        const types = Object.keys(DEPARTMENT_TYPES);
        let item = 0;
        while (out.length < targetLines - 20) {
            const type = types[item % types.length];
            const topic = TOPICS.find(t => t.dept === type);
            const members = rng.sample(cities, rng.int(2, 4)).map(city => party(city.name, {
                kind: 'city', city, actor: `${city.name}.${type}`, holder: `${city.name}.${type}`, type,
            }));
            const n = Math.floor(item / types.length) + 1;
            const [serviceName, cn, en] = topic.services[item % topic.services.length];
            this.service(out, [`${serviceName}${n}`, `${cn}（第${n}批）`, `${en} (batch ${n})`], members, type, {});
            this.exchange(out, `${type}Exchange${n}A`, members, topic, term);
            this.exchange(out, `${type}Exchange${n}B`, members, topic, term);
            this.obligation(out, `${type}Task${n}`, members, term, { cn: `${topic.cn.replace(/协议$/, '')}第${n}批任务`, en: `${topic.en}: batch ${n}` });
            item++;
        }
        for (const [clause, cn, en] of CLAUSES) out.push(`  clause ${clause} ${label(cn, en)}`, '');
        this.closing(out, body[0]);
        return { name, lines: out };
    }
}

// ------------------------------------------------------------------ the corpus

/**
 * Writes a corpus of `agreements` regular agreements (plus registries and the large
 * file) into `outDir`, replacing what was there. Returns its manifest.
 */
export function generateCorpus(agreements, outDir, { seed = 20240808, largeLines = 5000 } = {}) {
    const rng = prng(seed ^ Math.imul(agreements, 2654435761));
    const world = buildWorld(rng, agreements);
    fs.rmSync(outDir, { recursive: true, force: true });
    const files = [];
    const write = (relative, lines, kind) => {
        const text = lines.join('\n').replace(/\n+$/, '') + '\n';
        const file = path.join(outDir, relative);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
        files.push({ path: relative, kind, lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text) });
    };
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(path.join(outDir, 'citypact.json'), '{\n  "stdlib": true\n}\n');

    write('registry/provinces.citypact', emitProvinces(world), 'shared-registry');
    write('registry/organizations.citypact', emitOrganizations(world), 'registry');
    write('catalog/organizations.citypact', emitOrganizationCatalog(world), 'catalog');
    for (const city of world.cities) {
        const province = city.province ?? city.name;
        write(`registry/cities/${province}/${city.name}.citypact`, emitCityRegistry(world, city), 'registry');
        write(`catalog/${province}/${city.name}.citypact`, emitCatalog(city), 'catalog');
    }

    const writer = new AgreementWriter(rng, world);
    let written = 0;
    while (written < agreements) {
        const topic = TOPICS[written % TOPICS.length];
        // Partners mostly from the lead city's region, sometimes from elsewhere.
        const lead = rng.pick(world.cities);
        const near = world.cities.filter(c => c !== lead && regionName(world, c) === regionName(world, lead));
        const far = world.cities.filter(c => c !== lead && !near.includes(c));
        const partnerCount = rng.int(2, 4);
        const partners = rng.sample(near, Math.min(near.length, rng.int(1, partnerCount)));
        while (partners.length < partnerCount) {
            const c = rng.pick(far);
            if (!partners.includes(c)) partners.push(c);
        }
        const cities = [lead, ...partners].slice(0, rng.int(2, 4) + (rng.chance(0.3) ? 1 : 0));
        const parties = writer.parties(topic, cities);
        const base = `${cities.slice(0, 2).map(c => c.name).join('')}${topic.key}`;
        const folder = `agreements/${topic.key}`;
        if (written + 2 <= agreements && rng.chance(0.2)) {
            // A predecessor and the agreement that supersedes it, in two files.
            const later = writer.term();
            const earlierYear = later.year - rng.int(4, 5);
            const earlier = { year: earlierYear, years: 3, signed: `${earlierYear}-01-10`, effective: `${earlierYear}-02-01`, until: `${earlierYear + 3}-01-28` };
            const oldName = writer.uniqueName(`${base}${earlierYear}`);
            const newName = writer.uniqueName(base);
            write(`${folder}/${oldName}.citypact`, writer.agreement({ name: oldName, topic, cities, parties, term: earlier, version: `1.${rng.int(0, 3)}.${rng.int(0, 2)}` }), 'agreement');
            write(`${folder}/${newName}.citypact`, writer.agreement({ name: newName, topic, cities, parties, term: later, version: `2.${rng.int(0, 2)}.0`, supersedes: oldName }), 'agreement');
            written += 2;
        } else {
            const name = writer.uniqueName(base);
            write(`${folder}/${name}.citypact`, writer.agreement({ name, topic, cities, parties, term: writer.term(), version: `1.${rng.int(0, 4)}.${rng.int(0, 3)}` }), 'agreement');
            written += 1;
        }
    }

    const framework = writer.framework(largeLines);
    write(`large/${framework.name}.citypact`, framework.lines, 'large');

    const count = kind => files.filter(f => f.kind === kind);
    const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
    const manifest = {
        generatorVersion: GENERATOR_VERSION,
        seed,
        agreements,
        files: files.length,
        lines: sum(files, 'lines'),
        bytes: sum(files, 'bytes'),
        agreementFiles: count('agreement').length,
        agreementLines: sum(count('agreement'), 'lines'),
        registryFiles: files.length - count('agreement').length - 1,
        registryLines: sum(files, 'lines') - sum(count('agreement'), 'lines') - count('large')[0].lines,
        cities: world.cities.length,
        organizations: world.organizations.length,
        largeFile: count('large')[0].path,
        largeFileLines: count('large')[0].lines,
        sharedRegistry: 'registry/provinces.citypact',
        fileList: files.map(f => f.path),
    };
    fs.writeFileSync(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    return manifest;
}

/** The corpus in `outDir` if it was generated with these parameters, else a fresh one. */
export function ensureCorpus(agreements, outDir, options = {}) {
    try {
        const manifest = JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST), 'utf8'));
        if (manifest.generatorVersion === GENERATOR_VERSION && manifest.agreements === agreements
            && manifest.seed === (options.seed ?? 20240808)) {
            return { manifest, generated: false };
        }
    } catch { /* not there yet */ }
    return { manifest: generateCorpus(agreements, outDir, options), generated: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
    const [count, outDir] = process.argv.slice(2);
    const seedIndex = process.argv.indexOf('--seed');
    if (!count || !outDir) {
        console.error('Usage: node scripts/bench/generate.mjs <agreements> <outDir> [--seed N]');
        process.exit(2);
    }
    const started = performance.now();
    const manifest = generateCorpus(Number(count), path.resolve(outDir), seedIndex > 0 ? { seed: Number(process.argv[seedIndex + 1]) } : {});
    const { fileList, ...summary } = manifest;
    console.log(JSON.stringify(summary, null, 2));
    console.log(`generated ${fileList.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
