//! App state: inputs only — the language, the land unit, the text of every field and what is
//! selected. Results are derived from it (see `derive`), never stored.

use std::rc::Rc;

use crate::model::breakeven::Lever;
use crate::model::form::{text_for, texts_for, LandUnit};
use crate::model::params::{Field, Inputs};
use crate::model::parse::parse_number;
use crate::model::{Code, Lang};

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

/// What the user has chosen and typed.
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
    /// The cooperative view's inputs as their link's pairs (`coop`, `c_<key>`; see
    /// [`super::coop::CoopState`]): the staff page reads and writes them, every page carries
    /// them in its links.
    pub coop: Rc<Vec<(String, String)>>,
    /// The land as typed before the last switch of unit: the unit, the text typed, and the
    /// text it was converted to, so that switching back gives her text (not in links).
    pub land_before: Option<(LandUnit, String, String)>,
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
            coop: Rc::default(),
            land_before: None,
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
