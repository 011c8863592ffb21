//! The member roster (issue #5): a cooperative's households read from a CSV file or pasted
//! spreadsheet cells, checked row by row with the household screen's own bounds, and the
//! results written back as a CSV that Chinese Excel opens. Plain data, no web crate: the UI
//! reads the file, decodes it (GBK with the browser's `TextDecoder`) and shows the messages of
//! [`words`].
//!
//! - [`encoding`]: which decoder the bytes need (UTF-8 with or without BOM, else GBK);
//! - [`csv`]: records from text (comma, semicolon or tab; RFC 4180 quotes; true row numbers);
//! - [`columns`]: header names in Chinese and English, units, cell values;
//! - [`import`]: the roster, every data row either a [`Household`] or a [`RowProblem`];
//! - [`export`]: the results CSV (UTF-8 with BOM) and the template;
//! - [`job`]: one worker's share of a roster run (the staff bundle's workers run it);
//! - [`words`]: the roster's messages and headers in Chinese and English;
//! - [`synth`]: seeded synthetic rosters like the paper's county, for benchmarks and tests.
//!
//! The file format is documented in `docs/roster.md`.

pub mod column;
pub mod columns;
pub mod csv;
pub mod encoding;
pub mod error;
pub mod export;
pub mod import;
pub mod job;
pub mod synth;
pub mod words;

pub use columns::Column;
pub use encoding::{detect, Encoding};
pub use error::ImportError;
pub use export::{export_csv, template_csv, ResultRow};
pub use import::{apply, import, Household, Roster, RowErrorKind, RowProblem, MAX_ROWS};
