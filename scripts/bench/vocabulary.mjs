// The words the corpus generator builds a province's agreements from: provinces,
// syllables for city and district names, department types with their catalogue
// datasets, and cooperation topics. Modelled on examples/ (the four hand-written
// agreements): Chinese official names with English translations, real laws cited
// as legal bases, made-up document numbers.

/** Provinces of the standard library (docs/language.md §3): never declared by the corpus. */
export const STDLIB_PROVINCES = [
    { name: 'Guangdong', cn: '广东省', en: 'Guangdong Province', prefix: '44' },
    { name: 'Hubei', cn: '湖北省', en: 'Hubei Province', prefix: '42' },
    { name: 'Sichuan', cn: '四川省', en: 'Sichuan Province', prefix: '51' },
    { name: 'Zhejiang', cn: '浙江省', en: 'Zhejiang Province', prefix: '33' },
    { name: 'Jiangsu', cn: '江苏省', en: 'Jiangsu Province', prefix: '32' },
    { name: 'Henan', cn: '河南省', en: 'Henan Province', prefix: '41' },
    { name: 'Shaanxi', cn: '陕西省', en: 'Shaanxi Province', prefix: '61' },
    { name: 'Shandong', cn: '山东省', en: 'Shandong Province', prefix: '37' },
    { name: 'Liaoning', cn: '辽宁省', en: 'Liaoning Province', prefix: '21' },
];

/** Provinces the corpus declares itself, in its shared registry. */
export const EXTRA_PROVINCES = [
    { name: 'Anhui', cn: '安徽省', en: 'Anhui Province', prefix: '34' },
    { name: 'Fujian', cn: '福建省', en: 'Fujian Province', prefix: '35' },
    { name: 'Jiangxi', cn: '江西省', en: 'Jiangxi Province', prefix: '36' },
    { name: 'Hunan', cn: '湖南省', en: 'Hunan Province', prefix: '43' },
    { name: 'Hebei', cn: '河北省', en: 'Hebei Province', prefix: '13' },
    { name: 'Shanxi', cn: '山西省', en: 'Shanxi Province', prefix: '14' },
    { name: 'Jilin', cn: '吉林省', en: 'Jilin Province', prefix: '22' },
    { name: 'Heilongjiang', cn: '黑龙江省', en: 'Heilongjiang Province', prefix: '23' },
    { name: 'Guizhou', cn: '贵州省', en: 'Guizhou Province', prefix: '52' },
    { name: 'Yunnan', cn: '云南省', en: 'Yunnan Province', prefix: '53' },
    { name: 'Gansu', cn: '甘肃省', en: 'Gansu Province', prefix: '62' },
    { name: 'Hainan', cn: '海南省', en: 'Hainan Province', prefix: '46' },
];

/**
 * The sixteen cities of the standard library, with their codes (§3). A municipality
 * has no province; `partner` is the province whose development and reform commission
 * takes part in its agreements.
 */
export const STDLIB_CITIES = [
    { name: 'Beijing', cn: '北京市', code: '110000', municipality: true, partner: 'Hebei' },
    { name: 'Shanghai', cn: '上海市', code: '310000', municipality: true, partner: 'Anhui' },
    { name: 'Tianjin', cn: '天津市', code: '120000', municipality: true, partner: 'Hebei' },
    { name: 'Chongqing', cn: '重庆市', code: '500000', municipality: true, partner: 'Sichuan' },
    { name: 'Guangzhou', cn: '广州市', code: '440100', province: 'Guangdong' },
    { name: 'Shenzhen', cn: '深圳市', code: '440300', province: 'Guangdong' },
    { name: 'Dongguan', cn: '东莞市', code: '441900', province: 'Guangdong' },
    { name: 'Wuhan', cn: '武汉市', code: '420100', province: 'Hubei' },
    { name: 'Chengdu', cn: '成都市', code: '510100', province: 'Sichuan' },
    { name: 'Hangzhou', cn: '杭州市', code: '330100', province: 'Zhejiang' },
    { name: 'Nanjing', cn: '南京市', code: '320100', province: 'Jiangsu' },
    { name: 'Zhengzhou', cn: '郑州市', code: '410100', province: 'Henan' },
    { name: 'Xian', cn: '西安市', code: '610100', province: 'Shaanxi' },
    { name: 'Jinan', cn: '济南市', code: '370100', province: 'Shandong' },
    { name: 'Shenyang', cn: '沈阳市', code: '210100', province: 'Liaoning' },
    { name: 'Qingdao', cn: '青岛市', code: '370200', province: 'Shandong' },
];

