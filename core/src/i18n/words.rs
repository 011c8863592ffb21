//! Sentences with numbers, and the names of the model's enums, in both languages.
//! Each function matches on every case: a missing word is a compile error.

use super::format::{number, percent, yuan, yuan_words};
use crate::model::breakeven::{BreakEven, Lever};
use crate::model::engine::{Line, Outcome};
use crate::model::error::{ErrorKind, FieldError, Infeasible};
use crate::model::form::LandUnit;
use crate::model::params::{Field, Group, Source, Unit};
use crate::model::stream::{Counterparty, Crop, Formula, StreamKind, Timing};
use crate::model::text::t;
use crate::model::{Code, Lang, Text};

/// A unit's name (land in mu; the form may show ha).
pub fn unit(u: Unit) -> Text {
    match u {
        Unit::Mu => t("亩", "mu"),
        Unit::People => t("人", "adults"),
        Unit::Yuan => t("元", "yuan"),
        Unit::YuanPerMonth => t("元/月", "yuan/month"),
        Unit::MonthsPerYear => t("个月/年", "months/yr"),
        Unit::YuanPerDay => t("元/天", "yuan/day"),
        Unit::DaysPerAdult => t("天/人/年", "days/adult/yr"),
        Unit::Years => t("年", "years"),
        Unit::YuanPerHa => t("元/公顷", "yuan/ha"),
        Unit::Percent => t("%", "%"),
        Unit::KgPerMu => t("公斤/亩", "kg/mu"),
        Unit::YuanPerKg => t("元/公斤", "yuan/kg"),
        Unit::YuanPerMu => t("元/亩", "yuan/mu"),
        Unit::DaysPerMu => t("工日/亩", "days/mu"),
        Unit::YuanPerBird => t("元/只", "yuan/bird"),
        Unit::BatchesPerYear => t("批/年", "batches/yr"),
        Unit::DaysPerBird => t("工日/只", "days/bird"),
        Unit::Switch => t("", ""),
    }
}

/// The unit shown beside a field (land follows the chosen unit).
pub fn field_unit(field: Field, land: LandUnit) -> Text {
    match (field, land) {
        (Field::Land, LandUnit::Ha) => t("公顷", "ha"),
        _ => unit(field.spec().unit),
    }
}

/// A settings group's heading.
pub fn group(g: Group) -> Text {
    match g {
        Group::Household => t("家庭情况", "Household"),
        Group::Wandanping => t(
            "万担坪合作社（土地入股、资金入股）",
            "Wandanping cooperative (land and equity)",
        ),
        Group::Potato => t("自己种马铃薯", "Growing potatoes yourself"),
        Group::StatusQuo => t("现在种的（玉米）", "Farming as now (corn)"),
        Group::Lanya => t("兰亚养鸡合作社", "Lanya chicken cooperative"),
        Group::Enterprise => t("企业入股和土地流转", "Enterprise shares and land rental"),
        Group::Insurance => t("养殖收益保险", "Breeding profit insurance"),
        Group::Risk => t("年数和风险", "Years and risk"),
    }
}

/// Where a default comes from.
pub fn source(s: Source) -> Text {
    match s {
        Source::Paper => t("论文数字", "From the paper"),
        Source::Derived => t("由论文数字算出", "Derived from the paper"),
        Source::Statistic => t("公开统计", "Public statistic"),
        Source::Assumption => t("假设，请按实际修改", "Assumption: check it"),
        Source::Reading => t("对论文原话的一种理解", "A reading of the paper's words"),
    }
}

/// A stream kind's name.
pub fn stream_kind(k: StreamKind) -> Text {
    match k {
        StreamKind::Rent => t("土地租金", "Land rent"),
        StreamKind::LandDividend => t("土地分红", "Land dividend"),
        StreamKind::EquityDividend => t("股金分红", "Equity dividend"),
        StreamKind::Principal => t("本金", "Principal"),
        StreamKind::PrincipalLoss => t("本金损失风险", "Principal at risk"),
        StreamKind::Crop => t("自己种地", "Own crops"),
        StreamKind::Livestock => t("养鸡", "Chickens"),
        StreamKind::MigrantWage => t("外出打工", "Work away"),
        StreamKind::LocalWage => t("本地零工", "Local day work"),
    }
}

