//! Every visible string of the cooperative view (issue #5), in Chinese and English. Fixed
//! strings are [`Text`] constants (leaving out a language does not compile); sentences with
//! numbers are functions that match on the language.

use super::format::{percent, yuan};
use super::names::{amount, unit as param_unit};
use crate::model::coop::verdict::{GREEN_BELOW, RED_FROM};
use crate::model::coop::{
    BreakEven, Check, CoopField, CoopGroup, CoopUnit, Incentive, Level, Verdict,
};
use crate::model::error::ErrorKind;
use crate::model::form::plain_number;
use crate::model::text::t;
use crate::model::{Lang, Text};

/// Heading of the view.
pub const TITLE: Text = t(
    "合作社能兑现承诺吗",
    "Can the cooperative keep its promises?",
);
/// One line under the heading.
pub const INTRO: Text = t(
    "给合作社工作人员：逐年算钱够不够兑现承诺。",
    "For cooperative staff: is there enough money, year by year, to keep the promises?",
);
/// The preset buttons, in the order of `Coop::ALL`: Wandanping, Lanya.
pub const PRESETS: [Text; 2] = [
    t(
        "万担坪种植合作社（默认）",
        "Wandanping planting cooperative (default)",
    ),
    t("兰亚养殖合作社", "Lanya breeding cooperative"),
];
/// Over the presets: one cooperative at a time.
pub const PRESETS_LABEL: Text = t(
    "算哪个合作社（两个社各算各的钱）",
    "Which cooperative (each has its own cash)",
);
/// The warning shown while the members' support funds pay the cooperative's costs.
pub const FUNDS_WARNING: Text = t(
    "⚠ 正在用社员的扶持资金周转：论文说企业要保证这笔钱的安全，合作社出问题时社员的本金会一起受损。",
    "⚠ The members' support funds are paying the cooperative's costs: the paper says enterprises must keep these funds safe, and if the cooperative fails the members' principal goes with it.",
);
/// The link that takes the failure chance to the household page.
pub const USE_ON_HOUSEHOLD: Text = t("用到一户页面", "Use on the household page");
/// The defaults and their bases.
pub const DEFAULTS: Text = t("默认值从哪里来", "Where the defaults come from");
/// Heading of the cash table.
pub const CASH_TITLE: Text = t(
    "合作社每年的钱（预计）",
    "The cooperative's cash (expected)",
);
/// Caption of the cash table.
pub const CASH_CAPTION: Text = t(
    "元。年初：贷款进（用社员扶持资金时股金也进），租金、成本出；年底：卖出收入进，土地分红（取中间值）、现金和鸡苗分红、按保护价收鸡的差价、利息出，期满还贷款和本金。",
    "Yuan. Start of year: loan in (and equity, when the support funds are used); rent and costs out. End: sales in; the land dividend (middle of its range), cash and chick dividends, the protective price's cost, interest out; at term end the loan and the principal.",
);
/// Table column headings, in order: year, opening, start in, start out, start balance,
/// sales, end out, end balance, working capital short.
pub const COLS: [Text; 9] = [
    t("年份", "Year"),
    t("年初结余", "Opening"),
    t("年初进", "Start: in"),
    t("年初出", "Start: out"),
    t("年初付完后（最紧）", "After start (tightest)"),
    t("年底卖出", "End: sales"),
    t("年底出", "End: out"),
    t("年底结余", "Closing"),
    t("年初还差周转资金", "Working capital short"),
];
/// Heading of the checks.
pub const CHECKS_TITLE: Text = t("承诺能不能兑现", "Are the promises kept?");
/// Column headings of the checks: expected values, Monte Carlo.
pub const CHECK_COLS: [Text; 2] = [
    t("按预计", "Expected"),
    t("兑现不了的可能", "Chance it fails"),
];
/// A promise not kept, kept; the working capital short, enough.
pub const KEPT: [Text; 4] = [
    t("✗ 兑现不了", "✗ Not kept"),
    t("✓ 能兑现", "✓ Kept"),
    t("✗ 不够", "✗ Short"),
    t("✓ 够", "✓ Enough"),
];
/// Heading of the break-even list.
pub const BREAKEVEN_TITLE: Text = t(
    "兑现全部承诺至少要（其他不变）",
    "To keep every promise it takes (all else as it is)",
);

