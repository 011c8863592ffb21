//! 合作收益计算器's web crate: the two pages (Yew components and browser glue). Everything
//! that is not the browser is in the core crate, `hezuo_core`.
//!
//! A file's folder says which bundle pays for it: `household/` (the household page),
//! `saved/` (the household page's saved scenarios, loaded when first opened), `staff/` (the
//! staff page and the roster's workers), `shared/` (more than one).
#![forbid(unsafe_code)]

pub mod household;
pub mod saved;
pub mod shared;
pub mod staff;
