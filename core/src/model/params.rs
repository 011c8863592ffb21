//! Every input of the engine as data: one row per field with its link key, default, bounds,
//! unit, label and the basis of its default, in both languages. Validation, links, the
//! settings form and "restore the paper's defaults" all read this one table (the mechanism of
//! a table of inputs is `table`'s, shared with the cooperative's).

use super::error::{ErrorKind, FieldError};
pub use super::field::Field;
use super::paper;
use super::table::{bases, check_rows, markdown, spec, specs, Row, Spec, TableField, Values};
pub use super::table::{Source, ValueKind};

/// Everything known about one field but the basis of its default: its row of [`SPECS`].
pub type ParamSpec = Spec<Field, Group, Unit>;

/// A row of the table as written: the spec and the basis of the default ([`BASES`]).
type ParamRow = Row<Field, Group, Unit>;

/// The question a villager answers first, on the first screen of her phone beside the answer:
/// her land and her adults, and how many of them work away (issue #15).
pub const QUESTION: [Field; 3] = [Field::Land, Field::Adults, Field::Away];

/// The household's short form, in order: what the household page asks (the [`QUESTION`],
/// then the rest below the answer; the other fields are in its settings) and what the printed
/// handout lists (with the years computed).
pub const SHORT_FORM: [Field; 8] = [
    Field::Land,
    Field::Adults,
    Field::Away,
    Field::Wage,
    Field::Months,
    Field::Cash,
    Field::Poor,
    Field::Fund,
];

/// Which group of settings a field belongs to (the UI shows one section per group).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// The household's own land, labor and capital (the short form).
    Household,
    /// Wandanping cooperative terms: rent, land dividend, equity (patterns A1–A3).
    Wandanping,
    /// Growing seed potatoes yourself (A2, A3).
    Potato,
    /// Farming as now: the status-quo crop (S, and any land a pattern leaves).
    StatusQuo,
    /// Lanya chickens (B1, B2).
    Lanya,
    /// Enterprise investment and land circulation (C, D).
    Enterprise,
    /// Profit insurance (E) on breeding.
    Insurance,
    /// Risk, time and the horizon.
    Risk,
}

/// The unit a value is stored and shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// 亩 (land; the UI may show hectares instead).
    Mu,
    /// Working-age people.
    People,
    /// Yuan.
    Yuan,
    /// Yuan per month.
    YuanPerMonth,
    /// Months per year.
    MonthsPerYear,
    /// Yuan per day.
    YuanPerDay,
    /// Days per adult per year.
    DaysPerAdult,
    /// Years.
    Years,
    /// Yuan per hectare per year.
    YuanPerHa,
    /// Percent.
    Percent,
    /// Kilograms per mu.
    KgPerMu,
    /// Yuan per kilogram.
    YuanPerKg,
    /// Yuan per mu.
    YuanPerMu,
    /// Days of work per mu per year.
    DaysPerMu,
    /// Yuan per bird.
    YuanPerBird,
    /// Batches per year.
    BatchesPerYear,
    /// Days of work per bird per batch.
    DaysPerBird,
    /// Yes or no.
    Switch,
}

/// Number of fields.
pub const FIELD_COUNT: usize = 54;

use crate::model::text::{t, Text};
use Field as F;
use Group as G;
use Source as Src;
use Unit as U;
use ValueKind::{Real, Switch, Whole};

/// Status-quo corn at the defaults: yield, price and cash costs per mu (margin 345 yuan/mu
/// before the family's 12 days of work).
const CORN_YIELD: f64 = 350.0;
const CORN_PRICE: f64 = 1.7;
const CORN_COST: f64 = 250.0;
const SEED_COST: f64 = 300.0;
const POTATO_COST: f64 = 250.0;
/// Field price of potatoes in 2018 (罗其友 et al., 中国农业资源与区划 2021).
const POTATO_PRICE: f64 = 1.3;
/// Potato yield calibrated on Table 1 so that potatoes pay 586.3 yuan/mu more than corn
/// (2,266 × 16,136 ÷ 4,157.93 ÷ 15): (345 + 586.3 + 300 + 250) ÷ 1.3 ≈ 1,139.5 kg/mu. At
/// the default household the extra 8 days/mu of potato work fit in days the adult at home
/// finds no paid work, so they cost no wage and A2 pays the paper's +2,266 a year on the
/// Table 1 household's 0.258 ha (`core/tests/golden.rs` checks both).
const POTATO_YIELD: f64 = 1_139.5;

