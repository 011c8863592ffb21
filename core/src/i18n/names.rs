//! The names of the model's things in both languages: units, settings groups, sources, kinds
//! of income, payers, timings, crops, break-even inputs; and a value with its unit. Each function
//! matches on every case: a missing name is a compile error.

use super::format::number;
use crate::model::breakeven::Lever;
use crate::model::form::LandUnit;
use crate::model::params::{Field, Group, Source, Unit};
use crate::model::stream::{Counterparty, Crop, StreamKind, Timing};
use crate::model::text::t;
use crate::model::{Lang, Text};

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
        // A rate per hectare is shown per mu when land is in mu, and a rate per mu per hectare
        // when land is in hectares (`form::to_shown`).
        (_, LandUnit::Mu) if crate::model::form::per_ha_rate(field) => unit(Unit::YuanPerMu),
        (_, LandUnit::Ha) if crate::model::form::per_mu_rate(field) => per_ha(field.spec().unit),
        _ => unit(field.spec().unit),
    }
}

/// A unit per mu as the same unit per hectare: 公斤/亩 → 公斤/公顷 (any other unit as it is).
fn per_ha(u: Unit) -> Text {
    match u {
        Unit::KgPerMu => t("公斤/公顷", "kg/ha"),
        Unit::YuanPerMu => unit(Unit::YuanPerHa),
        Unit::DaysPerMu => t("工日/公顷", "days/ha"),
        _ => unit(u),
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

/// A payer's short name.
pub fn payer(c: Counterparty) -> Text {
    match c {
        Counterparty::Wandanping => t("万担坪合作社", "Wandanping"),
        Counterparty::Lanya => t("兰亚合作社", "Lanya"),
        Counterparty::Enterprise => t("入股企业", "the enterprise"),
        Counterparty::Tenant => t("租地的人", "the tenant"),
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
            "土地分红（取中间值）",
            "Land dividend (middle of the range)",
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

/// The unit a lever is shown in with land in `land`, and the factor from its own unit: the
/// land dividend, per hectare in the model, is per mu with land in mu.
pub fn lever_shown(l: Lever, land: LandUnit) -> (Unit, f64) {
    match (lever_unit(l), land) {
        (Unit::YuanPerHa, LandUnit::Mu) => (Unit::YuanPerMu, 1.0 / crate::model::paper::MU_PER_HA),
        (u, _) => (u, 1.0),
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

/// A crop's name.
pub fn crop(c: Crop) -> Text {
    match c {
        Crop::Corn => t("玉米", "corn"),
        Crop::Potato => t("马铃薯", "potatoes"),
    }
}