/** Pinyin syllables and a character for each: generated names are two of them. */
export const SYLLABLES = [
    ['An', '安'], ['Bai', '白'], ['Bao', '宝'], ['Chang', '长'], ['Chen', '辰'], ['Da', '大'],
    ['De', '德'], ['Dong', '东'], ['Feng', '丰'], ['Fu', '福'], ['Gao', '高'], ['Guang', '光'],
    ['Hai', '海'], ['He', '和'], ['Heng', '衡'], ['Hong', '宏'], ['Hua', '华'], ['Huai', '淮'],
    ['Jia', '嘉'], ['Jian', '建'], ['Jiang', '江'], ['Jin', '金'], ['Jing', '景'], ['Kang', '康'],
    ['Lan', '兰'], ['Le', '乐'], ['Lin', '林'], ['Long', '龙'], ['Ming', '明'], ['Ning', '宁'],
    ['Ping', '平'], ['Qing', '清'], ['Rui', '瑞'], ['Shan', '山'], ['Shao', '韶'], ['Song', '松'],
    ['Tai', '泰'], ['Tian', '天'], ['Wen', '文'], ['Xiang', '祥'], ['Xin', '新'], ['Xing', '兴'],
    ['Yang', '阳'], ['Yong', '永'], ['Yu', '玉'], ['Yuan', '元'], ['Yun', '云'], ['Ze', '泽'],
];

/**
 * Department types. Every city has one department of each type; `datasets` are
 * the catalogue entries each of those departments holds (docs/language.md §2.3).
 * `sharing: 'none'` entries are declared but never exchanged (rule non-shared-dataset).
 */