/// The guaranteed cell: the amount fixed by contract and, when there is one, the chance every
/// contract payment is made: "9,836 元（全兑现 91%）", "¥9,836 (all paid: 91%)".
pub fn guaranteed(lang: Lang, amount: f64, chance: Option<f64>) -> String {
    let y = yuan(lang, amount.round() as i64);
    match (lang, chance) {
        (_, None) => y,
        (Lang::Zh, Some(p)) => format!("{y}（{} {}）", crate::i18n::ALL_PAID.zh, percent(p)),
        (Lang::En, Some(p)) => format!("{y} ({}: {})", crate::i18n::ALL_PAID.en, percent(p)),
    }
}

/// The paper's check figure with this pattern's increase over now a year beside it.
pub fn check_figure(lang: Lang, paper: &str, gain_per_year: f64) -> String {
    let here = yuan(lang, gain_per_year.round() as i64);
    let (check, here_label) = (crate::i18n::CHECK_FIGURE, crate::i18n::HERE_PER_YEAR);
    match lang {
        Lang::Zh => format!("{}：{paper}；{} {here}。", check.zh, here_label.zh),
        Lang::En => format!("{}: {paper}; {}: {here}.", check.en, here_label.en),
    }
}

/// A payer's short name.
pub fn payer(c: Counterparty) -> Text {
    match c {
        Counterparty::Wandanping => t("万担坪合作社", "Wandanping"),
        Counterparty::Lanya => t("兰亚合作社", "Lanya"),
        Counterparty::Enterprise => t("入股企业", "the enterprise"),
        Counterparty::Tenant => t("租地的人", "the tenant"),
    }
}

/// Where a payer's failure chance comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanceSource {
    /// The default: an assumption.
    Default,
    /// Sent by the cooperative view (staff page).
    Coop,
    /// Typed by the user.
    Typed,
}

/// One line: each payer's yearly chance of stopping, and where it comes from.
pub fn fail_sources(
    lang: Lang,
    items: &[(Counterparty, f64, ChanceSource)],
    insured_from: Option<f64>,
) -> String {
    let parts: Vec<String> = items
        .iter()
        .map(|&(c, p, src)| {
            let source = match src {
                ChanceSource::Default => t("假设", "assumption"),
                ChanceSource::Coop => t("合作社页算出", "from the cooperative page"),
                ChanceSource::Typed => t("自己填的", "your value"),
            }
            .get(lang);
            let pct = |x: f64| format!("{}%", number(x * 100.0, 2));
            let insured = match insured_from {
                Some(before) if c == Counterparty::Enterprise => match lang {
                    Lang::Zh => format!("，有保险，原 {}", pct(before)),
                    Lang::En => format!(", insured, from {}", pct(before)),
                },
                _ => String::new(),
            };
            match lang {
                Lang::Zh => format!("{} {}（{source}{insured}）", payer(c).zh, pct(p)),
                Lang::En => format!("{} {} ({source}{insured})", payer(c).en, pct(p)),
            }
        })
        .collect();
    match lang {
        Lang::Zh => format!("每年停止兑现的可能：{}。", parts.join("，")),
        Lang::En => format!(
            "Yearly chance each payer stops paying: {}.",
            parts.join(", ")
        ),
    }
}

/// When in the year.
pub fn timing(x: Timing) -> Text {
    match x {
        Timing::Start => t("年初", "at the start of the year"),
        Timing::Mid => t("年中", "mid-year"),
        Timing::End => t("年底", "at the end of the year"),
    }
}

/// A break-even input's name.
pub fn lever(l: Lever) -> Text {
    match l {
        Lever::LandDividend => t(
            "土地分红（每公顷，取中间值）",
            "Land dividend (per ha, middle of the range)",
        ),
        Lever::PotatoPrice => t("马铃薯价格", "Potato price"),
        Lever::Wage => t("外出打工月工资", "Migrant wage per month"),
        Lever::HenPrice => t("成鸡售价", "Chicken sale price"),
    }
}

