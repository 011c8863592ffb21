//! The app as plain data: its state (inputs only) and the actions that change it, the link
//! that carries a scenario, and the results derived from the state. The pages hold the state
//! in one `use_reducer` and render what [`Derived`] computes; they never compute money.

pub mod action;
pub mod cli;
pub mod coop;
pub mod derive;
pub mod link;
pub mod results;
pub mod saved;
pub mod state;
pub mod workshop;

pub use action::Action;
pub use derive::Derived;
pub use state::{AppState, View};