export const DEPARTMENT_TYPES = {
    MedicalSecurity: {
        cn: '医疗保障局', en: 'Healthcare Security Administration', provincial: '医疗保障局',
        datasets: [
            { name: 'SettlementDetails', cn: '异地就医直接结算明细', en: 'Cross-Region Medical Settlement Details', sharing: ['conditional', '仅限参保地医保经办机构用于待遇核定和基金清算'], classification: 'important', personal: 'sensitive', fields: ['姓名', '公民身份号码', '参保地统筹区', '定点医疗机构', '诊断信息', '医疗费用明细'] },
            { name: 'CrossRegionFilings', cn: '异地就医备案人员信息', en: 'Registrations for Treatment Elsewhere', sharing: ['conditional', '仅限就医地医保经办机构用于身份核验'], classification: 'important', personal: 'ordinary', fields: ['姓名', '医保电子凭证编码', '参保类别', '备案类型', '备案有效期'] },
            { name: 'ClearingStatements', cn: '异地就医费用月度清算单', en: 'Monthly Clearing Statements', sharing: ['conditional', '限协议各方医保部门用于基金清算'], classification: 'general', personal: 'none', fields: ['清算年月', '参保地统筹区', '结算人次', '医疗总费用'] },
            { name: 'FraudLeads', cn: '医保基金监管案件线索', en: 'Fund Fraud Case Leads', sharing: ['none', '《医疗保障基金使用监督管理条例》规定的案件调查信息，依法不予共享'], classification: 'important', personal: 'sensitive' },
        ],
    },
    Health: {
        cn: '卫生健康委员会', en: 'Health Commission', provincial: '卫生健康委员会',
        datasets: [
            { name: 'HealthRecords', cn: '居民电子健康档案', en: 'Electronic Health Records', sharing: ['conditional', '仅限接诊医疗机构在患者授权后调阅'], classification: 'important', personal: 'sensitive', fields: ['姓名', '公民身份号码', '既往病史', '过敏史', '检查检验结果'] },
            { name: 'HospitalResources', cn: '医疗机构资源信息', en: 'Hospital Resources', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['机构名称', '机构等级', '床位数', '专科设置'] },
            { name: 'Vaccinations', cn: '预防接种记录', en: 'Vaccination Records', sharing: ['conditional', '仅限疾病预防控制机构使用'], classification: 'important', personal: 'sensitive', fields: ['姓名', '疫苗名称', '接种日期', '接种单位'] },
        ],
    },
    PublicSecurity: {
        cn: '公安局', en: 'Public Security Bureau', provincial: '公安厅', district: '公安分局',
        datasets: [
            { name: 'VehiclePassages', cn: '道路卡口过车记录', en: 'Vehicle Passage Records', sharing: ['conditional', '仅限交通治理和案件侦办用途'], classification: 'important', personal: 'sensitive', fields: ['号牌号码', '卡口编号', '通过时间', '行驶方向'] },
            { name: 'HouseholdRegistrations', cn: '户籍登记信息', en: 'Household Registrations', sharing: ['conditional', '仅限政务服务身份核验'], classification: 'core', personal: 'sensitive', fields: ['姓名', '公民身份号码', '户籍地址', '户别'] },
            { name: 'TrafficAccidents', cn: '道路交通事故统计', en: 'Road Traffic Accident Statistics', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['路段', '事故时间', '事故形态', '伤亡人数'] },
        ],
    },
    Transport: {
        cn: '交通运输局', en: 'Transport Bureau', provincial: '交通运输厅',
        datasets: [
            { name: 'BusPositions', cn: '公交车辆实时位置', en: 'Real-Time Bus Positions', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['车辆编号', '线路编号', '经纬度', '采集时间'] },
            { name: 'TransitCardTrips', cn: '公共交通一卡通交易记录', en: 'Transit Card Trips', sharing: ['conditional', '仅限一卡通清分结算使用'], classification: 'important', personal: 'ordinary', fields: ['卡号', '交易时间', '进站', '出站', '交易金额'] },
            { name: 'RoadConditions', cn: '交界通道路况信息', en: 'Boundary Road Conditions', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['路段', '拥堵指数', '平均车速', '施工信息'] },
        ],
    },
    DataResources: {
        cn: '数据资源管理局', en: 'Data Resources Administration', provincial: '大数据发展管理局',
        datasets: [
            { name: 'LegalPersons', cn: '法人基础信息', en: 'Legal Person Base Data', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['统一社会信用代码', '名称', '登记机关', '登记状态'] },
            { name: 'PopulationBase', cn: '人口基础信息', en: 'Population Base Data', sharing: ['conditional', '仅限政务服务身份核验和统计分析'], classification: 'core', personal: 'sensitive', fields: ['姓名', '公民身份号码', '出生日期', '常住地址'] },
            { name: 'ServiceCatalogue', cn: '政务服务事项目录', en: 'Government Service Catalogue', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['事项编码', '事项名称', '办理层级', '承诺时限'] },
        ],
    },
    EmergencyManagement: {
        cn: '应急管理局', en: 'Emergency Management Bureau', provincial: '应急管理厅',
        datasets: [
            { name: 'HazardSources', cn: '重大危险源信息', en: 'Major Hazard Sources', sharing: ['conditional', '仅限应急联动处置使用'], classification: 'important', personal: 'none', fields: ['危险源名称', '所在位置', '危险等级', '责任单位'] },
            { name: 'RescueResources', cn: '应急救援物资和队伍', en: 'Rescue Resources and Teams', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['物资名称', '储备地点', '数量', '救援队伍'] },
            { name: 'DisasterVictims', cn: '受灾人员信息', en: 'Disaster Victims', sharing: ['conditional', '仅限灾害救助使用'], classification: 'important', personal: 'sensitive', fields: ['姓名', '公民身份号码', '受灾情况', '安置地点'] },
        ],
    },
    Ecology: {
        cn: '生态环境局', en: 'Ecology and Environment Bureau', provincial: '生态环境厅',
        datasets: [
            { name: 'AirQuality', cn: '空气质量监测数据', en: 'Air Quality Monitoring', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['站点', '监测时间', 'PM2.5', 'PM10', '臭氧'] },
            { name: 'PollutionPermits', cn: '排污许可信息', en: 'Pollution Discharge Permits', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['单位名称', '许可证编号', '排放口', '许可排放量'] },
            { name: 'EnforcementCases', cn: '环境行政处罚案件', en: 'Environmental Enforcement Cases', sharing: ['conditional', '仅限联合执法使用'], classification: 'important', personal: 'ordinary', fields: ['案件编号', '当事人', '违法事实', '处罚决定'] },
        ],
    },
    HumanResources: {
        cn: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau', provincial: '人力资源和社会保障厅',
        datasets: [
            { name: 'PensionAccounts', cn: '养老保险个人账户', en: 'Pension Insurance Accounts', sharing: ['conditional', '仅限社会保险关系转移接续'], classification: 'important', personal: 'sensitive', fields: ['姓名', '公民身份号码', '缴费年限', '个人账户余额'] },
            { name: 'JobVacancies', cn: '岗位招聘信息', en: 'Job Vacancies', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['岗位名称', '用人单位', '工作地点', '薪酬范围'] },
            { name: 'Qualifications', cn: '职业资格证书信息', en: 'Professional Qualifications', sharing: ['conditional', '仅限资格互认核验'], classification: 'general', personal: 'ordinary', fields: ['姓名', '证书编号', '职业', '等级'] },
        ],
    },
    Education: {
        cn: '教育局', en: 'Education Bureau', provincial: '教育厅',
        datasets: [
            { name: 'StudentRolls', cn: '学籍信息', en: 'Student Rolls', sharing: ['conditional', '仅限转学和升学办理'], classification: 'important', personal: 'ordinary', fields: ['姓名', '学籍号', '学校', '年级'] },
            { name: 'SchoolDirectory', cn: '学校名录', en: 'School Directory', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['学校名称', '办学类型', '地址', '学位数'] },
            { name: 'TeacherCredentials', cn: '教师资格信息', en: 'Teacher Credentials', sharing: ['conditional', '仅限教师交流任职核验'], classification: 'general', personal: 'ordinary', fields: ['姓名', '资格证书编号', '任教学科'] },
        ],
    },
    MarketRegulation: {
        cn: '市场监督管理局', en: 'Market Regulation Administration', provincial: '市场监督管理局', district: '市场监督管理分局',
        datasets: [
            { name: 'BusinessRegistrations', cn: '市场主体登记信息', en: 'Business Registrations', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['统一社会信用代码', '名称', '法定代表人', '经营范围'] },
            { name: 'InspectionResults', cn: '食品抽检结果', en: 'Food Inspection Results', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['样品名称', '生产单位', '抽检日期', '检验结论'] },
            { name: 'Complaints', cn: '消费投诉举报信息', en: 'Consumer Complaints', sharing: ['conditional', '仅限跨区域投诉转办'], classification: 'general', personal: 'ordinary', fields: ['投诉人', '被投诉主体', '投诉内容', '处理结果'] },
        ],
    },
    HousingFund: {
        cn: '住房公积金管理中心', en: 'Housing Provident Fund Management Center', provincial: '住房和城乡建设厅',
        datasets: [
            { name: 'FundAccounts', cn: '住房公积金缴存信息', en: 'Provident Fund Accounts', sharing: ['conditional', '仅限异地贷款和转移接续核验'], classification: 'important', personal: 'sensitive', fields: ['姓名', '公民身份号码', '缴存基数', '账户余额'] },
            { name: 'LoanRecords', cn: '住房公积金贷款记录', en: 'Provident Fund Loans', sharing: ['conditional', '仅限贷款资格审核'], classification: 'important', personal: 'ordinary', fields: ['借款人', '贷款金额', '贷款期限', '还款状态'] },
            { name: 'PolicyRates', cn: '缴存比例和贷款政策', en: 'Contribution and Loan Policies', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['缴存比例', '贷款额度上限', '首付比例'] },
        ],
    },
    Culture: {
        cn: '文化广电旅游局', en: 'Culture, Radio, Television and Tourism Bureau', provincial: '文化和旅游厅',
        datasets: [
            { name: 'ScenicSpots', cn: '景区基础信息', en: 'Scenic Spots', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['景区名称', '等级', '地址', '最大承载量'] },
            { name: 'VisitorFlows', cn: '景区客流监测数据', en: 'Visitor Flows', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['景区', '时段', '在园人数', '预约人数'] },
            { name: 'TourCardHolders', cn: '文旅年卡持卡人信息', en: 'Tourism Pass Holders', sharing: ['conditional', '仅限年卡核验'], classification: 'general', personal: 'ordinary', fields: ['姓名', '卡号', '有效期'] },
        ],
    },
    WaterResources: {
        cn: '水务局', en: 'Water Authority', provincial: '水利厅',
        datasets: [
            { name: 'RiverLevels', cn: '河湖水位监测数据', en: 'River and Lake Levels', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['站点', '监测时间', '水位', '流量'] },
            { name: 'WaterQuality', cn: '跨界断面水质数据', en: 'Boundary Section Water Quality', sharing: ['unconditional'], classification: 'general', personal: 'none', fields: ['断面', '监测时间', '水质类别', '超标因子'] },
            { name: 'FloodPlans', cn: '防汛抢险预案', en: 'Flood Control Plans', sharing: ['conditional', '仅限防汛联防使用'], classification: 'important', personal: 'none', fields: ['预案名称', '适用范围', '响应等级'] },
        ],
    },
};

