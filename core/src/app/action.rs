//! Every change the user can make ([`Action`]) and the state it leads to.

use std::rc::Rc;

use super::link::{from_query, open_in};
use super::state::{AppState, View};
use crate::model::breakeven::Lever;
use crate::model::form::{area_rate, from_shown, text_for, texts_for, unit_words, LandUnit};
use crate::model::params::{Field, Inputs, SPECS};
use crate::model::parse::parse_in;
use crate::model::workshop::SCENARIOS;
use crate::model::{Code, Lang};

/// Every change the user can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show the interface in this language.
    SetLang(Lang),
    /// Type land in this unit (the land typed so far is converted when it is a number).
    SetUnit(LandUnit),
    /// The user typed in a field.
    SetText(Field, String),
    /// A switch was flipped (the poor switch also moves a fund still at its default).
    SetSwitch(Field, bool),
    /// Put every field back to the paper's defaults (language and unit kept).
    RestoreDefaults,
    /// Show this pattern's details (opens the details section).
    Select(Code),
    /// Open or close the details section.
    ShowDetail(bool),
    /// Compare these two patterns as this input moves.
    Compare(Code, Code, Lever),
    /// Replace the whole state (opening a link).
    Load(Box<AppState>),
    /// Show the scenario of a link's query, as [`super::link::open_in`] (a saved scenario
    /// opened from the part of the page that keeps them).
    OpenLink(String),
    /// Show a workshop step (its scenario replaces the inputs), or leave workshop mode.
    Workshop(Option<usize>),
    /// Shows another screen.
    SetView(View),
    /// The cooperative view's inputs changed: their link's pairs ([`super::coop::CoopState::pairs`]).
    SetCoop(Rc<Vec<(String, String)>>),
}