/// A check's name.
pub fn check(c: Check) -> Text {
    match c {
        Check::Capital => t("周转资金够用", "Working capital enough"),
        Check::Rent => t("年初付租金", "Rent at the start of the year"),
        Check::LandDividend => t("年底付土地分红", "Land dividend at year end"),
        Check::EquityDividend => t("股金分红（现金或鸡苗）", "Equity dividend (cash or chicks)"),
        Check::ProtectivePrice => t(
            "按保护价收社员的鸡",
            "Members' chickens at the protective price",
        ),
        Check::Principal => t("期满还本金", "Principal back at term end"),
    }
}

/// A group's heading.
pub fn group(g: CoopGroup) -> Text {
    match g {
        CoopGroup::Members => t("社员（按合作方式）", "Members by pattern"),
        CoopGroup::Terms => t("承诺和周转资金", "Promises and working capital"),
        CoopGroup::Potato => t("种薯（万担坪）", "Seed potatoes (Wandanping)"),
        CoopGroup::Chickens => t("养鸡（兰亚）", "Chickens (Lanya)"),
        CoopGroup::Risk => t("风险", "Risk"),
    }
}

/// A unit's name.
pub fn unit(u: CoopUnit) -> Text {
    match u {
        CoopUnit::Households => t("户", "households"),
        CoopUnit::MuPerHousehold => t("亩/户", "mu/household"),
        CoopUnit::YuanPerHousehold => t("元/户", "yuan/household"),
        CoopUnit::BirdsPerBatch => t("只/批", "birds/batch"),
        CoopUnit::Same(u) => param_unit(u),
    }
}

/// "第2年" / "Year 2".
pub fn year(lang: Lang, y: u32) -> String {
    match lang {
        Lang::Zh => format!("第{y}年"),
        Lang::En => format!("Year {y}"),
    }
}

/// The largest working-capital need and its year, worded: short by how much, or enough.
pub fn need(lang: Lang, year: u32, need: f64) -> String {
    if need <= 0.0 {
        return t(
            "按预计（产量、价格取平均），周转资金够用。",
            "At the expected yields and prices, working capital is enough.",
        )
        .get(lang)
        .into();
    }
    let n = yuan(lang, need.ceil() as i64);
    match lang {
        Lang::Zh => format!("按预计，周转资金不够：第{year}年年初还要再准备 {n}。"),
        Lang::En => format!(
            "At the expected yields and prices, working capital is short: {n} more is needed at the start of year {year}."
        ),
    }
}

/// "Chance at least one promise fails in the 3 years: 15%."
pub fn any_fail(lang: Lang, p: f64, years: usize) -> String {
    let p = percent(p);
    match lang {
        Lang::Zh => format!("{years} 年里至少一项承诺兑现不了的可能：{p}（模拟 2000 次）。"),
        Lang::En => {
            format!("Chance at least one promise fails in the {years} years: {p} (2,000 simulated terms).")
        }
    }
}

/// Where the household page's failure chance comes from, with the link's figure.
pub fn yearly_fail(lang: Lang, yearly: f64, any: f64, years: usize) -> String {
    let p = |x: f64| crate::i18n::format::number(x * 100.0, 1);
    match lang {
        Lang::Zh => format!(
            "这里只算了产量和价格的波动，没算经营不善、鸡瘟和挪用。一户页面按“停了就不再付”算：{years} 年里 {}% 相当于每年 {}%。",
            p(any),
            p(yearly)
        ),
        Lang::En => format!(
            "This counts only swings in yields and prices, not mismanagement, disease or misused funds. The household page takes a payer that stops as stopped for good: {}% over {years} years is {}% a year.",
            p(any),
            p(yearly)
        ),
    }
}

