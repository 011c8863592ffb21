//! The link format (a public contract, documented in `docs/contracts.md`): the whole scenario in the query
//! string, readable, only values that differ from their defaults written.
//!
//! Keys: `lang` (zh|en), `unit` (mu|ha), `step` (workshop mode's step, from 1), `view`
//! (household|coop|roster), `from_coop` (the key of the failure chance the cooperative view
//! sent, while unchanged), then every field by its key (see `params::SPECS`),
//! e.g. `land` (in `unit`), `adults`, `wage`, `months`, `cash`, `fund`, `years`, `rent`
//! (yuan/ha), `div_lo`, `div_hi`, `rent_out` (yuan/ha; with land in mu they are typed per mu
//! and written `rent_mu`, `div_lo_mu`, `div_hi_mu`, `rent_out_mu`), `share_rate` (%), `fail_wdp`, `fail_lanya`, `fail_ent`, `fail_tenant` (%; an older link's single `fail` sets all four). Values are written as
//! typed — a bad value travels with the link and shows in its field with its error. Unknown
//! keys are ignored.

use std::rc::Rc;

use super::state::{AppState, View};
use crate::model::form::{
    area_rate, from_shown, per_ha_rate, per_mu_rate, text_for, unit_words, LandUnit,
};
use crate::model::params::{Field, SPECS};
use crate::model::parse::parse_in;
use crate::model::Lang;

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char);
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%' && i + 2 < bytes.len())
            .then(|| Some(hex(bytes[i + 1])? * 16 + hex(bytes[i + 2])?))
            .flatten();
        match (escaped, bytes[i]) {
            (Some(b), _) => {
                out.push(b);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The query string (without `?`) for a state: only what differs from the defaults.
pub fn to_query(state: &AppState) -> String {
    let mut parts = Vec::new();
    if state.lang != Lang::Zh {
        parts.push(format!("lang={}", state.lang.code()));
    }
    if state.unit != LandUnit::Mu {
        parts.push(format!("unit={}", state.unit.code()));
    }
    if let Some(step) = state.workshop {
        parts.push(format!("step={}", step + 1));
    }
    if state.view != View::Household {
        parts.push(format!("view={}", state.view.code()));
    }
    if let Some(field) = state.from_coop {
        parts.push(format!("from_coop={}", field.key()));
    }
    for (s, default) in SPECS.iter().zip(state.default_texts().iter()) {
        let text = state.text(s.field);
        if text != default {
            parts.push(format!(
                "{}={}",
                link_key(s.field, state.unit),
                encode(text)
            ));
        }
    }
    for (key, text) in state.coop.iter() {
        parts.push(format!("{}={}", encode(key), encode(text)));
    }
    parts.join("&")
}

/// The key of `field` in a link whose land is in `unit`: its own, except a rate per hectare
/// typed per mu (land in mu), written `rent_mu` and so on, and a rate per mu typed per
/// hectare (land in hectares), written `potato_yield_ha` and so on, so that a link keeps
/// exactly what was typed and a link written before rates followed the land unit
/// (`rent=15000`, per hectare; `potato_yield=1500` with `unit=ha`, per mu) still reads as it
/// did.
fn link_key(field: Field, unit: LandUnit) -> std::borrow::Cow<'static, str> {
    match unit {
        LandUnit::Mu if per_ha_rate(field) => format!("{}_mu", field.key()).into(),
        LandUnit::Ha if per_mu_rate(field) => format!("{}_ha", field.key()).into(),
        LandUnit::Mu | LandUnit::Ha => field.key().into(),
    }
}

/// Whether `key` is a household field's (`c_yield`, the corn's yield, has the cooperative
/// view's prefix but is the household's), in either land unit's form.
fn household_key(key: &str) -> bool {
    let base = key
        .strip_suffix("_mu")
        .or_else(|| key.strip_suffix("_ha"))
        .unwrap_or(key);
    Field::from_key(key).is_some() || Field::from_key(base).is_some_and(area_rate)
}

/// The key an older version of the app wrote for what is now `field`: one `fail` chance for
/// every payer, before each payer had its own.
fn legacy(field: Field) -> Option<&'static str> {
    matches!(
        field,
        Field::FailWdp | Field::FailLanya | Field::FailEnt | Field::FailTenant
    )
    .then_some("fail")
}