/// The unit of a lever's value.
pub fn lever_unit(l: Lever) -> Unit {
    match l {
        Lever::LandDividend => Unit::YuanPerHa,
        Lever::PotatoPrice => Unit::YuanPerKg,
        Lever::Wage => Unit::YuanPerMonth,
        Lever::HenPrice => Unit::YuanPerBird,
    }
}

/// A value with its unit: `1,000 元/亩`, `10%`.
pub fn amount(lang: Lang, x: f64, u: Text, decimals: usize) -> String {
    let n = number(x, decimals);
    let u = u.get(lang);
    if u.is_empty() {
        n
    } else if u == "%" {
        format!("{n}%")
    } else {
        format!("{n} {u}")
    }
}

/// The message for one problem with the inputs.
pub fn error(lang: Lang, e: &FieldError, land: LandUnit) -> String {
    let spec = e.field.spec();
    let label = spec.label.get(lang);
    let u = field_unit(e.field, land);
    let bound = |x: f64| {
        let x = if e.field == Field::Land {
            land.from_mu(x)
        } else {
            x
        };
        amount(lang, x, u, 2)
    };
    match (lang, e.kind) {
        (Lang::Zh, ErrorKind::Empty) => format!("请填写{label}。"),
        (Lang::En, ErrorKind::Empty) => format!("Enter {}.", label.to_ascii_lowercase()),
        (Lang::Zh, ErrorKind::NotANumber) => format!("{label}要填数字，例如 3 或 3.5。"),
        (Lang::En, ErrorKind::NotANumber) => format!("{label} must be a number, such as 3 or 3.5."),
        (Lang::Zh, ErrorKind::NotFinite) => format!("{label}的数字无效。"),
        (Lang::En, ErrorKind::NotFinite) => format!("{label} is not a usable number."),
        (Lang::Zh, ErrorKind::Negative) => format!("{label}不能是负数。"),
        (Lang::En, ErrorKind::Negative) => format!("{label} cannot be negative."),
        (Lang::Zh, ErrorKind::BelowMin(m)) => format!("{label}至少是 {}。", bound(m)),
        (Lang::En, ErrorKind::BelowMin(m)) => format!("{label} must be at least {}.", bound(m)),
        (Lang::Zh, ErrorKind::AboveMax(m)) => {
            format!("{label}最多 {}，请检查是否多打了零。", bound(m))
        }
        (Lang::En, ErrorKind::AboveMax(m)) => format!(
            "{label} can be at most {}: check for extra zeros.",
            bound(m)
        ),
        (Lang::Zh, ErrorKind::NotWhole) => format!("{label}要填整数。"),
        (Lang::En, ErrorKind::NotWhole) => format!("{label} must be a whole number."),
        (Lang::Zh, ErrorKind::MoreThan(other)) => {
            format!("{label}不能超过“{}”。", other.spec().label.zh)
        }
        (Lang::En, ErrorKind::MoreThan(other)) => {
            format!("{label} cannot be more than \"{}\".", other.spec().label.en)
        }
    }
}

/// Why a pattern cannot be done.
pub fn infeasible(lang: Lang, why: &Infeasible) -> String {
    match (lang, *why) {
        (
            Lang::Zh,
            Infeasible::Labor {
                need_days,
                have_days,
            },
        ) => format!(
            "劳力不够：一年要 {} 个工日，家里只有 {} 个。",
            number(need_days, 0),
            number(have_days, 0)
        ),
        (
            Lang::En,
            Infeasible::Labor {
                need_days,
                have_days,
            },
        ) => format!(
            "Not enough labor: needs {} work days a year, the household has {}.",
            number(need_days, 0),
            number(have_days, 0)
        ),
        (Lang::Zh, Infeasible::Cash { need, have }) => format!(
            "钱不够：第一年最紧时要自己掏 {}，手头现金只有 {}（扶持资金不算自己的现金）。",
            yuan(lang, need.round() as i64),
            yuan(lang, have.round() as i64)
        ),
        (Lang::En, Infeasible::Cash { need, have }) => format!(
            "Not enough cash: needs {} of the household's own cash at the tightest point of year 1; it has {} (the support fund is not counted as its cash).",
            yuan(lang, need.round() as i64),
            yuan(lang, have.round() as i64)
        ),
    }
}

