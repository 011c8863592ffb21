//! Problems worded: a wrong input, and why a pattern cannot be done.

use super::format::{number, yuan};
use crate::model::error::{ErrorKind, FieldError, Infeasible};
use crate::model::form::{to_shown, LandUnit};
use crate::model::params::{Field, Unit};
use crate::model::Lang;

use super::names::*;

/// An example that fits the field (its default as shown, e.g. 3000 for cash) and, for an
/// amount of a thousand yuan or more, the same in 万 (0.3万).
fn example(field: Field, land: LandUnit) -> (String, Option<String>) {
    let spec = field.spec();
    if spec.default <= 0.0 {
        return ("3".into(), None);
    }
    let x = to_shown(field, spec.default, land);
    let text = crate::model::form::text_for(field, spec.default, land);
    let money = matches!(spec.unit, Unit::Yuan | Unit::YuanPerMonth);
    let wan = (money && x >= 1_000.0).then(|| crate::model::form::plain_number(x / 10_000.0, 4));
    (text, wan)
}

/// The message for one problem with the inputs.
pub fn error(lang: Lang, e: &FieldError, land: LandUnit) -> String {
    let spec = e.field.spec();
    let label = spec.label.get(lang);
    let u = field_unit(e.field, land);
    let bound = |x: f64| amount(lang, to_shown(e.field, x, land), u, 2);
    // A number as she would type it back (no separators).
    let shown = |x: f64| crate::model::form::plain_number(x, 4);
    match (lang, e.kind) {
        (Lang::Zh, ErrorKind::Empty) => format!("请填写{label}。"),
        (Lang::En, ErrorKind::Empty) => format!("Enter {}.", label.to_ascii_lowercase()),
        (Lang::Zh, ErrorKind::NotANumber) => {
            let (text, wan) = example(e.field, land);
            match wan {
                Some(w) => format!("{label}要填数字，例如 {text} 或 {w}万。"),
                None => format!("{label}要填数字，例如 {text}。"),
            }
        }
        (Lang::En, ErrorKind::NotANumber) => format!(
            "{label} must be a number, such as {}.",
            example(e.field, land).0
        ),
        (Lang::Zh, ErrorKind::AmbiguousComma { point, joined }) => format!(
            "{label}是 {} 还是 {}？小数请用点（{}），千位不用写逗号。",
            shown(point),
            shown(joined),
            shown(point)
        ),
        (Lang::En, ErrorKind::AmbiguousComma { point, joined }) => format!(
            "{label}: {} or {}? Write decimals with a point ({}).",
            shown(point),
            shown(joined),
            shown(point)
        ),
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
