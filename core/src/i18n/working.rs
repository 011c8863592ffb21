//! "Show the working": each line of a pattern's year as a formula with its numbers.

use super::format::{number, percent, yuan};
use crate::model::engine::Line;
use crate::model::form::LandUnit;
use crate::model::paper::MU_PER_HA;
use crate::model::stream::{Formula, IdleReason};
use crate::model::text::t;
use crate::model::Lang;

/// Hectares in one of `land`'s units: a rate per ha times this is the rate per that unit.
fn ha_per(land: LandUnit) -> f64 {
    mu_per(land) / MU_PER_HA
}

/// Mu in one of `land`'s units: a rate per mu times this is the rate per that unit.
fn mu_per(land: LandUnit) -> f64 {
    land.from_mu(1.0).recip()
}

/// The unit's word in a formula: 亩 / 公顷, mu / ha.
fn land_word(lang: Lang, land: LandUnit) -> &'static str {
    match (lang, land) {
        (Lang::Zh, LandUnit::Mu) => "亩",
        (Lang::Zh, LandUnit::Ha) => "公顷",
        (Lang::En, LandUnit::Mu) => "mu",
        (Lang::En, LandUnit::Ha) => "ha",
    }
}

use super::names::*;

/// Why a line's expected amount is less than its full one.
#[derive(Clone, Copy)]
enum Why {
    /// Income: the payer may not pay.
    Paid,
    /// Shares lost: the payer may not pay them back.
    NotPaid,
    /// A cost spent only when a payer pays (the dividend's chicks must come to be fed).
    SpentIfPaid,
    /// Chicken sales: the protective price goes if the cooperative stops.
    Floor,
}