fn crop(c: Crop) -> Text {
    match c {
        Crop::Corn => t("玉米", "corn"),
        Crop::Potato => t("马铃薯", "potatoes"),
    }
}

/// "Show the working" for one line: the formula with the numbers put in, when the money
/// moves, and the promise risk when the expected amount is less than the full one.
pub fn working(lang: Lang, line: &Line) -> String {
    let y = |x: f64| yuan(lang, x.round() as i64);
    let n = |x: f64, d: usize| number(x, d);
    let zh = lang == Lang::Zh;
    let full = line.full;
    let body = match line.formula {
        Formula::Rent { ha, per_ha } if zh => {
            format!("{} 公顷 × {} 元/公顷 = {}", n(ha, 3), n(per_ha, 0), y(full))
        }
        Formula::Rent { ha, per_ha } => {
            format!("{} ha × {} yuan/ha = {}", n(ha, 3), n(per_ha, 0), y(full))
        }
        Formula::LandDividend { ha, lo, hi } if zh => format!(
            "{} 公顷 × 每公顷 {}–{} 元（取中间 {}）= {}",
            n(ha, 3),
            n(lo, 0),
            n(hi, 0),
            n((lo + hi) / 2.0, 0),
            y(full)
        ),
        Formula::LandDividend { ha, lo, hi } => format!(
            "{} ha × {}–{} yuan/ha (middle {}) = {}",
            n(ha, 3),
            n(lo, 0),
            n(hi, 0),
            n((lo + hi) / 2.0, 0),
            y(full)
        ),
        Formula::EquityDividend {
            principal,
            rate_pct,
            cash_pct,
        } if zh => {
            if cash_pct >= 99.999 {
                format!("股金 {} × {}% = {}", y(principal), n(rate_pct, 2), y(full))
            } else {
                format!(
                    "股金 {} × {}% = {}，其中 {}% 给现金 = {}（其余换成鸡苗）",
                    y(principal),
                    n(rate_pct, 2),
                    y(principal * rate_pct / 100.0),
                    n(cash_pct, 1),
                    y(full)
                )
            }
        }
        Formula::EquityDividend {
            principal,
            rate_pct,
            cash_pct,
        } => {
            if cash_pct >= 99.999 {
                format!(
                    "shares {} × {}% = {}",
                    y(principal),
                    n(rate_pct, 2),
                    y(full)
                )
            } else {
                format!(
                    "shares {} × {}% = {}, of which {}% in cash = {} (the rest as chicks)",
                    y(principal),
                    n(rate_pct, 2),
                    y(principal * rate_pct / 100.0),
                    n(cash_pct, 1),
                    y(full)
                )
            }
        }
        Formula::Principal { amount } if zh => {
            if amount < 0.0 {
                format!("用扶持资金入股 {}", y(-amount))
            } else {
                format!("期满退回本金 {}", y(amount))
            }
        }
        Formula::Principal { amount } => {
            if amount < 0.0 {
                format!("shares bought with the fund: {}", y(-amount))
            } else {
                format!("principal paid back: {}", y(amount))
            }
        }
        Formula::PrincipalLoss { principal } if zh => {
            format!("如果到期那年对方不兑现，股金 {} 拿不回来", y(principal))
        }
        Formula::PrincipalLoss { principal } => format!(
            "if the partner fails in the term's last year, the {} in shares is lost",
            y(principal)
        ),
        Formula::CropSales {
            crop: c,
            mu,
            yield_kg,
            price,
        } if zh => format!(
            "{}：{} 亩 × {} 公斤/亩 × {} 元/公斤 = {}",
            crop(c).zh,
            n(mu, 2),
            n(yield_kg, 0),
            n(price, 2),
            y(full)
        ),
        Formula::CropSales {
            crop: c,
            mu,
            yield_kg,
            price,
        } => format!(
            "{} sold: {} mu × {} kg/mu × {} yuan/kg = {}",
            crop(c).en,
            n(mu, 2),
            n(yield_kg, 0),
            n(price, 2),
            y(full)
        ),
        Formula::CropCost {
            crop: c,
            mu,
            seed_per_mu,
            other_per_mu,
        } if zh => format!(
            "{}投入：{} 亩 × ({} + {}) 元/亩 = {}",
            crop(c).zh,
            n(mu, 2),
            n(seed_per_mu, 0),
            n(other_per_mu, 0),
            y(-full)
        ),
        Formula::CropCost {
            crop: c,
            mu,
            seed_per_mu,
            other_per_mu,
        } => format!(
            "{} costs: {} mu × ({} + {}) yuan/mu = {}",
            crop(c).en,
            n(mu, 2),
            n(seed_per_mu, 0),
            n(other_per_mu, 0),
            y(-full)
        ),
        Formula::ChickenSales {
            batch,
            birds,
            mortality_pct,
            price,
            floor,
        } => {
            let survive = 1.0 - mortality_pct / 100.0;
            let mean_price = if birds * survive > 0.0 {
                full / (birds * survive)
            } else {
                price
            };
            if zh {
                format!(
                    "第{batch}批：{} 只 × 成活 {}% × 平均每只 {} 元（售价 {} 元上下浮动，合作社兑现时保护价 {} 元）= {}",
                    n(birds, 0), n(survive * 100.0, 1), n(mean_price, 2), n(price, 0), n(floor, 0), y(full)
                )
            } else {
                format!(
                    "batch {batch}: {} birds × {}% surviving × {} yuan on average (price around {}, protective price {} while the cooperative pays) = {}",
                    n(birds, 0), n(survive * 100.0, 1), n(mean_price, 2), n(price, 0), n(floor, 0), y(full)
                )
            }
        }
        Formula::ChickDividend { birds, chick_price } if zh => format!(
            "分红给鸡苗 {} 只 × {} 元 = {}（实物，按现金价值算收入）",
            n(birds, 0),
            n(chick_price, 2),
            y(full)
        ),
        Formula::ChickDividend { birds, chick_price } => format!(
            "dividend paid as {} chicks × {} yuan = {} (in kind, counted at its cash value)",
            n(birds, 0),
            n(chick_price, 2),
            y(full)
        ),
        Formula::ChickenCost {
            batch,
            birds,
            chick_price,
            from_dividend,
            feed,
        } => match (zh, from_dividend, chick_price > 0.0) {
            (true, true, _) => format!(
                "第{batch}批：用分红得到的鸡苗 {} 只 × {} 元 = {}（已算作分红收入，这里不花现金）",
                n(birds, 0),
                n(chick_price, 2),
                y(-full)
            ),
            (false, true, _) => format!(
                "batch {batch}: the {} dividend chicks × {} yuan = {} (already counted as the dividend; no cash)",
                n(birds, 0),
                n(chick_price, 2),
                y(-full)
            ),
            (true, false, true) => format!(
                "第{batch}批：按市场价自己买鸡苗，{} 只 × (鸡苗 {} + 饲料 {}) 元 = {}",
                n(birds, 0),
                n(chick_price, 2),
                n(feed, 0),
                y(-full)
            ),
            (false, false, true) => format!(
                "batch {batch}: chicks bought by the household, {} birds × (chick {} + feed {}) yuan = {}",
                n(birds, 0),
                n(chick_price, 2),
                n(feed, 0),
                y(-full)
            ),
            (true, false, false) => format!(
                "第{batch}批：饲料和防疫 {} 只 × {} 元 = {}",
                n(birds, 0),
                n(feed, 0),
                y(-full)
            ),
            (false, false, false) => format!(
                "batch {batch}: feed and vaccine {} birds × {} yuan = {}",
                n(birds, 0),
                n(feed, 0),
                y(-full)
            ),
        },
        Formula::Migrant {
            adults,
            months,
            wage,
            living,
            home_days,
        } if zh => format!(
            "{} 人 × {} 个月 × (工资 {} − 在外生活 {}) 元/月 = {}；其余 {} 个月在家忙农活，每人约 {} 天",
            n(adults, 0),
            n(months, 1),
            n(wage, 0),
            n(living, 0),
            y(full),
            n(12.0 - months, 1),
            n(home_days, 0)
        ),
        Formula::Migrant {
            adults,
            months,
            wage,
            living,
            home_days,
        } => format!(
            "{} adults × {} months × (wage {} − living away {}) yuan/month = {}; home for the other {} months, the farming season, about {} days each",
            n(adults, 0),
            n(months, 1),
            n(wage, 0),
            n(living, 0),
            y(full),
            n(12.0 - months, 1),
            n(home_days, 0)
        ),
        Formula::Local { days, day_wage } if zh => {
            format!("{} 天 × {} 元/天 = {}", n(days, 0), n(day_wage, 0), y(full))
        }
        Formula::Local { days, day_wage } => format!(
            "{} days × {} yuan/day = {}",
            n(days, 0),
            n(day_wage, 0),
            y(full)
        ),
    };
    let when = timing(line.timing).get(lang);
    let mut out = if zh {
        format!("{body}，{when}")
    } else {
        format!("{body}, {when}")
    };
    if (line.amount - full).abs() > 0.5 {
        let share = if full != 0.0 { line.amount / full } else { 0.0 };
        let chickens = matches!(line.formula, Formula::ChickenSales { .. });
        out.push_str(&match (lang, chickens) {
            (Lang::Zh, false) => format!(
                "；算上对方兑现的可能 {} ≈ {}",
                percent(share),
                y(line.amount)
            ),
            (Lang::En, false) => format!(
                "; with the chance it is paid, {} ≈ {}",
                percent(share),
                y(line.amount)
            ),
            (Lang::Zh, true) => {
                format!("；算上合作社停付、保护价不再有的可能 ≈ {}", y(line.amount))
            }
            (Lang::En, true) => format!(
                "; with the chance the cooperative stops and its protective price with it, ≈ {}",
                y(line.amount)
            ),
        });
    }
    out
}

