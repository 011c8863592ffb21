//! 合作收益计算器 — cooperation-pattern returns calculator.
//!
//! `model` is the pure calculation engine (plain Rust, tested natively);
//! `i18n` holds every visible string in Chinese and English; `ui` is the thin Yew view.
#![forbid(unsafe_code)]

pub mod i18n;
pub mod model;
pub mod ui;
pub mod worker;