impl AppState {
    /// The state after `action`: the same `Rc` when nothing changed (so nothing redraws).
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetUnit(unit) => {
                if unit != self.unit {
                    let land = self.text(Field::Land);
                    match &self.land_before {
                        // Back to the unit she typed in, the land untouched since: her text.
                        Some((from, typed, shown)) if *from == unit && shown == land => {
                            Rc::make_mut(&mut next.texts)[Field::Land as usize] = typed.clone();
                            next.land_before = None;
                        }
                        _ => {
                            if let Ok(x) = parse_in(land, unit_words(Field::Land, self.unit)) {
                                let text = text_for(Field::Land, self.unit.to_mu(x), unit);
                                next.land_before =
                                    Some((self.unit, land.to_string(), text.clone()));
                                Rc::make_mut(&mut next.texts)[Field::Land as usize] = text;
                            }
                        }
                    }
                    // Rates per area follow: per mu with land in mu, per hectare with land in
                    // hectares (an entry that does not read stays as typed).
                    for s in SPECS.iter().filter(|s| area_rate(s.field)) {
                        let text = self.text(s.field);
                        if let Ok(x) = parse_in(text, unit_words(s.field, self.unit)) {
                            let value = from_shown(s.field, x, self.unit);
                            Rc::make_mut(&mut next.texts)[s.field as usize] =
                                text_for(s.field, value, unit);
                        }
                    }
                    next.unit = unit;
                }
            }
            Action::SetText(field, text) => {
                Rc::make_mut(&mut next.texts)[field as usize] = text;
                if self.from_coop == Some(field) {
                    next.from_coop = None;
                }
            }
            Action::SetSwitch(field, on) => {
                let fund_at_default = self.text(Field::Fund) == self.default_text(Field::Fund);
                Rc::make_mut(&mut next.texts)[field as usize] = if on { "1" } else { "0" }.into();
                if field == Field::Poor && fund_at_default {
                    let text = next.default_text(Field::Fund);
                    Rc::make_mut(&mut next.texts)[Field::Fund as usize] = text;
                }
            }
            Action::RestoreDefaults => {
                next.texts = Rc::new(texts_for(&Inputs::paper_defaults(), self.unit));
                next.from_coop = None;
            }
            Action::Select(code) => {
                next.selected = code;
                next.detail_open = true;
            }
            Action::ShowDetail(open) => next.detail_open = open,
            Action::Compare(a, b, lever) => next.compare = (a, b, lever),
            Action::Load(state) => next = *state,
            Action::OpenLink(query) => next = open_in(&self, &query),
            Action::SetView(view) => {
                next.view = view;
                if view != View::Household {
                    next.workshop = None;
                }
            }
            Action::Workshop(None) => next.workshop = None,
            Action::SetCoop(pairs) => next.coop = pairs,
            Action::Workshop(Some(i)) => {
                let i = i.min(SCENARIOS.len() - 1);
                let step = &SCENARIOS[i];
                let mut loaded = from_query(step.query, self.lang);
                loaded.workshop = Some(i);
                loaded.selected = step.code;
                loaded.detail_open = self.detail_open;
                loaded.view = View::Household;
                next = loaded;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(state: AppState, action: Action) -> AppState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn unit_switch_converts_land() {
        let s = apply(
            AppState::default(),
            Action::SetText(Field::Land, "15".into()),
        );
        let s = apply(s, Action::SetUnit(LandUnit::Ha));
        assert_eq!(s.text(Field::Land), "1");
        let s = apply(s, Action::SetUnit(LandUnit::Mu));
        assert_eq!(s.text(Field::Land), "15");
    }

    /// Issue #15: switching units and back gives exactly what she typed, unless she changed
    /// the land in between.
    #[test]
    fn unit_switch_and_back_returns_the_text_typed() {
        for typed in ["4", "3.9", "4.1234", "0.3", "4亩", "１２"] {
            let s = apply(
                AppState::default(),
                Action::SetText(Field::Land, typed.into()),
            );
            let s = apply(s, Action::SetUnit(LandUnit::Ha));
            let s = apply(s, Action::SetUnit(LandUnit::Mu));
            assert_eq!(s.text(Field::Land), typed);
        }
        let s = apply(
            AppState::default(),
            Action::SetText(Field::Land, "4".into()),
        );
        let s = apply(s, Action::SetUnit(LandUnit::Ha));
        assert_eq!(s.text(Field::Land), "0.2667");
        let s = apply(s, Action::SetText(Field::Land, "0.5".into()));
        let s = apply(s, Action::SetUnit(LandUnit::Mu));
        assert_eq!(
            s.text(Field::Land),
            "7.5",
            "an edit in between is converted"
        );
    }

    /// Rates per area follow the land unit both ways: the rent per hectare is typed per mu with
    /// land in mu, the potato yield per mu is typed per hectare with land in hectares; the
    /// values behind them do not change.
    #[test]
    fn unit_switch_converts_rates_per_area() {
        // (field, typed with land in mu, shown with land in hectares)
        let cases = [
            (Field::Rent, "800", "12000"),
            (Field::PotatoYield, "1200", "18000"),
            (Field::SeedCost, "2.4", "36"),
            (Field::CornDays, "12", "180"),
        ];
        for (field, mu, ha) in cases {
            let s = apply(AppState::default(), Action::SetText(field, mu.into()));
            let before = crate::model::form::read(&s.texts, s.unit).inputs[field];
            let s = apply(s, Action::SetUnit(LandUnit::Ha));
            assert_eq!(s.text(field), ha, "{field:?} in ha");
            let after = crate::model::form::read(&s.texts, s.unit).inputs[field];
            assert!(
                (after - before).abs() <= 1e-9 * before.abs(),
                "{field:?}: {before} → {after}"
            );
            let s = apply(s, Action::SetUnit(LandUnit::Mu));
            assert_eq!(s.text(field), mu, "{field:?} back in mu");
        }
    }

    #[test]
    fn unit_switch_keeps_bad_text() {
        let s = apply(
            AppState::default(),
            Action::SetText(Field::Land, "abc".into()),
        );
        let s = apply(s, Action::SetUnit(LandUnit::Ha));
        assert_eq!((s.text(Field::Land), s.unit), ("abc", LandUnit::Ha));
    }

    #[test]
    fn a_chance_from_the_cooperative_view_is_marked_until_edited() {
        let s = AppState {
            from_coop: Some(Field::FailWdp),
            ..AppState::default()
        };
        let kept = apply(s.clone(), Action::SetText(Field::Land, "5".into()));
        assert_eq!(kept.from_coop, Some(Field::FailWdp));
        let edited = apply(s.clone(), Action::SetText(Field::FailWdp, "4".into()));
        assert_eq!(edited.from_coop, None);
        assert_eq!(apply(s, Action::RestoreDefaults).from_coop, None);
    }

    #[test]
    fn poor_switch_moves_a_default_fund_only() {
        let s = apply(AppState::default(), Action::SetSwitch(Field::Poor, false));
        assert_eq!(s.text(Field::Fund), "0");
        let s = apply(s, Action::SetSwitch(Field::Poor, true));
        assert_eq!(s.text(Field::Fund), "7000");
        let s = apply(s, Action::SetText(Field::Fund, "5000".into()));
        let s = apply(s, Action::SetSwitch(Field::Poor, false));
        assert_eq!(s.text(Field::Fund), "5000");
    }

    #[test]
    fn round_trip_keeps_everything_typed() {
        let mut s = AppState::new(Lang::En);
        for (f, t) in [
            (Field::Land, "12.5"),
            (Field::Adults, "3"),
            (Field::FailLanya, "5"),
            (Field::Wage, "-1"),
            (Field::Cash, "五千"),
        ] {
            s = (*Rc::new(s).reduce(Action::SetText(f, t.into()))).clone();
        }
        s = (*Rc::new(s).reduce(Action::SetUnit(LandUnit::Ha))).clone();
        s.from_coop = Some(Field::FailWdp);
        let q = crate::app::link::to_query(&s);
        assert!(q.starts_with("lang=en&unit=ha&"), "{q}");
        let back = from_query(&q, Lang::Zh);
        // What she typed before the switch stays on this page, not in the link.
        assert_eq!(s.land_before.as_ref().map(|b| b.1.as_str()), Some("12.5"));
        s.land_before = None;
        assert_eq!(back, s);
    }
}