/// What the summary sentence is about.
pub struct SummaryFacts<'a> {
    /// Land as shown, in the chosen unit.
    pub land: String,
    /// The unit's name.
    pub unit_name: &'a str,
    /// Working-age adults.
    pub adults: f64,
    /// The pattern.
    pub code: Code,
    /// Its name.
    pub name: &'a str,
    /// Its outcome.
    pub outcome: &'a Outcome,
    /// Years computed.
    pub years: u32,
}

/// The plain-language summary of the best pattern.
pub fn summary(lang: Lang, f: &SummaryFacts) -> String {
    let SummaryFacts {
        land,
        unit_name,
        adults,
        code,
        name,
        outcome: o,
        years,
    } = f;
    let (adults, years) = (*adults, *years);
    let per_year = yuan_words(lang, o.per_year);
    let p10 = yuan_words(lang, o.spread.p10);
    let gain = o
        .increase_over_s
        .map(|g| yuan_words(lang, g / f64::from(years.max(1))));
    let code = code.as_str();
    match lang {
        Lang::Zh => {
            let mut s = format!(
                "{land} {unit_name}地、{} 个劳力，选 {code}“{name}”每年大约收入 {per_year}",
                number(adults, 0)
            );
            if let Some(g) = gain {
                s.push_str(&format!("，比现在每年多 {g}"));
            }
            s.push_str(&format!("；{years} 年合计 10 次里有 9 次不少于 {p10}。"));
            s
        }
        Lang::En => {
            let mut s = format!(
                "With {land} {unit_name} and {} adult{}, {code} ({name}) pays about {per_year} a year",
                number(adults, 0),
                if adults == 1.0 { "" } else { "s" }
            );
            if let Some(g) = gain {
                s.push_str(&format!(", {g} a year more than now"));
            }
            s.push_str(&format!(
                "; in 9 cases out of 10 the {years}-year total is at least {p10}."
            ));
            s
        }
    }
}