/// A break-even worded without ambiguity: "Potato yield at least 999 kg/mu (now 1,234 kg/mu)".
pub fn break_even(lang: Lang, f: CoopField, now: f64, be: BreakEven) -> String {
    let s = f.spec();
    let d = if f == CoopField::PotatoPrice { 2 } else { 0 };
    let u = unit(s.unit);
    let (label, now) = (s.label.get(lang), amount(lang, now, u, d));
    match (be, lang) {
        (BreakEven::At(x), Lang::Zh) => {
            format!("{label}至少 {}（现在 {now}）", amount(lang, up(x, d), u, d))
        }
        (BreakEven::At(x), Lang::En) => format!(
            "{label} at least {} (now {now})",
            amount(lang, up(x, d), u, d)
        ),
        (BreakEven::Always, Lang::Zh) => format!("{label}是 0 也能兑现（现在 {now}）"),
        (BreakEven::Always, Lang::En) => format!("{label}: kept even at 0 (now {now})"),
        (BreakEven::Never, Lang::Zh) => {
            format!("{label}再高也不行：卖出之前钱就不够（现在 {now}）")
        }
        (BreakEven::Never, Lang::En) => {
            format!("{label}: no value is enough, money runs out before any sale (now {now})")
        }
    }
}

/// Rounds up at `d` (0 or 2) decimals: "at least" must not be rounded down.
fn up(x: f64, d: usize) -> f64 {
    let k = if d == 0 { 1.0 } else { 100.0 };
    (x * k - 1e-9).ceil() / k
}

/// The sect. 4.3 incentive, met or not, with the count.
pub fn incentive(lang: Lang, i: &Incentive) -> String {
    let (n, k) = (i.holders, i.threshold);
    match (i.met, lang) {
        (true, Lang::Zh) => format!("✓ 第4.3节奖励：入股的建档立卡户 {n} 户，超过 {k} 户，符合。"),
        (true, Lang::En) => {
            format!("✓ Sect. 4.3 incentive met: {n} registered households hold shares, more than {k}.")
        }
        (false, Lang::Zh) => format!("✗ 第4.3节奖励：入股的建档立卡户 {n} 户，要超过 {k} 户，不符合。"),
        (false, Lang::En) => format!(
            "✗ Sect. 4.3 incentive not met: {n} registered households hold shares; it takes more than {k}."
        ),
    }
}

/// The message for one problem with an input.
pub fn error(lang: Lang, f: CoopField, kind: ErrorKind) -> String {
    let s = f.spec();
    let label = s.label.get(lang);
    let bound = |m: f64| amount(lang, m, unit(s.unit), 2);
    let zh = lang == Lang::Zh;
    match kind {
        ErrorKind::Empty if zh => format!("请填写{label}。"),
        ErrorKind::Empty => format!("Enter {label}."),
        ErrorKind::NotANumber if zh => format!("{label}要填数字，例如 3 或 3.5。"),
        ErrorKind::NotANumber => format!("{label} must be a number, such as 3 or 3.5."),
        ErrorKind::AmbiguousComma { point, joined } if zh => {
            let (p, j) = (plain_number(point, 4), plain_number(joined, 4));
            format!("{label}是 {p} 还是 {j}？小数请用点（{p}），千位不用写逗号。")
        }
        ErrorKind::AmbiguousComma { point, joined } => {
            let (p, j) = (plain_number(point, 4), plain_number(joined, 4));
            format!("{label}: {p} or {j}? Write decimals with a point ({p}).")
        }
        ErrorKind::NotFinite if zh => format!("{label}的数字无效。"),
        ErrorKind::NotFinite => format!("{label} is not a usable number."),
        ErrorKind::Negative if zh => format!("{label}不能是负数。"),
        ErrorKind::Negative => format!("{label} cannot be negative."),
        ErrorKind::BelowMin(m) if zh => format!("{label}至少是 {}。", bound(m)),
        ErrorKind::BelowMin(m) => format!("{label} must be at least {}.", bound(m)),
        ErrorKind::AboveMax(m) if zh => format!("{label}最多 {}，请检查是否多打了零。", bound(m)),
        ErrorKind::AboveMax(m) => format!(
            "{label} can be at most {}: check for extra zeros.",
            bound(m)
        ),
        ErrorKind::NotWhole if zh => format!("{label}要填整数。"),
        ErrorKind::NotWhole => format!("{label} must be a whole number."),
        // The cooperative's one bounded pair: the land dividend's low end and its high end.
        ErrorKind::MoreThan(_) if zh => {
            format!("{label}不能超过“{}”。", CoopField::DivHi.spec().label.zh)
        }
        ErrorKind::MoreThan(_) => {
            format!(
                "{label} cannot be more than \"{}\".",
                CoopField::DivHi.spec().label.en
            )
        }
    }
}