/// The state a query string describes, starting from the defaults in `fallback_lang`.
/// Unknown keys are ignored; values are kept as written.
pub fn from_query(query: &str, fallback_lang: Lang) -> AppState {
    let pairs: Vec<(String, String)> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    let get_in = |pairs: &[(String, String)], key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.to_string())
    };
    let step = get_in(&pairs, "step")
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|n| (1..=crate::model::workshop::SCENARIOS.len()).contains(n))
        .map(|n| n - 1);
    // A workshop step's link starts from the step's household (its query, land in mu), with
    // the link's own keys over it: `?step=3` alone is step 3 exactly.
    let pairs = match step {
        Some(i) => {
            let unit = get_in(&pairs, "unit")
                .and_then(|u| LandUnit::from_code(&u))
                .unwrap_or(LandUnit::Mu);
            let mut base: Vec<(String, String)> = crate::model::workshop::SCENARIOS[i]
                .query
                .split('&')
                .filter_map(|p| p.split_once('='))
                .map(|(k, v)| {
                    let v = match (k, crate::model::decimal::parse_f64(v)) {
                        ("land", Some(mu)) => crate::model::form::text_for(Field::Land, mu, unit),
                        _ => v.to_string(),
                    };
                    (k.to_string(), v)
                })
                .collect();
            base.extend(pairs);
            base
        }
        None => pairs,
    };
    let get = |key: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let lang = get("lang")
        .and_then(Lang::from_code)
        .unwrap_or(fallback_lang);
    let mut state = AppState::new(lang);
    state.workshop = step;
    if let Some(view) = get("view").and_then(View::from_code) {
        state.view = view;
    }
    state.from_coop = get("from_coop").and_then(Field::from_key);
    // The cooperative view's pairs, as they came (the last of a key counts).
    let mut coop: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs
        .iter()
        .filter(|(k, _)| super::coop::CoopState::is_key(k) && !household_key(k))
    {
        coop.retain(|(key, _)| key != k);
        coop.push((k.clone(), v.clone()));
    }
    state.coop = Rc::new(coop);
    if let Some(unit) = get("unit").and_then(LandUnit::from_code) {
        // The defaults as shown in this unit: land, and the rates per hectare.
        state.unit = unit;
        state.texts = Rc::new(state.default_texts().to_vec());
    }
    // The poor switch first: the fund's default depends on it.
    let ordered = std::iter::once(Field::Poor)
        .chain(SPECS.iter().map(|s| s.field).filter(|f| *f != Field::Poor));
    for field in ordered {
        let own = get(&link_key(field, state.unit)).map(str::to_string);
        // A rate per area written in the other land unit: converted, when it reads.
        let other = || {
            let unit = match state.unit {
                LandUnit::Mu => LandUnit::Ha,
                LandUnit::Ha => LandUnit::Mu,
            };
            let text = get(&link_key(field, unit))?;
            Some(match parse_in(text, unit_words(field, unit)) {
                Ok(x) => text_for(field, from_shown(field, x, unit), state.unit),
                Err(_) => text.to_string(),
            })
        };
        let found = own
            .or_else(|| area_rate(field).then(other).flatten())
            .or_else(|| legacy(field).and_then(get).map(str::to_string));
        if let Some(v) = found {
            Rc::make_mut(&mut state.texts)[field as usize] = v;
            if field == Field::Poor {
                let fund = state.default_text(Field::Fund);
                Rc::make_mut(&mut state.texts)[Field::Fund as usize] = fund;
            }
        }
    }
    state
}