/// The table: one row per [`Field`], in the enum's order.
pub const SPECS: [ParamSpec; FIELD_COUNT] = specs(&ROWS);

/// The basis of each field's default in words, in [`SPECS`] order (apart, so that a bundle that
/// does not show them does not carry them; see `model::table`).
pub const BASES: [Text; FIELD_COUNT] = bases(&ROWS);

/// The basis of `field`'s default in words.
pub const fn basis(field: Field) -> Text {
    BASES[field as usize]
}

/// The table as written: one row per [`Field`], in the enum's order, with the basis.
const ROWS: [ParamRow; FIELD_COUNT] = [
    spec(F::Land, "land", G::Household, 3.9, (0.0, 10_000.0), Real, U::Mu,
        t("土地", "Land"), Src::Derived,
        t("表1马铃薯：4157.93 公顷 ÷ 16136 户 ≈ 0.258 公顷 ≈ 3.9 亩/户",
          "Table 1, potato: 4,157.93 ha ÷ 16,136 households ≈ 0.258 ha ≈ 3.9 mu per household")),
    spec(F::Adults, "adults", G::Household, 2.0, (0.0, 20.0), Whole, U::People,
        t("劳动力（成年人）", "Working adults"), Src::Assumption,
        t("假设：贫困户平均 3.84 人（127960 人 ÷ 33358 户，第1节），其中 2 人能干活",
          "Assumption: a poor household has 3.84 people on average (127,960 ÷ 33,358, sect. 1), 2 of working age")),
    spec(F::Away, "away", G::Household, 1.0, (0.0, 20.0), Whole, U::People,
        t("能外出打工的人数", "Can work away"), Src::Assumption,
        t("假设：1 人外出，1 人在家照顾老人孩子", "Assumption: one adult can go away, one stays for children and elders")),
    spec(F::Wage, "wage", G::Household, 3_485.0, (0.0, 100_000.0), Real, U::YuanPerMonth,
        t("外出打工月工资", "Migrant wage per month"), Src::Statistic,
        t("国家统计局《2017年农民工监测调查报告》：农民工月均收入 3485 元",
          "NBS, 2017 Migrant Worker Monitoring Survey: average monthly income 3,485 yuan")),
    spec(F::Months, "months", G::Household, 10.0, (0.0, 12.0), Real, U::MonthsPerYear,
        t("每年外出月数", "Months away per year"), Src::Assumption,
        t("假设：每年外出约 10 个月，春节和农忙回家", "Assumption: about 10 months away, home for Spring Festival and the busy season")),
    spec(F::Living, "living", G::Household, 1_190.0, (0.0, 100_000.0), Real, U::YuanPerMonth,
        t("在外每月生活开销", "Cost of living away per month"), Src::Statistic,
        t("国家统计局《2013年农民工监测调查报告》：外出农民工月生活消费支出 892 元，占月收入 2609 元的 34%；按 2017 年月收入 3485 元约 1190 元",
          "NBS, 2013 Migrant Worker Monitoring Survey: living costs 892 of an average 2,609 yuan a month (34%); at 2017's 3,485 yuan that is about 1,190")),
    spec(F::DayWage, "day_wage", G::Household, 80.0, (0.0, 5_000.0), Real, U::YuanPerDay,
        t("本地打零工日工资", "Local day wage"), Src::Assumption,
        t("假设：山区乡镇零工日工资，请按本村实际修改", "Assumption: a mountain township's day-labour wage; set your village's rate")),
    spec(F::LocalDays, "local_days", G::Household, 60.0, (0.0, 365.0), Real, U::DaysPerAdult,
        t("在家每人每年能找到的零工天数", "Paid local work days per adult at home"), Src::Assumption,
        t("假设：本地零工不多，每人每年约 60 天", "Assumption: local paid work is scarce, about 60 days a year each")),
    spec(F::AdultDays, "adult_days", G::Household, 300.0, (1.0, 365.0), Real, U::DaysPerAdult,
        t("每人每年可劳动天数", "Working days per adult per year"), Src::Assumption,
        t("假设：每人每年约 300 个工作日", "Assumption: about 300 working days a year each")),
    spec(F::Cash, "cash", G::Household, 3_000.0, (0.0, 100_000_000.0), Real, U::Yuan,
        t("手头现金", "Cash on hand"), Src::Assumption,
        t("假设：手头有几千元积蓄，请填实际数", "Assumption: a few thousand yuan saved; enter your own")),
    spec(F::Fund, "fund", G::Household, paper::SUPPORT_FUND, (0.0, 10_000_000.0), Real, U::Yuan,
        t("产业扶持资金", "Support fund"), Src::Paper,
        t("论文第4.1、4.2节：建档立卡贫困户每户 7000 元，非贫困户为 0",
          "Paper sect. 4.1, 4.2: 7,000 yuan per registered poor household, 0 otherwise")),
    spec(F::Poor, "poor", G::Household, 1.0, (0.0, 1.0), Switch, U::Switch,
        t("建档立卡贫困户", "Registered poor household"), Src::Paper,
        t("论文：扶持资金只给建档立卡贫困户", "Paper: only registered poor households get the support fund")),
    spec(F::FundInputs, "fund_inputs", G::Household, 1.0, (0.0, 1.0), Switch, U::Switch,
        t("扶持资金可以买种薯、鸡苗和饲料", "The support fund may buy seed potatoes, chicks and feed"), Src::Paper,
        t("论文第4.2节（模式3）：用部分资金买种薯自己种；种玉米的投入只能用自己的钱",
          "Paper sect. 4.2 (pattern 3): part of the funds buys seed potatoes; corn inputs as now come from the household's own cash")),
    spec(F::Years, "years", G::Risk, paper::TERM_YEARS, (1.0, 10.0), Whole, U::Years,
        t("计算年数", "Years to compute"), Src::Paper,
        t("论文：合同期 3 年；最多算 10 年", "Paper: a 3-year term; up to 10 years")),
    spec(F::Renew, "renew", G::Risk, 1.0, (0.0, 1.0), Switch, U::Switch,
        t("到期后续签", "Renew at term end"), Src::Paper,
        t("论文：3 年期满后农户可选择继续", "Paper: after 3 years the household may continue")),
    spec(F::Rent, "rent", G::Wandanping, paper::RENT_PER_HA, (0.0, 1_000_000.0), Real, U::YuanPerHa,
        t("土地租金（年初付）", "Land rent (start of year)"), Src::Paper,
        t("论文第4.2节万担坪：每公顷每年 15000 元（每亩 1000 元），年初支付",
          "Paper sect. 4.2, Wandanping: 15,000 yuan/ha a year (1,000 yuan/mu), paid at the start of the year")),
    spec(F::DivLo, "div_lo", G::Wandanping, paper::LAND_DIVIDEND_LO_PER_HA, (0.0, 1_000_000.0), Real, U::YuanPerHa,
        t("土地分红最低（年底）", "Land dividend, low (year end)"), Src::Paper,
        t("论文第4.2节：种薯卖出后年底分红每公顷 3000–6000 元", "Paper sect. 4.2: 3,000–6,000 yuan/ha at year end, after the seed potatoes sell")),
    spec(F::DivHi, "div_hi", G::Wandanping, paper::LAND_DIVIDEND_HI_PER_HA, (0.0, 1_000_000.0), Real, U::YuanPerHa,
        t("土地分红最高（年底）", "Land dividend, high (year end)"), Src::Paper,
        t("论文第4.2节：种薯卖出后年底分红每公顷 3000–6000 元", "Paper sect. 4.2: 3,000–6,000 yuan/ha at year end, after the seed potatoes sell")),
    spec(F::ShareRate, "share_rate", G::Wandanping, paper::SHARE_RATE_PCT, (0.0, 100.0), Real, U::Percent,
        t("入股分红率（每年）", "Equity dividend per year"), Src::Paper,
        t("论文第4.1、4.2节：每年按股金的 10% 分红", "Paper sect. 4.1, 4.2: 10% of the equity a year")),
    spec(F::A1Equity, "a1_equity", G::Wandanping, 1.0, (0.0, 1.0), Switch, U::Switch,
        t("A1 同时把扶持资金入股合作社", "A1 also puts the fund in as shares"), Src::Reading,
        t("论文第4.2节：租金、土地分红，另有“按股金 10% 分红”；三者叠加是一种理解，关掉则只入土地",
          "Paper sect. 4.2: rent, a land dividend, and \"a dividend based on 10% of the equity funds\"; stacking all three is one reading; off means land only")),
    spec(F::Term, "term", G::Wandanping, paper::TERM_YEARS, (1.0, 10.0), Whole, U::Years,
        t("合同期", "Contract term"), Src::Paper,
        t("论文：入股协议 3 年，期满本金全额退还", "Paper: a 3-year agreement, principal returned in full at its end")),
    spec(F::PotatoYield, "p_yield", G::Potato, POTATO_YIELD, (0.0, 10_000.0), Real, U::KgPerMu,
        t("马铃薯亩产", "Potato yield"), Src::Derived,
        t("按表1校准：使种马铃薯比种玉米每亩多收 586 元（2266 × 16136 ÷ 4157.93 ÷ 15），多出的用工算进去后表1户（0.258 公顷）一年多 2266 元；全国 2018 年平均亩产约 1315 公斤",
          "Calibrated on Table 1 so potatoes earn 586 yuan/mu more than corn (2,266 × 16,136 ÷ 4,157.93 ÷ 15), so the Table 1 household (0.258 ha) gains 2,266 a year with the extra work counted; China's 2018 average was about 1,315 kg/mu")),
    spec(F::PotatoPrice, "p_price", G::Potato, POTATO_PRICE, (0.0, 100.0), Real, U::YuanPerKg,
        t("马铃薯售价", "Potato price"), Src::Assumption,
        t("罗其友等《中国马铃薯产业国际比较分析》（中国农业资源与区划，2021）：2018 年田间价格每公斤 1.30 元", "Luo Qiyou et al., Chinese Journal of Agricultural Resources and Regional Planning (2021): 2018 field price 1.30 yuan/kg")),
    spec(F::SeedCost, "seed", G::Potato, SEED_COST, (0.0, 10_000.0), Real, U::YuanPerMu,
        t("合作社种薯费用", "Seed potatoes from the cooperative"), Src::Assumption,
        t("假设：每亩约 150 公斤种薯 × 每公斤 2 元", "Assumption: about 150 kg of seed per mu × 2 yuan/kg")),
    spec(F::PotatoCost, "p_cost", G::Potato, POTATO_COST, (0.0, 10_000.0), Real, U::YuanPerMu,
        t("马铃薯其他投入", "Other potato costs"), Src::Assumption,
        t("假设：化肥、地膜、农药每亩约 250 元", "Assumption: fertiliser, film and pesticide about 250 yuan/mu")),
    spec(F::PotatoDays, "p_days", G::Potato, 20.0, (0.0, 365.0), Real, U::DaysPerMu,
        t("马铃薯用工", "Potato work"), Src::Assumption,
        t("假设：每亩约 20 个工日", "Assumption: about 20 days of work per mu")),
    spec(F::CornYield, "c_yield", G::StatusQuo, CORN_YIELD, (0.0, 10_000.0), Real, U::KgPerMu,
        t("现在种的玉米亩产", "Corn yield (as now)"), Src::Assumption,
        t("假设：山区旱地每亩 350 公斤 × 1.7 元 − 投入 250 元 = 345 元，还没算 12 个工日；《全国农产品成本收益资料汇编》2017 年玉米算上家庭用工和土地后每公顷亏 2636.85 元：种玉米只够抵工钱",
          "Assumption: mountain dry land, 350 kg/mu × 1.7 yuan − 250 yuan of inputs = 345 yuan/mu before 12 days of work; the national cost-and-return compilation puts 2017 corn at a loss of 2,636.85 yuan/ha once family labour and land are costed: corn barely pays for the work")),
    spec(F::CornPrice, "c_price", G::StatusQuo, CORN_PRICE, (0.0, 100.0), Real, U::YuanPerKg,
        t("玉米售价", "Corn price"), Src::Assumption,
        t("假设：地头价约每公斤 1.7 元", "Assumption: farm-gate price about 1.7 yuan/kg")),
    spec(F::CornCost, "c_cost", G::StatusQuo, CORN_COST, (0.0, 10_000.0), Real, U::YuanPerMu,
        t("玉米投入（种子化肥）", "Corn costs (seed, fertiliser)"), Src::Assumption,
        t("假设：每亩约 250 元", "Assumption: about 250 yuan/mu")),
    spec(F::CornDays, "c_days", G::StatusQuo, 12.0, (0.0, 365.0), Real, U::DaysPerMu,
        t("玉米用工", "Corn work"), Src::Assumption,
        t("假设：每亩约 12 个工日", "Assumption: about 12 days of work per mu")),
    spec(F::ChickPrice, "chick", G::Lanya, paper::CHICK_PRICE, (0.1, 1_000.0), Real, U::YuanPerBird,
        t("分红折鸡苗价", "Chick price (as dividend)"), Src::Paper,
        t("论文第4.1节：50 日龄鸡苗每只 20 元，700 ÷ 20 = 35 只", "Paper sect. 4.1: 20 yuan per 50-day chick; 700 ÷ 20 = 35 chicks")),
    spec(F::ChickPct, "chick_pct", G::Lanya, paper::CHICK_PRICE_PCT_OF_MARKET, (1.0, 100.0), Real, U::Percent,
        t("鸡苗价占市场价", "Chick price as share of market"), Src::Paper,
        t("论文第4.1节：按市场价的 90% 折给农户", "Paper sect. 4.1: chicks at 90% of the market price")),
    spec(F::ChickShare, "chick_share", G::Lanya, 100.0, (0.0, 100.0), Real, U::Percent,
        t("分红中换鸡苗的部分", "Part of the dividend taken as chicks"), Src::Paper,
        t("论文第4.1节的例子：700 元全部换成鸡苗", "Paper sect. 4.1 example: the whole 700 yuan as chicks")),
    spec(F::HenPrice, "hen_price", G::Lanya, paper::HEN_PRICE, (0.0, 10_000.0), Real, U::YuanPerBird,
        t("成鸡售价", "Sale price of a grown chicken"), Src::Paper,
        t("论文第4.1节：养半年每只卖 150 元，35 × 150 = 5250 元", "Paper sect. 4.1: 150 yuan each after half a year; 35 × 150 = 5,250 yuan")),
    spec(F::Batches, "batches", G::Lanya, paper::BATCHES_PER_YEAR, (1.0, 2.0), Whole, U::BatchesPerYear,
        t("每年养几批", "Batches per year"), Src::Paper,
        t("论文第4.1节：一年两批", "Paper sect. 4.1: two cycles a year")),
    spec(F::SecondAtMarket, "b2_market", G::Lanya, 1.0, (0.0, 1.0), Switch, U::Switch,
        t("第二批鸡苗按市场价自己买", "Second batch's chicks bought at market price"), Src::Assumption,
        t("假设：论文未说明第二批鸡苗来源，按市场价（20 ÷ 90%）自购", "Assumption: the paper does not say; bought at market price (20 ÷ 90%)")),
    spec(F::ChicksAtStart, "chicks_start", G::Lanya, 0.0, (0.0, 1.0), Switch, U::Switch,
        t("分红鸡苗年初就给", "Dividend chicks come at the start of the year"), Src::Reading,
        t("论文第4.1节只说部分分红给鸡苗；默认和现金分红一样年底给，第二年上半年养",
          "Paper sect. 4.1 only says part of the dividend comes as chicks; by default they come when the cash dividend would, at year end, and are raised the next half-year")),
    spec(F::Feed, "feed", G::Lanya, 50.0, (0.0, 10_000.0), Real, U::YuanPerBird,
        t("每只鸡饲料和防疫", "Feed and vaccine per bird"), Src::Assumption,
        t("假设：每只每天约 80 克饲料 × 180 天 ≈ 15 公斤 × 每公斤 3 元，加防疫 5 元", "Assumption: about 80 g of feed a day × 180 days ≈ 15 kg × 3 yuan/kg, plus 5 yuan of vaccine")),
    spec(F::Mortality, "mortality", G::Lanya, 10.0, (0.0, 100.0), Real, U::Percent,
        t("每批死亡率", "Mortality per batch"), Src::Assumption,
        t("假设：有技术指导，每批约 10%", "Assumption: with technical help, about 10% a batch")),
    spec(F::FloorPrice, "floor_price", G::Lanya, 120.0, (0.0, 10_000.0), Real, U::YuanPerBird,
        t("合作社保护价", "Cooperative's protective price"), Src::Assumption,
        t("假设：论文有保护价但未给数字，取售价的 80%", "Assumption: the paper names a protective price but no figure; 80% of the sale price")),
    spec(F::BirdDays, "bird_days", G::Lanya, 0.4, (0.0, 100.0), Real, U::DaysPerBird,
        t("每只鸡每批用工", "Work per bird per batch"), Src::Assumption,
        t("假设：一小群鸡每天喂水喂料、清扫约 40 分钟，一批 180 天约 120 小时 ≈ 15 个工日，按 35 只约每只 0.4 工日；需要有人每天在家",
          "Assumption: about 40 minutes a day to feed, water and clean a small flock; 180 days ≈ 120 hours ≈ 15 working days, about 0.4 days per bird for 35; someone must be home every day")),
    spec(F::RentOut, "rent_out", G::Enterprise, 7_500.0, (0.0, 1_000_000.0), Real, U::YuanPerHa,
        t("普通土地流转租金（年初付）", "Rent for ordinary land (start of year)"), Src::Assumption,
        t("假设：山区普通旱地每亩每年约 500 元（每公顷 7500 元）；万担坪的 15000 元是种薯合作社的租金，不是普通土地的行情；请按本村流转价修改",
          "Assumption: ordinary mountain dry land rents for about 500 yuan/mu (7,500 yuan/ha) a year; Wandanping's 15,000 is a seed-potato cooperative's rent, not the going rate; set your village's rate")),
    spec(F::EntRate, "ent_rate", G::Enterprise, paper::SHARE_RATE_PCT, (0.0, 100.0), Real, U::Percent,
        t("企业每年分红（占股金）", "Enterprise dividend a year (share of the fund)"), Src::Reading,
        t("论文第4.2节写“按股份利润的 10%”分红；寻甸的做法（如奶牛场 7000 元入股每年分 10%）读作每年股金的 10%",
          "Paper sect. 4.2 says \"10% of the profits of the shares\"; Xundian's practice (e.g. 7,000-yuan dairy shares paying 10% a year) reads it as 10% of the share a year")),
    spec(F::EntInsured, "ent_insured", G::Insurance, 0.0, (0.0, 1.0), Switch, U::Switch,
        t("入股的企业买了收益保险", "The enterprise is insured"), Src::Paper,
        t("论文第4.4节：生猪、肉牛、山羊养殖企业的收益保险，保费为保额的 5%（2563657.50 ÷ 51273150），县财政付 70%、企业付 30%，农户不交钱",
          "Paper sect. 4.4: profit insurance for pig, beef cattle and goat enterprises; premium 5% of the insured amount (2,563,657.50 ÷ 51,273,150), the county pays 70% and the enterprise 30%; the household pays nothing")),
    spec(F::InsureCut, "insure_cut", G::Insurance, 50.0, (0.0, 100.0), Real, U::Percent,
        t("保险使企业不兑现的概率降低", "Insurance lowers the enterprise's failure chance by"), Src::Assumption,
        t("假设：保险赔付企业利润的损失，使企业付不出分红和本金的可能减半",
          "Assumption: the insurance pays the enterprise's lost profit, halving the chance it cannot pay dividends and principal")),
    spec(F::FailWdp, "fail_wdp", G::Risk, 3.0, (0.0, 100.0), Real, U::Percent,
        t("万担坪合作社每年停止兑现的概率", "Yearly chance Wandanping stops paying"), Src::Assumption,
        t("假设：每年 3%（3 年里约 11 次有 1 次）；停了就不再付租金、分红和本金。本社的数字请在“合作社”页算出后点“用到一户页面”",
          "Assumption: 3% a year (about 1 in 11 over 3 years); once it stops, no rent, dividend or principal. For your cooperative, compute it on the cooperative page and follow \"use on the household page\"")),
    spec(F::FailLanya, "fail_lanya", G::Risk, 3.0, (0.0, 100.0), Real, U::Percent,
        t("兰亚合作社每年停止兑现的概率", "Yearly chance Lanya stops paying"), Src::Assumption,
        t("假设：每年 3%；停了就不再分红、不按保护价收鸡、不退本金。本社的数字请在“合作社”页算出后点“用到一户页面”",
          "Assumption: 3% a year; once it stops, no dividend, no protective price, no principal. For your cooperative, compute it on the cooperative page and follow \"use on the household page\"")),
    spec(F::FailEnt, "fail_ent", G::Risk, 3.0, (0.0, 100.0), Real, U::Percent,
        t("入股企业每年停止兑现的概率", "Yearly chance the enterprise stops paying"), Src::Assumption,
        t("假设：每年 3%；停了就不再付租金、分红和本金", "Assumption: 3% a year; once it stops, no rent, dividend or principal")),
    spec(F::FailTenant, "fail_tenant", G::Risk, 2.0, (0.0, 100.0), Real, U::Percent,
        t("租地的人每年停止付租的概率", "Yearly chance the tenant stops paying rent"), Src::Assumption,
        t("假设：每年 2%；租金年初先付，停付后这块地当年没有收入", "Assumption: 2% a year; rent is paid in advance, and in a year it is not the land earns nothing")),
    spec(F::Recover, "recover", G::Risk, 0.0, (0.0, 100.0), Real, U::Percent,
        t("停了以后第二年又恢复兑现的概率", "Yearly chance a payer that stopped pays again"), Src::Assumption,
        t("假设：0%，付不出钱的合作社在合同期内不会再付；股金在到期那年若对方没恢复就拿不回",
          "Assumption: 0%: a cooperative that cannot pay does not pay again within the term; the principal is lost unless the payer is paying again in the year it is due")),
    spec(F::Discount, "discount", G::Risk, 4.35, (0.0, 100.0), Real, U::Percent,
        t("折现率", "Discount rate"), Src::Statistic,
        t("中国人民银行一年期贷款基准利率 4.35%（2015年10月起）", "People's Bank of China one-year benchmark lending rate, 4.35% (from Oct 2015)")),
    spec(F::YieldSpread, "yield_sd", G::Risk, 30.0, (0.0, 100.0), Real, U::Percent,
        t("产量上下浮动", "Yield swings up or down by"), Src::Assumption,
        t("假设：山区天气使产量上下浮动 30%", "Assumption: mountain weather moves yields up or down by 30%")),
    spec(F::PriceSpread, "price_sd", G::Risk, 25.0, (0.0, 100.0), Real, U::Percent,
        t("价格上下浮动", "Prices swing up or down by"), Src::Assumption,
        t("假设：农产品和鸡价上下浮动 25%", "Assumption: crop and chicken prices move up or down by 25%")),
    spec(F::WageSpread, "wage_sd", G::Risk, 20.0, (0.0, 100.0), Real, U::Percent,
        t("打工收入上下浮动", "Migrant earnings swing up or down by"), Src::Assumption,
        t("假设：找活天数和工资使收入上下浮动 20%", "Assumption: days found and pay move earnings up or down by 20%")),
];