/** Department types every province declares in the shared registry. */
export const PROVINCIAL_DEPARTMENTS = ['DevelopmentReform', 'DataResources', 'MedicalSecurity', 'PublicSecurity', 'Transport'];
export const DEVELOPMENT_REFORM = { cn: '发展和改革委员会', en: 'Development and Reform Commission' };

/** Cooperation topics: the department type that signs, and how the agreement reads. */
export const TOPICS = [
    { key: 'MedicalSettlement', dept: 'MedicalSecurity', cn: '异地就医直接结算合作协议', en: 'Cross-Region Medical Settlement Agreement',
      services: [['DirectSettlement', '异地就医直接结算', 'Direct Settlement of Medical Expenses'], ['ProxyClaims', '零星报销代收代办', 'Proxy Handling of Reimbursement Claims'], ['FilingOnline', '异地就医备案网上办理', 'Online Registration for Treatment Elsewhere']],
      body: ['JointCommittee', '医保协同联席会议', 'Healthcare Security Joint Committee'] },
    { key: 'HealthRecordSharing', dept: 'Health', cn: '电子健康档案互通互认协议', en: 'Health Record Mutual Recognition Agreement',
      services: [['RecordLookup', '跨市调阅电子健康档案', 'Cross-City Health Record Lookup'], ['ExamRecognition', '检查检验结果互认', 'Mutual Recognition of Examination Results'], ['ReferralChannel', '双向转诊绿色通道', 'Two-Way Referral Channel']],
      body: ['HealthCommittee', '卫生健康协作委员会', 'Health Cooperation Committee'] },
    { key: 'PoliceCooperation', dept: 'PublicSecurity', cn: '警务协作框架协议', en: 'Police Cooperation Framework Agreement',
      services: [['JointInvestigation', '跨区域案件协查', 'Cross-Region Case Assistance'], ['IdentityVerification', '户籍业务异地通办', 'Household Registration Services Anywhere'], ['TrafficControl', '交界地区交通联合管控', 'Joint Traffic Control at Boundaries']],
      body: ['PoliceCouncil', '警务协作联席会议', 'Police Cooperation Council'] },
    { key: 'TransitLink', dept: 'Transport', cn: '交通互联互通合作协议', en: 'Transport Link Agreement',
      services: [['TransitCardInterop', '公共交通一卡通互联互通', 'Interoperable Transit Cards'], ['CrossCityBus', '跨市公交线路联合审批', 'Joint Approval of Cross-City Bus Routes'], ['RoadInfo', '交界路况信息发布', 'Boundary Road Information']],
      body: ['TransportCommittee', '交通一体化联席会议', 'Transport Integration Committee'] },
    { key: 'DataSharing', dept: 'DataResources', cn: '政务数据共享合作协议', en: 'Government Data Sharing Agreement',
      services: [['OneNetworkServices', '政务服务一网通办', 'One-Network Government Services'], ['DataPlatform', '公共数据共享交换平台', 'Public Data Exchange Platform'], ['CertificateRecognition', '电子证照互认', 'Mutual Recognition of E-Certificates']],
      body: ['DataCouncil', '数据协同工作组', 'Data Cooperation Council'] },
    { key: 'EmergencyLinkage', dept: 'EmergencyManagement', cn: '应急联动合作协议', en: 'Emergency Response Linkage Agreement',
      services: [['JointRescue', '跨区域联合救援', 'Joint Cross-Region Rescue'], ['SupplyDispatch', '应急物资联合调度', 'Joint Dispatch of Emergency Supplies'], ['HazardAlerts', '重大风险联合预警', 'Joint Hazard Alerts']],
      body: ['EmergencyCommand', '应急联动指挥部', 'Emergency Linkage Command'] },
    { key: 'AirPollutionControl', dept: 'Ecology', cn: '大气污染联防联控协议', en: 'Joint Air Pollution Control Agreement',
      services: [['JointMonitoring', '空气质量联合监测', 'Joint Air Quality Monitoring'], ['JointEnforcement', '环境执法联动', 'Joint Environmental Enforcement'], ['PermitRecognition', '排污许可信息互认', 'Mutual Recognition of Permits']],
      body: ['EcologyCommittee', '生态环境协作小组', 'Ecology Cooperation Group'] },
    { key: 'PensionTransfer', dept: 'HumanResources', cn: '社会保险关系转移接续协议', en: 'Social Insurance Transfer Agreement',
      services: [['PensionTransferService', '养老保险关系转移接续', 'Pension Insurance Transfer'], ['JobMatching', '跨市就业岗位对接', 'Cross-City Job Matching'], ['QualificationRecognition', '职业资格互认', 'Recognition of Professional Qualifications']],
      body: ['LabourCommittee', '人社协作联席会议', 'Labour and Social Security Committee'] },
    { key: 'EducationSharing', dept: 'Education', cn: '教育资源共享合作协议', en: 'Education Resource Sharing Agreement',
      services: [['StudentTransfer', '跨市转学一件事', 'One-Stop Cross-City School Transfer'], ['TeacherExchange', '教师交流轮岗', 'Teacher Exchange'], ['OnlineCourses', '优质课程共享', 'Shared Online Courses']],
      body: ['EducationAlliance', '教育协作联盟理事会', 'Education Alliance Council'] },
    { key: 'MarketSupervision', dept: 'MarketRegulation', cn: '市场监管执法协作协议', en: 'Market Supervision Cooperation Agreement',
      services: [['RegistrationAnywhere', '企业登记跨区通办', 'Business Registration Anywhere'], ['ComplaintTransfer', '消费投诉跨区转办', 'Cross-Region Complaint Transfer'], ['JointSampling', '食品安全联合抽检', 'Joint Food Safety Sampling']],
      body: ['SupervisionCouncil', '市场监管协作理事会', 'Market Supervision Council'] },
    { key: 'HousingFundMutualLoans', dept: 'HousingFund', cn: '住房公积金互认互贷协议', en: 'Housing Provident Fund Mutual Loan Agreement',
      services: [['MutualLoans', '公积金异地互认互贷', 'Mutual Provident Fund Loans'], ['AccountTransfer', '公积金转移接续', 'Provident Fund Account Transfer'], ['RepaymentWithdrawal', '异地购房提取', 'Withdrawal for Purchases Elsewhere']],
      body: ['FundCommittee', '公积金协作管理委员会', 'Provident Fund Committee'] },
    { key: 'TourismPass', dept: 'Culture', cn: '文化旅游一卡通合作协议', en: 'Culture and Tourism Pass Agreement',
      services: [['TourismPassService', '文旅年卡互通', 'Interoperable Tourism Pass'], ['VisitorInfo', '景区客流信息发布', 'Visitor Flow Information'], ['JointPromotion', '文旅线路联合推广', 'Joint Tourism Promotion']],
      body: ['TourismAlliance', '文旅协作联盟', 'Tourism Alliance'] },
    { key: 'RiverGovernance', dept: 'WaterResources', cn: '跨界河湖联保共治协议', en: 'Boundary River Joint Governance Agreement',
      services: [['JointPatrol', '跨界河湖联合巡查', 'Joint River Patrols'], ['FloodLinkage', '防汛联防联调', 'Joint Flood Control'], ['QualityReporting', '断面水质通报', 'Section Water Quality Reporting']],
      body: ['RiverChiefCouncil', '跨界河长联席会议', 'Boundary River Chiefs Council'] },
];

