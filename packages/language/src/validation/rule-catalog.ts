/**
 * The rule catalog: the single source of truth for every validation rule of
 * docs/language.md §4. The validator, the CLI (all report formats), the quick fixes,
 * the configuration schema and the generated docs/rules.md all read this table.
 */

export type Severity = 'error' | 'warning' | 'info';
export type ConfiguredSeverity = Severity | 'off';
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

export interface LocalizedText {
    en: string;
    'zh-CN': string;
}

export interface RuleDefinition {
    id: string;
    severity: Severity;
    /** What the rule checks, one line (used as SARIF short description and in docs). */
    title: LocalizedText;
    /** Message template; `{placeholder}` values come from the validator. */
    message: LocalizedText;
    /** Why the rule exists, with its legal or policy grounding. */
    explanation: LocalizedText;
    /** A minimal snippet that triggers the rule, and the same snippet fixed. */
    bad: string;
    good: string;
    /** Title of the quick fix, when the rule has one. */
    quickFix?: LocalizedText;
}

const rules = [
    {
        id: 'syntax',
        severity: 'error',
        title: { en: 'The text does not parse', 'zh-CN': '文本无法解析' },
        message: { en: '{detail}', 'zh-CN': '语法错误：{detail}' },
        explanation: {
            en: 'The file must follow the grammar (see docs/language.md §1–2): every declaration has a label, blocks are balanced, required properties are present and single-valued properties appear once. A text that does not parse cannot be checked for anything else, so this rule comes first.',
            'zh-CN': '文件必须符合语法（见 docs/language.md 第1–2节）：每个声明都有名称标签，花括号成对，必填属性齐全，单值属性只出现一次。无法解析的文本无法进行其他检查，因此该规则最先执行。',
        },
        bad: 'agreement A "协议" {\n  version 1.0\n}',
        good: 'agreement A "协议" {\n  version 1.0.0\n  effective 2024-01-01\n}',
        quickFix: { en: "Replace with '{replacement}'", 'zh-CN': '替换为“{replacement}”' },
    },
    {
        id: 'unresolved-reference',
        severity: 'error',
        title: { en: 'A name does not resolve, or resolves to the wrong kind', 'zh-CN': '名称无法解析或类型不符' },
        message: {
            en: "Cannot resolve '{name}': no {expected} with this qualified name{hint}",
            'zh-CN': "无法解析“{name}”：没有该限定名的{expected}{hint}",
        },
        explanation: {
            en: 'Every reference is written as the full qualified name of a declaration of the right kind (an actor where an actor is expected, a dataset where a dataset is expected). An agreement that names a department nobody declared cannot be executed: the counterpart is unknown.',
            'zh-CN': '每个引用都必须写成正确类别声明的完整限定名（需要主体处引用主体，需要数据集处引用数据集）。协议若引用了未声明的部门，就无法明确履约对象。',
        },
        bad: 'party Shanghai.Nowhere',
        good: 'party Shanghai.MedicalSecurity',
        quickFix: { en: "Replace with '{replacement}'", 'zh-CN': '替换为“{replacement}”' },
    },
    {
        id: 'duplicate-name',
        severity: 'error',
        title: { en: 'Two declarations share a qualified name', 'zh-CN': '两个声明的限定名重复' },
        message: {
            en: "'{name}' is already declared{where}",
            'zh-CN': "“{name}”已在{where}声明",
        },
        explanation: {
            en: 'Qualified names identify actors, datasets and agreements across the whole workspace and the standard library; a second declaration with the same name would make every reference to it ambiguous. A clash with the standard library is reported on your declaration.',
            'zh-CN': '限定名在整个工作区及标准库中唯一标识主体、数据集和协议；同名的第二个声明会使所有引用产生歧义。与标准库冲突时，诊断报告在用户的声明上。',
        },
        bad: 'city Shanghai "上海市"',
        good: 'district Pudong "浦东新区" of Shanghai',
    },
    {
        id: 'invalid-date',
        severity: 'error',
        title: { en: 'A date that is not a real calendar date', 'zh-CN': '日期不是真实的日历日期' },
        message: { en: "'{date}' is not a real calendar date", 'zh-CN': "“{date}”不是有效的日历日期" },
        explanation: {
            en: 'Signing, entry into force, expiry and due dates have legal effect; an impossible date such as 2024-02-30 leaves the term of the agreement undefined.',
            'zh-CN': '签署、生效、终止和履约期限日期具有法律效力；2024-02-30 这样不存在的日期会使协议期限无法确定。',
        },
        bad: 'effective 2024-02-30',
        good: 'effective 2024-03-01',
    },
    {
        id: 'date-order',
        severity: 'error',
        title: { en: 'Dates out of order: signed ≤ effective < until', 'zh-CN': '日期顺序错误：签署 ≤ 生效 < 截止' },
        message: { en: "{later} ({laterDate}) must be {relation} {earlier} ({earlierDate})", 'zh-CN': "{later}为 {laterDate}，必须{relation}{earlier} {earlierDate}" },
        explanation: {
            en: 'An agreement cannot take effect before it is signed, and it must end after it takes effect; otherwise its term is empty or retroactive without saying so.',
            'zh-CN': '协议不能在签署前生效，终止日期必须晚于生效日期，否则协议期限为空或在未说明的情况下溯及既往。',
        },
        bad: 'signed 2024-02-01\neffective 2024-01-01 until 2023-12-31',
        good: 'signed 2023-12-15\neffective 2024-01-01 until 2027-12-31',
    },
    {
        id: 'too-few-parties',
        severity: 'error',
        title: { en: 'An agreement with fewer than two parties', 'zh-CN': '协议的参与方少于两个' },
        message: { en: "Agreement '{name}' has {count}; a cooperation agreement needs at least two", 'zh-CN': "协议“{label}”（{name}）{count}；合作协议至少需要两个参与方" },
        explanation: {
            en: 'A cooperation agreement binds at least two parties; with one party it is a unilateral plan, not an inter-governmental agreement.',
            'zh-CN': '合作协议至少约束两个参与方；只有一方的文件是单方计划，不是政府间合作协议。',
        },
        bad: 'party Shanghai.MedicalSecurity',
        good: 'party Shanghai.MedicalSecurity\nparty Hangzhou.MedicalSecurity',
        quickFix: { en: 'Add a party', 'zh-CN': '添加参与方' },
    },
    {
        id: 'duplicate-party',
        severity: 'error',
        title: { en: 'The same actor is a party twice', 'zh-CN': '同一主体重复作为参与方' },
        message: { en: "'{name}' is already a party of this agreement", 'zh-CN': "“{name}”已是本协议的参与方" },
        explanation: {
            en: 'Each party signs once, with one role; listing an actor twice leaves its role and signatory ambiguous.',
            'zh-CN': '每个参与方只签署一次、只有一个角色；重复列出会使其角色和签署人不明确。',
        },
        bad: 'party Shanghai\nparty Shanghai role lead',
        good: 'party Shanghai role lead',
    },
    {
        id: 'not-a-party',
        severity: 'error',
        title: { en: 'An actor with a duty or right in the agreement is not one of its parties', 'zh-CN': '承担权利义务的主体不属于协议参与方' },
        message: { en: "'{name}' ({property}) does not belong to a party of agreement '{agreement}'", 'zh-CN': "{property}“{name}”不属于协议“{agreement}”的任何参与方" },
        explanation: {
            en: 'An agreement binds only its parties. An actor that sits on a body, provides or uses a service, sends or receives data or owes an obligation must be a party or belong to one (be `of` a jurisdiction that is a party). Third parties named by `onward allowed-to` are exempt.',
            'zh-CN': '协议只约束其参与方。担任协调机构成员、提供或使用服务、发送或接收数据、承担义务的主体，必须是参与方或隶属于参与方（属于作为参与方的行政区）。`onward allowed-to` 中列出的第三方除外。',
        },
        bad: 'party Shanghai.MedicalSecurity\nparty Hangzhou.MedicalSecurity\nservice S "服务" {\n  mode online\n  provider Nanjing.MedicalSecurity\n  users Hangzhou.MedicalSecurity\n}',
        good: 'party Shanghai.MedicalSecurity\nparty Hangzhou.MedicalSecurity\nparty Nanjing.MedicalSecurity\nservice S "服务" {\n  mode online\n  provider Nanjing.MedicalSecurity\n  users Hangzhou.MedicalSecurity\n}',
        quickFix: { en: "Add '{name}' as a party", 'zh-CN': '将“{name}”添加为参与方' },
    },
    {
        id: 'cost-shares-sum',
        severity: 'error',
        title: { en: "A service's cost shares do not add up to 100%", 'zh-CN': '服务的费用分担比例之和不等于100%' },
        message: { en: "The cost shares of '{name}' add up to {total}%, not 100%", 'zh-CN': "“{name}”的费用分担合计为 {total}%，不是100%" },
        explanation: {
            en: 'Cost sharing (成本分担) must allocate the whole cost of a shared service; shares that add up to more or less than 100% leave a gap or a double charge. Sums use exact decimal arithmetic, so 33.33% + 33.33% + 33.34% is exactly 100%.',
            'zh-CN': '成本分担必须覆盖共享服务的全部成本；合计多于或少于100%会造成缺口或重复承担。合计按精确十进制计算，33.33% + 33.33% + 33.34% 恰好为100%。',
        },
        bad: 'costs {\n  Shanghai 50%\n  Hangzhou 40%\n}',
        good: 'costs {\n  Shanghai 60%\n  Hangzhou 40%\n}',
    },
    {
        id: 'proxy-mode-locations',
        severity: 'error',
        title: { en: 'A proxy service without collects-at or processes-at', 'zh-CN': '代收代办服务缺少收件地或办理地' },
        message: { en: "Service '{name}' uses mode proxy but {problem}", 'zh-CN': "服务“{label}”（{name}）采用异地代收代办模式，但{problem}" },
        explanation: {
            en: 'In the 异地代收代办 mode of the State Council\'s 跨省通办 programme, an application is collected in one place and processed in another; the agreement must say where each happens so citizens know where to go and which office decides.',
            'zh-CN': '在国务院“跨省通办”的异地代收代办模式下，申请在一地收取、在另一地办理；协议必须写明收件地和办理地，让群众知道去哪里办、由谁审批。',
        },
        bad: 'service S "异地代办" {\n  mode proxy\n  provider Shanghai\n  users Hangzhou\n}',
        good: 'service S "异地代办" {\n  mode proxy\n  provider Shanghai\n  users Hangzhou\n  collects-at Hangzhou\n  processes-at Shanghai\n}',
        quickFix: { en: 'Fill collects-at and processes-at', 'zh-CN': '补充 collects-at 和 processes-at' },
    },
    {
        id: 'self-exchange',
        severity: 'error',
        title: { en: "An exchange whose 'to' includes its 'from'", 'zh-CN': '数据交换的接收方包含发送方' },
        message: { en: "Exchange '{name}' sends data from '{actor}' to itself", 'zh-CN': "数据交换“{label}”（{name}）把数据从“{actor}”发送给其自身" },
        explanation: {
            en: 'A data exchange moves data between different actors; sending data to its own holder is not a sharing arrangement and usually hides a typo in `from` or `to`.',
            'zh-CN': '数据交换是在不同主体之间传输数据；发送给自己并非共享安排，通常是 from 或 to 写错了。',
        },
        bad: 'from Shanghai.MedicalSecurity\nto Shanghai.MedicalSecurity, Hangzhou.MedicalSecurity',
        good: 'from Shanghai.MedicalSecurity\nto Hangzhou.MedicalSecurity',
    },
    {
        id: 'non-shared-dataset',
        severity: 'error',
        title: { en: "An exchange of a dataset whose sharing is 'none'", 'zh-CN': '交换了“不予共享”的数据集' },
        message: { en: "Dataset '{name}' is classed 'sharing none' and cannot be exchanged", 'zh-CN': "数据集“{name}”属于“不予共享”类，不能交换" },
        explanation: {
            en: 'Under the government data-sharing rules (《政务信息资源共享管理暂行办法》), a dataset classed 不予共享 has a legal or policy basis for not being shared; an agreement cannot override that classification.',
            'zh-CN': '根据《政务信息资源共享管理暂行办法》，“不予共享”类数据有法律或政策依据不得共享；协议不能越过该分类。',
        },
        bad: 'sharing none "涉及国家秘密"',
        good: 'sharing conditional "仅限协议约定用途"',
    },
    {
        id: 'exchange-purpose',
        severity: 'error',
        title: { en: 'An exchange without a purpose', 'zh-CN': '数据交换未写明用途' },
        message: { en: "Exchange '{name}' has no 'purpose'", 'zh-CN': "数据交换“{label}”（{name}）未写明用途（purpose）" },
        explanation: {
            en: 'Purpose limitation is a principle of the Personal Information Protection Law (Art. 6) and of the data-sharing rules: data shared between agencies may be used only for a stated purpose.',
            'zh-CN': '目的限定是《个人信息保护法》第六条及政务数据共享规则的基本原则：部门间共享的数据只能用于明确的用途。',
        },
        bad: 'exchange E "交换" {\n  data A.D\n  from A\n  to B\n}',
        good: 'exchange E "交换" {\n  data A.D\n  from A\n  to B\n  purpose "异地就医费用结算"\n}',
    },
    {
        id: 'personal-data-terms',
        severity: 'error',
        title: { en: 'Personal data exchanged without a legal basis or a retention period', 'zh-CN': '交换个人信息缺少法律依据或保存期限' },
        message: { en: "Exchange '{name}' carries {class} personal data but has no {property}", 'zh-CN': "数据交换“{label}”（{name}）涉及{class}个人信息，但未写明{property}" },
        explanation: {
            en: 'The Personal Information Protection Law requires a lawful basis for processing (Art. 13) and a retention period no longer than necessary (Art. 19). An exchange of personal information must state both.',
            'zh-CN': '《个人信息保护法》要求处理个人信息须有合法依据（第十三条），保存期限应为实现目的所必要的最短时间（第十九条）。交换个人信息必须写明二者。',
        },
        bad: 'exchange E "交换" {\n  data A.Residents\n  from A\n  to B\n  purpose "核验"\n}',
        good: 'exchange E "交换" {\n  data A.Residents\n  from A\n  to B\n  purpose "核验"\n  basis statutory-duty\n  retention 1 year\n}',
    },
    {
        id: 'sensitive-data-protection',
        severity: 'error',
        title: { en: 'Sensitive personal data without encryption or with a weak legal basis', 'zh-CN': '敏感个人信息未加密或法律依据不足' },
        message: { en: "Exchange '{name}' carries sensitive personal data: {problem}", 'zh-CN': "数据交换“{label}”（{name}）涉及敏感个人信息：{problem}" },
        explanation: {
            en: 'Sensitive personal information such as health data may be processed only with strict protection (PIPL Art. 28–29, 51): the exchange must be encrypted, and its basis must be separate consent, a statutory duty or an emergency; contract or a general public interest is not enough.',
            'zh-CN': '医疗健康等敏感个人信息只有在采取严格保护措施时方可处理（《个人信息保护法》第二十八、二十九、五十一条）：交换必须加密，依据必须是单独同意、法定职责或紧急情况，合同或一般公共利益不足以支撑。',
        },
        bad: 'basis contract\nsecurity audit-log',
        good: 'basis statutory-duty\nsecurity encryption, audit-log',
        quickFix: { en: 'Add encryption', 'zh-CN': '添加 encryption 加密措施' },
    },
    {
        id: 'core-data-approval',
        severity: 'error',
        title: { en: 'Core data exchanged without an approval', 'zh-CN': '交换核心数据缺少审批文号' },
        message: { en: "Exchange '{name}' carries core data but has no 'approval'", 'zh-CN': "数据交换“{label}”（{name}）涉及核心数据，但未写明审批文件（approval）" },
        explanation: {
            en: 'The Data Security Law (Art. 21) puts core data under the strictest management; sharing it requires an approval, cited by its document number.',
            'zh-CN': '《数据安全法》第二十一条对核心数据实行更加严格的管理制度；共享核心数据须经审批，并注明批准文号。',
        },
        bad: 'data A.CoreGrid',
        good: 'data A.CoreGrid\napproval "沪府办〔2024〕1号"',
    },
    {
        id: 'chair-not-member',
        severity: 'error',
        title: { en: "A body's chair is not one of its members", 'zh-CN': '协调机构的召集人不是其成员' },
        message: { en: "The chair '{name}' of body '{body}' is not one of its members", 'zh-CN': "协调机构“{body}”的召集人（chair）“{name}”不是其成员" },
        explanation: {
            en: 'A joint committee (联席会议) is chaired by one of its members; a chair from outside has no seat and no vote.',
            'zh-CN': '联席会议由其成员之一担任召集人；成员以外的召集人既无席位也无表决权。',
        },
        bad: 'members A, B\nchair C',
        good: 'members A, B\nchair A',
    },
    {
        id: 'supersedes-cycle',
        severity: 'error',
        title: { en: 'An agreement supersedes itself, directly or through others', 'zh-CN': '协议直接或间接替代了自身' },
        message: { en: "Agreement '{name}' supersedes itself: {cycle}", 'zh-CN': "协议“{name}”替代了自身：{cycle}" },
        explanation: {
            en: 'Supersession orders versions of a cooperation in time; a cycle means no version is in force.',
            'zh-CN': '替代关系按时间排列合作协议的各个版本；出现循环意味着无法确定哪个版本有效。',
        },
        bad: 'agreement A "A" {\n  supersedes A\n}',
        good: 'agreement A2024 "A" {\n  supersedes A2021\n}',
    },
    {
        id: 'supersedes-version',
        severity: 'error',
        title: { en: 'A superseded agreement whose version is not lower', 'zh-CN': '被替代协议的版本号不低于当前协议' },
        message: { en: "Agreement '{name}' ({version}) supersedes '{old}' ({oldVersion}), whose version is not lower", 'zh-CN': "协议“{name}”（{version}）替代了“{old}”（{oldVersion}），但后者版本号并不更低" },
        explanation: {
            en: 'A new agreement replaces an older one; its version must be higher so that systems that track versions apply the right text.',
            'zh-CN': '新协议替代旧协议，其版本号必须更高，以便跟踪版本的系统适用正确文本。',
        },
        bad: 'version 1.0.0\nsupersedes Old   // Old is 2.0.0',
        good: 'version 2.1.0\nsupersedes Old   // Old is 2.0.0',
    },
    {
        id: 'uscc-format',
        severity: 'error',
        title: { en: 'A malformed Unified Social Credit Code', 'zh-CN': '统一社会信用代码格式错误' },
        message: { en: "'{uscc}' is not a valid Unified Social Credit Code: {problem}", 'zh-CN': "“{uscc}”不是有效的统一社会信用代码：{problem}" },
        explanation: {
            en: 'GB 32100-2015 defines the 18-character Unified Social Credit Code, drawn from 0-9 and A-Y without I, O, S, V and Z, whose last character is a check character computed from the other seventeen. A wrong code identifies no legal entity.',
            'zh-CN': 'GB 32100-2015 规定统一社会信用代码为18位，由数字和除 I、O、S、V、Z 以外的大写字母组成，最后一位是根据前17位计算的校验码。代码错误则无法对应任何法人。',
        },
        bad: 'uscc "91330108MA27Y5GT3A"',
        good: 'uscc "91330108MA27Y5GT3R"',
        quickFix: { en: "Correct the check character to '{expected}'", 'zh-CN': '将校验码更正为“{expected}”' },
    },
    {
        id: 'division-code',
        severity: 'error',
        title: { en: 'An administrative division code of the wrong length or inconsistent with its parent', 'zh-CN': '行政区划代码长度错误或与上级不一致' },
        message: { en: "Division code '{code}' {problem}", 'zh-CN': "行政区划代码“{code}”{problem}" },
        explanation: {
            en: 'GB/T 2260 codes are 6 digits (9 for a township, per GB/T 10114) and nest: a city\'s first 2 digits are its province\'s, a district\'s first 4 its city\'s, a township\'s first 6 its district\'s.',
            'zh-CN': 'GB/T 2260 行政区划代码为6位（乡级按 GB/T 10114 为9位），且逐级嵌套：市的前2位同省，区的前4位同市，街道（乡镇）的前6位同区。',
        },
        bad: 'district Tianhe "天河区" of Guangzhou { code 310106 }',
        good: 'district Tianhe "天河区" of Guangzhou { code 440106 }',
    },
    {
        id: 'exchange-holder',
        severity: 'warning',
        title: { en: 'An exchange sent from an actor that does not hold the dataset', 'zh-CN': '数据交换的发送方并非数据集持有方' },
        message: { en: "'{from}' does not hold dataset '{dataset}' (held by '{holder}')", 'zh-CN': "“{from}”并不持有数据集“{dataset}”（持有方为“{holder}”）" },
        explanation: {
            en: 'Data is shared by the agency responsible for it in the government data catalogue (谁主管谁提供). An exchange from an actor that neither holds the dataset nor contains its holder suggests the wrong sender.',
            'zh-CN': '政务数据按照“谁主管谁提供”的原则共享。发送方既不持有该数据集也不包含其持有方，说明发送方可能写错。',
        },
        bad: 'data Shanghai.Health.Records\nfrom Shanghai.MedicalSecurity',
        good: 'data Shanghai.Health.Records\nfrom Shanghai.Health',
    },
    {
        id: 'dimension-unsupported',
        severity: 'warning',
        title: { en: 'A declared dimension the parties do not support', 'zh-CN': '声明的治理维度与参与方不符' },
        message: { en: "Dimension {dimension} is declared, but {reason}", 'zh-CN': "声明了{dimension}维度，但{reason}" },
        explanation: {
            en: 'The four dimensions of cross-boundary governance (cross-region, cross-level, cross-department, public-private) describe who cooperates. A declared dimension that the parties do not span misdescribes the agreement.',
            'zh-CN': '跨界治理的四个维度（跨区域、跨层级、跨部门、跨公私合作）描述谁与谁合作。参与方并不具备所声明的维度，说明协议描述有误。',
        },
        bad: 'dimensions cross-region\nparty Shanghai.MedicalSecurity\nparty Shanghai.Health',
        good: 'dimensions cross-department\nparty Shanghai.MedicalSecurity\nparty Shanghai.Health',
    },
    {
        id: 'body-coverage',
        severity: 'warning',
        title: { en: 'A body whose members leave out a party', 'zh-CN': '协调机构成员未覆盖全部参与方' },
        message: { en: "Body '{body}' leaves out party '{party}'", 'zh-CN': "协调机构“{body}”的成员中没有参与方“{party}”" },
        explanation: {
            en: 'A joint governance body should seat every party with a stake in decisions; observers and contractors are excepted.',
            'zh-CN': '协调机构应包含所有参与决策的参与方；观察方和承接方除外。',
        },
        bad: 'party A\nparty B\nbody C "联席会议" {\n  members A\n  chair A\n  decides by majority\n}',
        good: 'party A\nparty B\nbody C "联席会议" {\n  members A, B\n  chair A\n  decides by majority\n}',
    },
    {
        id: 'obligation-outside-term',
        severity: 'warning',
        title: { en: "An obligation due outside the agreement's term", 'zh-CN': '义务期限超出协议有效期' },
        message: { en: "Obligation '{name}' is due {due}, {relation} the agreement's term ({start} – {end})", 'zh-CN': "义务“{label}”（{name}）的期限为 {due}，{relation}协议有效期（{start} – {end}）" },
        explanation: {
            en: 'An obligation can only be enforced while the agreement is in force; a due date before it takes effect or after it ends cannot be supervised under it.',
            'zh-CN': '义务只能在协议有效期内督促履行；期限早于生效或晚于终止的义务无法依本协议督办。',
        },
        bad: 'effective 2024-01-01 until 2025-12-31\ndue 2026-06-30',
        good: 'effective 2024-01-01 until 2025-12-31\ndue 2025-06-30',
    },
    {
        id: 'tier-population',
        severity: 'warning',
        title: { en: "A city's tier contradicts its population", 'zh-CN': '城市规模等级与人口不符' },
        message: { en: "City '{name}' has tier {tier} but a population of {population}, which is {expected}", 'zh-CN': "城市“{label}”（{name}）的等级为 {tier}，但城区常住人口 {population} 属于 {expected}" },
        explanation: {
            en: 'The State Council\'s 2014 city-size classification sets the tiers by urban resident population: super ≥ 10 million, mega 5–10 million, large 1–5 million, medium 0.5–1 million, small below 0.5 million.',
            'zh-CN': '按《国务院关于调整城市规模划分标准的通知》（2014），以城区常住人口划分：超大城市1000万以上，特大城市500万–1000万，大城市100万–500万，中等城市50万–100万，小城市50万以下。',
        },
        bad: 'city X "某市" { tier super population 3000000 }',
        good: 'city X "某市" { tier large population 3000000 }',
    },
    {
        id: 'missing-clause',
        severity: 'warning',
        title: { en: 'An agreement without disputes, amendment or termination', 'zh-CN': '协议缺少争议解决、修订或终止条款' },
        message: { en: "Agreement '{name}' has no {clause} clause", 'zh-CN': "协议“{label}”（{name}）缺少{clause}条款" },
        explanation: {
            en: 'Inter-governmental agreements are enforced by coordination, not courts; without a way to resolve disputes, amend the text and leave the agreement, a disagreement has no exit.',
            'zh-CN': '政府间协议主要靠协调而非诉讼执行；没有争议解决、修订和退出机制，分歧将无从化解。',
        },
        bad: 'agreement A "协议" {\n  ...\n}',
        good: 'agreement A "协议" {\n  ...\n  disputes by JointCommittee\n  amendment by unanimity\n  termination notice 90 days\n}',
        quickFix: { en: "Add the '{clause}' clause", 'zh-CN': '添加“{clause}”条款' },
    },
    {
        id: 'dimension-undeclared',
        severity: 'info',
        title: { en: 'The parties support a dimension that is not declared', 'zh-CN': '参与方具备但未声明的治理维度' },
        message: { en: "The parties support dimension {dimension} ({reason}), which 'dimensions' does not list", 'zh-CN': "参与方具备{dimension}维度（{reason}），但合作维度（dimensions）未列出" },
        explanation: {
            en: 'Declaring every dimension an agreement spans lets reviewers and downstream registries find, for example, all cross-level or public-private arrangements.',
            'zh-CN': '完整声明协议涉及的维度，便于审查人员和下游目录检索跨层级、跨公私合作等安排。',
        },
        bad: 'dimensions cross-region\nparty Shanghai.MedicalSecurity\nparty Hangzhou.MedicalSecurity',
        good: 'dimensions cross-region, cross-department\nparty Shanghai.MedicalSecurity\nparty Hangzhou.MedicalSecurity',
        quickFix: { en: "Declare dimension '{dimension}'", 'zh-CN': '声明“{dimension}”维度' },
    },
    {
        id: 'hidden-text',
        severity: 'error',
        title: { en: 'A bidirectional control character or U+2028/U+2029 in the file', 'zh-CN': '文件中含有双向控制字符或 U+2028/U+2029' },
        message: {
            en: 'Hidden character {codePoint}: it makes the text read differently from what the tools read; remove it',
            'zh-CN': '隐藏字符 {codePoint}：它会使显示的文本与工具读取的内容不一致，请删除',
        },
        explanation: {
            en: 'Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) reorder what an editor, a diff or a web page shows, and U+2028/U+2029 look like line breaks to editors but not to the tools: a clause can read "up to 100%" on screen while the file says something else, or sit after a `//` comment in the file yet appear on a line of its own (CVE-2021-42574, "Trojan Source"). An agreement is signed as it reads, so such characters are refused anywhere in a file, comments and strings included (docs/language.md §1). Right-to-left text itself is fine; only the invisible controls are refused.',
            'zh-CN': '双向控制字符（U+202A–U+202E、U+2066–U+2069、U+200E、U+200F、U+061C）会改变编辑器、差异对比和网页中文本的显示顺序；U+2028/U+2029 在编辑器中显示为换行，工具却不视为换行：屏幕上的条款可能显示为“不超过100%”，而文件实际写的是另一回事，或者一条条款在文件中位于 `//` 注释之后，却显示为单独一行（CVE-2021-42574，“特洛伊源码”）。协议按其显示内容签署，因此文件中任何位置（包括注释和字符串）都不允许出现这些字符（docs/language.md 第1节）。从右向左书写的文字本身不受影响，只拒绝不可见的控制字符。',
        },
        // Shown with the code points spelt out: docs/rules.md must not hide text itself.
        bad: 'clause C1 "Each party pays <U+202E>%001 ot pu<U+202C>."  // an editor shows: …pays up to 100%.',
        good: 'clause C1 "Each party pays up to 100%."',
        quickFix: { en: 'Remove the hidden character {codePoint}', 'zh-CN': '删除隐藏字符 {codePoint}' },
    },
    {
        id: 'confusable-name',
        severity: 'warning',
        title: { en: 'A name that mixes lookalike scripts, or looks like another name', 'zh-CN': '名称混用易混淆的文字，或与其他名称形近' },
        message: {
            en: "Confusable name '{name}': {reason}",
            'zh-CN': '易混淆的名称“{name}”：{reason}',
        },
        explanation: {
            en: 'A Cyrillic "а" or a full-width "Ｓ" looks like a Latin letter but is another character: `city Shаnghai` beside the standard library\'s `Shanghai` reads as Shanghai to every reviewer while references to it reach a different declaration. A declared name may not mix Latin with Cyrillic or Greek letters or hold full-width Latin, and no two qualified names may share a Unicode confusable skeleton (UTS #39) while differing after NFC normalization; this is what rustc checks with `mixed_script_confusables` and `confusable_idents`. The later declaration in the workspace is reported, or the user\'s one against the standard library. Names that differ only by normalization (`金` as U+91D1 or U+F90A) are one name, and clash as `duplicate-name`.',
            'zh-CN': '西里尔字母“а”或全角字母“Ｓ”看起来像拉丁字母，实际是另一个字符：在标准库的 `Shanghai` 旁声明 `city Shаnghai`，每位审阅者都会读作“Shanghai”，而引用它的地方却指向另一个声明。声明的名称不得混用拉丁字母与西里尔字母或希腊字母，也不得含有全角拉丁字母；两个限定名若 Unicode 混淆骨架（UTS #39）相同而 NFC 规范化后不同，也会被报告，这与 rustc 的 `mixed_script_confusables` 和 `confusable_idents` 检查一致。报告在工作区中较后的声明上，与标准库冲突时报告在用户的声明上。仅规范化形式不同的名称（`金` 写作 U+91D1 或 U+F90A）视为同一名称，按 `duplicate-name` 报告。',
        },
        bad: 'city Shаnghai "上海市" { code 310000 }  // а is Cyrillic U+0430',
        good: 'district Pudong "浦东新区" of Shanghai { code 310115 }',
    },
    {
        id: 'funding-parties',
        severity: 'error',
        title: { en: 'A funding not paid by a government to an organization', 'zh-CN': '资金安排的出资方不是政府或接受方不是组织' },
        message: { en: "Funding '{name}': '{actor}' ({property}) is {actual}; {expected}", 'zh-CN': "资金安排“{label}”（{name}）：{property}“{actor}”是{actual}；{expected}" },
        explanation: {
            en: 'Fiscal grants (财政拨款), tax incentives (税收优惠) and government purchase of services (购买服务) are how a government draws enterprises and social organizations into public services (docs/language.md §2.5): the payer (`by`) is a jurisdiction or a government department, the recipient (`to`) a non-government organization. Under 《政府购买服务管理办法》（财政部令第102号） state organs are the purchasers (Art. 5) and enterprises, social organizations and similar bodies the suppliers (Art. 6): a government does not purchase services from itself. Whether both belong to a party is checked by `not-a-party`.',
            'zh-CN': '财政拨款、税收优惠和政府购买服务是政府吸纳企业、社会组织参与公共服务的方式（docs/language.md 第2.5节）：出资方（by）是行政区或政府部门，接受方（to）是非政府组织。依照《政府购买服务管理办法》（财政部令第102号），国家机关是购买主体（第五条），企业、社会组织等是承接主体（第六条）：政府不向自身购买服务。二者是否属于参与方由 `not-a-party` 检查。',
        },
        bad: 'funding Care "养老服务购买" {\n  form service-purchase\n  by Pudong.CivilAffairs\n  to Pudong.Health\n  amount 1200000 CNY per year\n}',
        good: 'funding Care "养老服务购买" {\n  form service-purchase\n  by Pudong.CivilAffairs\n  to SunshineElderCare\n  amount 1200000 CNY per year\n}',
    },
    {
        id: 'funding-amount',
        severity: 'error',
        title: { en: 'A grant or service purchase without an amount', 'zh-CN': '财政拨款或购买服务未写明金额' },
        message: { en: "Funding '{name}' is a {form} but states no 'amount'", 'zh-CN': "资金安排“{label}”（{name}）为{form}，但未写明金额（amount）" },
        explanation: {
            en: 'A grant or a purchase of services spends budget money: the Budget Law (《预算法》 Art. 13) allows no spending outside an approved budget, and a purchase-of-services contract states its price (《政府购买服务管理办法》, on contract contents). An auditor or a finance bureau asks first how much is paid; a tax incentive is granted by law and may leave the amount out.',
            'zh-CN': '财政拨款和购买服务都是预算资金支出：《预算法》第十三条规定未列入预算的不得支出，《政府购买服务管理办法》要求购买服务合同明确价格。审计和财政部门首先要问付多少钱；税收优惠依法律享受，可以不写金额。',
        },
        bad: 'funding Lab "联合数据实验室建设拨款" {\n  form grant\n  by Shanghai.Science\n  to Fudan\n}',
        good: 'funding Lab "联合数据实验室建设拨款" {\n  form grant\n  by Shanghai.Science\n  to Fudan\n  amount 5000000 CNY\n}',
        quickFix: { en: "Add an 'amount' line to fill in", 'zh-CN': '添加待填写的金额（amount）行' },
    },
    {
        id: 'funding-term',
        severity: 'warning',
        title: { en: "A funding's until outside the agreement's term", 'zh-CN': '资金安排的截止日期超出协议有效期' },
        message: { en: "Funding '{name}' runs until {until}, {relation} the agreement's term ({start} – {end})", 'zh-CN': "资金安排“{label}”（{name}）截止于 {until}，{relation}协议有效期（{start} – {end}）" },
        explanation: {
            en: 'Money is committed under the agreement only while it is in force; a funding that ends before the agreement takes effect, or runs on after it ends, has no agreement to supervise it and no budget basis for the years outside it.',
            'zh-CN': '资金只在协议有效期内依协议安排；截止日期早于协议生效或晚于协议终止的资金安排，超出部分既无协议督办，也缺少预算依据。',
        },
        bad: 'effective 2024-01-01 until 2026-12-31\nuntil 2027-12-31',
        good: 'effective 2024-01-01 until 2026-12-31\nuntil 2026-12-31',
    },
    {
        id: 'onward-transfer',
        severity: 'error',
        title: { en: 'Data sent on against the onward rule it was received under', 'zh-CN': '违反接收时的再转让限制转发数据' },
        message: {
            en: "'{from}' received '{dataset}' under {agreement}.{exchange}, which {rule}; it must not send it on to '{to}' here",
            'zh-CN': "“{from}”依据 {agreement}.{exchange} 接收“{dataset}”，该交换{rule}；此处不得再转给“{to}”",
        },
        explanation: {
            en: 'An agreement that says `onward forbidden` (or `allowed-to` some actors) binds the recipient beyond that agreement: the Personal Information Protection Law (PIPL Art. 23) lets a recipient pass personal information on only with new consent, and the Data Security Law and the rules for government data sharing forbid passing shared data on to third parties without the provider\'s approval. A second agreement in which the recipient sends the same dataset on breaks the first. Agreements that some `supersedes` names are left out on both sides, so the rule never depends on the date.',
            'zh-CN': '协议约定 `onward forbidden`（或 `allowed-to` 若干主体）时，接收方在该协议之外同样受约束：《个人信息保护法》第二十三条要求向他方提供个人信息须重新取得同意，《数据安全法》及政务数据共享管理规定禁止未经提供方同意将共享数据提供给第三方。接收方在另一协议中转发同一数据集，即违反了前一协议。被 `supersedes` 取代的协议两方面都不计入，因此本规则不随日期变化。',
        },
        bad: '// agreement A: exchange E { data Shanghai.Health.Records from Shanghai.Health to Hangzhou.Health onward forbidden }\n// agreement B:\nexchange Forward "转发" {\n  data Shanghai.Health.Records\n  from Hangzhou.Health\n  to Nanjing.Health\n}',
        good: '// agreement A: exchange E { data Shanghai.Health.Records from Shanghai.Health to Hangzhou.Health onward allowed-to Nanjing.Health }\n// agreement B:\nexchange Forward "转发" {\n  data Shanghai.Health.Records\n  from Hangzhou.Health\n  to Nanjing.Health\n}',
    },
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof rules)[number]['id'];

