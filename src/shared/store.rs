//! The app state in Yew: [`AppState`] (pure, in the core crate) held by one `use_reducer`
//! and shared with every component through context, with the results derived from it
//! ([`Results`]).

use std::ops::Deref;
use std::rc::Rc;

use hezuo_core::app::derive::Derived;
use hezuo_core::app::{Action, AppState};
use yew::prelude::*;

/// The state as Yew's reducer holds it (the core's [`AppState::reduce`] does the work).
///
/// Two are equal when they are the same state: the reducer keeps the state it had when an
/// action changes nothing (`AppState::reduce` compares the new state with the old), so
/// comparing the address is enough for the context to know, and the page does not carry a
/// second field-by-field comparison of the whole state.
#[derive(Clone, Debug, Default)]
pub struct Store(Rc<AppState>);

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

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

/// The results derived from the state (`use_memo` in the app), shared through context.
///
/// Equal when they are the same results: they are derived again only when the inputs change,
/// so comparing the address is enough, and the page does not carry a field-by-field
/// comparison of every pattern's years (about 0.5 KB brotli of WebAssembly).
#[derive(Clone, Debug)]
pub struct Results(pub Rc<Derived>);

impl PartialEq for Results {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Results {
    type Target = Derived;

    fn deref(&self) -> &Derived {
        &self.0
    }
}