/// The break-even answer in words.
pub fn break_even(lang: Lang, a: Code, b: Code, l: Lever, be: &BreakEven) -> String {
    let u = unit(lever_unit(l));
    let v = |x: f64| {
        amount(
            lang,
            x,
            u,
            if lever_unit(l) == Unit::YuanPerKg {
                2
            } else {
                0
            },
        )
    };
    let (a, b) = (a.as_str(), b.as_str());
    match (lang, *be) {
        (
            Lang::Zh,
            BreakEven::At {
                value,
                exact,
                a_above,
            },
        ) => {
            let (hi, lo) = if a_above { (a, b) } else { (b, a) };
            let tie = if exact {
                "两者收入一样"
            } else {
                "两者高低互换（此处劳力安排会变）"
            };
            format!(
                "{}为 {} 时{tie}：高于它 {hi} 更好，低于它 {lo} 更好。",
                lever(l).zh,
                v(value)
            )
        }
        (
            Lang::En,
            BreakEven::At {
                value,
                exact,
                a_above,
            },
        ) => {
            let (hi, lo) = if a_above { (a, b) } else { (b, a) };
            let tie = if exact {
                "they pay the same"
            } else {
                "they swap places (the household's labor plan changes there)"
            };
            format!(
                "At {} = {}, {tie}: above it {hi} pays more, below it {lo} does.",
                lever(l).en.to_ascii_lowercase(),
                v(value)
            )
        }
        (Lang::Zh, BreakEven::Never { a_higher, range }) => format!(
            "{}在 {} 到 {} 之间，{} 一直比 {} 收入高，没有一样的时候。",
            lever(l).zh,
            v(range.0),
            v(range.1),
            if a_higher { a } else { b },
            if a_higher { b } else { a }
        ),
        (Lang::En, BreakEven::Never { a_higher, range }) => format!(
            "For {} from {} to {}, {} always pays more than {}: they never pay the same.",
            lever(l).en.to_ascii_lowercase(),
            v(range.0),
            v(range.1),
            if a_higher { a } else { b },
            if a_higher { b } else { a }
        ),
        (_, BreakEven::Infeasible(code, why)) => {
            let reason = infeasible(lang, &why);
            match lang {
                Lang::Zh => format!("{} 这户做不到：{reason}", code.as_str()),
                Lang::En => format!(
                    "{} is not possible for this household. {reason}",
                    code.as_str()
                ),
            }
        }
    }
}

