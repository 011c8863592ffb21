//! App state: inputs only — the language, the land unit, the text of every field and what is
//! selected. Results are derived from it (see `derive`), never stored.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::breakeven::Lever;
use crate::model::form::{text_for, texts_for, LandUnit};
use crate::model::params::{Field, Inputs};
use crate::model::parse::parse_number;
use crate::model::workshop::STEPS;
use crate::model::{Code, Lang};

/// What the user has chosen and typed.
/// Which screen shows: the household calculator, the cooperative's promises, or the roster.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// One household compares every pattern.
    #[default]
    Household,
    /// Can the cooperative keep its promises.
    Coop,
    /// Every member household of a roster file.
    Roster,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 3] = [View::Household, View::Coop, View::Roster];

    /// The code written in links (`view=`).
    pub fn code(self) -> &'static str {
        match self {
            View::Household => "household",
            View::Coop => "coop",
            View::Roster => "roster",
        }
    }

    /// The view of a link code.
    pub fn from_code(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == s)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The language of the interface.
    pub lang: Lang,
    /// The unit land is typed in.
    pub unit: LandUnit,
    /// The text of every field, in table order (land in `unit`).
    pub texts: Rc<Vec<String>>,
    /// The pattern whose details are shown.
    pub selected: Code,
    /// Whether the details section is open (closed, it is not rendered: typing stays fast).
    pub detail_open: bool,
    /// Workshop mode: the step of the paper's cases shown (from 0), or none.
    pub workshop: Option<usize>,
    /// Break-even: the two patterns compared and the input that moves.
    pub compare: (Code, Code, Lever),
    /// The screen shown.
    pub view: View,
    /// The payer's failure chance the cooperative view sent (its field), while it is
    /// unchanged: the household page says where the chance comes from.
    pub from_coop: Option<Field>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState::new(Lang::Zh)
    }
}

impl AppState {
    /// The paper's defaults in `lang`, land in mu.
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            unit: LandUnit::Mu,
            texts: Rc::new(texts_for(&Inputs::paper_defaults(), LandUnit::Mu)),
            selected: Code::A1,
            detail_open: false,
            workshop: None,
            compare: (Code::A1, Code::S, Lever::LandDividend),
            view: View::Household,
            from_coop: None,
        }
    }

    /// The text of one field.
    pub fn text(&self, field: Field) -> &str {
        &self.texts[field as usize]
    }

    /// The defaults as they stand: the fund follows the poor switch.
    fn defaults(&self) -> Inputs {
        let mut inputs = Inputs::paper_defaults();
        if let Ok(x) = parse_number(self.text(Field::Poor)) {
            let mut current = Inputs::paper_defaults();
            current.set(Field::Poor, x);
            inputs.set(Field::Fund, current.default_for(Field::Fund));
        }
        inputs
    }

    /// The default text of `field` given the other fields (the fund follows the poor switch).
    pub fn default_text(&self, field: Field) -> String {
        text_for(field, self.defaults()[field], self.unit)
    }

    /// The default text of every field, in table order. Kept from one call to the next: the
    /// link is written from it on every keystroke, and the defaults only change with the unit
    /// and the poor switch.
    pub fn default_texts(&self) -> Rc<Vec<String>> {
        type Cache = Option<((LandUnit, String), Rc<Vec<String>>)>;
        thread_local! {
            static CACHE: std::cell::RefCell<Cache> = const { std::cell::RefCell::new(None) };
        }
        let key = (self.unit, self.text(Field::Poor).to_owned());
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            match &*cache {
                Some((k, texts)) if *k == key => texts.clone(),
                _ => {
                    let texts = Rc::new(texts_for(&self.defaults(), self.unit));
                    *cache = Some((key, texts.clone()));
                    texts
                }
            }
        })
    }
}

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
    /// Show a workshop step (its scenario replaces the inputs), or leave workshop mode.
    Workshop(Option<usize>),
    /// Shows another screen.
    SetView(View),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::SetUnit(unit) => {
                if unit != self.unit {
                    let land = self.text(Field::Land);
                    if let Ok(x) = parse_number(land) {
                        let text = text_for(Field::Land, self.unit.to_mu(x), unit);
                        Rc::make_mut(&mut next.texts)[Field::Land as usize] = text;
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
            Action::SetView(view) => {
                next.view = view;
                if view != View::Household {
                    next.workshop = None;
                }
            }
            Action::Workshop(None) => next.workshop = None,
            Action::Workshop(Some(i)) => {
                let i = i.min(STEPS.len() - 1);
                let step = &STEPS[i];
                let mut loaded = super::link::from_query(step.query, self.lang);
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

/// The state handle shared with every component through context.
pub type StateHandle = UseReducerHandle<AppState>;

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
}
