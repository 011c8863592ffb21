//! The form as typed: one text per field, land in the unit the user chose. Reading it gives
//! the inputs and every problem, each naming its field — nothing typed is lost.

use super::error::FieldError;
use super::paper::MU_PER_HA;
use super::params::{Field, Inputs, ValueKind, FIELD_COUNT, SPECS};
use super::parse::parse_in;

/// The unit land is typed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LandUnit {
    /// 亩, the default in Chinese.
    #[default]
    Mu,
    /// Hectares, as in the paper.
    Ha,
}

impl LandUnit {
    /// Code in links: `mu` or `ha`.
    pub const fn code(self) -> &'static str {
        match self {
            LandUnit::Mu => "mu",
            LandUnit::Ha => "ha",
        }
    }

    /// Reads `mu` or `ha`.
    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "mu" => Some(LandUnit::Mu),
            "ha" => Some(LandUnit::Ha),
            _ => None,
        }
    }

    /// Land in this unit → mu.
    pub fn to_mu(self, x: f64) -> f64 {
        match self {
            LandUnit::Mu => x,
            LandUnit::Ha => x * MU_PER_HA,
        }
    }

    /// Land in mu → this unit.
    pub fn from_mu(self, mu: f64) -> f64 {
        match self {
            LandUnit::Mu => mu,
            LandUnit::Ha => mu / MU_PER_HA,
        }
    }
}

/// Whether `field` is a rate per hectare (the paper's unit), shown per mu when land is typed
/// in mu, so that a villager reads her own unit ("4 亩 × 1,000 元/亩").
pub fn per_ha_rate(field: Field) -> bool {
    field.spec().unit == super::params::Unit::YuanPerHa
}

/// Whether `field` is a rate per mu (a yield, a cost or days of work per mu), shown per hectare
/// when land is typed in hectares ("1 公顷 × 22,500 公斤/公顷").
pub fn per_mu_rate(field: Field) -> bool {
    use super::params::Unit;
    matches!(
        field.spec().unit,
        Unit::KgPerMu | Unit::YuanPerMu | Unit::DaysPerMu
    )
}

/// Whether `field` is a rate per area, shown per unit of the land unit she types land in
/// ([`per_ha_rate`] or [`per_mu_rate`]).
pub fn area_rate(field: Field) -> bool {
    per_ha_rate(field) || per_mu_rate(field)
}

/// A field's value (land in mu, a rate per hectare or per mu) → the number shown with land in
/// `land`: land in the land unit, a rate per area per unit of the land unit (per hectare per
/// mu when land is in mu, per mu per hectare when land is in hectares).
pub fn to_shown(field: Field, value: f64, land: LandUnit) -> f64 {
    match land {
        LandUnit::Ha if field == Field::Land => value / MU_PER_HA,
        LandUnit::Ha if per_mu_rate(field) => value * MU_PER_HA,
        LandUnit::Mu if per_ha_rate(field) => value / MU_PER_HA,
        LandUnit::Mu | LandUnit::Ha => value,
    }
}

/// The number shown with land in `land` → the field's value ([`to_shown`] undone).
pub fn from_shown(field: Field, shown: f64, land: LandUnit) -> f64 {
    match land {
        LandUnit::Ha if field == Field::Land => shown * MU_PER_HA,
        LandUnit::Ha if per_mu_rate(field) => shown / MU_PER_HA,
        LandUnit::Mu if per_ha_rate(field) => shown * MU_PER_HA,
        LandUnit::Mu | LandUnit::Ha => shown,
    }
}