export const RULES: readonly RuleDefinition[] = rules;
export const RULE_IDS: readonly RuleId[] = rules.map(r => r.id);

const byId = new Map<string, RuleDefinition>(rules.map(r => [r.id, r]));

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}

export function getRule(id: RuleId): RuleDefinition {
    return byId.get(id)!;
}

/** A message argument: a plain value, or a phrase given in both languages. */
export type MessageArg = string | number | LocalizedText;
export type MessageArgs = Record<string, MessageArg>;

/** Fills a `{placeholder}` template; unknown placeholders are left visible rather than dropped. */
export function fillTemplate(template: string, locale: Locale, args: MessageArgs = {}): string {
    return template.replace(/\{(\w+)\}/g, (match, key: string) => {
        if (!(key in args)) return match;
        const value = args[key];
        return typeof value === 'object' ? value[locale] : String(value);
    });
}

export function formatMessage(id: RuleId, locale: Locale, args: MessageArgs = {}): string {
    return fillTemplate(getRule(id).message[locale], locale, args);
}

export function quickFixTitle(id: RuleId, locale: Locale, args: MessageArgs = {}): string {
    const rule = getRule(id);
    return rule.quickFix ? fillTemplate(rule.quickFix[locale], locale, args) : rule.title[locale];
}

/** Maps `LANG`-style or VS Code display-language strings to a supported locale. */
export function normalizeLocale(value: string | undefined): Locale | undefined {
    if (!value) return undefined;
    const v = value.toLowerCase().replace('_', '-');
    if (v.startsWith('zh')) return 'zh-CN';
    if (v.startsWith('en') || v === 'c' || v === 'posix' || v.startsWith('c.')) return 'en';
    return undefined;
}