/// A scenario opened from a link's `query` (a saved scenario) while `current` is on screen: the
/// link's inputs (the household's and the cooperative's), in the language being used now (the
/// reader's choice, not part of the scenario), on the screen shown now, with the open sections
/// as they are.
pub fn open_in(current: &AppState, query: &str) -> AppState {
    let mut s = from_query(query, current.lang);
    s.lang = current.lang;
    s.view = current.view;
    s.selected = current.selected;
    s.detail_open = current.detail_open;
    s.compare = current.compare;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #16: `?step=N` alone opens the step's household, in the link's land unit; the
    /// link's own keys go over it.
    #[test]
    fn a_step_link_opens_the_steps_household() {
        let cases = [
            ("step=1", "15", "1"),
            ("step=3", "15", "2"),
            ("step=1&unit=ha", "1", "1"),
            ("step=3&land=4", "4", "2"),
            ("step=6", "3.9", "1"),
        ];
        for (query, land, away) in cases {
            let s = from_query(query, Lang::Zh);
            assert_eq!(
                (s.text(Field::Land), s.text(Field::Away)),
                (land, away),
                "{query}"
            );
        }
        let s = from_query("step=3", Lang::Zh);
        assert_eq!(
            from_query(&to_query(&s), Lang::Zh),
            s,
            "its link reopens it"
        );
    }

    #[test]
    fn a_scenario_opened_keeps_the_language_and_the_open_sections() {
        let mut current = AppState::new(Lang::En);
        current.detail_open = true;
        current.selected = crate::model::Code::ALL[2];
        for (query, land) in [("land=6", "6"), ("land=6&lang=zh", "6"), ("", "3.9")] {
            let s = open_in(&current, query);
            assert_eq!(s.lang, Lang::En, "{query}");
            assert_eq!(s.text(Field::Land), land, "{query}");
            assert!(s.detail_open, "{query}");
            assert_eq!(s.selected, current.selected, "{query}");
        }
    }

    /// Issue #16: a scenario saved on the staff page reopens its cooperative inputs, on the
    /// screen shown now.
    #[test]
    fn a_scenario_opened_brings_its_cooperative_inputs_and_keeps_the_screen() {
        let mut current = AppState::new(Lang::Zh);
        current.view = View::Roster;
        let s = open_in(&current, "view=coop&coop=lanya&c_birds=2500&land=6");
        assert_eq!(s.view, View::Roster);
        let coop = super::super::coop::CoopState::from_pairs(&s.coop);
        assert_eq!(coop.coop, crate::model::coop::Coop::Lanya);
        assert_eq!(coop.text(crate::model::coop::CoopField::Birds), "2500");
        assert_eq!(s.text(Field::Land), "6");
        assert_eq!(to_query(&s), "view=roster&land=6&coop=lanya&c_birds=2500");
    }

    #[test]
    fn defaults_make_an_empty_query() {
        assert_eq!(to_query(&AppState::default()), "");
    }

    #[test]
    fn unknown_keys_are_ignored_and_poor_moves_the_fund() {
        let s = from_query("?foo=bar&poor=0&land=10", Lang::Zh);
        assert_eq!(s.text(Field::Land), "10");
        assert_eq!(s.text(Field::Fund), "0");
        assert_eq!(to_query(&s), "land=10&poor=0");
    }

    #[test]
    fn an_old_links_one_failure_chance_goes_to_every_payer() {
        let s = from_query("fail=5&fail_ent=1", Lang::Zh);
        for (field, want) in [
            (Field::FailWdp, "5"),
            (Field::FailLanya, "5"),
            (Field::FailEnt, "1"),
            (Field::FailTenant, "5"),
        ] {
            assert_eq!(s.text(field), want, "{field:?}");
        }
    }

    /// Rates per hectare are typed per mu with land in mu and written under their `_mu` key, so
    /// that a link keeps what was typed; a link of either kind reads in either unit.
    #[test]
    fn rates_per_hectare_in_links() {
        // (case, query, unit, rent text shown, rent read in yuan/ha)
        let cases = [
            (
                "an older link, per hectare",
                "rent=12000",
                LandUnit::Mu,
                "800",
                12_000.0,
            ),
            ("per mu", "rent_mu=800", LandUnit::Mu, "800", 12_000.0),
            (
                "per mu, land in ha",
                "unit=ha&rent_mu=800",
                LandUnit::Ha,
                "12000",
                12_000.0,
            ),
            (
                "per ha, land in ha",
                "unit=ha&rent=12000",
                LandUnit::Ha,
                "12000",
                12_000.0,
            ),
            (
                "as typed",
                "rent_mu=0.08万",
                LandUnit::Mu,
                "0.08万",
                12_000.0,
            ),
            (
                "the own unit's key wins",
                "rent=9000&rent_mu=800",
                LandUnit::Mu,
                "800",
                12_000.0,
            ),
        ];
        for (case, query, unit, shown, value) in cases {
            let s = from_query(query, Lang::Zh);
            assert_eq!(s.unit, unit, "{case}");
            assert_eq!(s.text(Field::Rent), shown, "{case}");
            let read = crate::model::form::read(&s.texts, s.unit);
            assert_eq!(read.inputs[Field::Rent], value, "{case}");
            let again = to_query(&s);
            assert_eq!(to_query(&from_query(&again, Lang::Zh)), again, "{case}");
        }
        assert_eq!(to_query(&from_query("rent=12000", Lang::Zh)), "rent_mu=800");
    }

    /// Rates per mu (yields, costs, days of work) are typed per hectare with land in hectares
    /// and written under their `_ha` key; a link written before, per mu with `unit=ha`, reads
    /// as it did.
    #[test]
    fn rates_per_mu_in_links() {
        // (case, query, unit, potato yield shown, read in kg/mu, the link written back)
        let cases = [
            (
                "per mu",
                "p_yield=1200",
                LandUnit::Mu,
                "1200",
                1_200.0,
                "p_yield=1200",
            ),
            (
                "an older link, per mu, land in ha",
                "unit=ha&p_yield=1200",
                LandUnit::Ha,
                "18000",
                1_200.0,
                "unit=ha&p_yield_ha=18000",
            ),
            (
                "per ha",
                "unit=ha&p_yield_ha=18000",
                LandUnit::Ha,
                "18000",
                1_200.0,
                "unit=ha&p_yield_ha=18000",
            ),
            (
                "per ha, land in mu",
                "p_yield_ha=18000",
                LandUnit::Mu,
                "1200",
                1_200.0,
                "p_yield=1200",
            ),
            (
                "the own unit's key wins",
                "unit=ha&p_yield=900&p_yield_ha=18000",
                LandUnit::Ha,
                "18000",
                1_200.0,
                "unit=ha&p_yield_ha=18000",
            ),
        ];
        for (case, query, unit, shown, value, written) in cases {
            let s = from_query(query, Lang::Zh);
            assert_eq!(s.unit, unit, "{case}");
            assert_eq!(s.text(Field::PotatoYield), shown, "{case}");
            let read = crate::model::form::read(&s.texts, s.unit);
            assert_eq!(read.inputs[Field::PotatoYield], value, "{case}");
            assert_eq!(to_query(&s), written, "{case}");
        }
    }

    /// The corn's keys (`c_yield`, `c_cost`…) have the cooperative view's prefix: they are the
    /// household's, written once, not kept a second time as a cooperative input.
    #[test]
    fn corn_keys_are_the_households() {
        for query in [
            "c_yield=500",
            "unit=ha&c_cost_ha=4500",
            "c_days=10&c_land_hh=40",
        ] {
            let s = from_query(query, Lang::Zh);
            assert_eq!(to_query(&s), query, "{query}");
        }
    }

    #[test]
    fn percent_encoding_round_trips() {
        for text in ["1 000", "五亩", "a&b=c", "100%"] {
            assert_eq!(decode(&encode(text)), text);
        }
    }
}
