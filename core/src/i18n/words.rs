//! Sentences with numbers in both languages: the guaranteed cell, the check figure, where the
//! failure chances come from, the summary, break-even and sensitivity. (Names are in `names`,
//! problems in `errors`, the working in `working`.) Each function matches on every case: a
//! missing word is a compile error.

use super::errors::infeasible;
use super::format::{number, percent, yuan};
use super::names::*;
use crate::model::breakeven::{BreakEven, Lever};
use crate::model::engine::Outcome;
use crate::model::form::LandUnit;
use crate::model::params::Unit;
use crate::model::stream::Counterparty;
use crate::model::text::t;
use crate::model::{Code, Lang};

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

/// The labour cell: the days of work at home a year the pattern needs, and the days the
/// household has: "要 120 天，有 600 天", "120 of 600 days".
pub fn labor_cell(lang: Lang, days: f64, have: f64) -> String {
    let (d, h) = (number(days, 0), number(have, 0));
    match lang {
        Lang::Zh => format!("要 {d} 天，有 {h} 天"),
        Lang::En => format!("{d} of {h} days"),
    }
}

/// One pattern in a chart's text alternative: what it pays a year, and with bad and good luck.
pub fn chart_row(lang: Lang, name: &str, mean: f64, p10: f64, p90: f64) -> String {
    let w = |x: f64| super::format::yuan_words(lang, x);
    match lang {
        Lang::Zh => format!(
            "{name}：每年约 {}（运气差时 {}，运气好时 {}）",
            w(mean),
            w(p10),
            w(p90)
        ),
        Lang::En => format!(
            "{name}: about {} a year (bad luck {}, good luck {})",
            w(mean),
            w(p10),
            w(p90)
        ),
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

/// The plain-language summary of the best pattern: [`answer`] and [`luck`], one after the
/// other.
pub fn summary(lang: Lang, f: &SummaryFacts) -> String {
    let sep = match lang {
        Lang::Zh => "",
        Lang::En => " ",
    };
    format!("{}{sep}{}", answer(lang, f), luck(lang, f))
}

/// The answer in one sentence, every figure a year on average and in whole yuan, exactly as
/// the table's cells show them: which pattern, what it pays, how much more than now. Pattern
/// names, never codes (issue #15).
pub fn answer(lang: Lang, f: &SummaryFacts) -> String {
    let SummaryFacts {
        land,
        unit_name,
        adults,
        code: _,
        name,
        outcome: o,
        years,
    } = f;
    let gain = o
        .increase_over_s
        .map(|g| whole_yuan(lang, g / f64::from((*years).max(1))));
    let per_year = whole_yuan(lang, o.per_year);
    let adults = *adults;
    match lang {
        Lang::Zh => {
            let mut s = format!(
                "{land} {unit_name}地、{} 个劳力：选“{name}”，每年大约收入 {per_year}",
                number(adults, 0)
            );
            if let Some(g) = gain {
                s.push_str(&format!("，比现在每年多 {g}"));
            }
            s.push('。');
            s
        }
        Lang::En => {
            let mut s = format!(
                "{land} {unit_name}, {} adult{}: “{name}” pays about {per_year} a year",
                number(adults, 0),
                if adults == 1.0 { "" } else { "s" }
            );
            if let Some(g) = gain {
                s.push_str(&format!(", {g} a year more than now"));
            }
            s.push('.');
            s
        }
    }
}

/// How sure the answer is: what the pattern still pays a year with bad luck (the horizon's
/// P10 over its years, as the table's cell), saying what "bad luck" means.
pub fn luck(lang: Lang, f: &SummaryFacts) -> String {
    let p10 = whole_yuan(lang, f.outcome.spread.p10 / f64::from(f.years.max(1)));
    match lang {
        Lang::Zh => format!("运气差时每年也有 {p10}（十次里大约只有一次更少）。"),
        Lang::En => format!("With bad luck still {p10} a year (only about 1 time in 10 less)."),
    }
}

/// Whole yuan, exactly as the table's cells show them.
fn whole_yuan(lang: Lang, x: f64) -> String {
    yuan(lang, x.round() as i64)
}

/// The break-even answer in words.
/// The patterns are named, not coded; an amount per hectare is per mu with land in mu.
pub fn break_even(
    lang: Lang,
    a: Code,
    b: Code,
    l: Lever,
    be: &BreakEven,
    land: LandUnit,
) -> String {
    let (u, per) = lever_shown(l, land);
    let v = |x: f64| {
        amount(
            lang,
            x * per,
            unit(u),
            if u == Unit::YuanPerKg { 2 } else { 0 },
        )
    };
    let named = |c: Code| match lang {
        Lang::Zh => format!("“{}”", c.pattern().name().zh),
        Lang::En => format!("\"{}\"", c.pattern().name().en),
    };
    let (a, b) = (named(a), named(b));
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
                Lang::Zh => format!("{a_or_b}这户做不到：{reason}", a_or_b = named(code)),
                Lang::En => format!(
                    "{} is not possible for this household. {reason}",
                    named(code)
                ),
            }
        }
    }
}