/// Whole yuan for a table cell.
pub fn cell(lang: Lang, x: f64) -> String {
    yuan(lang, x.round() as i64)
}

/// The verdict's heading, by level.
pub fn verdict_title(level: Level) -> Text {
    match level {
        Level::Green => t("✓ 能兑现承诺", "✓ Can keep its promises"),
        Level::Amber => t("! 要小心：有条件才能兑现", "! Only with care"),
        Level::Red => t("✗ 靠不住：承诺可能兑现不了", "✗ Cannot be relied on"),
    }
}

/// The verdict in sentences: what the expected case pays, what it lacks, and the chance.
pub fn verdict(lang: Lang, v: &Verdict) -> String {
    let mut out = String::new();
    let p = percent(v.risk);
    let years = v.years;
    if let Some((c, y)) = v.broken {
        let what = check(c).get(lang);
        out.push_str(&match lang {
            Lang::Zh => format!("按预计，第{y}年“{what}”付不出。"),
            Lang::En => {
                format!("At the expected yields and prices, “{what}” cannot be paid in year {y}.")
            }
        });
    }
    if let Some(s) = v.short {
        let (first, worst) = (s.first, s.worst);
        let n = yuan(lang, s.need.ceil() as i64);
        out.push_str(&match lang {
            Lang::Zh => format!("按预计，从第{first}年年初起钱不够，最多还要再准备 {n}（第{worst}年年初）：不借钱、不动用社员的扶持资金，就有钱要晚付。"),
            Lang::En => format!(" At the expected yields and prices, money is short from the start of year {first}, by up to {n} (start of year {worst}): without a loan or the members' funds, some payments are late."),
        });
    }
    if v.broken.is_none() && v.short.is_none() {
        out.push_str(match lang {
            Lang::Zh => "按预计，每笔钱都能按时付。",
            Lang::En => "At the expected yields and prices, every payment is on time.",
        });
    }
    out.push_str(&match lang {
        Lang::Zh => format!("算上产量和价格的波动，{years} 年里有钱不能按时付（社员的承诺、生产成本或贷款）的可能：{p}。"),
        Lang::En => format!(" With yields and prices swinging, the chance something is not paid on time in the {years} years (a promise to members, the costs, or the bank): {p}."),
    });
    out.trim_start().to_string()
}

/// How the colours are decided.
pub fn verdict_rule(lang: Lang) -> String {
    let (g, r) = (percent(GREEN_BELOW), percent(RED_FROM));
    match lang {
        Lang::Zh => format!("绿：按预计每笔钱都按时付，而且付不出的可能低于 {g}。黄：按预计承诺都能付，但要另外准备周转资金，或付不出的可能在 {g} 到 {r} 之间。红：按预计有承诺付不出，或付不出的可能达到 {r}。"),
        Lang::En => format!("Green: at the expected yields and prices every payment is on time, and the chance of not paying is below {g}. Amber: the promises are paid at the expected values but more working capital is needed, or the chance is from {g} to {r}. Red: a promise is not paid at the expected values, or the chance is {r} or more."),
    }
}

