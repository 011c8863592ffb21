//! 合作收益计算器's pure core: everything that is not the browser. Plain Rust with no web crate
//! (the compiler keeps it so: this crate does not depend on yew, web-sys, js-sys or
//! wasm-bindgen), tested natively in milliseconds.
//!
//! Layers, each using only those above it:
//! - [`model`]: the engine and the cooperation patterns, the inputs and their checks, the
//!   cooperative model, the saved-scenario format, the workshop's steps;
//! - [`i18n`]: every visible string in Chinese and English, and number formats;
//! - [`roster`]: reading and writing member rosters, and one worker's share of a roster run;
//! - [`app`]: the app's state and its actions, the link format, and the results derived from
//!   the state (what the pages show).
#![forbid(unsafe_code)]

pub mod app;
pub mod i18n;
pub mod model;
pub mod roster;
