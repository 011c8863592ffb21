//! Workshop mode: a step-through of the paper's two cases, Wandanping (sect. 4.2) and Lanya
//! (sect. 4.1), with the paper's own numbers. Each step is a scenario (a link query), the
//! pattern and lines to look at, and what the paper says, in both languages. The working of
//! each step comes from the engine, so what a trainer shows is what the calculator computes.

use super::patterns::Code;
use super::stream::StreamKind;
use super::text::Text;
use crate::model::text::t;

/// Which of the paper's cases a step belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Wandanping Planting Professional Cooperative, Liushao Township (sect. 4.2).
    Wandanping,
    /// Lanya breeding professional cooperative, Yilong Village (sect. 4.1).
    Lanya,
}

/// One step of the walk-through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// The case.
    pub case: Case,
    /// Heading.
    pub title: Text,
    /// What the paper says, with its numbers.
    pub paper: Text,
    /// The scenario, as a link query (land in mu).
    pub query: &'static str,
    /// The pattern to look at.
    pub code: Code,
    /// The year whose lines show the working (from 1).
    pub year: u32,
    /// The lines to show.
    pub kinds: &'static [StreamKind],
}

/// The case's name.
pub fn case_name(case: Case) -> Text {
    match case {
        Case::Wandanping => t(
            "万担坪种植专业合作社（种薯，第4.2节）",
            "Wandanping planting cooperative (seed potatoes, sect. 4.2)",
        ),
        Case::Lanya => t(
            "兰亚养殖专业合作社（土鸡，第4.1节）",
            "Lanya breeding cooperative (local chickens, sect. 4.1)",
        ),
    }
}