impl Field {
    /// Every field, in table order.
    pub const ALL: [Field; FIELD_COUNT] = {
        let mut all = [Field::Land; FIELD_COUNT];
        let mut i = 0;
        while i < FIELD_COUNT {
            all[i] = SPECS[i].field;
            i += 1;
        }
        all
    };

    /// This field's row of [`SPECS`].
    pub fn spec(self) -> &'static ParamSpec {
        &SPECS[self as usize]
    }

    /// Key in links.
    pub fn key(self) -> &'static str {
        self.spec().key
    }

    /// The field whose link key is `key`.
    pub fn from_key(key: &str) -> Option<Field> {
        SPECS.iter().find(|s| s.key == key).map(|s| s.field)
    }
}

/// The raw values of every field, as entered. Not yet checked: see [`Inputs::validate`].
pub type Inputs = Values<Field, FIELD_COUNT>;

impl TableField for Field {
    fn row(self) -> usize {
        self as usize
    }
}

impl Default for Inputs {
    fn default() -> Self {
        Self::paper_defaults()
    }
}

impl Inputs {
    /// Every field at its default: the paper's figures and the stated assumptions.
    pub fn paper_defaults() -> Self {
        Values::defaults(&SPECS)
    }

    /// The default of `field` given the other inputs: the support fund is 7,000 yuan for a
    /// registered poor household and 0 otherwise.
    pub fn default_for(&self, field: Field) -> f64 {
        match field {
            Field::Fund if self[Field::Poor] < 0.5 => 0.0,
            _ => field.spec().default,
        }
    }