/// A sensitivity step in words, never a bare percentage: "price −20%: 0.96 instead of 1.20 yuan/kg".
/// An amount per hectare is per mu with land in mu.
pub fn change(lang: Lang, l: Lever, pct: i32, from: f64, land: LandUnit) -> String {
    let (u, per) = lever_shown(l, land);
    let decimals = if u == Unit::YuanPerKg { 2 } else { 0 };
    let u = unit(u);
    let from = from * per;
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
    use super::super::errors::*;
    use crate::model::error::{ErrorKind, FieldError};
    use crate::model::form::LandUnit;
    use crate::model::params::Field;

    use super::*;

    /// A number she cannot have meant is answered with a question and an example that fits
    /// the field (issue #15).
    #[test]
    fn wrong_numbers_are_answered_in_her_terms() {
        let err = |field, kind| FieldError { field, kind };
        // (case, error, language, message)
        let cases = [
            (
                "a decimal comma in land",
                err(
                    Field::Land,
                    ErrorKind::AmbiguousComma {
                        point: 4.5,
                        joined: 45.0,
                    },
                ),
                Lang::Zh,
                "土地是 4.5 还是 45？小数请用点（4.5），千位不用写逗号。",
            ),
            (
                "a decimal comma, in English",
                err(
                    Field::Land,
                    ErrorKind::AmbiguousComma {
                        point: 3.9,
                        joined: 39.0,
                    },
                ),
                Lang::En,
                "Land: 3.9 or 39? Write decimals with a point (3.9).",
            ),
            (
                "cash, with 万",
                err(Field::Cash, ErrorKind::NotANumber),
                Lang::Zh,
                "手头现金要填数字，例如 3000 或 0.3万。",
            ),
            (
                "adults",
                err(Field::Adults, ErrorKind::NotANumber),
                Lang::Zh,
                "劳动力（成年人）要填数字，例如 2。",
            ),
            (
                "cash, in English",
                err(Field::Cash, ErrorKind::NotANumber),
                Lang::En,
                "Cash on hand must be a number, such as 3000.",
            ),
        ];
        for (case, e, lang, want) in cases {
            assert_eq!(error(lang, &e, LandUnit::Mu), want, "{case}");
        }
    }

    #[test]
    fn change_is_never_a_bare_percentage() {
        assert_eq!(
            change(Lang::En, Lever::PotatoPrice, -20, 1.5, LandUnit::Mu),
            "Potato price −20%: 1.2 yuan/kg instead of 1.5 yuan/kg"
        );
        assert_eq!(
            change(Lang::Zh, Lever::PotatoPrice, -20, 1.5, LandUnit::Mu),
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
