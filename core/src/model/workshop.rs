//! Workshop mode: a step-through of the paper's two cases, Wandanping (sect. 4.2) and Lanya
//! (sect. 4.1), with the paper's own numbers. Each step is a scenario (a link query), the
//! pattern and lines to look at, and what the paper says, in both languages. The working of
//! each step comes from the engine, so what a trainer shows is what the calculator computes.

use super::engine::Line;
use super::patterns::Code;
use super::stream::{Formula, StreamKind};
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

/// Which of a year's lines a step shows and sums.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pick {
    /// Every line of these kinds.
    Kinds(&'static [StreamKind]),
    /// One batch's chicken sales (1 or 2), costs left out.
    Sales(u8),
}

impl Pick {
    /// Whether `line` is one of these.
    pub fn takes(self, line: &Line) -> bool {
        match self {
            Pick::Kinds(kinds) => kinds.contains(&line.kind),
            Pick::Sales(b) => {
                matches!(line.formula, Formula::ChickenSales { batch, .. } if batch == b)
            }
        }
    }
}

/// A figure shown large on a step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// What the paper quotes: the promised amount (`Line::full`: paid in full, every factor at
    /// its mean) of the picked lines of the step's pattern and year, summed; costs count
    /// against sales.
    Promised(Text, Pick),
    /// The chicks the dividend buys (`ChickDividend`'s birds), in the step's year.
    Chicks(Text),
    /// What a pattern is expected to bring in the step's year from the picked lines
    /// (`Line::amount`: with every payer's chance of not paying and every risk), summed.
    Expected(Text, super::patterns::Code, Pick),
}

/// A sentence worked out from the engine's lines, under the step's working.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// Why a batch brings less than `birds × price`: some birds die before they are sold.
    Mortality,
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
    /// The lines to show (of `code`, and of every pattern a figure names).
    pub show: Pick,
    /// The figures shown large.
    pub figures: &'static [Figure],
    /// A sentence worked out under the lines, if any.
    pub note: Option<Note>,
    /// The lines in brief (what each is and its expected amount) instead of their working:
    /// for a step that sums many lines.
    pub brief: bool,
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

use StreamKind as K;