/// Who is paid late when the money runs short: the order of the payments (`cash`).
pub const PAY_ORDER: Text = t(
    "钱不够时按这个顺序付，排在后面的先被拖欠：年初先付土地租金，再付种子、化肥、鸡苗、饲料和雇工；年底卖了钱，先付土地分红，再付股金分红（现金或鸡苗）和按保护价收鸡的差价，然后付贷款利息和到期的贷款，最后退社员的本金（用扶持资金周转时）。",
    "When the money runs short, payments go in this order and the last are paid late: at the start of the year the land rent, then seed, fertiliser, chicks, feed and hired work; at year end, after the sales, the land dividend, then the equity dividends (cash or chicks) and the protective price, then the bank's interest and the loan when due, and last the members' principal (when their funds were used).",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_in_both_languages() {
        let be = BreakEven::At(998.4);
        let no = Incentive {
            holders: 41,
            threshold: 50,
            met: false,
        };
        // (case, got, expected)
        let cases = [
            ("yield, zh", break_even(Lang::Zh, CoopField::PotatoYield, 1_234.0, be), "马铃薯亩产至少 999 公斤/亩（现在 1,234 公斤/亩）"),
            ("yield, en", break_even(Lang::En, CoopField::PotatoYield, 1_234.0, be), "Potato yield at least 999 kg/mu (now 1,234 kg/mu)"),
            ("price rounds up", break_even(Lang::En, CoopField::PotatoPrice, 3.0, BreakEven::At(2.4272)), "Seed-potato price at least 2.43 yuan/kg (now 3 yuan/kg)"),
            ("never", break_even(Lang::En, CoopField::HenPrice, 150.0, BreakEven::Never), "Sale price of a grown chicken: no value is enough, money runs out before any sale (now 150 yuan/bird)"),
            ("need, zh", need(Lang::Zh, 1, 116_684.2), "按预计，周转资金不够：第1年年初还要再准备 116,685 元。"),
            ("need, en", need(Lang::En, 2, 5.0), "At the expected yields and prices, working capital is short: ¥5 more is needed at the start of year 2."),
            ("need met", need(Lang::En, 1, 0.0), "At the expected yields and prices, working capital is enough."),
            ("verdict, zh", verdict(Lang::Zh, &Verdict { level: Level::Red, broken: Some((Check::Rent, 1)), short: Some(crate::model::coop::Short { first: 1, worst: 3, need: 835_570.8 }), risk: 1.0, years: 3 }),
                "按预计，第1年“年初付租金”付不出。按预计，从第1年年初起钱不够，最多还要再准备 835,571 元（第3年年初）：不借钱、不动用社员的扶持资金，就有钱要晚付。算上产量和价格的波动，3 年里有钱不能按时付（社员的承诺、生产成本或贷款）的可能：100%。"),
            ("verdict green, en", verdict(Lang::En, &Verdict { level: Level::Green, broken: None, short: None, risk: 0.031, years: 3 }),
                "At the expected yields and prices, every payment is on time. With yields and prices swinging, the chance something is not paid on time in the 3 years (a promise to members, the costs, or the bank): 3%."),
            ("rule, en", verdict_rule(Lang::En), "Green: at the expected yields and prices every payment is on time, and the chance of not paying is below 5%. Amber: the promises are paid at the expected values but more working capital is needed, or the chance is from 5% to 20%. Red: a promise is not paid at the expected values, or the chance is 20% or more."),
            ("incentive not met", incentive(Lang::En, &no), "✗ Sect. 4.3 incentive not met: 41 registered households hold shares; it takes more than 50."),
            ("error, zh", error(Lang::Zh, CoopField::Rent, ErrorKind::Negative), "土地租金（年初付）不能是负数。"),
            ("error bound, en", error(Lang::En, CoopField::ShareRate, ErrorKind::AboveMax(100.0)), "Equity dividend per year can be at most 100%: check for extra zeros."),
            ("year", year(Lang::Zh, 3), "第3年"),
        ];
        for (case, got, want) in cases {
            assert_eq!(got, want, "{case}");
        }
    }
}
