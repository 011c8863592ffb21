//! App state: inputs only (results are derived), changed through one reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::Lang;

/// What the user has chosen. Results are never stored here; they are derived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The language of the interface.
    pub lang: Lang,
}

/// Every change the user can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Show the interface in this language.
    SetLang(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::SetLang(lang) if lang != self.lang => Rc::new(AppState { lang }),
            Action::SetLang(_) => self,
        }
    }
}

/// The state handle shared with every component through context.
pub type StateHandle = UseReducerHandle<AppState>;