    /// Sets the registered-poor switch; a fund still at its old default follows the new one.
    pub fn set_poor(&mut self, poor: bool) {
        let fund_was_default = self[Field::Fund] == self.default_for(Field::Fund);
        self.set(Field::Poor, if poor { 1.0 } else { 0.0 });
        if fund_was_default {
            self.set(Field::Fund, self.default_for(Field::Fund));
        }
    }

    /// A switch field as a bool.
    pub fn flag(&self, field: Field) -> bool {
        self[field] >= 0.5
    }

    /// Checks every field against its bounds and the rules between fields.
    /// Returns every problem found, each naming its field and kind; empty when all is well.
    pub fn validate(&self) -> Vec<FieldError> {
        let mut errors = check_rows(&SPECS, |f| self[f]);
        for (small, large) in [(Field::Away, Field::Adults), (Field::DivLo, Field::DivHi)] {
            let both_ok = errors.iter().all(|e| e.field != small && e.field != large);
            if both_ok && self[small] > self[large] {
                errors.push(FieldError {
                    field: small,
                    kind: ErrorKind::MoreThan(large),
                });
            }
        }
        errors
    }

    /// The inputs, checked: the engine only accepts [`Valid`] inputs.
    pub fn check(&self) -> Result<Valid, Vec<FieldError>> {
        let errors = self.validate();
        if errors.is_empty() {
            Ok(Valid(self.clone()))
        } else {
            Err(errors)
        }
    }
}

