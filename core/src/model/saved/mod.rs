//! Saved scenarios: the stored format and its versions, reading (with migration), merging an
//! imported file with what is saved (name clashes renamed visibly), and the export file.
//!
//! A scenario is its link query (the same text as the address bar's, see `docs/contracts.md`, *Link
//! format*), a name and the time it was saved. The browser keeps each one under its own key,
//! [`KEY_PREFIX`] + id, as one small JSON object, so a damaged entry never takes the others
//! with it.
//!
//! Versions of the stored entry (the `v` field):
//!
//! - **1** (current, the first release that saves scenarios):
//!   `{"v":1,"name":"…","query":"land=6&adults=3","saved":1764500000000}`, `saved` in
//!   milliseconds since 1970 (UTC).
//! - **no `v`, the plain shape**: `{"name":"…","query":"…"}` or `{"name":"…","link":"https://…/?land=6"}`,
//!   `saved` optional. No release ever wrote it; it is accepted so that a list written by hand
//!   or by another tool can be imported. It is read as version 1 and written as version 1.
//! - **2 and up**: written by a newer app. Never read, never overwritten, reported.
//!
//! JSON text is parsed outside (in the browser by its own `JSON.parse`, natively in tests) and
//! read into a [`Value`] through [`JsonTree`]; this module reads values and writes JSON text,
//! so it needs no JSON crate.
//!
//! - `json`: the value, its one reader, JSON strings written out;
//! - `entry`: a stored entry read (every shape) and written, the export file;
//! - `merge`: names and ids without clashes, the listing of storage, merging an import.

mod entry;
mod json;
mod merge;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use entry::{clean_name, entry_json, export_json, read_entry, read_export};
pub use json::{JsonTree, Value, MAX_DEPTH};
pub use merge::{listing, merge, unique_name, IdMaker, Listing, Merged, Skipped};

/// Every saved scenario lives under this prefix followed by its id.
pub const KEY_PREFIX: &str = "hezuo.scenario.";
/// The format version this app writes.
pub const CURRENT: u64 = 1;
/// Names longer than this (in characters) are cut.
pub const MAX_NAME_CHARS: usize = 80;
/// A query longer than this (in bytes) is not a scenario of this app (links are well under 1 KB).
pub const MAX_QUERY_BYTES: usize = 4096;
/// An import file larger than this is not read.
pub const MAX_IMPORT_BYTES: f64 = 2_000_000.0;
/// The export file's `app` field.
pub const EXPORT_APP: &str = "hezuo";
/// The export file's `kind` field.
pub const EXPORT_KIND: &str = "scenarios";

/// One saved scenario: its name, its link query and when it was saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The name the user gave it (trimmed, never blank, at most [`MAX_NAME_CHARS`]).
    pub name: String,
    /// The link's query string, without `?` (empty: every default).
    pub query: String,
    /// When it was saved, in milliseconds since 1970 (UTC).
    pub saved: u64,
}

/// A saved scenario and the id of its storage key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The part of the key after [`KEY_PREFIX`].
    pub id: String,
    /// What is saved there.
    pub scenario: Scenario,
}

/// Why a stored or imported entry cannot be read. It is skipped and left as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// The text is not JSON.
    NotJson,
    /// The JSON is not an object.
    NotAnObject,
    /// `v` is present but is not a whole number from 1 up.
    BadVersion,
    /// Written by a newer version of the app, in this format version: kept, never overwritten.
    Future(u64),
    /// `name` is missing, not text, or blank.
    BadName,
    /// `query` (a plain entry: `query` or `link`) is missing, not text, or too long.
    BadQuery,
    /// `saved` is missing or not a whole number of milliseconds.
    BadTime,
}

/// Why an import file cannot be read at all. Nothing is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The file could not be read, or its text is not JSON.
    NotJson,
    /// JSON, but not a scenarios file: no `scenarios` list, or a `v` that is not a version.
    WrongShape,
    /// A scenarios file written by a newer version of the app, in this format version.
    Future(u64),
}

/// Why the browser's storage refused to write. Nothing already saved is lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The storage for this site is full (the browser's `QuotaExceededError`).
    Full,
    /// The browser gives this page no storage, or refused for another reason.
    Unavailable,
}

/// Which shape an entry was read from (all are written back as the current version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// No `v`: the plain shape (`name` with `query` or `link`).
    Plain,
    /// Version 1.
    V1,
}
