//! The app state in Yew: [`AppState`] (pure, in the core crate) held by one `use_reducer`
//! and shared with every component through context.

use std::ops::Deref;
use std::rc::Rc;

use hezuo_core::app::{Action, AppState};
use yew::prelude::*;

/// The state as Yew's reducer holds it (the core's [`AppState::reduce`] does the work).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Store(Rc<AppState>);

impl From<AppState> for Store {
    fn from(state: AppState) -> Self {
        Store(Rc::new(state))
    }
}

impl Deref for Store {
    type Target = AppState;

    fn deref(&self) -> &AppState {
        &self.0
    }
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.clone().reduce(action);
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// The state handle shared with every component through context.
pub type StateHandle = UseReducerHandle<Store>;