/// Inputs that passed [`Inputs::validate`]. Only the engine reads them.
#[derive(Clone, Debug, PartialEq)]
pub struct Valid(Inputs);

impl std::ops::Deref for Valid {
    type Target = Inputs;
    fn deref(&self) -> &Inputs {
        &self.0
    }
}

impl Valid {
    /// A percent field as a fraction (10 → 0.10).
    pub fn frac(&self, field: Field) -> f64 {
        self[field] / 100.0
    }

    /// A whole-number field as `u32`.
    pub fn whole(&self, field: Field) -> u32 {
        // Validated: finite, whole and within the field's (small, non-negative) bounds.
        self[field] as u32
    }

    /// Land in hectares.
    pub fn land_ha(&self) -> f64 {
        paper::mu_to_ha(self[Field::Land])
    }

    /// A copy with one value changed, checked again.
    pub fn with(&self, field: Field, value: f64) -> Result<Valid, Vec<FieldError>> {
        let mut inputs = self.0.clone();
        inputs.set(field, value);
        inputs.check()
    }
}

/// Every field as a Markdown table (key, unit, default, bounds, source, basis): the
/// documented bounds in `docs/fields.md`, kept identical by a test.
pub fn fields_markdown() -> String {
    markdown(&SPECS, &BASES, |u| format!("{u:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_matches_the_enum() {
        for (i, s) in SPECS.iter().enumerate() {
            assert_eq!(s.field as usize, i, "{:?} is out of place", s.field);
        }
    }

    #[test]
    fn keys_are_unique_and_defaults_valid() {
        for (i, a) in SPECS.iter().enumerate() {
            for b in &SPECS[i + 1..] {
                assert_ne!(a.key, b.key);
            }
            assert_eq!(a.check(a.default), Ok(()), "default of {:?}", a.field);
            assert!(!a.label.zh.is_empty() && !a.label.en.is_empty());
            let b = basis(a.field);
            assert!(!b.zh.is_empty() && !b.en.is_empty());
        }
        assert!(Inputs::paper_defaults().validate().is_empty());
    }

    #[test]
    fn from_key_finds_every_field() {
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
        assert_eq!(Field::from_key("nope"), None);
    }

    #[test]
    fn validation_names_field_and_kind() {
        // (case, field, value, expected kind)
        let cases = [
            ("negative land", Field::Land, -1.0, ErrorKind::Negative),
            (
                "absurd land",
                Field::Land,
                1e12,
                ErrorKind::AboveMax(10_000.0),
            ),
            ("NaN land", Field::Land, f64::NAN, ErrorKind::NotFinite),
            (
                "infinite cash",
                Field::Cash,
                f64::INFINITY,
                ErrorKind::NotFinite,
            ),
            ("half an adult", Field::Adults, 1.5, ErrorKind::NotWhole),
            ("13 months", Field::Months, 13.0, ErrorKind::AboveMax(12.0)),
            ("zero years", Field::Years, 0.0, ErrorKind::BelowMin(1.0)),
            ("switch at 0.5", Field::Renew, 0.5, ErrorKind::NotWhole),
            (
                "free chicks",
                Field::ChickPrice,
                0.0,
                ErrorKind::BelowMin(0.1),
            ),
        ];
        for (case, field, value, kind) in cases {
            let mut inp = Inputs::paper_defaults();
            inp.set(field, value);
            assert_eq!(inp.validate(), vec![FieldError { field, kind }], "{case}");
        }
    }

    #[test]
    fn rules_between_fields() {
        let mut inp = Inputs::paper_defaults();
        inp.set(Field::Away, 3.0);
        assert_eq!(
            inp.validate(),
            vec![FieldError {
                field: Field::Away,
                kind: ErrorKind::MoreThan(Field::Adults)
            }]
        );
        let mut inp = Inputs::paper_defaults();
        inp.set(Field::DivLo, 7_000.0);
        assert_eq!(
            inp.validate(),
            vec![FieldError {
                field: Field::DivLo,
                kind: ErrorKind::MoreThan(Field::DivHi)
            }]
        );
    }

    #[test]
    fn poor_switch_sets_the_fund_default() {
        let mut inp = Inputs::paper_defaults();
        inp.set_poor(false);
        assert_eq!(inp[Field::Fund], 0.0);
        inp.set_poor(true);
        assert_eq!(inp[Field::Fund], 7_000.0);
        inp.set(Field::Fund, 5_000.0);
        inp.set_poor(false);
        assert_eq!(inp[Field::Fund], 5_000.0, "a fund the user typed is kept");
    }
}