/// Every step, in order.
pub const STEPS: [Step; 9] = [
    Step {
        case: Case::Wandanping,
        title: t("土地入股：年初先拿租金", "Land in as shares: rent first, at the start of the year"),
        paper: t(
            "每公顷每年 15000 元（每亩 1000 元），年初支付——收成之前钱就到手。这里算 1 公顷（15 亩）。",
            "15,000 yuan per ha a year (1,000 per mu), paid at the start of the year — money in hand before the harvest. Here: 1 ha (15 mu).",
        ),
        query: "land=15",
        code: Code::A1,
        year: 1,
        kinds: &[StreamKind::Rent],
    },
    Step {
        case: Case::Wandanping,
        title: t("年底再分红", "Then a dividend at year end"),
        paper: t(
            "种薯卖出后，每公顷再分 3000–6000 元；多少要看合作社卖得怎样，所以是一个范围。",
            "After the seed potatoes sell, 3,000–6,000 yuan per ha more; how much depends on the cooperative's sales, hence a range.",
        ),
        query: "land=15",
        code: Code::A1,
        year: 1,
        kinds: &[StreamKind::LandDividend],
    },
    Step {
        case: Case::Wandanping,
        title: t("A1：土地和资金入股，劳力外出", "A1: land and fund in, labor out"),
        paper: t(
            "签 3 年入股协议，股金每年分红 10%；家里缺劳力的农户选这种，青壮年外出打工（规划区 41 户）。",
            "A 3-year equity agreement, 10% of the equity a year; chosen by households short of labor whose adults work away (41 households).",
        ),
        query: "land=15&away=2",
        code: Code::A1,
        year: 1,
        kinds: &[StreamKind::EquityDividend, StreamKind::MigrantWage],
    },
    Step {
        case: Case::Wandanping,
        title: t("A2：买合作社的种薯，自己种", "A2: buy the cooperative's seed, farm yourself"),
        paper: t(
            "有劳力、地多的农户，买合作社的优质种薯种在自己地里，收入＝卖薯收入－成本。",
            "Households with labor and much land buy the cooperative's quality seed potatoes and farm their own land: income = sales − costs.",
        ),
        query: "land=15&adults=3&cash=5000",
        code: Code::A2,
        year: 1,
        kinds: &[StreamKind::Crop],
    },
    Step {
        case: Case::Wandanping,
        title: t("A3：一部分买种，其余入股", "A3: part for seed, the rest as shares"),
        paper: t(
            "有劳力但地少的农户，用一部分资金买种薯自己种，其余资金入股合作社拿 10% 分红。",
            "Households with labor but little land spend part of the fund on seed for their own land and invest the rest at 10%.",
        ),
        query: "land=2",
        code: Code::A3,
        year: 1,
        kinds: &[StreamKind::Crop, StreamKind::EquityDividend],
    },
    Step {
        case: Case::Lanya,
        title: t("B1：7000 元扶贫资金入股，每年分红 700 元", "B1: the 7,000-yuan help fund as shares, 700 a year"),
        paper: t(
            "每户 7000 元入股，每年按股金的 10% 分红＝700 元，期限 3 年（覆盖 121 户贫困户）。",
            "7,000 yuan per household as shares, 10% a year = 700 yuan, for a 3-year term (121 poor households).",
        ),
        query: "",
        code: Code::B1,
        year: 1,
        kinds: &[StreamKind::Principal, StreamKind::EquityDividend],
    },
    Step {
        case: Case::Lanya,
        title: t("期满本金全额退还", "The principal back in full at term end"),
        paper: t(
            "3 年期满，农户可以选择继续；如果退出，股本无条件全额退还。",
            "After 3 years the household may continue; if it leaves, the share capital is returned unconditionally and in full.",
        ),
        query: "renew=0",
        code: Code::B1,
        year: 3,
        kinds: &[StreamKind::Principal, StreamKind::PrincipalLoss],
    },
    Step {
        case: Case::Lanya,
        title: t("B2：分红换鸡苗，700 ÷ 20 = 35 只", "B2: the dividend as chicks, 700 ÷ 20 = 35"),
        paper: t(
            "分红按市场价 90% 折成 50 日龄鸡苗，每只 20 元：700 ÷ 20 = 35 只；合作社培训、给技术指导。鸡苗和现金分红一样在年底给，第二年上半年养。",
            "The dividend comes as 50-day chicks at 90% of the market price, 20 yuan each: 700 ÷ 20 = 35 chicks; the cooperative trains and helps. The chicks come at year end, when a cash dividend would, and are raised the next half-year.",
        ),
        query: "",
        code: Code::B2,
        year: 2,
        kinds: &[StreamKind::EquityDividend, StreamKind::Livestock],
    },
    Step {
        case: Case::Lanya,
        title: t("35 × 150 = 5250 元一批，一年两批；保护价", "35 × 150 = 5,250 yuan a batch, two a year; the protective price"),
        paper: t(
            "养半年每只卖 150 元：35 × 150 = 5250 元，一年两批；合作社按保护价收购。第二批鸡苗农户按市场价自己买；保护价是合作社的承诺，合作社停付时也就没有了。",
            "After half a year each sells for 150: 35 × 150 = 5,250 yuan, two batches a year; the cooperative buys at a protective price. The second batch's chicks are bought by the household at the market price; the protective price is the cooperative's promise and goes if the cooperative stops paying.",
        ),
        query: "",
        code: Code::B2,
        year: 2,
        kinds: &[StreamKind::Livestock],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::engine::{evaluate, Settings};
    use crate::model::form::{read, texts_for, LandUnit};
    use crate::model::params::{Field, Inputs};
    use crate::model::stream::Formula;

    /// The inputs of a step's query (keys as in links, land in mu).
    fn inputs(query: &str) -> Inputs {
        let mut texts = texts_for(&Inputs::paper_defaults(), LandUnit::Mu);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').expect("key=value");
            let field = Field::from_key(key).expect("a known key");
            texts[field as usize] = value.to_string();
        }
        let reading = read(&texts, LandUnit::Mu);
        assert!(reading.errors.is_empty(), "{query}: {:?}", reading.errors);
        reading.inputs
    }

    #[test]
    fn every_step_shows_lines_the_engine_computes() {
        for (i, step) in STEPS.iter().enumerate() {
            let v = inputs(step.query).check().expect("valid");
            let report = evaluate(&v, &Settings { draws: 10, seed: 1 });
            let o = report
                .outcome(step.code)
                .unwrap_or_else(|| panic!("step {}: {:?} feasible", i + 1, step.code));
            let year = &o.years[step.year as usize - 1];
            assert!(
                year.lines.iter().any(|l| step.kinds.contains(&l.kind)),
                "step {} shows no line of {:?}",
                i + 1,
                step.kinds
            );
        }
    }

    #[test]
    fn the_steps_reproduce_the_papers_numbers() {
        let line = |step: usize, pick: &dyn Fn(&Formula) -> bool| {
            let s = &STEPS[step];
            let v = inputs(s.query).check().unwrap();
            let r = evaluate(&v, &Settings { draws: 10, seed: 1 });
            let y = &r.outcome(s.code).unwrap().years[s.year as usize - 1];
            *y.lines.iter().find(|l| pick(&l.formula)).expect("the line")
        };
        // 1 ha × 15,000 yuan/ha at the start of the year.
        assert_eq!(
            line(0, &|f| matches!(f, Formula::Rent { .. })).full,
            15_000.0
        );
        // 3,000–6,000 yuan/ha.
        assert_eq!(
            line(1, &|f| matches!(f, Formula::LandDividend { .. })).formula,
            Formula::LandDividend {
                ha: 1.0,
                lo: 3_000.0,
                hi: 6_000.0
            }
        );
        // 10% of 7,000 = 700.
        assert_eq!(
            line(5, &|f| matches!(f, Formula::EquityDividend { .. })).full,
            700.0
        );
        // 7,000 back at the end of year 3.
        assert_eq!(
            line(6, &|f| matches!(f, Formula::Principal { .. })).full,
            7_000.0
        );
        // 35 chicks, 35 × 150 = 5,250.
        let sales = line(8, &|f| matches!(f, Formula::ChickenSales { .. }));
        let Formula::ChickenSales { birds, price, .. } = sales.formula else {
            unreachable!()
        };
        assert_eq!((birds, birds * price), (35.0, 5_250.0));
    }
}