/// `x` with exactly `decimals` decimals (half away from zero), e.g. `fixed_point(1.23456, 2)`
/// → `"1.23"`. Integer arithmetic only (no float formatting on the keystroke path).
/// Values beyond ±10¹⁸ are clamped (no field allows them).
pub fn fixed_point(x: f64, decimals: u32) -> String {
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals);
    let scaled = (x.abs() * scale as f64).round().min(1e18);
    let n = if scaled.is_finite() { scaled as u64 } else { 0 };
    let (int, frac) = (n / scale, n % scale);
    let mut out = String::new();
    if x < 0.0 && n > 0 {
        out.push('-');
    }
    out.push_str(&int.to_string());
    if decimals > 0 {
        let digits = frac.to_string();
        out.push('.');
        for _ in digits.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

/// Writes a number the way the form shows it: no exponent, no trailing zeros, at most
/// `decimals` decimals.
pub fn plain_number(x: f64, decimals: usize) -> String {
    let s = fixed_point(x, decimals as u32);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The text a field shows for a value (land in `unit`, a rate per hectare per mu when land is
/// in mu: [`to_shown`]).
pub fn text_for(field: Field, value: f64, unit: LandUnit) -> String {
    match field.spec().kind {
        ValueKind::Switch | ValueKind::Whole => plain_number(value, 0),
        ValueKind::Real => plain_number(to_shown(field, value, unit), 4),
    }
}

/// The texts of every field for `inputs`.
pub fn texts_for(inputs: &Inputs, unit: LandUnit) -> Vec<String> {
    SPECS
        .iter()
        .map(|s| text_for(s.field, inputs[s.field], unit))
        .collect()
}

/// What the form reads as.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The numbers (a field that did not parse keeps its default here).
    pub inputs: Inputs,
    /// Every problem, in field order: parse errors first for their fields, then bounds and rules.
    pub errors: Vec<FieldError>,
}

/// The unit words that may follow a number typed in `field` (land in `land`): `2000元`, `4亩`.
pub fn unit_words(field: Field, land: LandUnit) -> &'static [&'static str] {
    use crate::model::params::Unit as U;
    if field == Field::Land {
        return match land {
            LandUnit::Mu => &["亩", "mu"],
            LandUnit::Ha => &["公顷", "ha"],
        };
    }
    match field.spec().unit {
        U::YuanPerHa if land == LandUnit::Mu => &["元/亩", "元"],
        U::KgPerMu if land == LandUnit::Ha => &["公斤/公顷", "公斤"],
        U::YuanPerMu if land == LandUnit::Ha => &["元/公顷", "元"],
        U::Yuan => &["元", "块钱", "块", "yuan"],
        U::People => &["个人", "人", "个"],
        U::YuanPerMonth => &["元/月", "元每月", "元一个月", "元"],
        U::MonthsPerYear => &["个月", "月"],
        U::YuanPerDay => &["元/天", "元一天", "元"],
        U::DaysPerAdult | U::DaysPerMu | U::DaysPerBird => &["天"],
        U::Years => &["年"],
        U::YuanPerHa => &["元/公顷", "元"],
        U::Percent => &["%", "％"],
        U::KgPerMu => &["公斤/亩", "公斤"],
        U::YuanPerKg => &["元/公斤", "元"],
        U::YuanPerMu => &["元/亩", "元"],
        U::YuanPerBird => &["元/只", "元"],
        U::BatchesPerYear => &["批/年", "批"],
        U::Mu => &["亩"],
        U::Switch => &[],
    }
}

/// Reads the typed texts (one per field, in [`SPECS`] order; land in `unit`, rates per area
/// per unit of `unit`, see [`to_shown`]).
pub fn read(texts: &[String], unit: LandUnit) -> Reading {
    let mut inputs = Inputs::paper_defaults();
    let mut errors = Vec::new();
    for (i, s) in SPECS.iter().enumerate().take(FIELD_COUNT) {
        let text = texts.get(i).map(String::as_str).unwrap_or("");
        match parse_in(text, unit_words(s.field, unit)) {
            Ok(x) => inputs.set(s.field, from_shown(s.field, x, unit)),
            Err(kind) => errors.push(FieldError {
                field: s.field,
                kind,
            }),
        }
    }
    let unparsed: Vec<Field> = errors.iter().map(|e| e.field).collect();
    errors.extend(
        inputs
            .validate()
            .into_iter()
            .filter(|e| !unparsed.contains(&e.field)),
    );
    super::small_sort::sort_by_key(&mut errors, |e| e.field);
    Reading { inputs, errors }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::error::ErrorKind;

    fn default_texts(unit: LandUnit) -> Vec<String> {
        texts_for(&Inputs::paper_defaults(), unit)
    }

    #[test]
    fn defaults_read_back_without_errors() {
        for unit in [LandUnit::Mu, LandUnit::Ha] {
            let r = read(&default_texts(unit), unit);
            assert!(r.errors.is_empty(), "{unit:?}: {:?}", r.errors);
            assert!((r.inputs[Field::Land] - 3.9).abs() < 1e-3);
        }
    }

    #[test]
    fn bad_land_is_reported_and_nothing_else_changes() {
        // (case, text, kind)
        let cases = [
            ("negative", "-2", ErrorKind::Negative),
            ("empty", "", ErrorKind::Empty),
            ("not a number", "五亩", ErrorKind::NotANumber),
            ("absurd", "1e12", ErrorKind::AboveMax(10_000.0)),
        ];
        for (case, text, kind) in cases {
            let mut texts = default_texts(LandUnit::Mu);
            texts[Field::Land as usize] = text.into();
            let r = read(&texts, LandUnit::Mu);
            assert_eq!(
                r.errors,
                vec![FieldError {
                    field: Field::Land,
                    kind
                }],
                "{case}"
            );
        }
    }

    #[test]
    fn hectares_are_converted() {
        let mut texts = default_texts(LandUnit::Ha);
        texts[Field::Land as usize] = "1".into();
        assert_eq!(read(&texts, LandUnit::Ha).inputs[Field::Land], 15.0);
    }

    /// A rate per hectare reads and shows per mu when land is in mu, and as the paper gives
    /// it in hectares; a rate per mu (yields, costs, days of work) per hectare when land is in
    /// hectares; other fields never change.
    #[test]
    fn rates_per_area_follow_the_land_unit() {
        // (case, field, text typed, unit, value read)
        let cases = [
            ("rent per mu", Field::Rent, "1000", LandUnit::Mu, 15_000.0),
            (
                "rent per mu with its unit",
                Field::Rent,
                "1000元/亩",
                LandUnit::Mu,
                15_000.0,
            ),
            ("rent per ha", Field::Rent, "15000", LandUnit::Ha, 15_000.0),
            (
                "land dividend per mu",
                Field::DivLo,
                "300",
                LandUnit::Mu,
                4_500.0,
            ),
            (
                "rent out per mu",
                Field::RentOut,
                "500",
                LandUnit::Mu,
                7_500.0,
            ),
            (
                "potato yield per mu",
                Field::PotatoYield,
                "1000",
                LandUnit::Mu,
                1_000.0,
            ),
            (
                "potato yield per ha",
                Field::PotatoYield,
                "15000",
                LandUnit::Ha,
                1_000.0,
            ),
            (
                "seed cost per ha with its unit",
                Field::SeedCost,
                "36元/公顷",
                LandUnit::Ha,
                2.4,
            ),
            (
                "corn yield per ha with its unit",
                Field::CornYield,
                "6000公斤/公顷",
                LandUnit::Ha,
                400.0,
            ),
            ("days per ha", Field::PotatoDays, "300", LandUnit::Ha, 20.0),
            ("cash is cash", Field::Cash, "2000", LandUnit::Mu, 2_000.0),
        ];
        for (case, field, text, unit, want) in cases {
            let mut texts = default_texts(unit);
            texts[field as usize] = text.into();
            let r = read(&texts, unit);
            assert!(r.errors.is_empty(), "{case}: {:?}", r.errors);
            assert_eq!(r.inputs[field], want, "{case}");
        }
        let rent = Inputs::paper_defaults()[Field::Rent];
        assert_eq!(text_for(Field::Rent, rent, LandUnit::Ha), "15000");
        assert_eq!(text_for(Field::Rent, rent, LandUnit::Mu), "1000");
    }

    #[test]
    fn fixed_points() {
        let cases = [
            (1.23456, 2, "1.23"),
            (2.5, 0, "3"),
            (-2.5, 0, "-3"),
            (0.05, 1, "0.1"),
            (-0.0001, 2, "0.00"),
            (1_234_567.891, 3, "1234567.891"),
            (0.007, 2, "0.01"),
            (15_000.0, 0, "15000"),
        ];
        for (x, d, want) in cases {
            assert_eq!(fixed_point(x, d), want, "{x} with {d}");
        }
    }

    #[test]
    fn plain_numbers() {
        let cases = [
            (3.9, 4, "3.9"),
            (15_000.0, 4, "15000"),
            (0.26, 4, "0.26"),
            (-0.0, 2, "0"),
            (1.0 / 3.0, 4, "0.3333"),
        ];
        for (x, d, want) in cases {
            assert_eq!(plain_number(x, d), want);
        }
    }
}
