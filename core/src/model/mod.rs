//! The pure calculation engine: plain Rust with no web crate, tested natively.
//! Inputs go in, a view model ([`Report`]) comes out; the UI never computes money.
//!
//! Sources: `paper` (the paper's figures), `params` (every input with bounds, default and
//! basis), `patterns` (one file per cooperation pattern), `plan` and `stream` (the income
//! streams patterns are made of), `risk` and `random` (the Monte Carlo), `engine`,
//! `breakeven`, `rounding`, `parse`, `small_sort`.

pub mod batch;
pub mod breakeven;
pub mod coop;
pub mod decimal;
pub mod engine;
pub mod error;
pub mod field;
pub mod form;
pub mod paper;
pub mod params;
pub mod parse;
pub mod patterns;
pub mod plan;
pub mod random;
pub mod risk;
pub mod rounding;
pub mod saved;
pub mod small_sort;
pub mod stream;
pub mod table;
pub mod text;
pub mod workshop;

pub use engine::{brief, evaluate, evaluate_in, Brief, DrawTable, Report, Scratch, Settings};
pub use error::{ErrorKind, FieldError, Infeasible};
pub use params::{Field, Inputs, Valid};
pub use patterns::Code;
pub use text::{Lang, Text};