/// "Show the working" for one line: the formula with the numbers put in (land and the rates
/// per area in `land`, the unit she types land in), when the money moves, and the promise risk
/// when the expected amount is less than the full one.
pub fn working(lang: Lang, line: &Line, land: LandUnit) -> String {
    let y = |x: f64| yuan(lang, x.round() as i64);
    let n = |x: f64, d: usize| number(x, d);
    let zh = lang == Lang::Zh;
    let full = line.full;
    let body = match line.formula {
        // Land in her unit: 4 亩 × 1,000 元/亩, or 0.267 公顷 × 15,000 元/公顷.
        Formula::Rent { ha, per_ha } => {
            let (area, rate) = (land.from_mu(ha * MU_PER_HA), per_ha * ha_per(land));
            match lang {
                Lang::Zh => format!("{} {u} × {} 元/{u} = {}", n(area, 3), n(rate, 0), y(full), u = land_word(lang, land)),
                Lang::En => format!("{} {u} × {} yuan/{u} = {}", n(area, 3), n(rate, 0), y(full), u = land_word(lang, land)),
            }
        }
        Formula::LandDividend { ha, lo, hi } => {
            let (area, k) = (land.from_mu(ha * MU_PER_HA), ha_per(land));
            let u = land_word(lang, land);
            match lang {
                Lang::Zh => format!(
                    "{} {u} × 每{u} {}–{} 元（取中间 {}）= {}",
                    n(area, 3),
                    n(lo * k, 0),
                    n(hi * k, 0),
                    n((lo + hi) / 2.0 * k, 0),
                    y(full)
                ),
                Lang::En => format!(
                    "{} {u} × {}–{} yuan/{u} (middle {}) = {}",
                    n(area, 3),
                    n(lo * k, 0),
                    n(hi * k, 0),
                    n((lo + hi) / 2.0 * k, 0),
                    y(full)
                ),
            }
        }
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
        // Land in her unit: 4 亩 × 1,500 公斤/亩, or 0.27 公顷 × 22,500 公斤/公顷.
        Formula::CropSales {
            crop: c,
            mu,
            yield_kg,
            price,
        } if zh => format!(
            "{}：{} {u} × {} 公斤/{u} × {} 元/公斤 = {}",
            crop(c).zh,
            n(land.from_mu(mu), 2),
            n(yield_kg * mu_per(land), 0),
            n(price, 2),
            y(full),
            u = land_word(lang, land)
        ),
        Formula::CropSales {
            crop: c,
            mu,
            yield_kg,
            price,
        } => format!(
            "{} sold: {} {u} × {} kg/{u} × {} yuan/kg = {}",
            crop(c).en,
            n(land.from_mu(mu), 2),
            n(yield_kg * mu_per(land), 0),
            n(price, 2),
            y(full),
            u = land_word(lang, land)
        ),
        Formula::CropCost {
            crop: c,
            mu,
            seed_per_mu,
            other_per_mu,
        } if zh => format!(
            "{}投入：{} {u} × ({} + {}) 元/{u} = {}",
            crop(c).zh,
            n(land.from_mu(mu), 2),
            n(seed_per_mu * mu_per(land), 0),
            n(other_per_mu * mu_per(land), 0),
            y(-full),
            u = land_word(lang, land)
        ),
        Formula::CropCost {
            crop: c,
            mu,
            seed_per_mu,
            other_per_mu,
        } => format!(
            "{} costs: {} {u} × ({} + {}) yuan/{u} = {}",
            crop(c).en,
            n(land.from_mu(mu), 2),
            n(seed_per_mu * mu_per(land), 0),
            n(other_per_mu * mu_per(land), 0),
            y(-full),
            u = land_word(lang, land)
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
        Formula::Idle { mu, reason } if zh => format!(
            "{} {}地闲着不种：{}",
            n(land.from_mu(mu), 2),
            land_word(lang, land),
            match reason {
                IdleReason::NoHands => "家里人手不够，留人在家种它又不如出去打工挣得多",
                IdleReason::WorkPaysMore => "在附近打零工每天挣得比种玉米多",
                IdleReason::CornLoses => "种玉米卖的钱还不够本钱",
                IdleReason::NoCash => "第一年手头的现金只够买上面那些地的种子化肥",
            }
        ),
        Formula::Idle { mu, reason } => format!(
            "{} {} left idle: {}",
            n(land.from_mu(mu), 2),
            land_word(lang, land),
            match reason {
                IdleReason::NoHands => {
                    "not enough hands at home, and keeping someone home to farm it would earn less than working away"
                }
                IdleReason::WorkPaysMore => "local day work pays more per day than corn",
                IdleReason::CornLoses => "corn's sales would not cover its costs",
                IdleReason::NoCash => {
                    "in the first year the household's cash buys seed and fertiliser for the land above only"
                }
            }
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
    if matches!(line.formula, Formula::Idle { .. }) {
        return body;
    }
    let when = timing(line.timing).get(lang);
    let mut out = if zh {
        format!("{body}，{when}")
    } else {
        format!("{body}, {when}")
    };
    if (line.amount - full).abs() > 0.5 {
        let share = if full != 0.0 { line.amount / full } else { 0.0 };
        // What the expected amount weighs the full one by: the payer's chance of paying for
        // income, of not paying for shares lost, and for a cost, the chance it is spent at
        // all (feed for dividend chicks is bought only when the chicks come).
        let why = match line.formula {
            Formula::ChickenSales { .. } => Why::Floor,
            Formula::PrincipalLoss { .. } => Why::NotPaid,
            _ if full < 0.0 => Why::SpentIfPaid,
            _ => Why::Paid,
        };
        let spent = y(-line.amount);
        out.push_str(&match (lang, why) {
            (Lang::Zh, Why::Paid) => format!(
                "；算上对方兑现的可能 {} ≈ {}",
                percent(share),
                y(line.amount)
            ),
            (Lang::En, Why::Paid) => format!(
                "; with the chance it is paid, {} ≈ {}",
                percent(share),
                y(line.amount)
            ),
            (Lang::Zh, Why::NotPaid) => format!(
                "；对方到时不兑现的可能 {}，算下来约少 {}",
                percent(share),
                spent
            ),
            (Lang::En, Why::NotPaid) => format!(
                "; with the chance it is not paid, {}, about {} lost on average",
                percent(share),
                spent
            ),
            (Lang::Zh, Why::SpentIfPaid) => format!(
                "；对方兑现了才要花（兑现的可能 {}），算下来约花 {}",
                percent(share),
                spent
            ),
            (Lang::En, Why::SpentIfPaid) => format!(
                "; spent only if the payer pays (chance {}), about {} on average",
                percent(share),
                spent
            ),
            (Lang::Zh, Why::Floor) => {
                format!("；算上合作社停付、保护价不再有的可能 ≈ {}", y(line.amount))
            }
            (Lang::En, Why::Floor) => format!(
                "; with the chance the cooperative stops and its protective price with it, ≈ {}",
                y(line.amount)
            ),
        });
    }
    out
}

/// One line in brief: what it is and its expected amount, a cost worded as money spent
/// ("第1批卖鸡：4,594 元", "第1批饲料和防疫：花 1,698 元"); the heading says they are expected.
pub fn brief(lang: Lang, line: &Line) -> String {
    let zh = lang == Lang::Zh;
    let what = match line.formula {
        Formula::ChickDividend { .. } => t("分红（给鸡苗）", "Dividend (as chicks)")
            .get(lang)
            .to_string(),
        Formula::EquityDividend { .. } => t("现金分红", "Cash dividend").get(lang).to_string(),
        Formula::ChickenSales { batch, .. } if zh => format!("第{batch}批卖鸡"),
        Formula::ChickenSales { batch, .. } => format!("Batch {batch} sold"),
        Formula::ChickenCost {
            batch,
            from_dividend: true,
            ..
        } => match lang {
            Lang::Zh => format!("第{batch}批的鸡苗（分红给的）"),
            Lang::En => format!("Batch {batch}'s chicks (the dividend)"),
        },
        Formula::ChickenCost {
            batch,
            chick_price: 0.0,
            ..
        } => match lang {
            Lang::Zh => format!("第{batch}批饲料和防疫"),
            Lang::En => format!("Batch {batch}'s feed and vaccine"),
        },
        Formula::ChickenCost { batch, .. } => match lang {
            Lang::Zh => format!("第{batch}批买鸡苗和饲料"),
            Lang::En => format!("Batch {batch}'s chicks and feed"),
        },
        Formula::CropSales { crop: c, .. } => crop(c).get(lang).to_string(),
        Formula::CropCost { crop: c, .. } if zh => format!("{}投入", crop(c).get(lang)),
        Formula::CropCost { crop: c, .. } => format!("Inputs for {}", crop(c).get(lang)),
        _ => stream_kind(line.kind).get(lang).to_string(),
    };
    let amount = yuan(lang, line.amount.abs().round() as i64);
    let spent = line.amount < 0.0;
    match (lang, spent) {
        (Lang::Zh, false) => format!("{what}：{amount}"),
        (Lang::Zh, true) => format!("{what}：花 {amount}"),
        (Lang::En, false) => format!("{what}: {amount}"),
        (Lang::En, true) => format!("{what}: {amount} spent"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::stream::{StreamKind, Timing};

    fn line(kind: StreamKind, formula: Formula, full: f64, amount: f64) -> Line {
        Line {
            kind,
            timing: Timing::End,
            formula,
            amount,
            full,
            income: true,
            contract: true,
            in_kind: false,
        }
    }

    /// Issue #16: a failure chance is named as such, and a cost is worded as money spent.
    #[test]
    fn each_chance_is_named_for_what_it_is() {
        let income = line(
            StreamKind::EquityDividend,
            Formula::EquityDividend {
                principal: 7_000.0,
                rate_pct: 10.0,
                cash_pct: 100.0,
            },
            700.0,
            679.0,
        );
        let lost = line(
            StreamKind::PrincipalLoss,
            Formula::PrincipalLoss { principal: 7_000.0 },
            -7_000.0,
            -611.0,
        );
        let feed = line(
            StreamKind::Livestock,
            Formula::ChickenCost {
                batch: 1,
                birds: 35.0,
                chick_price: 0.0,
                from_dividend: true,
                feed: 50.0,
            },
            -1_750.0,
            -1_697.5,
        );
        let cases = [
            (
                "income, zh",
                Lang::Zh,
                &income,
                "算上对方兑现的可能 97% ≈ 679 元",
            ),
            (
                "income, en",
                Lang::En,
                &income,
                "with the chance it is paid, 97% ≈ ¥679",
            ),
            (
                "shares lost, zh",
                Lang::Zh,
                &lost,
                "对方到时不兑现的可能 9%，算下来约少 611 元",
            ),
            (
                "shares lost, en",
                Lang::En,
                &lost,
                "with the chance it is not paid, 9%, about ¥611 lost",
            ),
            (
                "feed, zh",
                Lang::Zh,
                &feed,
                "对方兑现了才要花（兑现的可能 97%），算下来约花 1,698 元",
            ),
            (
                "feed, en",
                Lang::En,
                &feed,
                "spent only if the payer pays (chance 97%), about ¥1,698",
            ),
        ];
        for (name, lang, l, want) in cases {
            let got = working(lang, l, LandUnit::Ha);
            assert!(got.contains(want), "{name}: {got}");
            assert!(
                !got.contains("−"),
                "{name}: a cost is worded as money spent, not negative: {got}"
            );
        }
    }

    /// Issue #15: the working in her unit: 4 亩 × 1,000 元/亩 = 4,000 元.
    #[test]
    fn land_in_her_unit() {
        let rent = line(
            StreamKind::Rent,
            Formula::Rent {
                ha: 4.0 / 15.0,
                per_ha: 15_000.0,
            },
            4_000.0,
            4_000.0,
        );
        let div = line(
            StreamKind::LandDividend,
            Formula::LandDividend {
                ha: 4.0 / 15.0,
                lo: 3_000.0,
                hi: 6_000.0,
            },
            1_200.0,
            1_200.0,
        );
        let cases = [
            (
                "rent, mu",
                &rent,
                Lang::Zh,
                LandUnit::Mu,
                "4 亩 × 1,000 元/亩 = 4,000 元",
            ),
            (
                "rent, ha",
                &rent,
                Lang::Zh,
                LandUnit::Ha,
                "0.267 公顷 × 15,000 元/公顷 = 4,000 元",
            ),
            (
                "rent, mu, en",
                &rent,
                Lang::En,
                LandUnit::Mu,
                "4 mu × 1,000 yuan/mu = ¥4,000",
            ),
            (
                "dividend, mu",
                &div,
                Lang::Zh,
                LandUnit::Mu,
                "4 亩 × 每亩 200–400 元（取中间 300）= 1,200 元",
            ),
        ];
        for (name, l, lang, land, want) in cases {
            let got = working(lang, l, land);
            assert!(got.starts_with(want), "{name}: {got}");
        }
    }

    /// The crops' working in her unit too: yields and costs per mu are per hectare with land
    /// in hectares, and the area in hectares.
    #[test]
    fn crops_in_her_unit() {
        use crate::model::stream::Crop;
        let sales = line(
            StreamKind::Crop,
            Formula::CropSales {
                crop: Crop::Potato,
                mu: 3.0,
                yield_kg: 1_500.0,
                price: 1.2,
            },
            5_400.0,
            5_400.0,
        );
        let cost = line(
            StreamKind::Crop,
            Formula::CropCost {
                crop: Crop::Potato,
                mu: 3.0,
                seed_per_mu: 300.0,
                other_per_mu: 200.0,
            },
            -1_500.0,
            -1_500.0,
        );
        let cases = [
            (
                "sales, mu",
                &sales,
                Lang::Zh,
                LandUnit::Mu,
                "3 亩 × 1,500 公斤/亩 × 1.2 元/公斤 = 5,400 元",
            ),
            (
                "sales, ha",
                &sales,
                Lang::Zh,
                LandUnit::Ha,
                "0.2 公顷 × 22,500 公斤/公顷 × 1.2 元/公斤 = 5,400 元",
            ),
            (
                "sales, ha, en",
                &sales,
                Lang::En,
                LandUnit::Ha,
                "0.2 ha × 22,500 kg/ha × 1.2 yuan/kg = ¥5,400",
            ),
            (
                "costs, ha",
                &cost,
                Lang::Zh,
                LandUnit::Ha,
                "0.2 公顷 × (4,500 + 3,000) 元/公顷 = 1,500 元",
            ),
        ];
        for (name, l, lang, land, want) in cases {
            let got = working(lang, l, land);
            assert!(got.contains(want), "{name}: {got}");
        }
    }
}