export const LEGAL_BASES = {
    MedicalSecurity: '《中华人民共和国社会保险法》第二十九条',
    Health: '《中华人民共和国基本医疗卫生与健康促进法》第四十九条',
    PublicSecurity: '《中华人民共和国人民警察法》第六条',
    Transport: '《城市公共交通条例》第三十条',
    DataResources: '《政务信息资源共享管理暂行办法》第五条',
    EmergencyManagement: '《中华人民共和国突发事件应对法》第十七条',
    Ecology: '《中华人民共和国大气污染防治法》第八十六条',
    HumanResources: '《中华人民共和国社会保险法》第十九条',
    Education: '《中华人民共和国教育法》第二十四条',
    MarketRegulation: '《中华人民共和国消费者权益保护法》第三十二条',
    HousingFund: '《住房公积金管理条例》第五条',
    Culture: '《中华人民共和国旅游法》第二十六条',
    WaterResources: '《中华人民共和国水法》第四十五条',
};

export const ORGANIZATION_KINDS = [
    ['Tech', '科技有限公司', 'Technology Co., Ltd.', 'enterprise'],
    ['Data', '数据服务有限公司', 'Data Services Co., Ltd.', 'enterprise'],
    ['Cloud', '云计算有限公司', 'Cloud Computing Co., Ltd.', 'enterprise'],
    ['Logistics', '物流有限公司', 'Logistics Co., Ltd.', 'enterprise'],
    ['University', '大学', 'University', 'university'],
    ['Institute', '研究院', 'Research Institute', 'public-institution'],
];

export const CLAUSES = [
    ['Confidentiality', '各方对交换数据负有保密义务，不得用于协议约定以外的用途。', 'Each party keeps exchanged data confidential and uses it only for the agreed purposes.'],
    ['DataSecurity', '各方按照《中华人民共和国数据安全法》落实数据分类分级保护，发生数据安全事件的，应在24小时内通报其他各方。', 'The parties protect data by class and grade under the Data Security Law and report incidents within 24 hours.'],
    ['CostReview', '费用分担比例每年由联席会议复核一次。', 'The cost shares are reviewed by the committee once a year.'],
    ['Publicity', '协议执行情况每年向社会公开。', 'The implementation of this agreement is published every year.'],
    ['Accession', '其他城市经全体成员同意可以加入本协议。', 'Other cities may accede to this agreement with the consent of all members.'],
];