/// A sensitivity step in words, never a bare percentage: "price −20%: 0.96 instead of 1.20 yuan/kg".
pub fn change(lang: Lang, l: Lever, pct: i32, from: f64) -> String {
    let u = unit(lever_unit(l));
    let decimals = if lever_unit(l) == Unit::YuanPerKg {
        2
    } else {
        0
    };
    let to = from * (1.0 + f64::from(pct) / 100.0);
    let sign = if pct > 0 {
        "+"
    } else if pct < 0 {
        "−"
    } else {
        "±"
    };
    match lang {
        Lang::Zh => format!(
            "{} {sign}{}%：{}，原来 {}",
            lever(l).zh,
            pct.abs(),
            amount(lang, to, u, decimals),
            amount(lang, from, u, decimals)
        ),
        Lang::En => format!(
            "{} {sign}{}%: {} instead of {}",
            lever(l).en,
            pct.abs(),
            amount(lang, to, u, decimals),
            amount(lang, from, u, decimals)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_is_never_a_bare_percentage() {
        assert_eq!(
            change(Lang::En, Lever::PotatoPrice, -20, 1.5),
            "Potato price −20%: 1.2 yuan/kg instead of 1.5 yuan/kg"
        );
        assert_eq!(
            change(Lang::Zh, Lever::PotatoPrice, -20, 1.5),
            "马铃薯价格 −20%：1.2 元/公斤，原来 1.5 元/公斤"
        );
    }

    #[test]
    fn errors_are_worded_in_both_languages() {
        let e = FieldError {
            field: Field::Land,
            kind: ErrorKind::AboveMax(10_000.0),
        };
        assert_eq!(
            error(Lang::Zh, &e, LandUnit::Mu),
            "土地最多 10,000 亩，请检查是否多打了零。"
        );
        assert_eq!(
            error(Lang::En, &e, LandUnit::Ha),
            "Land can be at most 666.67 ha: check for extra zeros."
        );
        let e = FieldError {
            field: Field::Land,
            kind: ErrorKind::Negative,
        };
        assert_eq!(
            error(Lang::En, &e, LandUnit::Mu),
            "Land cannot be negative."
        );
    }
}