/// Every step, in order.
pub const STEPS: [Step; 10] = [
    Step {
        case: Case::Wandanping,
        title: t("土地入股：年初先拿租金", "Land in as shares: rent first"),
        paper: t(
            "每公顷每年 15000 元（每亩 1000 元），年初就付，收成之前钱已到手。这里算 1 公顷（15 亩）。",
            "15,000 yuan per ha a year (1,000 per mu), paid at the start of the year, before the harvest. Here: 1 ha (15 mu).",
        ),
        query: "land=15",
        code: Code::A1,
        year: 1,
        show: Pick::Kinds(&[K::Rent]),
        figures: &[Figure::Promised(
            t("每年租金", "Rent a year"),
            Pick::Kinds(&[K::Rent]),
        )],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Wandanping,
        title: t("年底再分红", "Then a dividend at year end"),
        paper: t(
            "种薯卖出后，每公顷再分 3000–6000 元；多少要看合作社卖得怎样。",
            "After the seed potatoes sell, 3,000–6,000 yuan more per ha, depending on the cooperative's sales.",
        ),
        query: "land=15",
        code: Code::A1,
        year: 1,
        show: Pick::Kinds(&[K::LandDividend]),
        figures: &[Figure::Promised(
            t("年底分红（取中间）", "Year-end dividend (midpoint)"),
            Pick::Kinds(&[K::LandDividend]),
        )],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Wandanping,
        title: t("A1：土地和资金入股，劳力外出", "A1: land and fund in, labor out"),
        paper: t(
            "签 3 年入股协议，股金每年分红 10%；家里的青壮年外出打工（规划区 41 户这样选）。",
            "A 3-year agreement, 10% a year on the shares; the adults work away (41 households chose this).",
        ),
        query: "land=15&away=2",
        code: Code::A1,
        year: 1,
        show: Pick::Kinds(&[K::EquityDividend, K::MigrantWage]),
        figures: &[
            Figure::Promised(t("股金分红", "Share dividend"), Pick::Kinds(&[K::EquityDividend])),
            Figure::Promised(t("外出打工", "Wages away"), Pick::Kinds(&[K::MigrantWage])),
        ],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Wandanping,
        title: t("A2：买合作社的种薯，自己种", "A2: buy the cooperative's seed, farm yourself"),
        paper: t(
            "有劳力、地多的农户买合作社的优质种薯，种在自己地里：收入＝卖薯的钱－投入。",
            "Households with labor and much land buy the cooperative's quality seed and farm it: income = sales − costs.",
        ),
        query: "land=15&adults=3&cash=5000",
        code: Code::A2,
        year: 1,
        show: Pick::Kinds(&[K::Crop]),
        figures: &[Figure::Promised(
            t("种薯一年净挣", "Potatoes, net a year"),
            Pick::Kinds(&[K::Crop]),
        )],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Wandanping,
        title: t("A3：一部分买种，其余入股", "A3: part for seed, the rest as shares"),
        paper: t(
            "有劳力但地少的农户，用一部分资金买种薯自己种，其余入股拿 10% 分红。",
            "Households with labor but little land spend part of the fund on seed and invest the rest at 10%.",
        ),
        query: "land=2",
        code: Code::A3,
        year: 1,
        show: Pick::Kinds(&[K::Crop, K::EquityDividend]),
        figures: &[
            Figure::Promised(t("种薯净挣", "Potatoes, net"), Pick::Kinds(&[K::Crop])),
            Figure::Promised(t("股金分红", "Share dividend"), Pick::Kinds(&[K::EquityDividend])),
        ],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Lanya,
        title: t("B1：7000 元扶贫资金入股", "B1: the 7,000-yuan help fund as shares"),
        paper: t(
            "每户 7000 元入股，每年分红 10%＝700 元，期限 3 年（121 户贫困户）。",
            "7,000 yuan per household as shares, 10% a year = 700 yuan, for 3 years (121 poor households).",
        ),
        query: "",
        code: Code::B1,
        year: 1,
        show: Pick::Kinds(&[K::Principal, K::EquityDividend]),
        figures: &[Figure::Promised(
            t("每年分红", "Dividend a year"),
            Pick::Kinds(&[K::EquityDividend]),
        )],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Lanya,
        title: t("期满本金全额退还", "The principal back in full at term end"),
        paper: t(
            "3 年期满可以继续；退出的话，股本全额退还——前提是合作社到时付得出。",
            "After 3 years the household may go on; if it leaves, the shares are paid back in full — if the cooperative can pay then.",
        ),
        query: "renew=0",
        code: Code::B1,
        year: 3,
        show: Pick::Kinds(&[K::Principal, K::PrincipalLoss]),
        figures: &[Figure::Promised(
            t("期满退回", "Paid back at term end"),
            Pick::Kinds(&[K::Principal]),
        )],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Lanya,
        title: t("B2：分红换鸡苗，700 ÷ 20 = 35 只", "B2: the dividend as chicks, 700 ÷ 20 = 35"),
        paper: t(
            "分红按市场价九折换成 50 日龄鸡苗，每只 20 元。年底给，第二年上半年养；合作社教技术。",
            "The dividend comes as 50-day chicks at 90% of the market price, 20 yuan each, at year end, raised the next half-year; the cooperative trains.",
        ),
        query: "",
        code: Code::B2,
        year: 1,
        show: Pick::Kinds(&[K::EquityDividend]),
        figures: &[Figure::Chicks(t("分红换来的鸡苗", "Chicks from the dividend"))],
        note: None,
        brief: false,
    },
    Step {
        case: Case::Lanya,
        title: t("一批 35 × 150 = 5250 元，一年两批", "35 × 150 = ¥5,250 a batch, two a year"),
        paper: t(
            "养半年每只卖 150 元，合作社按保护价收；第二批的鸡苗自己按市场价买。",
            "Each sells for 150 after half a year, bought at a protective price; batch 2's chicks are bought at the market price.",
        ),
        query: "",
        code: Code::B2,
        year: 2,
        show: Pick::Sales(1),
        figures: &[Figure::Promised(t("一批卖得", "One batch sells for"), Pick::Sales(1))],
        note: Some(Note::Mortality),
        brief: false,
    },
    Step {
        case: Case::Lanya,
        title: t("700 元分红：拿现金，还是拿鸡苗？", "A 700-yuan dividend: cash or chicks?"),
        paper: t(
            "论文的结论：同样 700 元分红，换成鸡苗养两批，一年能多挣几千元；但要出人工、自己买第二批鸡苗，还要合作社一直兑现。",
            "The paper's point: 700 yuan taken as chicks and raised in two batches earns thousands more a year; it takes work, batch 2's chicks, and a cooperative that keeps paying.",
        ),
        query: "",
        code: Code::B2,
        year: 2,
        show: Pick::Kinds(&[K::EquityDividend, K::Livestock]),
        figures: &[
            Figure::Expected(
                t("拿现金（B1），一年算下来", "Cash (B1), a year"),
                Code::B1,
                Pick::Kinds(&[K::EquityDividend]),
            ),
            Figure::Expected(
                t("拿鸡苗养（B2），一年净挣算下来", "Chicks raised (B2), net a year"),
                Code::B2,
                Pick::Kinds(&[K::EquityDividend, K::Livestock]),
            ),
        ],
        note: None,
        brief: true,
    },
];

/// A step's scenario: its link query and the pattern to look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// As [`Step::query`].
    pub query: &'static str,
    /// As [`Step::code`].
    pub code: Code,
}

/// Every step's scenario, in order, taken from [`STEPS`] when compiling. Code that opens a
/// step (links, the step action) reads this and not [`STEPS`], so that a bundle that never
/// shows a step (the household page) does not carry the steps' texts: indexing [`STEPS`] at
/// run time would put the whole table, both languages, in the bundle.
pub const SCENARIOS: [Scenario; STEPS.len()] = {
    let mut out = [Scenario {
        query: "",
        code: Code::S,
    }; STEPS.len()];
    let mut i = 0;
    while i < STEPS.len() {
        out[i] = Scenario {
            query: STEPS[i].query,
            code: STEPS[i].code,
        };
        i += 1;
    }
    out
};

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
                year.lines.iter().any(|l| step.show.takes(l)),
                "step {} shows no line of {:?}",
                i + 1,
                step.show
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
